import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import config from '../../wxt.config';

// The permissions asked are exactly the ones docs/permissions.md explains (STYLE.md 10): a new one
// needs its reason written down, and a documented one that is no longer asked for is removed.
const doc = readFileSync('docs/permissions.md', 'utf8');
const documented = [...doc.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!).sort();

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
}
const asked = (m: Manifest) => [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();

describe('manifest permissions equal the documented set', () => {
  test('the documentation lists some', () => {
    expect(documented).toContain('<all_urls>');
  });

  test('the built Chrome manifest (npm test builds it first)', () => {
    const m = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Manifest;
    expect(asked(m)).toEqual(documented);
  });

  // Firefox's MV2 manifest lists hosts among the permissions; WXT merges them when it builds.
  test.each(['chrome', 'firefox'])('the %s manifest as wxt.config.ts declares it', async (browser) => {
    const make = config.manifest as (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' }) => Manifest | Promise<Manifest>;
    expect(asked(await make({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' }))).toEqual(documented);
  });

  test.skipIf(!existsSync('.output/firefox-mv2/manifest.json'))('the built Firefox manifest (after npm run zip or build:firefox)', () => {
    const m = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8')) as Manifest;
    expect(asked(m)).toEqual(documented);
  });
});
