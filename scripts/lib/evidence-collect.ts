// What the CLI gathers for an evidence bundle while the audit browser is still open: the
// browser's own facts (build, exact command line, user agent, locale, viewport, time zone),
// screenshots at the moments that matter, and each policy source fetched again through the same
// browser (so host mapping and TLS settings are the audit's own), plus the PDF print.

import { readdir, readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { decodeBytes, extractDocument } from '../../lib/policy';
import type { AuditExport } from '../../lib/report/export';
import type { ScreenshotRef } from '../../lib/report/evidence';
import type { EvidencePolicy, EvidenceScreenshot } from './evidence';

export interface BrowserFacts {
  name: string;
  build: string;
  userAgent: string;
  flags: string[];
  locale: string;
  timeZone: string;
  viewport: { width: number; height: number } | null;
}

/**
 * The browser process's exact command line, read from /proc (Linux): Playwright adds switches of
 * its own to ours, and CDP only reveals the command line when --enable-automation is set, which an
 * audit browser must not have. Null where /proc is not available.
 */
async function processFlags(userDataDir: string): Promise<string[] | null> {
  const marker = `--user-data-dir=${userDataDir}`;
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  for (const pid of pids) {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!raw.includes(marker)) continue;
    const argv = raw.split('\0').filter(Boolean);
    // Renderer, GPU and utility processes carry --type=; the browser process does not.
    if (argv.some((a) => a.startsWith('--type='))) continue;
    return argv.slice(1);
  }
  return null;
}

export async function browserFacts(context: BrowserContext, page: Page, userDataDir: string, launchArgs: string[]): Promise<BrowserFacts> {
  let build = 'unknown';
  try {
    const cdp = await context.newCDPSession(page);
    const v = (await cdp.send('Browser.getVersion')) as { product: string; revision: string };
    build = `${v.product.replace('HeadlessChrome/', 'Chrome/')} (${v.revision})`;
    await cdp.detach().catch(() => undefined);
  } catch {
    /* a closed page leaves the build unknown */
  }
  const env = await page
    .evaluate(() => ({ ua: navigator.userAgent, locale: navigator.language, tz: Intl.DateTimeFormat().resolvedOptions().timeZone }))
    .catch(() => ({ ua: 'unknown', locale: 'unknown', tz: 'unknown' }));
  return {
    name: 'Chromium',
    build,
    userAgent: env.ua,
    flags: (await processFlags(userDataDir)) ?? launchArgs,
    locale: env.locale,
    timeZone: env.tz,
    viewport: page.viewportSize(),
  };
}

/** Takes a PNG of the page now; null when the page cannot be captured (closed, crashed). */
export async function screenshot(
  page: Page,
  moment: ScreenshotRef['moment'],
  index: number,
  navigationStart: number,
  fullPage = false,
): Promise<EvidenceScreenshot | null> {
  const taken = Date.now();
  try {
    const png = await page.screenshot({ type: 'png', fullPage, timeout: 10_000, animations: 'disabled' });
    const file = `screenshots/${String(index).padStart(2, '0')}-${moment}.png`;
    return { png, ref: { moment, file, time: Math.max(0, taken - navigationStart), takenAt: new Date(taken).toISOString(), manual: false, fullPage } };
  } catch {
    return null;
  }
}

/** Fetches each policy source again, from the extension's worker (no page cookies, no CORS). */
export async function fetchPolicies(sw: Worker, report: AuditExport): Promise<EvidencePolicy[]> {
  const out: EvidencePolicy[] = [];
  const seen = new Set<string>();
  for (const source of report.declarations.sources) {
    if (!source.url || !/^https?:/i.test(source.url) || seen.has(source.url)) continue;
    seen.add(source.url);
    const fetchedAt = new Date().toISOString();
    const got = await sw
      .evaluate(async (url: string) => {
        const r = await fetch(url, { credentials: 'omit', redirect: 'follow' });
        const bytes = new Uint8Array(await r.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { status: r.status, contentType: r.headers.get('content-type'), base64: btoa(bin) };
      }, source.url)
      .catch((error: unknown) => ({ status: 0, contentType: null, base64: '', error: String(error) }));
    const body = Buffer.from(got.base64, 'base64');
    const charset = /charset=([^;]+)/i.exec(got.contentType ?? '')?.[1]?.trim() ?? null;
    const decoded = body.length ? decodeBytes(new Uint8Array(body), charset).text : '';
    const text = /html/i.test(got.contentType ?? '') || /^\s*</.test(decoded) ? extractDocument(decoded, source.url).text : decoded;
    out.push({ url: source.url, fetchedAt, status: got.status, contentType: got.contentType, language: source.language, body, text });
  }
  return out;
}

/** Chromium's own printing, A4 with the site and page numbers in the footer. */
export async function printPdf(context: BrowserContext, html: string, footer: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:7pt;color:#555;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>${footer.replace(/[<>&]/g, '')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}
