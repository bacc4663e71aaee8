// Where the shared seeds and data live: env CONSENT_AUDITOR_SHARED (default <repo>/../shared),
// env CONSENT_AUDITOR_DATA (default <shared>/data). They are read in place, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = process.env.CONSENT_AUDITOR_SHARED ?? resolve(REPO, '../shared');
export const DATA = process.env.CONSENT_AUDITOR_DATA ?? join(SHARED, 'data');
export const FIXTURES = join(REPO, 'test/fixtures/policy');

export function seed(prefix: string): string {
  const names: Record<string, string> = {
    '000': '000_c258c0cdc4363dde.txt',
    '001': '001_4be82ead2e78d97a.txt',
    '002': '002_de26253733173c30.txt',
    '003': '003_7333b0613b279fc1.txt',
    '004': '004_d11e00bd34c9ad6e.txt',
  };
  return readFileSync(join(SHARED, 'seeds', names[prefix] ?? prefix), 'utf8');
}

export const haveSeeds = existsSync(join(SHARED, 'seeds'));

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
