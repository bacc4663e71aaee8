// Consent managers' own cookie lists: vanilla-cookieconsent and klaro configs, Cookiebot's
// declaration and OneTrust's cookie list as rendered HTML.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import { readCmpDeclarations } from '../../../lib/policy';
import { fixture } from './shared-paths';

const deps = { findVendorMentions };
const PAGE = 'https://example.com/';
const D = 86_400;

/** A vanilla-cookieconsent v3 config as sites write it (shape from its types/index.d.ts). */
const VANILLA = {
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {
      autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] },
      services: { ga: { label: 'Google Analytics', cookies: [{ name: /^_ga/ }] }, ym: { label: 'Яндекс.Метрика', cookies: [{ name: '_ym_uid' }, { name: /^_ym_/ }] } },
    },
    ads: { autoClear: { cookies: [{ name: '_fbp' }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'We use cookies' },
        preferencesModal: {
          title: 'Cookie preferences',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary', cookieTable: { headers: { name: 'Name', domain: 'Domain', exp: 'Expiration', desc: 'Description' }, body: [{ name: 'cc_cookie', domain: 'example.com', exp: '6 months', desc: 'Stores your consent choice' }] } },
            { title: 'Performance and Analytics', description: 'Help us understand how you use the site.', linkedCategory: 'analytics', cookieTable: { headers: { name: 'Name', domain: 'Service', exp: 'Expiration' }, body: [{ name: '_ga', domain: 'Google Analytics', exp: '2 years' }, { name: '_gid', domain: 'Google Analytics', exp: '1 day' }] } },
            { title: 'Advertising', description: 'Show you relevant ads.', linkedCategory: 'ads' },
          ],
        },
      },
      de: '/lang/de.json',
    },
  },
};

function klaroConfig(): unknown {
  // the real example configuration shipped with the klaro package
  const path = createRequire(import.meta.url).resolve('klaro/dist/config.js');
  return runInNewContext(readFileSync(path, 'utf8') + '\n;klaroConfig', { console });
}

describe('vanilla-cookieconsent', () => {
  const d = readCmpDeclarations({ kind: 'vanilla-cookieconsent', config: VANILLA }, PAGE, deps);

  test.each([
    ['cc_cookie', 'necessary', 6 * 30 * D],
    ['_ga', 'analytics', 2 * 365 * D],
    ['_gid', 'analytics', D],
    ['_ym_uid', 'analytics', null],
    ['_fbp', 'marketing', null],
  ] as const)('%s: %s, lifetime %s', (name, category, max) => {
    const c = d.cookies.find((x) => x.names.includes(name));
    expect(c?.category).toBe(category);
    expect(c?.lifetime?.maxSeconds ?? null).toBe(max);
  });

  test('regular expressions become prefixes; names in tables are not repeated', () => {
    expect(d.cookies.filter((c) => c.names.includes('_ga'))).toHaveLength(1);
    expect(d.cookies.flatMap((c) => c.prefixes).sort()).toEqual(['_ga', '_ga', '_ym_']);
    expect(d.cookies.find((c) => c.prefixes.includes('_ym_'))?.vendor).toBe('yandex-metrika');
  });

  test('categories and vendors are declared, with the config path as the place', () => {
    expect(d.categories.map((c) => c.category)).toEqual(['necessary', 'analytics', 'marketing']);
    expect(d.categories[1]?.location.where).toBe('categories.analytics');
    expect(d.vendors.map((v) => v.vendor)).toEqual(expect.arrayContaining(['google-analytics', 'yandex-metrika']));
    expect(d.sources[0]).toMatchObject({ kind: 'cmp', url: PAGE, language: 'en' });
  });

  test.each([null, 42, 'config', []])('rejects %j with a clear message', (config) => {
    expect(() => readCmpDeclarations({ kind: 'vanilla-cookieconsent', config }, PAGE, deps)).toThrow(/vanilla-cookieconsent configuration is not an object/);
  });
});

describe('klaro', () => {
  const d = readCmpDeclarations({ kind: 'klaro', config: klaroConfig() }, PAGE, deps);

  test('reads the services of the package’s own example config', () => {
    const matomo = d.cookies.filter((c) => c.provider === 'Matomo/Piwik');
    expect(matomo.flatMap((c) => c.prefixes)).toEqual(['_pk_', '_pk_']);
    expect(matomo.flatMap((c) => c.names)).toEqual(['piwik_ignore']);
    expect(matomo[0]?.category).toBe('analytics');
    expect(matomo[0]?.vendor).toBe('matomo');
    expect(d.categories.map((c) => c.category)).toEqual(expect.arrayContaining(['marketing', 'analytics']));
  });

  test('accepts serialised RegExps and [name, path, domain] entries', () => {
    const config = { services: [{ name: 'ga', title: 'Google Analytics', purposes: ['analytics'], cookies: [{ source: '^_ga(_.*)?$', flags: '' }, ['_gid', '/', '.example.com'], '/^_gat/'] }] };
    const r = readCmpDeclarations({ kind: 'klaro', config }, PAGE, deps);
    expect(r.cookies.map((c) => [c.names, c.prefixes])).toEqual([[[], ['_ga']], [['_gid'], []], [[], ['_gat']]]);
    expect(r.cookies[0]?.vendor).toBe('google-analytics');
  });

  test.each([[{}], [{ services: 'x' }]])('rejects %j', (config) => {
    expect(() => readCmpDeclarations({ kind: 'klaro', config }, PAGE, deps)).toThrow(/klaro configuration has no "services" list/);
  });
});

describe('rendered cookie lists', () => {
  test.each([
    ['cookiebot-declaration-html', 'cookiebot-declaration.html', [
      ['CookieConsent', 'necessary', 365 * D],
      ['__cf_bm', 'necessary', D],
      ['_ga', 'analytics', 730 * D],
      ['_ym_uid', 'analytics', 365 * D],
      ['_fbp', 'marketing', 90 * D],
    ], ['necessary', 'analytics', 'marketing', 'unknown']],
    ['onetrust-html', 'onetrust-cookie-list.html', [
      ['OptanonConsent', 'necessary', 364 * D],
      ['OptanonAlertBoxClosed', 'necessary', 364 * D],
      ['_gid', 'analytics', 730 * D],
      ['_hjid', 'analytics', 365 * D],
      ['test_cookie', 'marketing', 390 * D],
    ], ['necessary', 'analytics', 'marketing']],
  ] as const)('%s', (kind, file, rows, categories) => {
    const d = readCmpDeclarations({ kind, html: fixture(file) }, PAGE, deps);
    for (const [name, category, max] of rows) {
      const c = d.cookies.find((x) => x.names.includes(name));
      expect(c, name).toBeDefined();
      expect(c?.category).toBe(category);
      expect(c?.lifetime?.maxSeconds).toBe(max);
    }
    expect(d.categories.map((c) => c.category)).toEqual(categories);
    expect(d.sources[0]?.kind).toBe('cmp');
  });

  test('Cookiebot’s "_ga_#" placeholder is a prefix', () => {
    const d = readCmpDeclarations({ kind: 'cookiebot-declaration-html', html: fixture('cookiebot-declaration.html') }, PAGE, deps);
    expect(d.cookies.find((c) => c.prefixes.includes('_ga_'))?.names).toEqual([]);
  });
});
