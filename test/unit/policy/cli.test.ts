// npm run policy on the seed files, as the "done when" asks, and on a windows-1251 copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Declarations } from '../../../lib/model/types';
import { encodeLegacy } from './legacy-encode';
import { SHARED, haveSeeds, seed } from './shared-paths';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function cli(...args: string[]): Declarations {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/policy.ts'), ...args], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as Declarations;
}

describe.skipIf(!haveSeeds)('npm run policy', () => {
  test.each([
    ['003_7333b0613b279fc1.txt', (d: Declarations) => {
      expect(new Set(d.cookies.flatMap((c) => c.names)).size).toBe(21);
      expect(d.cookies.every((c) => c.lifetime !== null)).toBe(true);
    }],
    ['000_c258c0cdc4363dde.txt', (d: Declarations) => expect(d.vendors.map((v) => v.vendor)).toEqual(expect.arrayContaining(['yandex-metrika', 'google-analytics']))],
    ['001_4be82ead2e78d97a.txt', (d: Declarations) => expect(d.categories).toHaveLength(4)],
    ['002_de26253733173c30.txt', (d: Declarations) => expect(d.vendors.map((v) => v.vendor)).toEqual(expect.arrayContaining(['comagic', 'roistat']))],
    ['004_d11e00bd34c9ad6e.txt', (d: Declarations) => expect([d.cookies, d.vendors, d.categories]).toEqual([[], [], []])],
  ])('%s', (file, check) => {
    check(cli(join(SHARED, 'seeds', file)));
  });

  test('reads a windows-1251 file and honours --lang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
    const path = join(dir, 'seed-003-cp1251.txt');
    writeFileSync(path, encodeLegacy(seed('003'), 'windows-1251'));
    const d = cli(path, '--lang', 'uk');
    expect(d.sources[0]?.language).toBe('uk');
    expect(d.cookies.find((c) => c.names.includes('AID'))?.lifetime?.text).toBe('1,5 року');
  });

  test('refuses an unknown language', () => {
    expect(() => cli(join(SHARED, 'seeds', '004_d11e00bd34c9ad6e.txt'), '--lang', 'fr')).toThrow(/--lang must be one of/);
  });
});
