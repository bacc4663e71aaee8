import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, waitForServiceWorker } from '../../scripts/lib/chromium';
import { DEFAULT_EXTENSION_DIR, assertExtensionBuilt, readExport, tabIdOf as tabIdInWorker } from '../../scripts/lib/audit-run';
import type { AuditExport } from '../../lib/report/export';
import { validateExport } from '../../lib/report/validate';
import { startLab, type Lab } from '../lab/server';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../test-output');
mkdirSync(OUTPUT_DIR, { recursive: true });

export interface Harness {
  lab: Lab;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Browsers open in this test file: a failing test reports their workers' state (test/e2e/setup.ts). */
const openHarnesses = new Set<Harness>();

/** The built extension in a fresh Chromium profile, resolving lab host names to the lab. */
export async function openBrowser(lab: Lab): Promise<Harness> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const browser = await launchChromium({ extensionDir: DEFAULT_EXTENSION_DIR, hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true });
  const sw = await waitForServiceWorker(browser.context);
  const extensionId = new URL(sw.url()).host;
  const h: Harness = {
    lab,
    context: browser.context,
    sw,
    extensionId,
    close: async () => {
      openHarnesses.delete(h);
      await browser.close();
    },
  };
  openHarnesses.add(h);
  return h;
}

/**
 * What each live extension worker says about itself (consentAuditor.debug: when it started, what
 * it restored from storage.session, its sessions, the last events it handled and whether a
 * session was there for them, and the stored keys), plus the browser's tabs.
 */
export async function workerState(context: BrowserContext): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const w of context.serviceWorkers().filter((x) => x.url().startsWith('chrome-extension://'))) {
    const state = await Promise.race([
      w
        .evaluate(async () => {
          const g = globalThis as unknown as { consentAuditor?: { debug?(): Promise<unknown> }; chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> } } };
          const tabs = (await g.chrome.tabs.query({})).map((t) => ({ id: t.id, url: t.url, pendingUrl: t.pendingUrl }));
          return { tabs, ...((await g.consentAuditor?.debug?.()) as object | undefined) };
        })
        .catch((e: unknown) => ({ error: String(e) })),
      sleep(3000).then(() => ({ error: 'worker did not answer within 3 s (stopped?)' })),
    ]);
    out.push({ url: w.url(), ...state });
  }
  return out;
}

/** Called when a test fails: prints and saves the state of every open browser's worker. */
export async function reportWorkerState(testName: string): Promise<void> {
  for (const h of openHarnesses) {
    const state = await workerState(h.context).catch((e: unknown) => [{ error: String(e) }]);
    const file = resolve(OUTPUT_DIR, `worker-state-${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.json`);
    writeFileSync(file, JSON.stringify(state, null, 2));
    const brief = state.map((s) => {
      const w = s as { recent?: { at: number; what: string; tabId: number | null; hit: boolean }[] };
      return { ...w, recent: w.recent?.slice(-25).map((e) => `${new Date(e.at).toISOString().slice(11, 23)} ${e.what} tab=${e.tabId ?? '-'}${e.hit ? '' : ' (no session)'}`) };
    });
    console.error(`[e2e] "${testName}" failed; extension worker state (full: ${file}):\n${JSON.stringify(brief, null, 2)}`);
  }
}

export async function withLab(): Promise<Lab> {
  return startLab({ quiet: true });
}

/**
 * The live worker. After a forced stop Playwright may still list the dead Worker (evaluate on it
 * hangs) until Chrome starts a new one, so probe each candidate with a short deadline.
 */
export async function currentWorker(context: BrowserContext, timeoutMs = 20_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const candidates = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).reverse();
    for (const w of candidates) {
      const alive = await Promise.race([w.evaluate(() => 1).then(() => true, () => false), sleep(1000).then(() => false)]);
      if (alive) return w;
    }
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => undefined);
  }
  return waitForServiceWorker(context, 1000);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A stopped worker starts again on its next event: opening the popup (it asks the worker) is one. */
export async function wakeWorker(h: Harness): Promise<void> {
  const p = await h.context.newPage();
  await p.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await p.locator('main').waitFor();
  await p.waitForTimeout(300);
  await p.close();
}

/** The browser's id for the tab showing `page`. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  return tabIdInWorker(await currentWorker(h.context), page);
}

export async function exportOf(h: Harness, page: Page): Promise<AuditExport> {
  const sw = await currentWorker(h.context);
  const report = await readExport(sw, page);
  if (!report) throw new Error(`no audit session for ${page.url()}`);
  return report;
}

export function expectValidExport(report: unknown): void {
  const { valid, errors } = validateExport(report);
  if (!valid) throw new Error(`export does not validate against the schema:\n${errors.slice(0, 20).join('\n')}`);
}

/** Waits until the page has been quiet on the network for a while (beacons are async). */
export async function settle(page: Page, ms = 2500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}
