import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_EXTENSION_DIR, auditUrl } from '../../scripts/lib/audit-run';
import type { Lab } from '../lab/server';
import { exportOf, expectValidExport, openBrowser, settle, tabIdOf, withLab } from './harness';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

describe('command line and fresh visit', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await withLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('--consent reject presses the banner and records the trackers that fire after it', async () => {
    const outcome = await auditUrl(lab.url('www.cc-violates.test', '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 2500, consent: 'reject', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const r = outcome.report;
    expectValidExport(r);
    expect(r.consent.automation).toMatchObject({ requested: 'reject', bannerFound: true });
    expect(r.consent.state).toBe('rejected');
    expect(r.observations.requests.filter((q) => q.classification.tracker && q.phase === 'after-reject').length).toBeGreaterThan(0);
    expect(r.findings.some((f) => f.code === 'after-reject-tracker')).toBe(true);
    // Metrika set _ym_isad before any choice and writes it again after the reject: the history
    // keeps both writes, and the re-write is an after-reject finding of its own.
    const isad = r.observations.cookies.find((c) => c.name === '_ym_isad');
    expect(isad?.phase).toBe('pre-consent');
    const phases = (isad?.history ?? []).filter((w) => w.kind === 'write').map((w) => w.phase);
    expect(phases[0]).toBe('pre-consent');
    expect(phases).toContain('after-reject');
    const finding = r.findings.find((f) => f.code === 'after-reject-cookie' && f.subject.name === '_ym_isad');
    expect(finding?.evidence.length).toBeGreaterThan(0);
    expect(finding?.evidence.every((e) => e.phase === 'after-reject' && e.time >= (r.consent.at ?? Infinity))).toBe(true);
    expect(finding?.evidence[0]?.initiator).toMatch(/mc\.yandex\.ru\/metrika\/tag\.js/);
  });

  test('--consent accept on a site without a banner says so in the report', async () => {
    const outcome = await auditUrl(lab.url('www.seed004.test', '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 500, consent: 'accept', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.report.consent.automation).toMatchObject({ requested: 'accept', bannerFound: false, clicked: null });
    expect(outcome.report.consent.state).toBe('none');
  });

  test('the CLI export reports a vendor the policy denies using, quoting the denial', async () => {
    const outcome = await auditUrl(lab.url('www.denied-vendor.test', '/'), {
      extensionDir: DEFAULT_EXTENSION_DIR, waitMs: 2500, consent: 'none', hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true, navigationTimeoutMs: 20_000,
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expectValidExport(outcome.report);
    const f = outcome.report.findings.find((x) => x.code === 'denied-vendor-observed');
    expect(f?.subject.vendor).toBe('google-analytics');
    expect(f?.declared?.quote).toMatch(/не используем Google Analytics/);
    expect(outcome.report.findings.filter((x) => x.code === 'undeclared-vendor' && x.subject.vendor === 'google-analytics')).toEqual([]);
  });

  test('npm run audit: one export and one summary line per site, a clear line for an unreachable one, --fail-on', async () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-'));
    const args = ['tsx', 'scripts/audit.ts', '--out', out, '--wait', '1000', '--ignore-cert-errors', '--fail-on', 'high',
      '--resolve', `www.seed004.test=127.0.0.1:${lab.port}`, '--resolve', `mc.yandex.ru=127.0.0.1:${lab.port}`,
      'https://www.seed004.test/', 'https://unreachable.invalid/'];
    const result = await run('npx', args, { cwd: ROOT }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^✓ seed004\.test .*findings high [1-9]/);
    expect(lines[1]).toMatch(/^✗ https:\/\/unreachable\.invalid\/ {2}unreachable: host name does not resolve$/);
    expect(result.stderr).toMatch(/\[1\/2\] https:\/\/www\.seed004\.test\/: loading/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expectValidExport(JSON.parse(readFileSync(join(out, files[0]!), 'utf8')));
  });

  test('fresh visit: after confirmation the site is cleared and reloaded as a first visit', async () => {
    const h = await openBrowser(lab);
    try {
      const page = await h.context.newPage();
      await page.goto(lab.url('www.lab-shop.test', '/'));
      await settle(page, 2000);
      // A second, returning visit: cart_id exists already and is not written again.
      await page.reload();
      await settle(page, 2000);
      const returning = await exportOf(h, page);
      expect(returning.fresh).toBe(false);
      expect(returning.observations.cookies.map((c) => c.name)).not.toContain('cart_id');

      const tabId = await tabIdOf(h, page);
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      popup.once('dialog', (d) => void d.accept());
      await popup.getByTestId('fresh-visit').click();
      await page.waitForEvent('load');
      await settle(page, 2500);
      const fresh = await exportOf(h, page);
      expectValidExport(fresh);
      expect(fresh.fresh).toBe(true);
      // Cleared, so the shop writes its first-visit cookies and storage again.
      expect(fresh.observations.cookies.map((c) => c.name)).toEqual(expect.arrayContaining(['cart_id', '_ym_uid', 'sid']));
      expect(fresh.startedAt > returning.startedAt).toBe(true);
    } finally {
      await h.close();
    }
  });
});
