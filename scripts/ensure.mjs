#!/usr/bin/env node
// First step of `npm run demo` and `npm test` on a fresh clone: installs what is missing.
// Plain Node with no dependencies, because it runs before node_modules exists.
//   - node_modules: `npm ci` when it is absent (or lacks the tools the scripts run);
//   - Chromium: found at $CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome or
//     google-chrome-stable; when none is there, Debian's `chromium` is installed with apt-get if
//     this runs as root on Debian/Ubuntu, otherwise it stops with the one command to run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_CHROMIUM, chromiumInstallPlan, findChromium } from './lib/find-chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.error(`setup: ${line}`);

function run(cmd, args) {
  say(`${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureNodeModules() {
  const needed = ['tsx', 'wxt', 'vitest'].map((bin) => join(ROOT, 'node_modules', '.bin', bin));
  if (needed.every((p) => existsSync(p))) return;
  say('node_modules is missing: installing the locked dependencies');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return null;
  }
}

function ensureChromium() {
  let found;
  try {
    found = findChromium();
  } catch (error) {
    say(error.message);
    process.exit(1);
  }
  if (found) return;
  const plan = chromiumInstallPlan({ uid: process.getuid?.() ?? null, osRelease: readOsRelease(), hasAptGet: existsSync('/usr/bin/apt-get') });
  if (plan.action === 'apt-get') {
    say("no Chromium found: installing Debian's chromium");
    for (const [cmd, ...args] of plan.commands) run(cmd, args);
    if (findChromium()) return;
    say(NO_CHROMIUM);
    process.exit(1);
  }
  say(plan.line);
  process.exit(1);
}

ensureNodeModules();
ensureChromium();
