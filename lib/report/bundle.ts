// The evidence bundle's content, assembled without touching a file system: the CLI writes it to a
// folder (scripts/lib/evidence.ts), the extension's popup zips it for a download. One assembly, so
// both bundles hold the same files with the same manifest.

import { sha256Bytes } from '../policy/sha256';
import type { Locale } from '../compare/catalog';
import type { EvidenceManifest, ManifestFile, PolicyCopy, RunMetadata, ScreenshotRef } from './evidence';
import type { AuditExport } from './export';
import { buildHar } from './har';
import { renderReportHtml } from './html';

export const MANIFEST = 'manifest.json';

export interface BundleScreenshot {
  ref: ScreenshotRef;
  png: Uint8Array;
}

export interface BundlePolicy {
  url: string;
  fetchedAt: string;
  status: number;
  contentType: string | null;
  language: string;
  body: Uint8Array;
  /** The text the policy reader worked on. */
  text: string;
}

export interface BundleInput {
  report: AuditExport;
  run: RunMetadata;
  screenshots: BundleScreenshot[];
  policies: BundlePolicy[];
  locale: Locale;
  /** Prints the report HTML to PDF (Chromium's own printing); absent: no report.pdf. */
  renderPdf?(html: string): Promise<Uint8Array>;
}

const utf8 = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function extensionOf(contentType: string | null): string {
  if (!contentType) return 'bin';
  if (/html/i.test(contentType)) return 'html';
  if (/json/i.test(contentType)) return 'json';
  if (/pdf/i.test(contentType)) return 'pdf';
  if (/text\/plain/i.test(contentType)) return 'txt';
  return 'bin';
}

/** Every file of the bundle, manifest.json last, and the manifest itself. */
export async function assembleBundle(input: BundleInput): Promise<{ files: Map<string, Uint8Array>; manifest: EvidenceManifest }> {
  const files = new Map<string, Uint8Array>();
  const put = (path: string, data: Uint8Array | string) => files.set(path, typeof data === 'string' ? utf8.encode(data) : data);

  for (const s of input.screenshots) put(s.ref.file, s.png);
  const policies: PolicyCopy[] = input.policies.map((p, i) => {
    const n = String(i + 1).padStart(2, '0');
    const file = `policy/${n}-source.${extensionOf(p.contentType)}`;
    const textFile = `policy/${n}-text.txt`;
    put(file, p.body);
    put(textFile, p.text);
    return { url: p.url, fetchedAt: p.fetchedAt, status: p.status, contentType: p.contentType, language: p.language, sha256: sha256Bytes(p.body), file, textFile };
  });

  const report: AuditExport = { ...input.report, screenshots: input.screenshots.map((s) => s.ref), policyCopies: policies };
  put('export.json', JSON.stringify(report, null, 2));
  const html = renderReportHtml(report, {
    locale: input.locale,
    run: input.run,
    screenshots: input.screenshots.map((s) => ({ ...s.ref, src: `data:image/png;base64,${toBase64(s.png)}` })),
    policies,
  });
  put('report.html', html);
  if (input.renderPdf) put('report.pdf', await input.renderPdf(html));
  put('requests.har', JSON.stringify(buildHar(report, { name: input.run.browser.name, version: input.run.browser.build }), null, 1));

  const listed: ManifestFile[] = [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, data]) => ({ path, sha256: sha256Bytes(data), bytes: data.length }));
  const manifest: EvidenceManifest = { format: 'consent-auditor-evidence', formatVersion: 1, createdAt: new Date().toISOString(), run: input.run, files: listed };
  files.set(MANIFEST, utf8.encode(JSON.stringify(manifest, null, 2)));
  return { files, manifest };
}
