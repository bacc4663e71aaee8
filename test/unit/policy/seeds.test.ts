// The five real policies of /work/shared/seeds (README there): each shows one way a site
// publishes (or does not publish) what it sets.
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import type { Declarations } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';
import { haveSeeds, seed } from './shared-paths';

const DAY = 86_400;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function parse(id: string): Declarations {
  return parsePolicy({ text: seed(id), url: null, kind: 'file' }, { findVendorMentions });
}

/** Seed 003's cookie table, name by name: [name, kind, min, max] (README lists the 21 names). */
const SEED_003: [string, string, number | null, number | null][] = [
  ['_ga', 'fixed', 2 * YEAR, 2 * YEAR],
  ['catAccCookies', 'fixed', MONTH, MONTH],
  ['__cfduid', 'fixed', YEAR, YEAR],
  ['1P_JAR', 'range', DAY, MONTH],
  ['DV', 'range', DAY, MONTH],
  ['ANID', 'fixed', YEAR, YEAR],
  ['APISID', 'fixed', 2 * YEAR, 2 * YEAR],
  ['CONSENT', 'range', YEAR, 19 * YEAR],
  ['HSID', 'range', YEAR, 19 * YEAR],
  ['NID', 'range', YEAR, 19 * YEAR],
  ['SAPISID', 'range', YEAR, 19 * YEAR],
  ['SID', 'range', YEAR, 19 * YEAR],
  ['SSID', 'range', YEAR, 19 * YEAR],
  ['SIDCC', 'fixed', 2 * MONTH, 2 * MONTH],
  ['DSID', 'fixed', 14 * DAY, 14 * DAY],
  ['IDE', 'fixed', DAY, DAY],
  ['AID', 'fixed', 1.5 * YEAR, 1.5 * YEAR],
  ['_gid', 'fixed', DAY, DAY],
  ['_gat_gtag_UA_135248891_1', 'fixed', DAY, DAY],
  ['.ASPXAUTH', 'session', null, null],
  ['ASP.NET_SessionId', 'session', null, null],
];

describe.skipIf(!haveSeeds)('seed policies', () => {
  const d003 = haveSeeds ? parse('003') : null;

  test('003 declares exactly the 21 names of its table', () => {
    const names = new Set(d003!.cookies.flatMap((c) => c.names));
    expect([...names].sort()).toEqual(SEED_003.map(([n]) => n).sort());
    expect(d003!.cookies.every((c) => c.prefixes.length === 0)).toBe(true);
  });

  test.each(SEED_003)('003 declares %s with its lifetime (%s)', (name, kind, min, max) => {
    // ANID stands in two rows (1 year, and "Від 1 до 19 років"); its first row is the one checked
    const cookie = d003!.cookies.find((c) => c.names.includes(name));
    expect(cookie?.lifetime).toMatchObject({ kind, minSeconds: min, maxSeconds: max });
    expect(cookie?.quote).toContain(name);
    expect(cookie?.location.where).toMatch(/^line \d+$/);
  });

  test('003 keeps rows that list several names as one declaration', () => {
    const row = d003!.cookies.find((c) => c.names.includes('1P_JAR'));
    expect(row?.names).toEqual(['1P_JAR', 'DV']);
    expect(row?.lifetime?.text).toBe('Від 1 дня до 1 місяця');
    const google = d003!.cookies.find((c) => c.names.includes('CONSENT'));
    expect(google?.names).toEqual(['CONSENT', 'HSID', 'NID', 'SAPISID', 'SID', 'SSID', 'ANID']);
  });

  test('003 files no category: its purposes describe what a cookie does, and a description is not a category', () => {
    // the corpus convention (../shared/corpus/policies/README.md): a row with no category anywhere is
    // unknown; a category guessed from "used for advertising" would let purpose-mismatch quote the
    // policy as saying something it does not
    for (const c of d003!.cookies) expect(c.category, c.names.join(',')).toBeNull();
    expect(d003!.sources[0]?.language).toBe('uk');
  });

  test.each([
    ['000', ['yandex-metrika', 'google-analytics', 'jivo']],
    ['002', ['yandex-metrika', 'google-analytics', 'comagic', 'roistat']],
  ])('%s names its vendors', (id, vendors) => {
    const d = parse(id);
    const found = d.vendors.map((v) => v.vendor);
    for (const v of vendors) expect(found).toContain(v);
    for (const v of d.vendors) expect(v.quote.toLowerCase()).toContain(v.matched.toLowerCase());
    expect(d.cookies).toEqual([]);
  });

  test('000 says a separate cookie policy exists', () => {
    const s = parse('000').statements.find((x) => x.kind === 'separate-cookie-policy');
    expect(s?.quote).toBe('С политикой обработки файлов cookie можно ознакомиться в отдельном документе.');
  });

  test('001 declares its categories and asks consent on the first visit', () => {
    const d = parse('001');
    expect(d.categories.map((c) => c.category).sort()).toEqual(['analytics', 'functional', 'marketing', 'necessary']);
    expect(d.categories.find((c) => c.category === 'marketing')?.quote).toBe('— рекламные файлы cookie.');
    const first = d.statements.find((s) => s.kind === 'consent-first-visit');
    expect(first?.quote).toBe('При первом посещении Сайтов может быть запрошено Ваше согласие на использование файлов cookie.');
    expect(first?.location.where).toBe('line 209');
    // "следуйте нашей Политике использования файлов cookie": a pointer to the separate cookie policy
    expect(d.statements.find((s) => s.kind === 'separate-cookie-policy')?.quote).toMatch(/следуйте нашей Политике использования файлов cookie\.$/);
    expect(d.cookies).toEqual([]);
  });

  test('002 declares session cookies only', () => {
    const d = parse('002');
    const s = d.statements.find((x) => x.kind === 'session-only');
    expect(s?.quote).toMatch(/^При вашем взаимодействии с Сайтами используются сеансовые Cookies/);
    expect(d.categories).toEqual([]);
  });

  test('004 declares nothing: no cookie, vendor or category, only that cookies are not personal data', () => {
    const d = parse('004');
    expect(d.cookies).toEqual([]);
    expect(d.vendors).toEqual([]);
    expect(d.categories).toEqual([]);
    expect(d.statements.map((s) => s.kind)).toEqual(['not-personal-data']);
    expect(d.sources[0]?.language).toBe('ru');
  });

  test.each(['000', '001', '002', '003', '004'])('%s: every quote is short and found in the source', (id) => {
    const text = seed(id).replace(/\s+/g, ' ');
    const d = parse(id);
    const all = [...d.cookies, ...d.vendors, ...d.categories, ...d.statements];
    for (const item of all) {
      expect(item.quote.length).toBeLessThanOrEqual(300);
      expect(item.location.source).toBe(0);
      // table rows are quoted with " | " between cells; the words themselves come from the text
      const firstWords = item.quote.split(' | ')[0]!.replace(/…$/, '').slice(0, 40);
      expect(text).toContain(firstWords);
    }
    expect(d.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
