// Tracker hits recognised by their request shape, whatever host they go to. Sites relay Google
// Analytics or Yandex Metrika through their own domain (a "first-party proxy", e.g. a reverse proxy
// or server-side tagging) so host lists and blockers miss them; the path and parameters still
// say which vendor's protocol it is. Facts only: the path and the parameters each protocol sends.
import type { RequestSignatureFact } from './schema';

const GA4_HIT = 'https://developers.google.com/analytics/devguides/collection/ga4/reference/config';
const GA4_PARAMS = 'https://www.thyngster.com/ga4-measurement-protocol-cheatsheet';
const UA_PARAMS = 'https://developers.google.com/analytics/devguides/collection/protocol/v1/parameters';
const METRIKA_PROXY = 'https://yandex.ru/support/metrica/code/install-counter.html';
const META_PIXEL = 'https://developers.facebook.com/docs/meta-pixel/advanced/';
const TOP_MAIL_RU = 'https://help.mail.ru/top/counter';

export const REQUEST_SIGNATURES: readonly RequestSignatureFact[] = [
  {
    id: 'ga4-collect',
    vendor: 'google-analytics',
    shape: '/g/collect?v=2&tid=G-…',
    path: '(^|/)g/collect$',
    params: { v: '^2$', tid: '^G-[A-Z0-9]{4,}$' },
    source: GA4_PARAMS,
    also: GA4_HIT,
  },
  {
    id: 'ua-collect',
    vendor: 'google-analytics',
    shape: '/collect?v=1&tid=UA-…',
    path: '(^|/)([rj]/)?collect$',
    params: { v: '^1$', tid: '^UA-\\d+-\\d+$' },
    source: UA_PARAMS,
  },
  {
    id: 'metrika-watch',
    vendor: 'yandex-metrika',
    shape: '/watch/<counter>?page-url=…',
    path: '(^|/)watch/\\d{3,}(/\\d+)?$',
    params: { 'page-url': '.' },
    source: METRIKA_PROXY,
  },
  {
    id: 'meta-pixel-tr',
    vendor: 'meta-pixel',
    shape: '/tr?id=…&ev=…',
    path: '(^|/)tr/?$',
    params: { id: '^\\d{6,}$', ev: '.' },
    source: META_PIXEL,
  },
  {
    id: 'top-mail-ru-counter',
    vendor: 'top-mail-ru',
    shape: '/counter?id=… or /tracker?id=…',
    path: '(^|/)(counter|tracker)$',
    params: { id: '^\\d{3,}$' },
    source: TOP_MAIL_RU,
  },
];
