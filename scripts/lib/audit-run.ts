import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, waitForServiceWorker } from './chromium';
import type { AuditExport } from '../../lib/report/export';

export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface AuditOptions {
  extensionDir: string;
  waitMs: number;
  consent: 'none' | 'accept' | 'reject';
  hostResolverRules?: string;
  ignoreCertErrors: boolean;
  navigationTimeoutMs: number;
  onProgress?(message: string): void;
}

export type AuditOutcome = { ok: true; url: string; report: AuditExport } | { ok: false; url: string; error: string };

export function assertExtensionBuilt(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" first.`);
  }
}

/** Reads the audit of the tab showing `page` straight from the extension's worker. */
export async function readExport(sw: Worker, page: Page): Promise<AuditExport | null> {
  const url = page.url();
  return sw.evaluate(async (pageUrl: string) => {
    const g = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      consentAuditor: { exportTab(id: number): Promise<unknown> };
    };
    const tabs = await g.chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.url?.startsWith('http'));
    return tab?.id === undefined ? null : ((await g.consentAuditor.exportTab(tab.id)) as never);
  }, url);
}

/** Opens one URL in a fresh profile with the extension and returns the extension's own export. */
export async function auditUrl(url: string, opts: AuditOptions): Promise<AuditOutcome> {
  const launchOpts: Parameters<typeof launchChromium>[0] = { extensionDir: opts.extensionDir, ignoreCertErrors: opts.ignoreCertErrors };
  if (opts.hostResolverRules) launchOpts.hostResolverRules = opts.hostResolverRules;
  const browser = await launchChromium(launchOpts);
  try {
    const sw = await waitForServiceWorker(browser.context);
    const page = await browser.context.newPage();
    opts.onProgress?.('loading');
    try {
      await page.goto(url, { waitUntil: 'load', timeout: opts.navigationTimeoutMs });
    } catch (error) {
      return { ok: false, url, error: describeNavigationError(error) };
    }
    opts.onProgress?.(`recording for ${Math.round(opts.waitMs / 1000)} s`);
    await page.waitForTimeout(opts.waitMs);
    const report = await readExport(sw, page);
    if (!report) return { ok: false, url, error: 'the extension recorded no session for this page' };
    return { ok: true, url, report };
  } finally {
    await closeQuietly(browser.context, browser.close);
  }
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
