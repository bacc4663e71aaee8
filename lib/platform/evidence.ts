// "Save evidence" in the extension: screenshots of the audited tab (tabs.captureVisibleTab) when
// the auditor asks and after their consent mark, kept in storage.session until saved, and the
// same bundle as the CLI's (lib/report/bundle.ts) downloaded as one zip (fflate). The extension
// cannot print a PDF by itself; the report page prints the same layout through the browser.

import { zipSync } from 'fflate';
import { browser } from './browser';
import type { Locale } from '../compare/catalog';
import { decodeBytes, extractDocument } from '../policy';
import { assembleBundle, type BundlePolicy, type BundleScreenshot } from '../report/bundle';
import type { RunMetadata, ScreenshotRef } from '../report/evidence';
import type { AuditExport } from '../report/export';

const KEY = (tabId: number) => `evidence-shots:${tabId}`;
/** PNGs are large and storage.session holds 10 MB for the whole extension: a few per tab. */
const KEPT_PER_TAB = 3;

interface KeptShot {
  moment: ScreenshotRef['moment'];
  takenAt: string;
  dataUrl: string;
}

/** The audited tab as it is on screen now (it is brought to the front first). */
export async function captureTab(tabId: number): Promise<{ dataUrl: string; takenAt: string }> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) await browser.tabs.update(tabId, { active: true });
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  return { dataUrl, takenAt: new Date().toISOString() };
}

/** Keeps a screenshot for the tab's next "Save evidence" (after a consent mark, say). */
export async function keepShot(tabId: number, moment: ScreenshotRef['moment']): Promise<void> {
  const shot = await captureTab(tabId);
  const kept = await keptShots(tabId);
  kept.push({ moment, ...shot });
  await browser.storage.session.set({ [KEY(tabId)]: kept.slice(-KEPT_PER_TAB) });
}

async function keptShots(tabId: number): Promise<KeptShot[]> {
  const got = (await browser.storage.session.get(KEY(tabId))) as Record<string, KeptShot[] | undefined>;
  return got[KEY(tabId)] ?? [];
}

function pngOf(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function policyCopies(report: AuditExport): Promise<BundlePolicy[]> {
  const out: BundlePolicy[] = [];
  for (const s of report.declarations.sources) {
    if (!s.url || !/^https?:/i.test(s.url) || out.some((p) => p.url === s.url)) continue;
    const fetchedAt = new Date().toISOString();
    try {
      const r = await fetch(s.url, { credentials: 'omit', redirect: 'follow' });
      const body = new Uint8Array(await r.arrayBuffer());
      const contentType = r.headers.get('content-type');
      const charset = /charset=([^;]+)/i.exec(contentType ?? '')?.[1]?.trim() ?? null;
      const decoded = decodeBytes(body, charset).text;
      const text = /html/i.test(contentType ?? '') ? extractDocument(decoded, s.url).text : decoded;
      out.push({ url: s.url, fetchedAt, status: r.status, contentType, language: s.language, body, text });
    } catch {
      /* an unreachable policy is left out; the export still names it with its hash */
    }
  }
  return out;
}

function runOf(report: AuditExport, locale: Locale): RunMetadata {
  const ua = navigator.userAgent;
  const build = /(?:Chrome|Firefox)\/[\d.]+/.exec(ua)?.[0] ?? 'unknown';
  const mark = [...report.consent.timeline].reverse().find((e) => e.signal === 'user');
  return {
    tool: report.tool,
    browser: { name: /Firefox\//.test(ua) ? 'Firefox' : 'Chromium', build, userAgent: ua, flags: [], headless: false },
    locale: navigator.language || locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    viewport: typeof screen === 'undefined' ? null : { width: screen.width, height: screen.height },
    startedAt: report.startedAt,
    endedAt: new Date().toISOString(),
    initialUrl: report.page.url,
    finalUrl: report.page.url,
    redirects: [],
    consent: {
      mode: 'manual',
      path: mark ? 'person' : null,
      rule: null,
      selector: null,
      label: null,
      time: mark?.time ?? null,
      result: mark ? `marked ${mark.state} by the auditor` : null,
    },
    profile: report.fresh
      ? { clean: true, statement: "Fresh visit: the site's cookies, storage and cache were cleared before this page load, in the auditor's own browser." }
      : { clean: false, statement: "The auditor's own browser profile: earlier visits may have left cookies, storage and cache." },
  };
}

/** Captures the tab now, adds the kept screenshots and downloads the evidence bundle as a zip. */
export async function saveEvidence(doc: Document, tabId: number, report: AuditExport, locale: Locale): Promise<string> {
  const now = await captureTab(tabId);
  const shots = [...(await keptShots(tabId)), { moment: 'popup' as const, ...now }];
  const start = Date.parse(report.startedAt);
  const screenshots: BundleScreenshot[] = shots.map((s, i) => ({
    png: pngOf(s.dataUrl),
    ref: { moment: s.moment, file: `screenshots/${String(i + 1).padStart(2, '0')}-${s.moment}.png`, time: Math.max(0, Date.parse(s.takenAt) - start), takenAt: s.takenAt, manual: true, fullPage: false },
  }));
  const { files } = await assembleBundle({ report, run: runOf(report, locale), screenshots, policies: await policyCopies(report), locale });
  const zip = zipSync(Object.fromEntries(files), { level: 6 });
  const stamp = report.startedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const name = `consent-evidence_${report.page.site || 'page'}_${stamp}.zip`;
  const url = URL.createObjectURL(new Blob([zip], { type: 'application/zip' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}
