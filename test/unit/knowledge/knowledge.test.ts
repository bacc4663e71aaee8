import { describe, expect, test } from 'vitest';
import { CURATED_VENDORS, KB_SEMVER } from '../../../knowledge/index';
import type { VendorFact } from '../../../knowledge/schema';
import { shapeErrors, validateVendors } from '../../../lib/classify/validate';

describe('curated knowledge base', () => {
  test('passes validation against its schema', () => {
    expect(validateVendors(CURATED_VENDORS)).toEqual([]);
  });

  test('covers at least 80 vendors', () => {
    expect(CURATED_VENDORS.length).toBeGreaterThanOrEqual(80);
  });

  test('KB semver is a semver', () => {
    expect(KB_SEMVER).toMatch(/^\d+\.\d+\.\d+$/);
  });

  const required = [
    'yandex-metrika', 'yandex-ads', 'top-mail-ru', 'mytarget', 'vk-pixel', 'ok-ru', 'roistat', 'comagic', 'calltouch',
    'callibri', 'jivo', 'bitrix24', '1c-bitrix', 'carrot-quest', 'amocrm', 'envybox', 'tilda', 'google-analytics',
    'google-tag-manager', 'google-ads', 'youtube', 'meta-pixel', 'tiktok-pixel', 'linkedin-insight', 'x-twitter',
    'pinterest', 'criteo', 'microsoft-clarity', 'bing-uet', 'hotjar', 'hubspot', 'intercom', 'zendesk', 'cloudflare',
    'stripe', 'recaptcha', 'posthog', 'mixpanel', 'amplitude', 'segment', 'snowplow', 'matomo', 'plausible',
    'adobe-analytics', 'cookiebot', 'onetrust', 'iab-tcf', 'vanilla-cookieconsent', 'klaro', 'osano-cookieconsent',
    'didomi', 'usercentrics', 'complianz', 'cookieyes', 'borlabs-cookie', 'iubenda',
  ];
  test.each(required)('has vendor %s', (id) => {
    expect(CURATED_VENDORS.find((v) => v.id === id)).toBeDefined();
  });

  const consentCookies = [
    'CookieConsent', 'OptanonConsent', 'OptanonAlertBoxClosed', 'euconsent-v2', 'cc_cookie', 'klaro',
    'cookieconsent_status', 'didomi_token', 'uc_settings', 'cmplz_*', 'cookieyes-consent', 'borlabs-cookie', '_iub_cs-*',
  ];
  test.each(consentCookies)('consent cookie %s is necessary and not a tracker', (name) => {
    const facts = CURATED_VENDORS.flatMap((v) => v.cookies.map((c) => ({ v, c }))).filter(({ c }) => c.name === name);
    expect(facts.length).toBeGreaterThan(0);
    for (const { v, c } of facts) {
      expect(c.category).toBe('necessary');
      expect(c.tracker ?? v.tracker).toBe(false);
    }
  });

  test('every cookie and host fact names an https source page', () => {
    for (const v of CURATED_VENDORS) {
      for (const f of [...v.cookies, ...v.hosts, v]) expect(f.source, v.id).toMatch(/^https:\/\//);
    }
  });
});

describe('validator catches broken facts', () => {
  const good: VendorFact = {
    id: 'demo', name: 'Demo', category: 'analytics', tracker: true, aliases: ['Demo'],
    hosts: [{ host: 'demo.example', source: 'https://demo.example/docs' }],
    cookies: [{ name: 'demo_id', category: 'analytics', lifetime: 60, source: 'https://demo.example/docs' }],
    source: 'https://demo.example/',
  };
  const broken: [string, unknown][] = [
    ['bad id', { ...good, id: 'Demo Vendor' }],
    ['unknown category', { ...good, category: 'unknown' }],
    ['source not a URL', { ...good, source: 'docs page' }],
    ['host with scheme', { ...good, hosts: [{ host: 'https://demo.example', source: good.source }] }],
    ['path without slash', { ...good, hosts: [{ host: 'demo.example', path: 'x', source: good.source }] }],
    ['leading wildcard', { ...good, cookies: [{ name: '*_id', category: 'analytics', source: good.source }] }],
    ['negative lifetime', { ...good, cookies: [{ name: 'x', category: 'analytics', lifetime: -5, source: good.source }] }],
    ['duplicate cookie', { ...good, cookies: [good.cookies[0], good.cookies[0]] }],
    ['typo field', { ...good, cookies: [{ name: 'x', categroy: 'analytics', category: 'analytics', source: good.source }] }],
    ['missing field', { ...good, source: undefined, hosts: good.hosts }],
    ['bad alias language', { ...good, aliases: [{ text: 'Demo', langs: ['xx'] }] }],
    ['wrong type', { ...good, tracker: 'yes' }],
  ];
  test('the good vendor passes', () => {
    expect(validateVendors([good])).toEqual([]);
  });
  test.each(broken)('%s is reported', (_label, vendor) => {
    const clean = JSON.parse(JSON.stringify(vendor)) as VendorFact;
    expect(validateVendors([clean]).length).toBeGreaterThan(0);
  });
  test('duplicate vendor ids are reported', () => {
    expect(validateVendors([good, good])).toContain('vendor demo: duplicate id');
  });
  test('shapeErrors rejects non-objects', () => {
    expect(shapeErrors('cookie', 'x', 'c')).toEqual(['c: not an object']);
  });
});
