import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditExport } from '../../lib/report/export';
import type { Lab } from '../lab/server';
import { LAB_SITES } from '../lab/sites';
import { OUTPUT_DIR, exportOf, expectValidExport, openBrowser, settle, tabIdOf, withLab, type Harness } from './harness';
import { PopupPage } from './popup-page';
import { DETECT_MUST_NOT, checkDetections } from './detect-expectations';

// Each finding site is built to produce certain findings; the popup must show them, and must not
// show the false ones listed here (what a careless matcher would get wrong on that site).
const SITES = LAB_SITES.filter((s) => s.cmp === null);

const MUST_NOT: Record<string, [code: string, subject: string][]> = {
  seed000: [['undeclared-cookie', '_ym_uid'], ['undeclared-vendor', 'Yandex Metrika'], ['undeclared-vendor', 'Google Analytics']],
  seed002: [['undeclared-cookie', 'roistat_visit'], ['undeclared-cookie', '_ym_uid'], ['undeclared-vendor', 'Roistat']],
  seed003: [['undeclared-cookie', '_ga'], ['undeclared-cookie', '_gid']],
  'table-policy': [['undeclared-cookie', '_ga']],
  'no-policy': [['undeclared-cookie', '_ym_uid'], ['undeclared-vendor', 'Yandex Metrika']],
  'policy-hop': [['undeclared-cookie', '_ym_uid']],
  ...DETECT_MUST_NOT,
  'cookiebot-data': [['undeclared-cookie', '_ym_uid'], ['undeclared-cookie', '_ga'], ['undeclared-cookie', 'yandexuid'], ['undeclared-vendor', 'Yandex Metrika'], ['undeclared-vendor', 'Google Analytics']],
  'onetrust-data': [['undeclared-cookie', '_ga'], ['undeclared-vendor', 'Google Analytics']],
  'prose-policy': [['undeclared-cookie', 'cookie_consent'], ['undeclared-cookie', 'cart'], ['undeclared-cookie', 'sid']],
  'denied-vendor': [['undeclared-vendor', 'Google Analytics'], ['declared-not-observed', 'Google Analytics'], ['undeclared-cookie', '_ym_uid']],
};
const REPORT_SHOTS = new Set(['seed003', 'seed002', 'seed004', 'table-policy']);

describe('findings on the lab sites, as the popup shows them', () => {
  let lab: Lab;
  let h: Harness;
  beforeAll(async () => {
    lab = await withLab();
    h = await openBrowser(lab);
  });
  afterAll(async () => {
    await h?.close();
    await lab?.close();
  });

  test.each(SITES.map((s) => [s.id, s] as const))('%s', async (id, site) => {
    await h.context.clearCookies();
    const page = await h.context.newPage();
    await page.goto(lab.url(site.host, site.path));
    await settle(page, 2500);
    const popup = await PopupPage.open(h, page);
    const policy = await popup.policyState();
    expect(policy).toBe(site.policyPath === null || id === 'policy-404' ? (id === 'policy-404' ? 'failed' : 'not-found') : 'found');
    const shown = await popup.findings();
    for (const code of site.expects.findings ?? []) expect(Object.keys(shown), `${id} should show ${code}`).toContain(code);

    const report: AuditExport = await exportOf(h, page);
    expectValidExport(report);
    writeFileSync(resolve(OUTPUT_DIR, `findings-${id}.json`), JSON.stringify(report, null, 2));
    const bySubject = (code: string) => report.findings.filter((f) => f.code === code).map((f) => (f.subject.kind === 'vendor' ? f.subject.name : f.subject.name));
    for (const [code, subject] of MUST_NOT[id] ?? []) expect(bySubject(code), `${id}: false ${code} for ${subject}`).not.toContain(subject);
    checkDetections(id, report);
    // One finding per subject and code: the engine groups evidence instead of repeating itself.
    const keys = report.findings.map((f) => `${f.code}|${f.subject.kind}|${f.subject.name}|${f.subject.domain}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Declared vendors are never reported as undeclared.
    const declared = new Set(report.declarations.vendors.map((v) => v.vendor));
    expect(report.findings.filter((f) => f.code === 'undeclared-vendor' && f.subject.vendor !== null && declared.has(f.subject.vendor))).toEqual([]);

    await popup.screenshot(resolve(OUTPUT_DIR, `popup-${id}.png`));
    if (REPORT_SHOTS.has(id)) {
      const tabId = await tabIdOf(h, page);
      const rp = await h.context.newPage();
      await rp.setViewportSize({ width: 1200, height: 900 });
      await rp.goto(`chrome-extension://${h.extensionId}/report.html?tabId=${tabId}`);
      await rp.getByTestId('timeline').waitFor();
      expect(await rp.getByTestId('cookies-table-row').count()).toBe(report.observations.cookies.length > 300 ? 300 : report.observations.cookies.length);
      await rp.screenshot({ path: resolve(OUTPUT_DIR, `report-${id}.png`), fullPage: true });
      await rp.close();
    }
    await popup.close();
    await page.close();
  });

  test('seed 003 reports _ga asking for longer than its declared 2 years, quoting the policy', async () => {
    const page = await h.context.newPage();
    await h.context.clearCookies();
    await page.goto(lab.url('www.seed003.test', '/'));
    await settle(page, 2500);
    const popup = await PopupPage.open(h, page);
    await popup.policyState();
    const report = await exportOf(h, page);
    const f = report.findings.find((x) => x.code === 'retention-exceeds' && x.subject.name === '_ga');
    expect(f?.declared?.quote).toMatch(/_ga/);
    expect(f?.declared?.sourceUrl).toBe('https://www.seed003.test/privacy');
    expect(report.declarations.sources[0]).toMatchObject({ language: 'uk', kind: 'privacy-policy' });
    expect(report.declarations.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    await popup.close();
    await page.close();
  });

  test.each([
    ['www.cookiebot-data.test', '_ym_uid', /_ym_uid \| Яндекс\.Метрика .*1 день/, 'cookieTableStatistics'],
    ['www.onetrust-data.test', '_ga', /_ga \| onetrust-data\.test .*Length 30/, 'Groups[1].Cookies'],
  ])('%s: the consent manager\'s page data declares %s, and its lifetime is held to it', async (host, name, quote, where) => {
    const page = await h.context.newPage();
    await h.context.clearCookies();
    await page.goto(lab.url(host, '/'));
    // the hook looks for the CMP's data once a second after load
    await settle(page, 5000);
    const popup = await PopupPage.open(h, page);
    await popup.policyState();
    const report = await exportOf(h, page);
    expect(report.declarations.sources.map((s) => s.kind)).toContain('cmp');
    const f = report.findings.find((x) => x.code === 'retention-exceeds' && x.subject.name === name);
    expect(f?.declared?.quote).toMatch(quote);
    expect(f?.declared?.where).toContain(where);
    expect(f?.declared?.sourceUrl).toBe(`https://${host}/`);
    await popup.close();
    await page.close();
  });

  test('a vendor the policy denies is reported with the denial quoted, in the popup and the export', async () => {
    const page = await h.context.newPage();
    await h.context.clearCookies();
    await page.goto(lab.url('www.denied-vendor.test', '/'));
    await settle(page, 2500);
    const popup = await PopupPage.open(h, page);
    await popup.policyState();
    expect(Object.keys(await popup.findings())).toContain('denied-vendor-observed');
    const report = await exportOf(h, page);
    expect(report.declarations.denied?.map((d) => d.value)).toContain('google-analytics');
    expect(report.declarations.vendors.map((v) => v.vendor)).not.toContain('google-analytics');
    const f = report.findings.find((x) => x.code === 'denied-vendor-observed');
    expect(f).toMatchObject({ severity: 'high', subject: { kind: 'vendor', vendor: 'google-analytics' } });
    expect(f?.declared?.quote).toMatch(/не используем Google Analytics/);
    expect(f?.evidence.some((e) => e.kind === 'cookie' && e.name === '_ga')).toBe(true);
    await popup.screenshot(resolve(OUTPUT_DIR, 'popup-denied-vendor.png'));
    await popup.close();
    await page.close();
  });

  test.each([
    ['ru', 'Нарушения'],
    ['uk', 'Порушення'],
    ['en', 'Findings'],
  ] as const)('the popup speaks %s when chosen in the options', async (locale, word) => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('locale-select').selectOption(locale);
    await options.waitForTimeout(300);
    await options.close();
    const page = await h.context.newPage();
    await h.context.clearCookies();
    await page.goto(lab.url('www.seed004.test', '/'));
    await settle(page, 2000);
    const popup = await PopupPage.open(h, page);
    await popup.policyState();
    expect(await popup.page.getByTestId('tab-findings').innerText()).toContain(word);
    await popup.screenshot(resolve(OUTPUT_DIR, `popup-seed004-${locale}.png`));
    await popup.close();
    await page.close();
  });

  // Runs after the language tests above and leaves English chosen, as they do.
  test.each([
    ['ru', 'Отрицается политикой, но обнаружен', 'Политика утверждает, что Google Analytics не используется'],
    ['uk', 'Заперечено в політиці, але виявлено', 'Політика стверджує, що Google Analytics не використовується'],
    ['en', 'Denied by the policy, yet present', 'The policy says Google Analytics is not used'],
  ] as const)('the denied vendor reads in %s, with the denial quoted when opened', async (locale, title, message) => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('locale-select').selectOption(locale);
    await options.waitForTimeout(300);
    await options.close();
    const page = await h.context.newPage();
    await h.context.clearCookies();
    await page.goto(lab.url('www.denied-vendor.test', '/'));
    await settle(page, 2500);
    const popup = await PopupPage.open(h, page);
    await popup.policyState();
    const group = popup.page.locator('[data-testid="finding-group"][data-code="denied-vendor-observed"]');
    expect(await group.locator('h3').innerText()).toContain(title);
    const finding = group.getByTestId('finding').first();
    expect(await finding.innerText()).toContain(message);
    await finding.locator('summary').click();
    expect(await finding.getByTestId('declared-quote').innerText()).toMatch(/не используем Google Analytics/);
    // The popup is sent a finding's evidence rows when it is opened: they come, and are the export's.
    const evidence = (await exportOf(h, page)).findings.find((f) => f.code === 'denied-vendor-observed')?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    const rows = finding.locator('table.evidence tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(evidence.length, 20));
    expect(await rows.first().locator('td').first().innerText()).toContain(`${evidence[0]!.kind}: ${evidence[0]!.name}`);
    await finding.scrollIntoViewIfNeeded();
    await popup.screenshot(resolve(OUTPUT_DIR, `popup-denied-vendor-${locale}.png`));
    await popup.close();
    await page.close();
  });
});
