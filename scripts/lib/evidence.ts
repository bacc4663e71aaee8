// The evidence bundle of one audited site: a folder an auditor can file. It holds the export, the
// printable report (HTML and PDF), a HAR of every recorded request, the screenshots, each policy
// source as fetched with its extracted text, and manifest.json with the SHA-256 of every file and
// the conditions of the run. `verifyEvidence` re-hashes a folder against its manifest.
// Callable per site result, so `npm run audit -- --evidence` and the campaign runner share it.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { assembleBundle, MANIFEST, type BundleInput, type BundlePolicy, type BundleScreenshot } from '../../lib/report/bundle';
import type { EvidenceManifest } from '../../lib/report/evidence';

export { MANIFEST };
export type EvidenceScreenshot = BundleScreenshot;
export type EvidencePolicy = BundlePolicy;
export type EvidenceInput = BundleInput;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes the bundle into `dir` (replacing an earlier one) and returns its manifest. */
export async function writeEvidenceBundle(dir: string, input: EvidenceInput): Promise<EvidenceManifest> {
  await rm(dir, { recursive: true, force: true });
  const { files, manifest } = await assembleBundle(input);
  for (const [path, data] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  }
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
