// Policy reader accuracy against hand-read truth (scripts/lib/policy-accuracy.ts): the shared corpus
// of real policies (CONSENT_AUDITOR_SHARED/corpus/policies) and the seeds. One line per figure,
// overall, per set and per language. POLICY_ACCURACY_DETAIL=1 prints each document's misses to stderr.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findVendorMentions, knownCookieName } from '../../lib/classify';
import { loadTruth, scoreCorpora } from '../lib/policy-accuracy';
import type { Metric } from './types';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.CONSENT_AUDITOR_SHARED ?? resolve(REPO, '../shared');

export async function run(): Promise<Metric[]> {
  const corpus = join(SHARED, 'corpus/policies');
  const seeds = join(SHARED, 'seeds');
  const { scores, figures } = scoreCorpora(
    [
      { name: 'corpus', dir: corpus, truth: loadTruth(corpus) },
      { name: 'seeds', dir: seeds, truth: loadTruth(join(REPO, 'test/fixtures/policy'), 'seeds-truth.json') },
    ],
    { findVendorMentions, knownCookie: knownCookieName },
  );
  if (process.env.POLICY_ACCURACY_DETAIL === '1') {
    for (const s of scores) {
      const parts = [
        s.falseNames.length > 0 ? `false: ${s.falseNames.join(', ')}` : '',
        s.missedNames.length > 0 ? `missed: ${s.missedNames.join(', ')}` : '',
        s.lifetimeWrong.length > 0 ? `lifetime: ${s.lifetimeWrong.join('; ')}` : '',
        s.vendorsMissed.length > 0 ? `vendors missed: ${s.vendorsMissed.join(', ')}` : '',
        s.deniedDeclared.length > 0 ? `denied but declared: ${s.deniedDeclared.join(', ')}` : '',
        s.statementsFound < s.statementsTotal ? `statements ${s.statementsFound}/${s.statementsTotal}` : '',
      ].filter(Boolean);
      process.stderr.write(`${s.file} (tp ${s.truePositives}, cat ${s.categoryRight}/${s.categoryJudged}) ${parts.join(' | ')}\n`);
    }
  }
  return figures.map((f) => ({ ...f, value: f.value ?? Number.NaN }));
}
