// Issue-12 detections through the command line (the extension side is in findings.test.ts):
// every lab site built to produce a code produces it, and its control does not.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_EXTENSION_DIR, auditUrl } from '../../scripts/lib/audit-run';
import type { Lab } from '../lab/server';
import { DETECT_SITES, LAB_SITES } from '../lab/sites';
import { expectValidExport, withLab } from './harness';
import { DETECT_CONSENT, checkDetections } from './detect-expectations';
import { exportOf, openBrowser, settle } from './harness';

describe('hidden tracking, audited from the command line', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await withLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  // The analytics site carries the real FingerprintJS from npm.
  const SITES = [...DETECT_SITES, LAB_SITES.find((s) => s.id === 'analytics')!];
  test.each(SITES.map((s) => [s.id, s] as const))('%s', async (id, site) => {
    const outcome = await auditUrl(lab.url(site.host, site.path), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 2500, consent: DETECT_CONSENT[id] ?? 'none', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.report;
    expectValidExport(r);
    checkDetections(id, r);
  });

  // The extension side of the sites that need a choice (findings.test.ts visits without one):
  // a person's click on the banner's reject button, then the export.
  test('lab-consent-lie in the extension: a real click on "Reject all"', async () => {
    const h = await openBrowser(lab);
    try {
      const page = await h.context.newPage();
      await page.goto(lab.url('www.lab-consent-lie.test', '/'));
      await page.getByText('Reject all', { exact: true }).first().click({ timeout: 10_000 });
      await settle(page, 2500);
      const report = await exportOf(h, page);
      expectValidExport(report);
      expect(report.consent.timeline.some((e) => e.signal === 'click' && e.state === 'rejected')).toBe(true);
      checkDetections('lab-consent-lie', report);
    } finally {
      await h.close();
    }
  });

  test('--gpc: the page sees Global Privacy Control and the export records it', async () => {
    const outcome = await auditUrl(lab.url('www.lab-consent-mode.test', '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 1500, consent: 'none', gpc: true, hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expectValidExport(outcome.report);
    expect(outcome.report.gpc).toBe(true);
    expect(outcome.report.observations.requests.map((r) => r.url)).toContain('https://www.lab-consent-mode.test/ping?gpc=true');
  });
});
