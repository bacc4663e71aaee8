// Starts Debian's Chromium the way the audit needs it: a throw-away profile that allows
// third-party cookies, optionally the built extension, and a browser that does not announce
// automation. Real sites hide consent banners from navigator.webdriver (vanilla-cookieconsent's
// hideFromBots) and posthog-js drops hits from "HeadlessChrome" user agents, so an audit browser
// that looks automated under-reports. Used by the e2e tests and by `npm run audit`.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { NO_CHROMIUM, findChromium } from './find-chromium.mjs';

/** The Chromium binary: $CHROME_PATH, /usr/bin/chromium, or chromium-browser / google-chrome(-stable) on PATH. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM);
  return found.path;
}

export interface LaunchOptions {
  /** Unpacked extension to load (e.g. .output/chrome-mv3). */
  extensionDir?: string;
  /** Value for --host-resolver-rules, e.g. the lab's `MAP mc.yandex.ru 127.0.0.1:PORT, ...`. */
  hostResolverRules?: string;
  ignoreCertErrors?: boolean;
  /** Default true. */
  headless?: boolean;
  /** Use this profile folder instead of a fresh one; it is then NOT removed on close. */
  userDataDir?: string;
  /**
   * Default true: Playwright closes the browser and exits the process on Ctrl-C/SIGTERM/SIGHUP.
   * A caller with its own clean stop (the campaign) passes false and closes the browser itself.
   */
  handleSignals?: boolean;
}

export interface LaunchedChromium {
  context: BrowserContext;
  userDataDir: string;
  /** The switches we passed (Playwright adds its own; the evidence manifest reads the real list). */
  args: string[];
  /** True when the profile folder was made fresh for this launch. */
  freshProfile: boolean;
  headless: boolean;
  close(): Promise<void>;
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // QUIC would bypass the lab's TCP listener for hosts a page has seen Alt-Svc for.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-blink-features=AutomationControlled',
];

// cookie_controls_mode 0 = allow third-party cookies; the audit must see what a site sets for
// the many visitors whose browser still accepts them.
const SEED_PREFERENCES = { profile: { cookie_controls_mode: 0 } };

export async function launchChromium(opts: LaunchOptions = {}): Promise<LaunchedChromium> {
  const headless = opts.headless ?? true;
  const ownsDir = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'consent-auditor-profile-')));
  await seedPreferences(userDataDir);

  const args = [...BASE_ARGS, `--user-agent=${await personUserAgent()}`];
  if (opts.hostResolverRules) args.push(`--host-resolver-rules=${opts.hostResolverRules}`);
  if (opts.ignoreCertErrors) args.push('--ignore-certificate-errors');
  // --enable-automation shows the infobar and sets navigator.webdriver; a person's browser has neither.
  const ignoreDefaultArgs = ['--enable-automation'];
  if (opts.extensionDir) {
    args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
    ignoreDefaultArgs.push('--disable-extensions');
  }

  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless,
      args,
      ignoreDefaultArgs,
      ignoreHTTPSErrors: opts.ignoreCertErrors ?? false,
      viewport: { width: 1280, height: 800 },
      ...(opts.handleSignals === false ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
    let closed = false;
    return {
      context,
      userDataDir,
      args,
      freshProfile: ownsDir,
      headless,
      async close() {
        if (closed) return;
        closed = true;
        await context.close().catch(() => undefined);
        if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsDir) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function seedPreferences(userDataDir: string): Promise<void> {
  const dir = join(userDataDir, 'Default');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'Preferences'), JSON.stringify(SEED_PREFERENCES));
}

let userAgentPromise: Promise<string> | undefined;

/**
 * The user agent this Chromium sends when headed: the headless one with "HeadlessChrome"
 * replaced. Read from the binary once (about a second), then cached in memory and in a temp file
 * keyed by the binary's size and mtime so each CLI run does not pay for it again.
 */
export function personUserAgent(): Promise<string> {
  userAgentPromise ??= readUserAgent().catch((error: unknown) => {
    userAgentPromise = undefined;
    throw error;
  });
  return userAgentPromise;
}

async function readUserAgent(): Promise<string> {
  const path = chromiumPath();
  const info = await stat(path);
  const cacheFile = join(tmpdir(), `consent-auditor-ua-${info.size}-${Math.floor(info.mtimeMs)}.txt`);
  const cached = await readFile(cacheFile, 'utf8').catch(() => '');
  if (cached.includes('Chrome/')) return cached.trim();

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const headlessUa = await page.evaluate(() => navigator.userAgent);
    const ua = headlessUa.replace('HeadlessChrome/', 'Chrome/');
    await writeFile(cacheFile, ua).catch(() => undefined);
    return ua;
  } finally {
    await browser.close();
  }
}

/**
 * Waits for the extension's MV3 service worker and for its script to have run: Playwright
 * reports the worker as soon as it is registered, before top-level code has executed.
 */
export async function waitForServiceWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const sw = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: timeoutMs }));
  await sw.evaluate(() => 1);
  return sw;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** The extension id, from its service worker URL (chrome-extension://<id>/background.js). */
export function extensionId(sw: Worker): string {
  const id = new URL(sw.url()).host;
  if (!id) throw new Error(`not an extension worker: ${sw.url()}`);
  return id;
}
