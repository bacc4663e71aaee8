import { describe, expect, test } from 'vitest';
import { classifyRequest, KB_VERSION } from '../../../lib/classify/index';
import type { Category } from '../../../lib/model/types';
import { curatedOnly } from './helpers';

// [url, request type, page site, vendor, category, tracker]
type Case = [string, string, string, string | null, Category, boolean];

const HOST_CASES: Case[] = [
  ['https://mc.yandex.ru/metrika/tag.js', 'script', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['https://mc.yandex.ru/watch/12345678?page-url=https%3A%2F%2Fshop.ru', 'ping', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['https://mc.yandex.com/sync_cookie_image_check', 'image', 'shop.kz', 'yandex-metrika', 'analytics', true],
  ['https://mc.webvisor.org/metrika/tag_ww.js', 'script', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['https://an.yandex.ru/system/context.js', 'script', 'shop.ru', 'yandex-ads', 'marketing', true],
  ['https://yandex.ru/ads/system/context.js', 'script', 'shop.ru', 'yandex-ads', 'marketing', true],
  ['https://yastatic.net/jquery/3.3.1/jquery.min.js', 'script', 'shop.ru', 'yandex-static', 'functional', false],
  ['https://api-maps.yandex.ru/2.1/?lang=ru_RU', 'script', 'shop.ru', 'yandex-maps', 'functional', false],
  ['https://top-fwz1.mail.ru/js/code.js', 'script', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['https://top-fwz1.mail.ru/counter?id=3456789;js=na', 'image', 'shop.ru', 'top-mail-ru', 'marketing', true],
  ['https://ad.mail.ru/adq/', 'script', 'shop.ru', 'mytarget', 'marketing', true],
  ['https://vk.com/rtrg?p=VK-RTRG-123456-abcde', 'image', 'shop.ru', 'vk-pixel', 'marketing', true],
  ['https://vk.ru/js/api/openapi.js?169', 'script', 'shop.ru', 'vk-pixel', 'marketing', true],
  ['https://connect.ok.ru/connect.js', 'script', 'shop.ru', 'ok-ru', 'marketing', true],
  ['https://cloud.roistat.com/api/site/1.0/123/init', 'xmlhttprequest', 'shop.ru', 'roistat', 'analytics', true],
  ['https://app.comagic.ru/static/cs.min.js', 'script', 'shop.ru', 'comagic', 'analytics', true],
  ['https://app.uiscom.ru/static/cs.min.js', 'script', 'shop.ru', 'comagic', 'analytics', true],
  ['https://mod.calltouch.ru/init.js?id=abc', 'script', 'shop.ru', 'calltouch', 'analytics', true],
  ['https://cdn.callibri.ru/callibri.js', 'script', 'shop.ru', 'callibri', 'analytics', true],
  ['https://code.jivo.ru/widget/AbCdEf', 'script', 'shop.ru', 'jivo', 'functional', false],
  ['https://code.jivosite.com/widget/AbCdEf', 'script', 'shop.ru', 'jivo', 'functional', false],
  ['https://cdn-ru.bitrix24.ru/b123/crm/site_button/loader_1_abc.js', 'script', 'shop.ru', 'bitrix24', 'functional', false],
  ['https://bitrix.info/ba.js', 'script', 'shop.ru', 'bitrix24', 'analytics', true],
  ['https://cdn.carrotquest.app/api.min.js', 'script', 'shop.ru', 'carrot-quest', 'marketing', true],
  ['https://gso.amocrm.ru/js/button.js', 'script', 'shop.ru', 'amocrm', 'functional', false],
  ['https://cdn.envybox.io/widget/cbk.js', 'script', 'shop.ru', 'envybox', 'marketing', true],
  ['https://static.tildacdn.com/js/tilda-scripts-3.0.min.js', 'script', 'shop.ru', 'tilda', 'functional', false],
  ['https://counter.yadro.ru/hit?t44.1', 'image', 'shop.ru', 'liveinternet', 'analytics', true],
  ['https://www.google-analytics.com/g/collect?v=2&tid=G-ABC', 'ping', 'example.com', 'google-analytics', 'analytics', true],
  ['https://region1.google-analytics.com/g/collect?v=2', 'ping', 'example.com', 'google-analytics', 'analytics', true],
  ['https://www.googletagmanager.com/gtag/js?id=G-ABC123', 'script', 'example.com', 'google-analytics', 'analytics', true],
  ['https://www.googletagmanager.com/gtm.js?id=GTM-ABC', 'script', 'example.com', 'google-tag-manager', 'analytics', true],
  ['https://stats.g.doubleclick.net/g/collect', 'ping', 'example.com', 'google-analytics', 'analytics', true],
  ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/', 'image', 'example.com', 'google-ads', 'marketing', true],
  ['https://www.google.com/pagead/1p-conversion/123/', 'image', 'example.com', 'google-ads', 'marketing', true],
  ['https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js', 'script', 'example.com', 'google-ads', 'marketing', true],
  ['https://www.google.com/recaptcha/api.js?render=abc', 'script', 'example.com', 'recaptcha', 'necessary', false],
  ['https://www.gstatic.com/recaptcha/releases/abc/recaptcha__ru.js', 'script', 'example.com', 'recaptcha', 'necessary', false],
  ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'sub_frame', 'example.com', 'youtube', 'marketing', true],
  ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'sub_frame', 'example.com', 'youtube', 'functional', false],
  ['https://fonts.googleapis.com/css2?family=Roboto', 'stylesheet', 'example.com', 'google-fonts', 'functional', false],
  ['https://connect.facebook.net/en_US/fbevents.js', 'script', 'example.com', 'meta-pixel', 'marketing', true],
  ['https://www.facebook.com/tr/?id=123&ev=PageView', 'image', 'example.com', 'meta-pixel', 'marketing', true],
  ['https://analytics.tiktok.com/i18n/pixel/events.js', 'script', 'example.com', 'tiktok-pixel', 'marketing', true],
  ['https://snap.licdn.com/li.lms-analytics/insight.min.js', 'script', 'example.com', 'linkedin-insight', 'marketing', true],
  ['https://px.ads.linkedin.com/collect/?pid=123', 'image', 'example.com', 'linkedin-insight', 'marketing', true],
  ['https://static.ads-twitter.com/uwt.js', 'script', 'example.com', 'x-twitter', 'marketing', true],
  ['https://s.pinimg.com/ct/core.js', 'script', 'example.com', 'pinterest', 'marketing', true],
  ['https://static.criteo.net/js/ld/publishertag.js', 'script', 'example.com', 'criteo', 'marketing', true],
  ['https://bat.bing.com/bat.js', 'script', 'example.com', 'bing-uet', 'marketing', true],
  ['https://www.clarity.ms/tag/abc123', 'script', 'example.com', 'microsoft-clarity', 'analytics', true],
  ['https://static.hotjar.com/c/hotjar-123.js?sv=6', 'script', 'example.com', 'hotjar', 'analytics', true],
  ['https://js.hs-scripts.com/123.js', 'script', 'example.com', 'hubspot', 'marketing', true],
  ['https://widget.intercom.io/widget/abc', 'script', 'example.com', 'intercom', 'functional', false],
  ['https://static.zdassets.com/ekr/snippet.js?key=abc', 'script', 'example.com', 'zendesk', 'functional', false],
  ['https://us-assets.i.posthog.com/static/array.js', 'script', 'example.com', 'posthog', 'analytics', true],
  ['https://us.i.posthog.com/e/?ip=1&_=123', 'xmlhttprequest', 'example.com', 'posthog', 'analytics', true],
  ['https://eu.i.posthog.com/decide/?v=3', 'xmlhttprequest', 'example.com', 'posthog', 'analytics', true],
  ['https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js', 'script', 'example.com', 'mixpanel', 'analytics', true],
  ['https://api-js.mixpanel.com/track/?verbose=1', 'xmlhttprequest', 'example.com', 'mixpanel', 'analytics', true],
  ['https://cdn.amplitude.com/libs/analytics-browser-2.11.1-min.js.gz', 'script', 'example.com', 'amplitude', 'analytics', true],
  ['https://api2.amplitude.com/2/httpapi', 'xmlhttprequest', 'example.com', 'amplitude', 'analytics', true],
  ['https://cdn.segment.com/analytics.js/v1/abc/analytics.min.js', 'script', 'example.com', 'segment', 'analytics', true],
  ['https://api.segment.io/v1/t', 'xmlhttprequest', 'example.com', 'segment', 'analytics', true],
  ['https://cdn.jsdelivr.net/npm/@snowplow/javascript-tracker@3/dist/sp.js', 'script', 'example.com', 'snowplow', 'analytics', true],
  ['https://cdn.jsdelivr.net/npm/jquery@3/dist/jquery.min.js', 'script', 'example.com', 'jsdelivr', 'necessary', false],
  ['https://cdn.matomo.cloud/example.matomo.cloud/matomo.js', 'script', 'example.com', 'matomo', 'analytics', true],
  ['https://plausible.io/js/script.js', 'script', 'example.com', 'plausible', 'analytics', true],
  ['https://assets.adobedtm.com/launch-abc.min.js', 'script', 'example.com', 'adobe-analytics', 'analytics', true],
  ['https://dpm.demdex.net/id?d_visid_ver=5', 'xmlhttprequest', 'example.com', 'adobe-analytics', 'marketing', true],
  ['https://challenges.cloudflare.com/turnstile/v0/api.js', 'script', 'example.com', 'cloudflare', 'necessary', false],
  ['https://static.cloudflareinsights.com/beacon.min.js', 'script', 'example.com', 'cloudflare', 'analytics', true],
  ['https://js.stripe.com/v3/', 'script', 'example.com', 'stripe', 'necessary', false],
  ['https://m.stripe.network/inner.html', 'sub_frame', 'example.com', 'stripe', 'necessary', false],
  ['https://cdn.cookielaw.org/scripttemplates/otSDKStub.js', 'script', 'example.com', 'onetrust', 'necessary', false],
  ['https://consent.cookiebot.com/uc.js', 'script', 'example.com', 'cookiebot', 'necessary', false],
  ['https://sdk.privacy-center.org/loader.js', 'script', 'example.com', 'didomi', 'necessary', false],
  ['https://app.usercentrics.eu/browser-ui/latest/loader.js', 'script', 'example.com', 'usercentrics', 'necessary', false],
  ['https://cdn.iubenda.com/cs/iubenda_cs.js', 'script', 'example.com', 'iubenda', 'necessary', false],
  ['https://fpnpmcdn.net/v3/abc', 'script', 'example.com', null, 'unknown', false],
  ['https://api.fpjs.io/?ci=js/3.9', 'xmlhttprequest', 'example.com', 'fingerprintjs', 'analytics', true],
  ['https://MC.YANDEX.RU:443/watch/1', 'ping', 'shop.ru', 'yandex-metrika', 'analytics', true],
  ['https://user:pw@cdn.segment.com./analytics.js', 'script', 'example.com', 'segment', 'analytics', true],
];

describe('classifyRequest over the curated base alone', () => {
  const c = curatedOnly();
  test.each(HOST_CASES)('%s (%s) on %s -> %s %s', (url, type, site, vendor, category, tracker) => {
    const r = c.classifyRequest(url, type, site);
    expect(r.vendor).toBe(vendor);
    expect(r.category).toBe(category);
    expect(r.tracker).toBe(tracker);
    if (vendor) expect(r.source).toBe('curated');
  });

  test.each([
    ['https://mc.yandex.ru/watch/1', 'yandex.ru'],
    ['https://www.google-analytics.com/g/collect', 'google-analytics.com'],
    ['https://shop.example/api/cart', 'shop.example'],
    ['https://static.shop.example/app.js', 'shop.example'],
  ])('a request to the page\'s own site is first party, never a tracker: %s', (url, site) => {
    expect(c.classifyRequest(url, 'xmlhttprequest', site).tracker).toBe(false);
  });

  test.each([
    ['https://stats.unknown-vendor.example/collect?v=1', 'xmlhttprequest'],
    ['https://cdn.unknown-vendor.example/px/pixel.gif', 'image'],
    ['https://cdn.unknown-vendor.example/anything', 'ping'],
  ])('heuristic: %s looks like a hit', (url, type) => {
    const r = c.classifyRequest(url, type, 'example.com');
    expect(r.tracker).toBe(true);
    expect(r.source).toBe('heuristic');
    expect(r.confidence).toBeLessThan(0.5);
  });

  test.each(['not a url', '', 'https://', 'data:image/png;base64,AAAA'])('bad URL %j is unclassified, no throw', (url) => {
    expect(c.classifyRequest(url, 'other', 'example.com').source).toBe('none');
  });

  test('unknown third-party host with an ordinary path is unknown and not a tracker', () => {
    const r = c.classifyRequest('https://cdn.somewhere.example/lib/app.js', 'script', 'example.com');
    expect(r).toMatchObject({ vendor: null, category: 'unknown', tracker: false, source: 'none' });
  });
});

describe('classifyRequest with the generated filter lists', () => {
  const listed = !KB_VERSION.includes('ep-missing');
  test.skipIf(!listed).each([
    ['https://google-analytics-cn.com/collect', 'easyprivacy'],
    ['https://i.kissmetrics.io/i.js', 'easyprivacy'],
    ['https://www.tns-counter.ru/V13a****ria_ru/ru/UTF-8/tmsec=ria_total/', 'ruadlist'],
    ['https://c.statcounter.com/123/0/abc/1/', 'ruadlist'],
    ['https://counter.rambler.ru/top100.jcn?123', 'curated'],
  ])('%s is a tracker (%s)', (url, source) => {
    const r = classifyRequest(url, 'script', 'example.com');
    expect(r.tracker).toBe(true);
    expect(r.source).toBe(source === 'curated' ? 'curated' : 'filter-list');
  });

  test('curated answers keep precedence over filter lists', () => {
    const r = classifyRequest('https://mc.yandex.ru/watch/1', 'ping', 'shop.ru');
    expect(r.source).toBe('curated');
    expect(r.vendor).toBe('yandex-metrika');
  });
});
