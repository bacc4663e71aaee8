// Issue-12 detections through the command line (the extension side is in findings.test.ts):
// every lab site built to produce a code produces it, and its control does not.
import { afterAll, beforeAll, describe, test } from 'vitest';
import { DEFAULT_EXTENSION_DIR, auditUrl } from '../../scripts/lib/audit-run';
import type { Lab } from '../lab/server';
import { DETECT_SITES } from '../lab/sites';
import { expectValidExport, withLab } from './harness';
import { checkDetections } from './detect-expectations';

describe('hidden tracking, audited from the command line', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await withLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test.each(DETECT_SITES.map((s) => [s.id, s] as const))('%s', async (id, site) => {
    const outcome = await auditUrl(lab.url(site.host, site.path), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 2500, consent: 'none', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.report;
    expectValidExport(r);
    checkDetections(id, r);
  });
});
