import { describe, expect, test } from 'vitest';
import { classifyCookie, KB_VERSION } from '../../../lib/classify/index';
import type { Category } from '../../../lib/model/types';
import { curatedOnly } from './helpers';

const DAY = 86_400;
const YEAR = 365 * DAY;

// [name, cookie domain, page site, vendor, category, tracker]
type Case = [string, string, string, string | null, Category, boolean];

// Real names as the SDKs and vendors set them (see the sources in knowledge/vendors/).
const CURATED_CASES: Case[] = [
  // Yandex Metrika, first party on the audited site
  ['_ym_uid', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_d', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_isad', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_visorc', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_visorc_12345678', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_metrika_enabled', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_hostIndex', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['_ym_something_new', '.shop.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['yandexuid', '.yandex.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['yuidss', '.yandex.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['ymex', '.yandex.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['i', '.yandex.ru', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['yabs-frequency', '.yandex.ru', 'shop.ru', 'yandex-ads', 'marketing', true],
  // Top.Mail.Ru / VK
  ['tmr_lvid', '.shop.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['tmr_lvidTS', '.shop.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['tmr_detect', '.shop.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['tmr_reqNum', '.shop.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['VID', '.mail.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['mrcu', '.mail.ru', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['remixlang', '.vk.com', 'shop.ru', 'vk-pixel', 'marketing', true],
  // Russian martech
  ['roistat_visit', '.shop.ru', 'shop.ru', 'roistat', 'analytics', true],
  ['roistat_first_visit', '.shop.ru', 'shop.ru', 'roistat', 'analytics', true],
  ['roistat_marker', '.shop.ru', 'shop.ru', 'roistat', 'analytics', true],
  ['roistat_leadHunterExpireDate', '.shop.ru', 'shop.ru', 'roistat', 'analytics', true],
  ['_comagic_idXy12', '.shop.ru', 'shop.ru', 'comagic', 'analytics', true],
  ['_comagic_visitXy12', '.shop.ru', 'shop.ru', 'comagic', 'analytics', true],
  ['_ct_session_id', '.shop.ru', 'shop.ru', 'calltouch', 'analytics', true],
  ['_ct_site_id', '.shop.ru', 'shop.ru', 'calltouch', 'analytics', true],
  ['jv_enter_ts_abc123', '.shop.ru', 'shop.ru', 'jivo', 'functional', false],
  ['jv_visits_count_abc123', '.shop.ru', 'shop.ru', 'jivo', 'functional', false],
  ['jv_utm_abc123', '.shop.ru', 'shop.ru', 'jivo', 'functional', false],
  ['BX_USER_ID', '.shop.ru', 'shop.ru', 'bitrix24', 'functional', false],
  ['BITRIX_SM_GUEST_ID', 'shop.ru', 'shop.ru', '1c-bitrix', 'analytics', true],
  ['BITRIX_SM_LAST_VISIT', 'shop.ru', 'shop.ru', '1c-bitrix', 'analytics', true],
  ['BITRIX_SM_SALE_UID', 'shop.ru', 'shop.ru', '1c-bitrix', 'necessary', false],
  ['BITRIX_SM_PK', 'shop.ru', 'shop.ru', '1c-bitrix', 'functional', false],
  ['BITRIX_CONVERSION_CONTEXT_s1', 'shop.ru', 'shop.ru', '1c-bitrix', 'analytics', true],
  ['carrotquest_uid', '.shop.ru', 'shop.ru', 'carrot-quest', 'marketing', true],
  ['carrotquest_session', '.shop.ru', 'shop.ru', 'carrot-quest', 'marketing', true],
  ['tildauid', '.shop.ru', 'shop.ru', 'tilda', 'analytics', true],
  ['tildasid', '.shop.ru', 'shop.ru', 'tilda', 'analytics', true],
  ['rrpvid', '.shop.ru', 'shop.ru', 'retail-rocket', 'marketing', true],
  ['mindboxDeviceUUID', '.shop.ru', 'shop.ru', 'mindbox', 'marketing', true],
  // Google
  ['_ga', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_ga_ABCDEF1234', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_gid', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_gat', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_gat_gtag_UA_135248891_1', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_gat_UA-1234-1', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_dc_gtm_UA-1234-1', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['__utma', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['__utmz', '.example.com', 'example.com', 'google-analytics', 'analytics', true],
  ['_gac_UA-1234-1', '.example.com', 'example.com', 'google-analytics', 'marketing', true],
  ['_gcl_au', '.example.com', 'example.com', 'google-ads', 'marketing', true],
  ['_gcl_aw', '.example.com', 'example.com', 'google-ads', 'marketing', true],
  ['IDE', '.doubleclick.net', 'example.com', 'google-ads', 'marketing', true],
  ['test_cookie', '.doubleclick.net', 'example.com', 'google-ads', 'marketing', true],
  ['NID', '.google.com', 'example.com', 'google-ads', 'marketing', true],
  ['__gads', '.example.com', 'example.com', 'google-ads', 'marketing', true],
  ['SID', '.google.com', 'example.com', 'google-ads', 'necessary', false],
  ['VISITOR_INFO1_LIVE', '.youtube.com', 'example.com', 'youtube', 'marketing', true],
  ['YSC', '.youtube.com', 'example.com', 'youtube', 'marketing', true],
  ['_GRECAPTCHA', 'www.google.com', 'example.com', 'recaptcha', 'necessary', false],
  // Social and ad tech
  ['_fbp', '.example.com', 'example.com', 'meta-pixel', 'marketing', true],
  ['_fbc', '.example.com', 'example.com', 'meta-pixel', 'marketing', true],
  ['fr', '.facebook.com', 'example.com', 'meta-pixel', 'marketing', true],
  ['_ttp', '.example.com', 'example.com', 'tiktok-pixel', 'marketing', true],
  ['li_sugr', '.linkedin.com', 'example.com', 'linkedin-insight', 'marketing', true],
  ['bcookie', '.linkedin.com', 'example.com', 'linkedin-insight', 'marketing', true],
  ['personalization_id', '.twitter.com', 'example.com', 'x-twitter', 'marketing', true],
  ['_pin_unauth', '.example.com', 'example.com', 'pinterest', 'marketing', true],
  ['cto_bundle', '.example.com', 'example.com', 'criteo', 'marketing', true],
  ['uid', '.criteo.com', 'example.com', 'criteo', 'marketing', true],
  ['uid', '.adform.net', 'example.com', 'adform', 'marketing', true],
  ['_uetsid', '.example.com', 'example.com', 'bing-uet', 'marketing', true],
  ['_uetvid', '.example.com', 'example.com', 'bing-uet', 'marketing', true],
  ['MUID', '.bing.com', 'example.com', 'bing-uet', 'marketing', true],
  ['_scid', '.example.com', 'example.com', 'snapchat-pixel', 'marketing', true],
  ['__qca', '.example.com', 'example.com', 'quantcast', 'marketing', true],
  // Analytics SDKs (the lab's)
  ['ph_phc_AbCdEf123456_posthog', '.example.com', 'example.com', 'posthog', 'analytics', true],
  ['mp_0123456789abcdef_mixpanel', '.example.com', 'example.com', 'mixpanel', 'analytics', true],
  ['AMP_a1b2c3d4e5', '.example.com', 'example.com', 'amplitude', 'analytics', true],
  ['AMP_MKTG_a1b2c3d4e5', '.example.com', 'example.com', 'amplitude', 'marketing', true],
  ['ajs_anonymous_id', '.example.com', 'example.com', 'segment', 'analytics', true],
  ['ajs_user_id', '.example.com', 'example.com', 'segment', 'analytics', true],
  ['_sp_id.1fff', '.example.com', 'example.com', 'snowplow', 'analytics', true],
  ['_sp_ses.1fff', '.example.com', 'example.com', 'snowplow', 'analytics', true],
  ['_pk_id.1.1fff', 'example.com', 'example.com', 'matomo', 'analytics', true],
  ['_pk_ses.1.1fff', 'example.com', 'example.com', 'matomo', 'analytics', true],
  ['_pk_ref.3.a1b2', 'example.com', 'example.com', 'matomo', 'analytics', true],
  ['_clck', '.example.com', 'example.com', 'microsoft-clarity', 'analytics', true],
  ['_clsk', '.example.com', 'example.com', 'microsoft-clarity', 'analytics', true],
  ['_hjSessionUser_123456', '.example.com', 'example.com', 'hotjar', 'analytics', true],
  ['_hjSession_123456', '.example.com', 'example.com', 'hotjar', 'analytics', true],
  ['__hstc', '.example.com', 'example.com', 'hubspot', 'analytics', true],
  ['hubspotutk', '.example.com', 'example.com', 'hubspot', 'analytics', true],
  ['s_vi', '.omtrdc.net', 'example.com', 'adobe-analytics', 'analytics', true],
  ['AMCV_ABC123%40AdobeOrg', '.example.com', 'example.com', 'adobe-analytics', 'analytics', true],
  ['_hp2_id.123456', '.example.com', 'example.com', 'heap', 'analytics', true],
  ['_vwo_uuid_v2', '.example.com', 'example.com', 'vwo', 'analytics', true],
  ['intercom-id-abc123', '.example.com', 'example.com', 'intercom', 'functional', false],
  ['intercom-session-abc123', '.example.com', 'example.com', 'intercom', 'functional', false],
  ['__zlcmid', '.example.com', 'example.com', 'zendesk', 'functional', false],
  ['twk_uuid_5f3c', '.example.com', 'example.com', 'tawk-to', 'functional', false],
  // Infrastructure: necessary
  ['__cf_bm', '.example.com', 'example.com', 'cloudflare', 'necessary', false],
  ['cf_clearance', '.example.com', 'example.com', 'cloudflare', 'necessary', false],
  ['__cfduid', '.example.com', 'example.com', 'cloudflare', 'necessary', false],
  ['_cfuvid', '.example.com', 'example.com', 'cloudflare', 'necessary', false],
  ['__stripe_mid', '.example.com', 'example.com', 'stripe', 'necessary', false],
  ['__stripe_sid', '.example.com', 'example.com', 'stripe', 'necessary', false],
  ['PHPSESSID', 'example.com', 'example.com', 'php-session', 'necessary', false],
  ['JSESSIONID', 'example.com', 'example.com', 'java-servlet', 'necessary', false],
  ['ASP.NET_SessionId', 'example.com', 'example.com', 'aspnet', 'necessary', false],
  ['.ASPXAUTH', 'example.com', 'example.com', 'aspnet', 'necessary', false],
  ['csrftoken', 'example.com', 'example.com', 'django', 'necessary', false],
  ['XSRF-TOKEN', 'example.com', 'example.com', 'laravel', 'necessary', false],
  ['AWSALB', 'example.com', 'example.com', 'aws-elb', 'necessary', false],
  ['visid_incap_123456', '.example.com', 'example.com', 'imperva', 'necessary', false],
  ['__ddg1_', '.example.com', 'example.com', 'ddos-guard', 'necessary', false],
  ['wordpress_logged_in_0123abcd', 'example.com', 'example.com', 'wordpress', 'necessary', false],
  // Consent managers: necessary
  ['CookieConsent', 'example.com', 'example.com', 'cookiebot', 'necessary', false],
  ['OptanonConsent', '.example.com', 'example.com', 'onetrust', 'necessary', false],
  ['OptanonAlertBoxClosed', '.example.com', 'example.com', 'onetrust', 'necessary', false],
  ['euconsent-v2', '.example.com', 'example.com', 'iab-tcf', 'necessary', false],
  ['addtl_consent', '.example.com', 'example.com', 'iab-tcf', 'necessary', false],
  ['cc_cookie', 'example.com', 'example.com', 'vanilla-cookieconsent', 'necessary', false],
  ['klaro', 'example.com', 'example.com', 'klaro', 'necessary', false],
  ['cookieconsent_status', 'example.com', 'example.com', 'osano-cookieconsent', 'necessary', false],
  ['didomi_token', '.example.com', 'example.com', 'didomi', 'necessary', false],
  ['uc_settings', 'example.com', 'example.com', 'usercentrics', 'necessary', false],
  ['uc_user_interaction', 'example.com', 'example.com', 'usercentrics', 'necessary', false],
  ['cmplz_banner-status', 'example.com', 'example.com', 'complianz', 'necessary', false],
  ['cmplz_marketing', 'example.com', 'example.com', 'complianz', 'necessary', false],
  ['cookieyes-consent', 'example.com', 'example.com', 'cookieyes', 'necessary', false],
  ['borlabs-cookie', 'example.com', 'example.com', 'borlabs-cookie', 'necessary', false],
  ['_iub_cs-12345678', '.example.com', 'example.com', 'iubenda', 'necessary', false],
  ['cookielawinfo-checkbox-analytics', 'example.com', 'example.com', 'cookie-law-info', 'necessary', false],
  ['mtm_consent', 'example.com', 'example.com', 'matomo', 'necessary', false],
];

describe('classifyCookie over the curated base alone', () => {
  const c = curatedOnly();
  test.each(CURATED_CASES)('%s on %s (site %s) -> %s %s', (name, domain, site, vendor, category, tracker) => {
    const r = c.classifyCookie(name, domain, site);
    expect(r.vendor).toBe(vendor);
    expect(r.category).toBe(category);
    expect(r.tracker).toBe(tracker);
    expect(r.source).toBe('curated');
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  test.each([
    ['_ga', 2 * 365 * DAY],
    ['_gid', DAY],
    ['_ym_uid', YEAR],
    ['_ym_isad', 2 * DAY],
    ['_ym_visorc', 30 * 60],
    ['_sp_ses.1fff', 30 * 60],
    ['PHPSESSID', null],
    ['__cf_bm', 30 * 60],
  ] as const)('%s carries its typical lifetime', (name, lifetime) => {
    expect(c.classifyCookie(name, '.example.com', 'example.com').typicalLifetimeSeconds).toBe(lifetime);
  });

  test('exact names are more certain than prefixes, prefixes than host guesses', () => {
    const exact = c.classifyCookie('_ga', '.example.com', 'example.com').confidence;
    const prefix = c.classifyCookie('_ga_XYZ', '.example.com', 'example.com').confidence;
    const host = c.classifyCookie('some_cookie', '.hotjar.com', 'example.com').confidence;
    expect(exact).toBe(1);
    expect(prefix).toBeLessThan(exact);
    expect(host).toBeLessThan(prefix);
  });

  // Generic names belong to a vendor only on its own domain.
  test.each([
    ['uid', '.example.com'],
    ['NID', '.example.com'],
    ['i', '.shop.ru'],
    ['VID', '.shop.ru'],
    ['id', '.example.com'],
    ['SID', '.example.com'],
  ])('generic name %s on %s is not claimed by a vendor', (name, domain) => {
    expect(c.classifyCookie(name, domain, 'example.com').vendor).toBeNull();
  });

  test.each([
    ['cart_id', 'shop.example', 'shop.example'],
    ['my_app_state', '.example.com', 'example.com'],
    ['foo', 'www.example.org', 'example.org'],
  ])('unknown first-party cookie %s is unknown, not necessary', (name, domain, site) => {
    const r = c.classifyCookie(name, domain, site);
    expect(r.category).toBe('unknown');
    expect(r.vendor).toBeNull();
    expect(r.tracker).toBe(false);
  });

  test.each([
    ['unknown_name', '.hotjar.com', 'hotjar', 'analytics'],
    ['xyz', '.mc.yandex.ru', 'yandex-metrika', 'analytics'],
    ['abc', '.criteo.com', 'criteo', 'marketing'],
    ['zz', '.cloudflare.com', null, 'unknown'],
  ] as const)('unknown cookie %s on a vendor host %s takes the host vendor', (name, domain, vendor, category) => {
    const r = c.classifyCookie(name, domain, 'example.com');
    expect(r.vendor).toBe(vendor);
    expect(r.category).toBe(category);
  });

  test.each([
    ['site_consent', 'necessary'],
    ['csrf_token', 'necessary'],
    ['app_session', 'necessary'],
    ['__utmx_custom', 'analytics'],
    ['ui_lang', 'functional'],
  ] as const)('heuristic: %s reads as %s with low confidence', (name, category) => {
    const r = c.classifyCookie(name, 'example.com', 'example.com');
    expect(r.category).toBe(category);
    expect(r.source).toBe('heuristic');
    expect(r.confidence).toBeLessThan(0.5);
  });

  test('storage keys: Metrika and PostHog localStorage', () => {
    expect(c.classifyStorageKey('_ym_uid', 'shop.ru').vendor).toBe('yandex-metrika');
    expect(c.classifyStorageKey('_ym12345_lsid', 'shop.ru').vendor).toBe('yandex-metrika');
    expect(c.classifyStorageKey('ph_phc_abc_posthog', 'example.com').vendor).toBe('posthog');
    expect(c.classifyStorageKey('ajs_user_traits', 'example.com').vendor).toBe('segment');
    expect(c.classifyStorageKey('todo-list', 'example.com').category).toBe('unknown');
  });
});

describe('classifyCookie with the generated base (curated + Open Cookie Database + lists)', () => {
  test('version string names every data source', () => {
    expect(KB_VERSION).toMatch(/^kb-\d+\.\d+\.\d+\+ocd-[\w-]+\+ep-[\w-]+\+ru-[\w-]+$/);
  });

  test.each(CURATED_CASES.filter((_, i) => i % 5 === 0))('curated still wins: %s', (name, domain, site, vendor, category) => {
    const r = classifyCookie(name, domain, site);
    expect(r.vendor).toBe(vendor);
    expect(r.category).toBe(category);
    expect(r.source).toBe('curated');
  });

  // Names the curated base does not know but the Open Cookie Database does.
  const ocdNames: [string, Category][] = [
    ['_shopify_y', 'analytics'],
    ['__kla_id', 'marketing'],
    ['_lfa', 'marketing'],
  ];
  test.skipIf(!KB_VERSION.includes('ocd-') || KB_VERSION.includes('ocd-missing')).each(ocdNames)(
    'Open Cookie Database answers for %s', (name, category) => {
      const r = classifyCookie(name, '.example.com', 'example.com');
      expect(r.source).toBe('open-cookie-database');
      expect(r.category).toBe(category);
      expect(r.confidence).toBeLessThan(1);
    },
  );

  test('a generic OCD name does not stick to a first-party cookie', () => {
    expect(classifyCookie('uid', '.example.com', 'example.com').vendor).toBeNull();
  });

  test.skipIf(KB_VERSION.includes('ep-missing'))('unknown third-party cookie on a filter-list host takes the host category', () => {
    const r = classifyCookie('weird_cookie', '.hotjar.io', 'example.com');
    expect(r.tracker).toBe(true);
    const listOnly = classifyCookie('weird_cookie', '.google-analytics-cn.com', 'example.com');
    expect(listOnly.source).toBe('filter-list');
    expect(listOnly.category).toBe('analytics');
  });
});
