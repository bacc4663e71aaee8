// Cookie tables in HTML, one fixture per language, each with its own header words.
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import type { Category, Duration, PolicyLanguage } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';
import { fixture } from './shared-paths';

const D = 86_400;
const Y = 365 * D;
const MO = 30 * D;

interface Row {
  names: string[];
  prefixes?: string[];
  provider: string;
  vendor?: string | null;
  /** The category the table files the row under (a category column, a section, a purpose cell that is a label); null when it files none. */
  category?: Category | null;
  kind: Duration['kind'];
  max: number | null;
}

const CASES: [file: string, lang: PolicyLanguage, rows: Row[]][] = [
  ['table-ru.html', 'ru', [
    { names: ['_ym_uid'], provider: 'Яндекс.Метрика', vendor: 'yandex-metrika', category: null, kind: 'fixed', max: Y },
    { names: ['_ym_d'], provider: 'Яндекс.Метрика', vendor: 'yandex-metrika', category: 'analytics', kind: 'fixed', max: Y },
    { names: ['_ym_isad'], provider: 'Яндекс.Метрика', vendor: 'yandex-metrika', kind: 'fixed', max: 20 * 3600 },
    { names: ['_ga'], prefixes: ['_ga_'], provider: 'Google Analytics', vendor: 'google-analytics', category: 'analytics', kind: 'fixed', max: 2 * Y },
    { names: ['PHPSESSID'], provider: 'example.ru', vendor: null, category: null, kind: 'session', max: null },
  ]],
  ['table-uk.html', 'uk', [
    { names: ['_fbp'], provider: 'Facebook', category: 'marketing', kind: 'fixed', max: 3 * MO },
    { names: ['_gcl_au'], provider: 'Google Ads', vendor: 'google-ads', category: 'marketing', kind: 'fixed', max: 90 * D },
    { names: ['csrftoken'], provider: 'цей сайт', vendor: null, category: null, kind: 'fixed', max: Y },
    { names: ['sessionid'], provider: 'цей сайт', category: null, kind: 'fixed', max: 14 * D },
    { names: ['lang'], provider: 'цей сайт', category: null, kind: 'range', max: Y },
  ]],
  ['table-en.html', 'en', [
    { names: ['_ga'], provider: 'Google', category: null, kind: 'fixed', max: 2 * Y },
    { names: [], prefixes: ['_hjSessionUser_'], provider: 'Hotjar', vendor: 'hotjar', category: null, kind: 'fixed', max: 365 * D },
    { names: ['IDE'], provider: 'doubleclick.net', category: null, kind: 'fixed', max: 400 * D },
    { names: ['cookieconsent_status'], provider: 'example.com', vendor: null, category: null, kind: 'fixed', max: Y },
    { names: ['__stripe_mid'], provider: 'Stripe', category: 'necessary', kind: 'fixed', max: Y },
  ]],
  ['table-kk.html', 'kk', [
    { names: ['_ym_uid'], provider: 'Яндекс.Метрика', vendor: 'yandex-metrika', category: null, kind: 'fixed', max: Y },
    { names: ['tmr_lvid'], provider: 'Top.Mail.Ru', vendor: 'top-mail-ru', kind: 'fixed', max: 365 * D },
    { names: ['PHPSESSID'], provider: 'сайт', vendor: null, kind: 'session', max: null },
  ]],
  ['table-de.html', 'de', [
    { names: [], prefixes: ['_pk_id.'], provider: 'Matomo', vendor: 'matomo', category: 'analytics', kind: 'fixed', max: 13 * MO },
    { names: [], prefixes: ['_pk_ses.'], provider: 'Matomo', vendor: 'matomo', category: 'analytics', kind: 'fixed', max: 30 * 60 },
    { names: ['borlabs-cookie'], provider: 'Eigentümer dieser Website', category: 'necessary', kind: 'fixed', max: Y },
    { names: ['NID'], provider: 'Google', category: 'marketing', kind: 'fixed', max: 6 * MO },
  ]],
];

describe('HTML cookie tables', () => {
  test.each(CASES)('%s (%s)', (file, lang, rows) => {
    const d = parsePolicy({ html: fixture(file), url: 'https://example.com/cookies', kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.sources[0]?.language).toBe(lang);
    expect(d.cookies).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const c = d.cookies[i]!;
      expect(c.names).toEqual(row.names);
      expect(c.prefixes).toEqual(row.prefixes ?? []);
      expect(c.provider).toBe(row.provider);
      if (row.vendor !== undefined) expect(c.vendor).toBe(row.vendor);
      if (row.category !== undefined) expect(c.category).toBe(row.category);
      expect(c.lifetime?.kind).toBe(row.kind);
      expect(c.lifetime?.maxSeconds).toBe(row.max);
      expect(c.location.where).toBe(`table 1, row ${i + 2}`);
      expect(c.quote).toContain(row.names[0] ?? row.prefixes![0]!);
    });
  });

  test('script content is never read as a table', () => {
    const d = parsePolicy({ html: fixture('table-ru.html'), url: null, kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.cookies.flatMap((c) => c.names)).not.toContain('_fake');
  });

  test('title of the page becomes the source title', () => {
    const d = parsePolicy({ html: fixture('table-en.html'), url: null, kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.sources[0]?.title).toBe('Cookie Policy | Example Ltd');
  });

  test.each([
    ['table-uk.html', 'consent-first-visit'],
  ])('%s states %s', (file, kind) => {
    const d = parsePolicy({ html: fixture(file), url: null, kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.statements.map((s) => s.kind)).toContain(kind);
  });

  test.each([
    ['table-de.html', ['analytics', 'marketing']],
    ['table-ru.html', ['analytics']],
  ])('%s declares categories %j in prose', (file, cats) => {
    const d = parsePolicy({ html: fixture(file), url: null, kind: 'cookie-policy' }, { findVendorMentions });
    expect(d.categories.map((c) => c.category)).toEqual(cats);
  });

  test('a table without a name column is not a cookie table', () => {
    const html = '<table><tr><th>Право</th><th>Где</th></tr><tr><td>Право на отзыв согласия</td><td>Статья 10 Закона</td></tr></table>';
    expect(parsePolicy({ html, url: null, kind: 'privacy-policy' }, { findVendorMentions }).cookies).toEqual([]);
  });

  test('a table without a header is read by its content', () => {
    const html = '<table><tr><td>_ga</td><td>Google Analytics</td><td>2 years</td></tr><tr><td>_gid</td><td>Google Analytics</td><td>1 day</td></tr></table>';
    const d = parsePolicy({ html, url: null, kind: 'cookie-policy', lang: 'en' }, { findVendorMentions });
    expect(d.cookies.map((c) => [c.names[0], c.lifetime?.maxSeconds])).toEqual([['_ga', 2 * Y], ['_gid', D]]);
  });

  test.each([
    ['<p>_ga, _gid Google Analytics statistics / 2 years</p>', 'en', ['_ga', '_gid'], 2 * Y],
    ['<p>_ym_uid Яндекс.Метрика, статистика посещений / 1 год</p>', 'ru', ['_ym_uid'], Y],
    ['<li>NID Google Werbung | 6 Monate</li>', 'de', ['NID'], 6 * MO],
    ['<p>cookieconsent_status stores your choice 1 year</p>', 'en', ['cookieconsent_status'], Y],
  ] as const)('a flattened row in HTML: %s', (html, lang, names, max) => {
    const d = parsePolicy({ html, url: null, kind: 'cookie-policy', lang }, { findVendorMentions });
    expect(d.cookies.map((c) => [c.names, c.lifetime?.maxSeconds])).toEqual([[names, max]]);
  });

  test.each([
    ['<p>We use Google Analytics / see 2 years of history.</p>'],
    ['<p>17.2 – протягом 30 календарних днів / 1 рік</p>'],
    ['<p>Cookies are small files. They last 2 years.</p>'],
  ])('prose is not a flattened row: %s', (html) => {
    expect(parsePolicy({ html, url: null, kind: 'cookie-policy' }, { findVendorMentions }).cookies).toEqual([]);
  });
});
