import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, waitForServiceWorker } from '../../scripts/lib/chromium';
import { DEFAULT_EXTENSION_DIR, assertExtensionBuilt, readExport } from '../../scripts/lib/audit-run';
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

/** The built extension in a fresh Chromium profile, resolving lab host names to the lab. */
export async function openBrowser(lab: Lab): Promise<Harness> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const browser = await launchChromium({ extensionDir: DEFAULT_EXTENSION_DIR, hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true });
  const sw = await waitForServiceWorker(browser.context);
  const extensionId = new URL(sw.url()).host;
  return { lab, context: browser.context, sw, extensionId, close: browser.close };
}

export async function withLab(): Promise<Lab> {
  return startLab({ quiet: true });
}

/** The current worker: after a forced stop Playwright hands out a new Worker object. */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return waitForServiceWorker(context);
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
