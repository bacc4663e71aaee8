// Issue-12 detections through the command line (the extension side is in findings.test.ts):
// every lab site built to produce a code produces it, and its control does not.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GPC_TEXT } from '../../lib/report/gpc-text';
import { DEFAULT_EXTENSION_DIR, auditUrl } from '../../scripts/lib/audit-run';
import type { AuditExport } from '../../lib/report/export';
import type { Lab } from '../lab/server';
import { DETECT_SITES, LAB_SITES } from '../lab/sites';
import { expectValidExport, withLab } from './harness';
import { DETECT_CONSENT, checkDetections } from './detect-expectations';
import { exportOf, openBrowser, settle } from './harness';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
type Run = { code: number; stdout: string; stderr: string };
const cli = (args: string[]): Promise<Run> =>
  run('npx', ['tsx', 'scripts/audit.ts', ...args], { cwd: ROOT }).then((r) => ({ code: 0, ...r }), (e: Run) => e);

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

  test('--compare-gpc: a site that honours GPC and one that ignores it, exports, text and HTML; compare-gpc on two exports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-gpc-'));
    const resolveTo = ['www.lab-gpc-honours.test', 'www.lab-gpc-ignores.test', 'region1.google-analytics.com'].flatMap((h) => ['--resolve', `${h}=127.0.0.1:${lab.port}`]);
    const result = await cli(['--compare-gpc', '--out', out, '--wait', '1500', '--ignore-cert-errors', ...resolveTo, 'https://www.lab-gpc-honours.test/', 'https://www.lab-gpc-ignores.test/']);
    expect(result.stderr).not.toMatch(/audit: /);
    expect(result.code).toBe(0);
    const en = GPC_TEXT.en;
    expect(result.stdout).toContain(`${en.heading}: lab-gpc-honours.test\n${en.verdicts.honoured}`);
    expect(result.stdout).toContain(`${en.heading}: lab-gpc-ignores.test\n${en.verdicts.ignored}`);
    expect(result.stdout).toContain(`${en.kinds.tracker}  region1.google-analytics.com`);
    expect(readdirSync(out).sort()).toEqual([
      '001_www.lab-gpc-honours.test.gpc-compare.html', '001_www.lab-gpc-honours.test.gpc.json', '001_www.lab-gpc-honours.test.json',
      '002_www.lab-gpc-ignores.test.gpc-compare.html', '002_www.lab-gpc-ignores.test.gpc.json', '002_www.lab-gpc-ignores.test.json',
    ]);
    const exp = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8')) as AuditExport;
    for (const f of readdirSync(out).filter((x) => x.endsWith('.json'))) expectValidExport(exp(f));
    // The honouring site really tracked on the plain visit, and not with GPC.
    const trackers = (r: AuditExport) => r.observations.requests.filter((q) => q.classification.tracker).map((q) => q.host);
    expect(trackers(exp('001_www.lab-gpc-honours.test.json'))).toContain('region1.google-analytics.com');
    expect(exp('001_www.lab-gpc-honours.test.gpc.json')).toMatchObject({ gpc: true });
    expect(trackers(exp('001_www.lab-gpc-honours.test.gpc.json'))).toEqual([]);
    expect(trackers(exp('002_www.lab-gpc-ignores.test.gpc.json'))).toContain('region1.google-analytics.com');
    expect(readFileSync(join(out, '001_www.lab-gpc-honours.test.gpc-compare.html'), 'utf8')).toContain('data-gpc-verdict="honoured"');
    expect(readFileSync(join(out, '002_www.lab-gpc-ignores.test.gpc-compare.html'), 'utf8')).toContain('data-gpc-verdict="ignored"');

    // Two exports already made, compared in Russian, with the HTML report where asked.
    const html = join(out, 'ru.html');
    const ru = await cli(['compare-gpc', join(out, '002_www.lab-gpc-ignores.test.json'), join(out, '002_www.lab-gpc-ignores.test.gpc.json'), '--lang', 'ru', '--html', html]);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain(GPC_TEXT.ru.verdicts.ignored);
    expect(readFileSync(html, 'utf8')).toContain('<html lang="ru">');
    // Given the wrong way round, the CLI says which export is which.
    const swapped = await cli(['compare-gpc', join(out, '001_www.lab-gpc-honours.test.gpc.json'), join(out, '001_www.lab-gpc-honours.test.json')]);
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toMatch(/was made with --gpc/);
  });
});
