// Evidence bundles must not slow a batch much: lab sites per minute through the real audit runner
// (fresh Chromium per site, --consent reject, 5 s recording as the CLI's default) at concurrency
// 4, without and with --evidence (screenshots, PDF print, HAR, policy copies, hashed manifest).
// Also the bundle's size and the time one bundle takes to write, as medians.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXTENSION_DIR, assertExtensionBuilt, auditUrl, type AuditOutcome } from '../lib/audit-run';
import { LAB_SITES, consentSites } from '../../test/lab/sites';
import { startLab } from '../../test/lab/server';
import type { Metric } from './types';

const CONCURRENCY = 4;
const WAIT_MS = 5000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function run(): Promise<Metric[]> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const lab = await startLab({ quiet: true });
  const out = mkdtempSync(join(tmpdir(), 'bench-evidence-'));
  try {
    // Eight sites: the plain lab sites and the consent sites that ignore the choice (a banner to press).
    const urls = [...LAB_SITES.slice(0, 4), ...consentSites().filter((s) => s.honoursConsent === false).slice(0, 4)].map((s) => lab.url(s.host, s.path));
    const batch = async (evidence: boolean) => {
      const started = Date.now();
      const outcomes: AuditOutcome[] = [];
      const bundleMs: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < urls.length) {
          const i = next++;
          const t0 = Date.now();
          const o = await auditUrl(urls[i]!, {
            extensionDir: DEFAULT_EXTENSION_DIR, waitMs: WAIT_MS, consent: 'reject', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true,
            navigationTimeoutMs: 45_000, ...(evidence ? { evidence: { locale: 'en' as const, dirFor: () => join(out, `site-${i}`) } } : {}),
          });
          if (evidence) bundleMs.push(Date.now() - t0);
          outcomes.push(o);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const minutes = (Date.now() - started) / 60_000;
      const ok = outcomes.filter((o) => o.ok).length;
      const bytes = outcomes.flatMap((o) => (o.ok && o.evidence && o.evidence.dir !== null ? [o.evidence.manifest.files.reduce((n, f) => n + f.bytes, 0)] : []));
      return { perMinute: ok / minutes, ok, bytes, siteMs: bundleMs };
    };
    const plain = await batch(false);
    const withEvidence = await batch(true);
    return [
      { metric: 'audit.lab.sites-per-minute', value: Math.round(plain.perMinute * 10) / 10, unit: 'sites/min', sites: urls.length, ok: plain.ok, concurrency: CONCURRENCY, waitMs: WAIT_MS },
      { metric: 'audit.lab.sites-per-minute.evidence', value: Math.round(withEvidence.perMinute * 10) / 10, unit: 'sites/min', sites: urls.length, ok: withEvidence.ok, concurrency: CONCURRENCY, waitMs: WAIT_MS },
      { metric: 'audit.lab.evidence-slowdown', value: Math.round((plain.perMinute / withEvidence.perMinute) * 100) / 100, unit: 'x' },
      { metric: 'audit.lab.evidence-bundle.median-bytes', value: median(withEvidence.bytes), unit: 'bytes' },
      { metric: 'audit.lab.evidence-site.median-ms', value: median(withEvidence.siteMs), unit: 'ms', note: 'whole site with --evidence, at concurrency 4' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
    await lab.close();
  }
}
