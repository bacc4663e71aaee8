// Cookiebot's and OneTrust's cookie lists as their scripts hold them in the page (the MAIN-world
// hook copies them): CookieConsentDialog.cookieTable* and OneTrust.GetDomainData().Groups.
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import type { Category, Declarations } from '../../../lib/model/types';
import { readCmpDeclarations } from '../../../lib/policy';
import { fixture } from './shared-paths';

const deps = { findVendorMentions };
const PAGE = 'https://shop.example.com/';
const D = 86_400;

const cookiebot = (): Record<string, unknown> => JSON.parse(fixture('cookiebot-dialog.json')) as Record<string, unknown>;
const onetrust = (): Record<string, unknown> => JSON.parse(fixture('onetrust-domain-data.json')) as Record<string, unknown>;

type Row = [name: string, category: Category, lifetime: number | 'session' | 'persistent' | null, vendor: string | null];

function row(d: Declarations, name: string) {
  return d.cookies.find((c) => c.names.includes(name) || c.prefixes.some((p) => `${p}*` === name));
}

describe.each<[string, () => Declarations, Row[], Category[]]>([
  ['Cookiebot CookieConsentDialog', () => readCmpDeclarations({ kind: 'cookiebot', config: cookiebot() }, PAGE, deps), [
    ['CookieConsent', 'necessary', 365 * D, 'cookiebot'],
    ['__cf_bm', 'necessary', D, null],
    ['lang', 'functional', 'session', null],
    ['_ga', 'analytics', 730 * D, null],
    ['_ga_*', 'analytics', 730 * D, 'google-analytics'],
    ['_gat', 'analytics', D, 'google-analytics'],
    ['_ym_uid', 'analytics', 365 * D, 'yandex-metrika'],
    ['IDE', 'marketing', 400 * D, 'google-ads'],
    ['_fbp', 'marketing', 90 * D, 'meta-pixel'],
    ['tr', 'marketing', 'session', 'meta-pixel'],
    ['lastExternalReferrer', 'marketing', 'persistent', 'meta-pixel'],
    ['cart_session', 'unknown', 'session', null],
  ], ['necessary', 'functional', 'analytics', 'marketing', 'unknown']],
  ['OneTrust GetDomainData', () => readCmpDeclarations({ kind: 'onetrust', config: onetrust() }, PAGE, deps), [
    ['OptanonConsent', 'necessary', 365 * D, 'onetrust'],
    ['JSESSIONID', 'necessary', 'session', null],
    ['_ga', 'analytics', 730 * D, 'google-analytics'],
    ['_gid', 'analytics', D, 'google-analytics'],
    ['yandexuid', 'analytics', 365 * D, 'yandex-metrika'],
    ['lang', 'functional', 'session', null],
    ['IDE', 'marketing', 390 * D, 'google-ads'],
    ['test_cookie', 'marketing', null, 'google-ads'],
    ['_fbp', 'marketing', 90 * D, 'meta-pixel'],
  ], ['necessary', 'analytics', 'functional', 'marketing']],
])('%s', (_label, read, rows, categories) => {
  const d = read();
  test.each(rows)('%s: %s, %s', (name, category, lifetime, vendor) => {
    const c = row(d, name);
    expect(c, name).toBeDefined();
    expect(c?.category).toBe(category);
    if (lifetime === null) expect(c?.lifetime ?? null).toBeNull();
    else if (typeof lifetime === 'string') expect(c?.lifetime?.kind).toBe(lifetime);
    else expect(c?.lifetime?.maxSeconds).toBe(lifetime);
    expect(c?.quote).toContain(name.replace('*', ''));
    // the provider cell, else the purpose text; a bare "Google" or the site's own host names no vendor
    expect(c?.vendor).toBe(vendor);
  });
  test('categories, source and places', () => {
    expect(d.categories.map((c) => c.category)).toEqual(categories);
    expect(d.sources).toHaveLength(1);
    expect(d.sources[0]).toMatchObject({ url: PAGE, kind: 'cmp', language: 'en' });
    expect(d.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const c of d.cookies) expect(c.location.where).toMatch(/^(cookieTable\w+|Groups)\[\d+\]/);
  });
  test('vendors named by the data are declared', () => {
    expect(d.vendors.map((v) => v.vendor)).toContain('google-analytics');
  });
});

describe('what the readers make of the details', () => {
  test('Cookiebot: "[x2]" is a count, "_ga_#" a prefix, the provider is kept', () => {
    const d = readCmpDeclarations({ kind: 'cookiebot', config: cookiebot() }, PAGE, deps);
    expect(row(d, '_gat')?.names).toEqual(['_gat']);
    expect(row(d, '_ga_*')?.prefixes).toEqual(['_ga_']);
    expect(row(d, '_ym_uid')?.provider).toBe('Yandex Metrica');
  });

  test.each([
    ['_ga', undefined],
    ['tr', 'pixel'],
    ['lastExternalReferrer', 'localStorage'],
  ] as const)('Cookiebot: %s is declared as %s by its row type', (name, storage) => {
    const d = readCmpDeclarations({ kind: 'cookiebot', config: cookiebot() }, PAGE, deps);
    expect(row(d, name)?.storage).toBe(storage);
  });

  test('OneTrust: third-party host cookies take the host as provider; sub-groups are read', () => {
    const d = readCmpDeclarations({ kind: 'onetrust', config: onetrust() }, PAGE, deps);
    expect(row(d, 'yandexuid')?.provider).toBe('mc.yandex.ru');
    expect(row(d, '_fbp')?.location.where).toBe('Groups[3].SubGroups[0].Hosts[0].Cookies[0]');
  });

  test.each<[string, unknown, string | null]>([
    ['a Cookiebot language from its lang', { ...cookiebot(), lang: 'ru' }, 'ru'],
    ['no language', { cookieTableNecessary: [] }, 'unknown'],
  ])('%s', (_label, config, lang) => {
    expect(readCmpDeclarations({ kind: 'cookiebot', config }, PAGE, deps).sources[0]?.language).toBe(lang);
  });

  test.each<[string, 'cookiebot' | 'onetrust', unknown, RegExp]>([
    ['Cookiebot data that is not an object', 'cookiebot', [], /Cookiebot dialog data is not an object/],
    ['Cookiebot data without tables', 'cookiebot', { lang: 'en' }, /has no cookie tables/],
    ['OneTrust data that is not an object', 'onetrust', 'x', /OneTrust domain data is not an object/],
    ['OneTrust data without groups', 'onetrust', { Groups: {} }, /has no "Groups" list/],
  ])('%s is refused with a message', (_label, kind, config, message) => {
    expect(() => readCmpDeclarations({ kind, config }, PAGE, deps)).toThrow(message);
  });

  test.each<[string, 'cookiebot' | 'onetrust', unknown]>([
    ['Cookiebot rows that are not arrays, or have no name', 'cookiebot', { cookieTableStatistics: [null, 'x', [], [''], [42, 'p']] }],
    ['OneTrust cookies with no name, groups that are not objects', 'onetrust', { Groups: [null, { Cookies: [{ Name: '' }, null, { Length: '5' }] }, { Hosts: [null, { Cookies: 'x' }] }] }],
  ])('%s declare nothing and do not throw', (_label, kind, config) => {
    expect(readCmpDeclarations({ kind, config }, PAGE, deps).cookies).toEqual([]);
  });
});
