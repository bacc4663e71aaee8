import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createClassifier } from '../../../lib/classify/classifier';
import { createFilterMatcher } from '../../../lib/classify/filter-matcher';
import type { FilterTable, KnowledgeData } from '../../../lib/classify/types';
import { buildKnowledge, defaultDataDir } from '../../../scripts/build-knowledge';

const ROOT = resolve(__dirname, '../../..');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kb-build-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('build-knowledge without the data folder', () => {
  const out = tempDir();
  const lines: string[] = [];
  const result = buildKnowledge({ out, data: join(out, 'no-such-data'), log: (l) => lines.push(l) });
  const knowledge = JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')) as KnowledgeData;
  const filters = JSON.parse(readFileSync(join(out, 'filters.json'), 'utf8')) as FilterTable;

  test('says what is missing, in the log and in the version', () => {
    expect(result.dataFound).toBe(false);
    expect(result.kbVersion).toMatch(/^kb-\d+\.\d+\.\d+\+ocd-missing\+ep-missing\+ru-missing$/);
    expect(lines.join('\n')).toMatch(/absent: built the curated base only/);
    expect(knowledge.header.kbVersion).toBe(result.kbVersion);
    expect(filters.header.kbVersion).toBe(result.kbVersion);
  });

  test('writes a working curated-only base', () => {
    expect(knowledge.ocd.cookies).toEqual([]);
    expect(filters.lists).toEqual([]);
    const c = createClassifier(knowledge);
    expect(c.classifyCookie('_ym_uid', '.shop.ru', 'shop.ru').vendor).toBe('yandex-metrika');
    expect(c.classifyRequest('https://mc.yandex.ru/watch/1', 'ping', 'shop.ru').tracker).toBe(true);
    expect(c.version).toBe(result.kbVersion);
  });
});

const dataDir = defaultDataDir();
const haveData = (() => {
  try {
    readFileSync(join(dataDir, 'README.md'));
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!haveData)('build-knowledge with the pinned data', () => {
  const out = tempDir();
  const result = buildKnowledge({ out, data: dataDir });
  const knowledge = JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')) as KnowledgeData;
  const filters = JSON.parse(readFileSync(join(out, 'filters.json'), 'utf8')) as FilterTable;

  test('names each source and its pinned version in the headers', () => {
    expect(result.kbVersion).toMatch(/^kb-\d+\.\d+\.\d+\+ocd-[0-9a-f]{8}\+ep-\d{12}\+ru-[0-9a-f]{8}$/);
    expect(knowledge.header.sources.map((s) => s.name)).toEqual(['curated', 'open-cookie-database']);
    expect(filters.header.sources.map((s) => s.name)).toEqual(['easyprivacy', 'ruadlist-counters']);
    expect(knowledge.header.generatedBy).toBe('scripts/build-knowledge.ts');
  });

  test('merges the Open Cookie Database under the curated base', () => {
    expect(knowledge.ocd.cookies.length).toBeGreaterThan(2000);
    const c = createClassifier(knowledge, createFilterMatcher(filters));
    expect(c.classifyCookie('_ga', '.example.com', 'example.com').source).toBe('curated');
  });

  test('shipped data stays under 1.5 MB', () => {
    const bytes = result.files.reduce((n, f) => n + f.bytes, 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  test('reports the rule kinds it dropped', () => {
    expect(Object.keys(result.dropped).some((k) => k.startsWith('easyprivacy:'))).toBe(true);
  });
});

describe('build-knowledge command line', () => {
  test('--out and --data are honoured', () => {
    const out = tempDir();
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-knowledge.ts'), '--out', out, '--data', join(out, 'missing')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(stdout).toMatch(/ocd-missing\+ep-missing\+ru-missing/);
    expect(JSON.parse(readFileSync(join(out, 'knowledge.json'), 'utf8')).vendors.length).toBeGreaterThanOrEqual(80);
  });
});
