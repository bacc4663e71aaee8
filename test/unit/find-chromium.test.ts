import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NO_CHROMIUM, chromiumInstallPlan, findChromium } from '../../scripts/lib/find-chromium.mjs';

// Which browser the demo, the audit CLI and the e2e tests drive, on machines laid out differently.
const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
function bin(name: string, mode = 0o755): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}
const chrome = bin('google-chrome');
const stable = bin('google-chrome-stable');
const notExecutable = bin('chromium-browser', 0o644);
const debian = bin('debian-chromium');
const absent = join(dir, 'no-debian-chromium');

describe('findChromium', () => {
  test('CHROME_PATH wins over everything', () => {
    expect(findChromium({ CHROME_PATH: stable, PATH: dir })).toEqual({ path: stable, from: 'CHROME_PATH' });
  });
  test('the older CHROMIUM_PATH is still honoured', () => {
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: '' })).toEqual({ path: chrome, from: 'CHROMIUM_PATH' });
  });
  test('a CHROME_PATH that is not executable is an error, not a silent fallback', () => {
    expect(() => findChromium({ CHROME_PATH: notExecutable })).toThrow(/CHROME_PATH=.* is not an executable/);
    expect(() => findChromium({ CHROME_PATH: join(dir, 'missing') })).toThrow(/not an executable/);
  });
  test('Debian\'s /usr/bin/chromium comes before anything on PATH', () => {
    expect(findChromium({ PATH: dir }, debian)).toEqual({ path: debian, from: debian });
  });
  test('then the names on PATH in order (chromium-browser here is not executable and is skipped)', () => {
    expect(findChromium({ PATH: `/nonexistent:${dir}` }, absent)).toEqual({ path: chrome, from: 'PATH (google-chrome)' });
  });
  test('nothing found', () => {
    expect(findChromium({ PATH: '/nonexistent' }, absent)).toBeNull();
    expect(findChromium({}, absent)).toBeNull();
  });
});

describe('chromiumInstallPlan (no Chromium found)', () => {
  const debian = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
  const fedora = 'NAME="Fedora Linux"\nID=fedora\n';
  const apt = { action: 'apt-get', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium']] };
  const tell = { action: 'tell', line: NO_CHROMIUM };
  test.each([
    ['root on Debian', { uid: 0, osRelease: debian, hasAptGet: true }, apt],
    ['root on Ubuntu', { uid: 0, osRelease: ubuntu, hasAptGet: true }, apt],
    ['a user on Debian', { uid: 1000, osRelease: debian, hasAptGet: true }, tell],
    ['root on Fedora', { uid: 0, osRelease: fedora, hasAptGet: false }, tell],
    ['root, Debian without apt-get', { uid: 0, osRelease: debian, hasAptGet: false }, tell],
    ['macOS (no uid file, no os-release)', { uid: 501, osRelease: null, hasAptGet: false }, tell],
  ])('%s', (_, host, plan) => {
    expect(chromiumInstallPlan(host)).toEqual(plan);
  });
  test('the line says the exact command', () => {
    expect(NO_CHROMIUM).toContain('sudo apt-get install -y chromium');
    expect(NO_CHROMIUM.split('\n')).toHaveLength(1);
  });
});
