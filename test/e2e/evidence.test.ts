import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findingTitle } from '../../lib/compare/messages';
import type { EvidenceManifest } from '../../lib/report/evidence';
import type { AuditExport } from '../../lib/report/export';
import type { Har } from '../../lib/report/har';
import { renderReportHtml } from '../../lib/report/html';
import { DEFAULT_EXTENSION_DIR, auditUrl } from '../../scripts/lib/audit-run';
import { launchChromium } from '../../scripts/lib/chromium';
import { printPdf } from '../../scripts/lib/evidence-collect';
import type { Lab } from '../lab/server';
import { NOTICE_OVER_CMP_HOST } from '../lab/sites/notice-over-cmp';
import { OUTPUT_DIR, expectValidExport, withLab } from './harness';

// `--consent reject --evidence` on the lab site that loads Metrika, GA and PostHog whatever the
// visitor chooses: the bundle, its manifest, the CLI's consent moment, the re-write after the
// reject, the PDF's text, the HAR and the screenshots, all from one real run.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('evidence bundle of a CLI run', () => {
  let lab: Lab;
  let dir: string;
  let report: AuditExport;
  let manifest: EvidenceManifest;
  beforeAll(async () => {
    lab = await withLab();
    dir = join(mkdtempSync(join(tmpdir(), 'evidence-e2e-')), '001_www.cc-violates.test');
    const outcome = await auditUrl(lab.url('www.cc-violates.test', '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 2500, consent: 'reject', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true,
      navigationTimeoutMs: 20_000, evidence: { locale: 'en', dirFor: () => dir },
    });
    if (!outcome.ok) throw new Error(outcome.error);
    if (!outcome.evidence || outcome.evidence.dir === null) throw new Error(`no bundle: ${JSON.stringify(outcome.evidence)}`);
    report = JSON.parse(readFileSync(join(dir, 'export.json'), 'utf8')) as AuditExport;
    manifest = outcome.evidence.manifest;
  }, 120_000);
  afterAll(async () => {
    await lab?.close();
  });

  test('every file is there, listed in the manifest with a matching hash, and verify-evidence agrees', async () => {
    expectValidExport(report);
    const paths = manifest.files.map((f) => f.path);
    for (const p of ['export.json', 'report.html', 'report.pdf', 'requests.har', 'screenshots/01-banner.png', 'screenshots/02-after-click.png', 'screenshots/03-end.png']) {
      expect(paths).toContain(p);
    }
    expect(paths.some((p) => /^policy\/01-source\.html$/.test(p))).toBe(true);
    expect(paths.some((p) => /^policy\/01-text\.txt$/.test(p))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['export.json', 'manifest.json', 'policy', 'report.html', 'report.pdf', 'requests.har', 'screenshots']);
    const ok = await run('npx', ['tsx', 'scripts/verify-evidence.ts', dir], { cwd: ROOT });
    expect(ok.stdout).toMatch(new RegExp(`✓ .*: ${manifest.files.length} files match the manifest`));
  });

  test('the manifest states the run: browser build and exact flags, person-like UA, clean profile, URLs, what was pressed', () => {
    const r = manifest.run;
    expect(r.browser.build).toMatch(/Chrome\/\d+/);
    expect(r.browser.flags).toEqual(expect.arrayContaining(['--disable-quic', '--no-first-run', '--disable-blink-features=AutomationControlled', `--load-extension=${DEFAULT_EXTENSION_DIR}`]));
    expect(r.browser.flags.some((f) => f.startsWith('--user-data-dir='))).toBe(true);
    expect(r.browser.userAgent).not.toContain('Headless');
    expect(r.viewport).toEqual({ width: 1280, height: 800 });
    expect(r.timeZone).toBeTruthy();
    expect(r.profile.clean).toBe(true);
    expect(Date.parse(r.endedAt)).toBeGreaterThan(Date.parse(r.startedAt));
    expect(r.initialUrl).toBe(lab.url('www.cc-violates.test', '/'));
    expect(r.finalUrl).toBe(lab.url('www.cc-violates.test', '/'));
    expect(r.consent).toMatchObject({ mode: 'reject', path: 'autoconsent' });
    expect(r.consent.rule).toBeTruthy();
    expect(r.consent.selector).toBeTruthy();
    expect(r.tool.knowledgeBaseVersion).toBe(report.tool.knowledgeBaseVersion);
  });

  test("the CLI's notice before its click is the consent moment, an automatic signal of its own kind", () => {
    const notice = report.consent.timeline.find((e) => e.signal === 'automation');
    expect(notice).toMatchObject({ state: 'rejected' });
    expect(report.consent.state).toBe('rejected');
    expect(report.consent.at).toBe(notice!.time);
    expect(report.consent.signal).toBe('automation');
    expect(report.consent.automation).toMatchObject({ requested: 'reject', path: 'autoconsent' });
    expect(report.consent.automation?.at).toBeLessThanOrEqual(notice!.time + 50);
  });

  test('a cookie set before the reject and written again after it: both in its history, and an after-reject finding', () => {
    const isad = report.observations.cookies.find((c) => c.name === '_ym_isad');
    const writes = (isad?.history ?? []).filter((w) => w.kind === 'write');
    expect(writes[0]?.phase).toBe('pre-consent');
    const after = writes.filter((w) => w.phase === 'after-reject');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((w) => w.time >= report.consent.at!)).toBe(true);
    const finding = report.findings.find((f) => f.code === 'after-reject-cookie' && f.subject.name === '_ym_isad');
    expect(finding?.evidence.map((e) => e.time)).toEqual(after.map((w) => w.time));
  });

  test('screenshots: non-empty PNGs, the banner before the click and the others after it, referenced from the export with their times', () => {
    const shots = report.screenshots ?? [];
    expect(shots.map((s) => s.moment)).toEqual(['banner', 'after-click', 'end']);
    for (const s of shots) {
      const png = readFileSync(join(dir, s.file));
      expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      expect(png.length).toBeGreaterThan(2000);
      expect(s.manual).toBe(false);
    }
    expect(shots[0]!.time).toBeLessThanOrEqual(report.consent.at!);
    expect(shots[1]!.time).toBeGreaterThan(report.consent.at!);
    expect(shots[2]!.fullPage).toBe(true);
  });

  test('the HAR parses and holds every recorded request, with status, initiator, phase and Set-Cookie', () => {
    const har = JSON.parse(readFileSync(join(dir, 'requests.har'), 'utf8')) as Har;
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries.map((e) => e.request.url)).toEqual(report.observations.requests.map((r) => r.url));
    expect(har.log.entries.some((e) => e._phase === 'after-reject' && e._tracker)).toBe(true);
    expect(har.log.entries.filter((e) => e.response.status === 200).length).toBeGreaterThan(0);
    expect(har.log.entries.some((e) => e._initiator.url)).toBe(true);
    // The lab's Metrika host answers with Set-Cookie yandexuid (a third-party cookie).
    expect(har.log.entries.some((e) => e.response.cookies.some((c) => c.name === 'yandexuid'))).toBe(true);
    expect(har.log.entries.filter((e) => !e._pending).every((e) => e.time >= 0)).toBe(true);
  });

  test('the PDF carries the findings: pdftotext reads the after-reject finding and the page numbers', async () => {
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']);
    expect(stdout).toContain(findingTitle('after-reject-cookie', 'en'));
    expect(stdout).toContain('_ym_isad');
    expect(stdout).toMatch(/1 \/ \d+/);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('data:image/png;base64,');
  });

  test('verify-evidence catches one changed byte (exit 1, the file named)', async () => {
    const pdf = join(dir, 'report.pdf');
    const bytes = readFileSync(pdf);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x20;
    writeFileSync(pdf, bytes);
    const result = await run('npx', ['tsx', 'scripts/verify-evidence.ts', dir], { cwd: ROOT }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('changed: report.pdf');
  });

  test("a CMP found with no popup of its own: the banner finder presses the site's German notice, and the export says which path pressed what", async () => {
    const outcome = await auditUrl(lab.url(NOTICE_OVER_CMP_HOST, '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 1500, consent: 'reject', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.report;
    expect(r.consent.automation).toMatchObject({ requested: 'reject', bannerFound: true, path: 'banner-finder', label: 'Ablehnen' });
    expect(r.consent.automation?.note).toMatch(/autoconsent found .*didomi.* but no popup/i);
    expect(r.consent.state).toBe('rejected');
    expect(r.consent.signal).toBe('automation');
  }, 90_000);

  test('the report in en, ru and uk, printed by Chromium, for a person to look at (test-output/evidence)', async () => {
    const out = join(OUTPUT_DIR, 'evidence');
    mkdirSync(out, { recursive: true });
    const browser = await launchChromium({});
    try {
      for (const locale of ['en', 'ru', 'uk'] as const) {
        const shots = (report.screenshots ?? []).map((s) => ({ ...s, src: `data:image/png;base64,${readFileSync(join(dir, s.file)).toString('base64')}` }));
        const html = renderReportHtml(report, { locale, run: manifest.run, screenshots: shots, policies: report.policyCopies ?? [] });
        writeFileSync(join(out, `report-${locale}.html`), html);
        const pdf = await printPdf(browser.context, html, `${report.page.site} · ${report.startedAt}`);
        writeFileSync(join(out, `report-${locale}.pdf`), pdf);
        await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', join(out, `report-${locale}.pdf`), join(out, `report-${locale}`)]);
        const { stdout } = await run('pdftotext', [join(out, `report-${locale}.pdf`), '-']);
        expect(stdout).toContain(findingTitle('after-reject-cookie', locale));
      }
    } finally {
      await browser.close();
    }
    // pdftoppm pads page numbers to the width of the page count.
    const first = readdirSync(out).find((f) => /^report-uk-0*1\.png$/.test(f));
    expect(first !== undefined && statSync(join(out, first)).size > 1000).toBe(true);
  }, 60_000);
});
