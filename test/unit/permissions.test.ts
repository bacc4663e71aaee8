import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// Guards the manifest: every permission must be explained in docs/permissions.md (STYLE.md 10).
const doc = readFileSync('docs/permissions.md', 'utf8');
const documented = new Set([...doc.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]));

const manifests = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv2/manifest.json'].filter((p) => existsSync(p));

describe('manifest permissions', () => {
  test('a built manifest exists (npm test builds first)', () => {
    expect(manifests.length).toBeGreaterThan(0);
  });
  test.each(manifests)('%s asks only for documented permissions', (path) => {
    const m = JSON.parse(readFileSync(path, 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? [])];
    expect(asked.filter((p) => !documented.has(p))).toEqual([]);
  });
});
