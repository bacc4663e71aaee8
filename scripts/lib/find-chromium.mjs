// Where Chromium is. Plain JavaScript with no dependencies: scripts/ensure.mjs runs it before
// node_modules exists, and scripts/lib/chromium.ts (demo, audit, e2e tests) uses the same answer.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names looked up on PATH after CHROME_PATH and /usr/bin/chromium, in this order. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: $CHROME_PATH (or the older $CHROMIUM_PATH) when set, else
 * /usr/bin/chromium, else the first of CHROMIUM_NAMES on PATH. Null when there is none.
 * A CHROME_PATH that is not executable is an error, not a reason to pick another browser.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [debianPath] Debian's binary (a parameter so tests can point elsewhere).
 * @returns {{ path: string; from: string } | null}
 */
export function findChromium(env = process.env, debianPath = '/usr/bin/chromium') {
  for (const name of ['CHROME_PATH', 'CHROMIUM_PATH']) {
    const set = env[name];
    if (!set) continue;
    if (!executable(set)) throw new Error(`${name}=${set} is not an executable file`);
    return { path: set, from: name };
  }
  if (executable(debianPath)) return { path: debianPath, from: debianPath };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (executable(path)) return { path, from: `PATH (${name})` };
    }
  }
  return null;
}

/** The one line to print when no Chromium was found. */
export const NO_CHROMIUM =
  'No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome, google-chrome-stable on PATH). ' +
  'Install it with: sudo apt-get install -y chromium   (or set CHROME_PATH=/path/to/chrome)';

/**
 * What to do when no Chromium was found: install Debian's package when that can work here (root,
 * Debian or Ubuntu, apt-get present), else tell the person the one command to run.
 * @param {{ uid: number | null; osRelease: string | null; hasAptGet: boolean }} host
 * @returns {{ action: 'apt-get'; commands: string[][] } | { action: 'tell'; line: string }}
 */
export function chromiumInstallPlan(host) {
  const debianLike = host.osRelease !== null && /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(host.osRelease);
  if (host.uid === 0 && debianLike && host.hasAptGet) {
    return { action: 'apt-get', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium']] };
  }
  return { action: 'tell', line: NO_CHROMIUM };
}
