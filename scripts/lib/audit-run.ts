import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, waitForServiceWorker } from './chromium';
import { armAutoconsent } from '../../lib/consent/autoconsent-cli';
import { pressBanner } from '../../lib/consent/press-banner';
import type { ConsentSummary } from '../../lib/model/types';
import type { PolicyOverride } from '../../lib/observe/policy-flow';
import type { AuditExport } from '../../lib/report/export';

export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface AuditOptions {
  extensionDir: string;
  waitMs: number;
  consent: 'none' | 'accept' | 'reject';
  hostResolverRules?: string;
  ignoreCertErrors: boolean;
  navigationTimeoutMs: number;
  /** The policy to compare with instead of the one discovered on the page. */
  policy?: PolicyOverride;
  /** Send Global Privacy Control: the Sec-GPC: 1 request header and navigator.globalPrivacyControl. */
  gpc?: boolean;
  onProgress?(message: string): void;
  /** Aborting closes the browser at once; the outcome then says why (the signal's reason). */
  signal?: AbortSignal;
  /** False when the caller handles Ctrl-C itself (see LaunchOptions.handleSignals). */
  handleSignals?: boolean;
}

/**
 * Why an audit failed, so a campaign can decide whether to try again: network and crash are
 * worth a retry, a page that answers but breaks is not. Absent in outcomes of older callers.
 */
export type FailureKind = 'network' | 'timeout' | 'crash' | 'stopped' | 'page';

export type AuditOutcome = { ok: true; url: string; report: AuditExport } | { ok: false; url: string; error: string; failure?: FailureKind };

/** Abort reason that marks a stop as a timeout (anything else counts as "stopped"). */
export class AuditTimeout extends Error {}

export function assertExtensionBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" first.`);
  }
}

/** The browser's id for the tab showing `page` (-1 when none), asked of the extension's worker. */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  return sw.evaluate(async (pageUrl: string) => {
    const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await g.chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.url?.startsWith('http'));
    return tab?.id ?? -1;
  }, page.url());
}

/** Reads the audit of the tab showing `page` straight from the extension's worker. */
export async function readExport(sw: Worker, page: Page): Promise<AuditExport | null> {
  const tabId = await tabIdOf(sw, page);
  if (tabId < 0) return null;
  return sw.evaluate(
    (id: number) => (globalThis as unknown as { consentAuditor: { exportTab(id: number): Promise<unknown> } }).consentAuditor.exportTab(id) as Promise<never>,
    tabId,
  );
}

/** Opens one URL in a fresh profile with the extension and returns the extension's own export. */
export async function auditUrl(url: string, opts: AuditOptions): Promise<AuditOutcome> {
  const stopped = (): AuditOutcome | null => {
    const reason: unknown = opts.signal?.reason;
    if (!opts.signal?.aborted) return null;
    const timeout = reason instanceof AuditTimeout;
    return { ok: false, url, error: reason instanceof Error ? reason.message : 'stopped', failure: timeout ? 'timeout' : 'stopped' };
  };
  if (opts.signal?.aborted) return stopped()!;
  const launchOpts: Parameters<typeof launchChromium>[0] = { extensionDir: opts.extensionDir, ignoreCertErrors: opts.ignoreCertErrors };
  if (opts.hostResolverRules) launchOpts.hostResolverRules = opts.hostResolverRules;
  if (opts.handleSignals === false) launchOpts.handleSignals = false;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium(launchOpts);
  } catch (error) {
    return { ok: false, url, error: `the browser did not start: ${firstLine(error)}`, failure: 'crash' };
  }
  let closing = false;
  let crashed = false;
  browser.context.on('close', () => {
    if (!closing) crashed = true;
  });
  const onAbort = () => {
    closing = true;
    void closeQuietly(browser.context, browser.close);
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await auditIn(browser.context, url, opts);
  } catch (error) {
    return stopped() ?? (crashed ? { ok: false, url, error: 'the browser crashed', failure: 'crash' } : { ok: false, url, error: firstLine(error), failure: 'page' });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    closing = true;
    await closeQuietly(browser.context, browser.close);
  }
}

async function auditIn(context: BrowserContext, url: string, opts: AuditOptions): Promise<AuditOutcome> {
  const sw = await waitForServiceWorker(context);
  if (opts.policy) {
    const site = await siteOfUrl(url);
    await sw.evaluate(
      ([s, o]) => (globalThis as unknown as { consentAuditor: { setPolicyOverride(s: string, o: unknown): Promise<void> } }).consentAuditor.setPolicyOverride(s, o),
      [site, opts.policy] as const,
    );
  }
  if (opts.gpc) {
    // https://privacycg.github.io/gpc-spec/: the header on every request, the property in every frame.
    await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  }
  const page = await context.newPage();
  const armed = opts.consent === 'none' ? null : await armAutoconsent(page, opts.consent === 'accept' ? 'optIn' : 'optOut');
  opts.onProgress?.('loading');
  try {
    await page.goto(url, { waitUntil: 'load', timeout: opts.navigationTimeoutMs });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    const message = describeNavigationError(error);
    return { ok: false, url, error: message, failure: message.startsWith('unreachable:') ? 'network' : /did not finish loading/.test(message) ? 'timeout' : 'page' };
  }
  let automation: ConsentSummary['automation'] | undefined;
  if (opts.consent !== 'none' && armed) {
    opts.onProgress?.(`looking for the consent banner to ${opts.consent}`);
    automation = await actOnBanner(page, opts.consent, armed);
  }
  opts.onProgress?.(`recording for ${Math.round(opts.waitMs / 1000)} s`);
  await page.waitForTimeout(opts.waitMs);
  const report = await readExport(sw, page);
  if (!report) return { ok: false, url, error: 'the extension recorded no session for this page', failure: 'page' };
  if (automation) report.consent.automation = automation;
  if (opts.gpc) report.gpc = true;
  return { ok: true, url, report };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/**
 * Presses accept or reject like a person would. autoconsent knows hundreds of consent managers;
 * home-made banners (common on Russian sites) it does not, so our own banner finder is the fallback.
 */
async function actOnBanner(
  page: Page,
  choice: 'accept' | 'reject',
  armed: { result(timeoutMs?: number): Promise<{ cmp: string | null; done: boolean; error: string | null }> },
): Promise<NonNullable<ConsentSummary['automation']>> {
  const auto = await armed.result(6000);
  if (auto.done) return { requested: choice, bannerFound: true, clicked: `autoconsent rule "${auto.cmp}"` };
  try {
    const pressed = await pressBanner(page, choice);
    if (pressed.clicked) return { requested: choice, bannerFound: true, clicked: pressed.clicked, note: `banner: ${pressed.cmp}` };
    if (pressed.cmp) return { requested: choice, bannerFound: true, clicked: null, note: `a ${pressed.cmp} banner was found but it has no ${choice} button` };
  } catch (error) {
    return { requested: choice, bannerFound: true, clicked: null, note: `pressing the banner failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  return { requested: choice, bannerFound: false, clicked: null, note: auto.error ? `no consent banner found (${auto.error})` : 'no consent banner found' };
}

async function siteOfUrl(url: string): Promise<string> {
  const { siteOf } = await import('../../lib/observe/party');
  return siteOf(new URL(url).hostname);
}

async function closeQuietly(_context: BrowserContext, close: () => Promise<void>): Promise<void> {
  try {
    await close();
  } catch {
    /* a crashed browser is already closed */
  }
}

/** One line a person can act on, not a stack trace. */
export function describeNavigationError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(text);
  if (net) {
    const hints: Record<string, string> = {
      ERR_NAME_NOT_RESOLVED: 'host name does not resolve',
      ERR_CONNECTION_REFUSED: 'connection refused',
      ERR_CONNECTION_TIMED_OUT: 'connection timed out',
      ERR_CERT_AUTHORITY_INVALID: 'certificate not trusted (try --ignore-cert-errors)',
      ERR_CERT_COMMON_NAME_INVALID: 'certificate does not match the host (try --ignore-cert-errors)',
      ERR_INTERNET_DISCONNECTED: 'no network',
    };
    return `unreachable: ${hints[net[1]!] ?? net[1]}`;
  }
  if (/Timeout .* exceeded/i.test(text)) return 'the page did not finish loading in time';
  if (/Cannot navigate to invalid URL|invalid URL/i.test(text)) return 'not a valid URL';
  return text.split('\n')[0] ?? text;
}
