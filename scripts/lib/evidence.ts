// The evidence bundle of one audited site: a folder an auditor can file. It holds the export, the
// printable report (HTML and PDF), a HAR of every recorded request, the screenshots, each policy
// source as fetched with its extracted text, and manifest.json with the SHA-256 of every file and
// the conditions of the run. `verifyEvidence` re-hashes a folder against its manifest.
// Callable per site result, so `npm run audit -- --evidence` and the campaign runner share it.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Locale } from '../../lib/compare/catalog';
import type { AuditExport } from '../../lib/report/export';
import type { EvidenceManifest, ManifestFile, PolicyCopy, RunMetadata, ScreenshotRef } from '../../lib/report/evidence';
import { buildHar } from '../../lib/report/har';
import { renderReportHtml } from '../../lib/report/html';

export const MANIFEST = 'manifest.json';

export interface EvidenceScreenshot {
  ref: ScreenshotRef;
  png: Buffer;
}

export interface EvidencePolicy {
  url: string;
  fetchedAt: string;
  status: number;
  contentType: string | null;
  language: string;
  body: Buffer;
  /** The text the policy reader worked on. */
  text: string;
}

export interface EvidenceInput {
  report: AuditExport;
  run: RunMetadata;
  screenshots: EvidenceScreenshot[];
  policies: EvidencePolicy[];
  locale: Locale;
  /** Prints the report HTML to PDF (Chromium's own printing); absent: no report.pdf. */
  renderPdf?(html: string): Promise<Buffer>;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function extensionOf(contentType: string | null): string {
  if (!contentType) return 'bin';
  if (/html/i.test(contentType)) return 'html';
  if (/json/i.test(contentType)) return 'json';
  if (/pdf/i.test(contentType)) return 'pdf';
  if (/text\/plain/i.test(contentType)) return 'txt';
  return 'bin';
}

/** Writes the bundle into `dir` (replacing an earlier one) and returns its manifest. */
export async function writeEvidenceBundle(dir: string, input: EvidenceInput): Promise<EvidenceManifest> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'screenshots'), { recursive: true });
  await mkdir(join(dir, 'policy'), { recursive: true });

  const files = new Map<string, Buffer>();
  const put = (path: string, data: Buffer | string) => files.set(path, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));

  const shots = input.screenshots.map((s) => {
    put(s.ref.file, s.png);
    return s;
  });
  const policies: PolicyCopy[] = input.policies.map((p, i) => {
    const n = String(i + 1).padStart(2, '0');
    const file = `policy/${n}-source.${extensionOf(p.contentType)}`;
    const textFile = `policy/${n}-text.txt`;
    put(file, p.body);
    put(textFile, p.text);
    return { url: p.url, fetchedAt: p.fetchedAt, status: p.status, contentType: p.contentType, language: p.language, sha256: sha256(p.body), file, textFile };
  });

  const report: AuditExport = { ...input.report, screenshots: shots.map((s) => s.ref), policyCopies: policies };
  put('export.json', JSON.stringify(report, null, 2));
  const html = renderReportHtml(report, {
    locale: input.locale,
    run: input.run,
    screenshots: shots.map((s) => ({ ...s.ref, src: `data:image/png;base64,${s.png.toString('base64')}` })),
    policies,
  });
  put('report.html', html);
  if (input.renderPdf) put('report.pdf', await input.renderPdf(html));
  const har = buildHar(report, { name: input.run.browser.name, version: input.run.browser.build });
  put('requests.har', JSON.stringify(har, null, 1));

  const listed: ManifestFile[] = [];
  for (const [path, data] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    await writeFile(join(dir, path), data);
    listed.push({ path, sha256: sha256(data), bytes: data.length });
  }
  const manifest: EvidenceManifest = { format: 'consent-auditor-evidence', formatVersion: 1, createdAt: new Date().toISOString(), run: input.run, files: listed };
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  changed: string[];
  missing: string[];
  /** Files in the folder the manifest does not list. */
  unlisted: string[];
}

async function walk(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, root)));
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** Re-hashes every file the manifest lists; any difference, missing or extra file fails. */
export async function verifyEvidence(dir: string): Promise<VerifyResult> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as EvidenceManifest;
  if (manifest.format !== 'consent-auditor-evidence' || !Array.isArray(manifest.files)) throw new Error(`${dir}: not an evidence manifest`);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const f of manifest.files) {
    const full = join(dir, f.path);
    const exists = await stat(full).then((s) => s.isFile(), () => false);
    if (!exists) {
      missing.push(f.path);
      continue;
    }
    const data = await readFile(full);
    if (data.length !== f.bytes || sha256(data) !== f.sha256) changed.push(f.path);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  const unlisted = (await walk(dir)).filter((p) => p !== MANIFEST && !listed.has(p)).sort();
  return { ok: changed.length === 0 && missing.length === 0 && unlisted.length === 0, checked: manifest.files.length, changed, missing, unlisted };
}
