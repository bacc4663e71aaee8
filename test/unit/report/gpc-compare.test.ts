import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../lib/compare/catalog';
import { findingTitle } from '../../../lib/compare/messages';
import type { AuditExport } from '../../../lib/report/export';
import { GpcCompareError, compareGpc } from '../../../lib/report/gpc-compare';
import { GPC_TEXT, gpcComparisonText } from '../../../lib/report/gpc-text';
import { esc, renderReportHtml } from '../../../lib/report/html';
import { syntheticExport } from './session';

// The plain run is the synthetic shop visit through the real pipeline (Metrika, GA4, their cookies,
// the site's session cookie); the GPC runs are that export as a site would change it for GPC.

/** The export as a site would make it with GPC: without the cookies and requests `drop` picks, and no findings. */
function withGpc(plain: AuditExport, drop: (name: string) => boolean): AuditExport {
  const cookies = plain.observations.cookies.filter((c) => !drop(c.name));
  const requests = plain.observations.requests.filter((r) => !drop(r.host));
  return { ...plain, gpc: true, observations: { ...plain.observations, cookies, requests }, findings: [] };
}

const tracking = (plain: AuditExport) => new Set([...plain.observations.cookies.filter((c) => c.classification.tracker).map((c) => c.name), ...plain.observations.requests.filter((r) => r.classification.tracker).map((r) => r.host)]);

describe('compareGpc', () => {
  test('the same tracking with GPC: ignored, every tracker and tracking cookie kept', async () => {
    const plain = await syntheticExport();
    const c = compareGpc(plain, { ...plain, gpc: true });
    expect(c.verdict).toBe('ignored');
    expect(c.honoured).toEqual([]);
    expect(c.ignored.filter((i) => i.tracking).map((i) => i.name)).toEqual(
      expect.arrayContaining(['mc.yandex.ru', 'www.google-analytics.com', '_ym_uid @ .shop-example.ru', '_ga @ .shop-example.ru']),
    );
    // The site's own session cookie is listed but not weighed.
    expect(c.ignored.find((i) => i.name.startsWith('PHPSESSID'))?.tracking).toBe(false);
  });

  test('no tracker and no tracking cookie with GPC: honoured, the findings that went with them listed as stopped', async () => {
    const plain = await syntheticExport();
    const all = tracking(plain);
    const c = compareGpc(plain, withGpc(plain, (n) => all.has(n)));
    expect(c.verdict).toBe('honoured');
    expect(c.ignored.filter((i) => i.tracking)).toEqual([]);
    expect(c.honoured.map((i) => i.kind)).toEqual(expect.arrayContaining(['tracker', 'cookie', 'finding']));
    expect(c.honoured.some((i) => i.kind === 'finding' && i.name.startsWith('pre-consent-tracker'))).toBe(true);
  });

  test('Google stops, Metrika goes on: partly honoured', async () => {
    const plain = await syntheticExport();
    const c = compareGpc(plain, withGpc(plain, (n) => n === 'www.google-analytics.com' || n === '_ga'));
    expect(c.verdict).toBe('partly-honoured');
    expect(c.honoured.filter((i) => i.tracking).map((i) => i.name)).toEqual(['www.google-analytics.com', '_ga @ .shop-example.ru']);
    expect(c.ignored.some((i) => i.name === 'mc.yandex.ru')).toBe(true);
  });

  test('a plain run with no tracking has nothing to compare; what only the GPC run has is listed apart', async () => {
    const plain = await syntheticExport();
    const all = tracking(plain);
    const quiet = { ...withGpc(plain, (n) => all.has(n)), gpc: false };
    const c = compareGpc(quiet, { ...plain, gpc: true });
    expect(c.verdict).toBe('no-tracking');
    expect(c.gpcOnly.some((i) => i.name === 'mc.yandex.ru')).toBe(true);
  });

  test.each<[string, (p: AuditExport) => [AuditExport, AuditExport], RegExp]>([
    ['the GPC export was not made with --gpc', (p) => [p, p], /not made with --gpc/],
    ['the plain export was made with --gpc', (p) => [{ ...p, gpc: true }, { ...p, gpc: true }], /plain export .* was made with --gpc/],
    ['two different sites', (p) => [p, { ...p, gpc: true, page: { ...p.page, site: 'other.example' } }], /different sites/],
  ])('refused: %s', async (_label, pair, message) => {
    const [a, b] = pair(await syntheticExport());
    expect(() => compareGpc(a, b)).toThrow(GpcCompareError);
    expect(() => compareGpc(a, b)).toThrow(message);
  });
});

describe('the comparison as text and in the HTML report', () => {
  test.each(LOCALES)('%s', async (locale) => {
    const plain = await syntheticExport();
    const c = compareGpc(plain, { ...plain, gpc: true });
    const t = GPC_TEXT[locale];
    const text = gpcComparisonText(c, locale);
    expect(text.split('\n').slice(0, 2)).toEqual([`${t.heading}: shop-example.ru`, t.verdicts.ignored]);
    expect(text).toContain(`${t.kinds.tracker}  mc.yandex.ru`);
    // Findings read by their title in the reader's language.
    expect(text).toContain(`${t.kinds.finding}  ${findingTitle('pre-consent-tracker', locale)}: mc.yandex.ru`);
    const html = renderReportHtml({ ...plain, gpc: true }, { locale, gpcComparison: c });
    expect(html).toContain('data-gpc-verdict="ignored"');
    expect(html).toContain(esc(t.verdicts.ignored));
    // Right after the verdict, before the findings.
    expect(html.indexOf('data-gpc-verdict')).toBeLessThan(html.indexOf('class="finding'));
    // Without a comparison the report has no such section.
    expect(renderReportHtml(plain, { locale })).not.toContain('data-gpc-verdict');
  });
});
