// The reader against hand-read truth: the shared corpus of real published policies and the seeds,
// scored by the same code as `npm run bench -- policy-accuracy` (scripts/lib/policy-accuracy.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import { loadTruth, scoreCorpora, type Figure } from '../../../scripts/lib/policy-accuracy';
import { FIXTURES, SHARED } from './shared-paths';

const CORPUS = join(SHARED, 'corpus/policies');
const haveCorpus = existsSync(join(CORPUS, 'truth.json'));

describe.skipIf(!haveCorpus)('policy reader accuracy on the shared corpus', () => {
  const run = haveCorpus
    ? scoreCorpora(
        [
          { name: 'corpus', dir: CORPUS, truth: loadTruth(CORPUS) },
          { name: 'seeds', dir: join(SHARED, 'seeds'), truth: loadTruth(FIXTURES, 'seeds-truth.json') },
        ],
        { findVendorMentions, knownCookie: knownCookieName },
      )
    : { scores: [], figures: [] as Figure[] };
  const figure = (name: string): number | null => run.figures.find((f) => f.metric === `policy.accuracy.${name}`)?.value ?? null;

  test.each([
    ['corpus.name.f1', 0.95],
    ['corpus.lifetime', 0.95],
    ['seeds.name.f1', 0.95],
    ['seeds.lifetime', 0.95],
    ['corpus.vendor.recall', 0.95],
  ])('%s >= %s', (name, floor) => {
    expect(figure(name)).toBeGreaterThanOrEqual(floor);
  });

  test('no vendor the truth says is not used is declared', () => {
    expect(figure('all.denied.declared')).toBe(0);
  });

  test('no header, category or column word comes out as a cookie name', () => {
    const words = new Set(['name', 'provider', 'purpose', 'type', 'country', 'service', 'expiry', 'category', 'cookie', 'domain']);
    for (const s of run.scores) expect(s.falseNames.filter((n) => words.has(n))).toEqual([]);
  });
});
