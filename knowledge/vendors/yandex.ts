// Yandex: Metrika (web analytics with Webvisor session replay), the advertising network and Maps.
import type { VendorFact } from '../schema';
import { DAY, HOUR, MINUTE, YEAR } from '../units';

const METRIKA_COOKIES = 'https://yandex.ru/support/metrica/general/cookie-usage.html';
const METRIKA_HOSTS = 'https://yandex.ru/support/metrica/general/tag-domains.html';
const METRIKA_ABOUT = 'https://yandex.ru/support/metrica/index.html';
const YANDEX_COOKIES = 'https://yandex.ru/legal/cookies_policy/';
const YANDEX_ADS = 'https://yandex.ru/support/partner2/index.html';
const MAPS_API = 'https://yandex.ru/dev/jsapi30/doc/ru/';

export const YANDEX: VendorFact[] = [
  {
    id: 'yandex-metrika',
    name: 'Yandex Metrika',
    category: 'analytics',
    tracker: true,
    aliases: [
      'Яндекс.Метрика', 'Яндекс Метрика', 'Yandex.Metrika', 'Yandex Metrika', 'Yandex.Metrica', 'Yandex Metrica',
      'Yandex Metrics', 'Яндекс-Метрика', 'Метрика Яндекса', 'Вебвизор', 'Webvisor', 'Yandex Webvisor',
      { text: 'Метрика', langs: ['ru', 'uk', 'kk'], caseSensitive: true },
      { text: 'Metrika', caseSensitive: true },
      'mc.yandex.ru',
    ],
    hosts: [
      { host: 'mc.yandex.ru', source: METRIKA_HOSTS },
      { host: 'mc.yandex.com', source: METRIKA_HOSTS },
      { host: 'mc.yandex.by', source: METRIKA_HOSTS },
      { host: 'mc.yandex.kz', source: METRIKA_HOSTS },
      { host: 'mc.yandex.uz', source: METRIKA_HOSTS },
      { host: 'mc.yandex.com.tr', source: METRIKA_HOSTS },
      { host: 'mc.webvisor.org', source: METRIKA_HOSTS },
      { host: 'mc.webvisor.com', source: METRIKA_HOSTS },
      { host: 'metrika.yandex.ru', source: METRIKA_HOSTS },
    ],
    cookies: [
      { name: '_ym_uid', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: '_ym_d', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: '_ym_isad', category: 'analytics', lifetime: 2 * DAY, source: METRIKA_COOKIES },
      { name: '_ym_visorc', category: 'analytics', lifetime: 30 * MINUTE, source: METRIKA_COOKIES },
      // Older tags suffixed the counter id: _ym_visorc_12345678.
      { name: '_ym_visorc_*', category: 'analytics', lifetime: 30 * MINUTE, source: METRIKA_COOKIES },
      { name: '_ym_metrika_enabled', category: 'analytics', lifetime: HOUR, source: METRIKA_COOKIES },
      { name: '_ym_hostIndex', category: 'analytics', lifetime: DAY, source: METRIKA_COOKIES },
      { name: '_ym_mp2_track', category: 'analytics', lifetime: 30 * DAY, source: METRIKA_COOKIES },
      { name: '_ym_mp2_substs', category: 'analytics', lifetime: null, source: METRIKA_COOKIES },
      { name: '_ym_debug', category: 'analytics', lifetime: null, source: METRIKA_COOKIES },
      { name: '_ym_*', category: 'analytics', source: METRIKA_COOKIES },
      { name: 'yandexuid', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: 'yuidss', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: 'ymex', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: 'usst', category: 'analytics', lifetime: YEAR, source: METRIKA_COOKIES },
      { name: 'yabs-sid', category: 'analytics', lifetime: null, source: METRIKA_COOKIES },
      { name: 'i', category: 'analytics', lifetime: YEAR, vendorHostsOnly: true, source: METRIKA_COOKIES },
      { name: 'yashr', category: 'analytics', lifetime: YEAR, vendorHostsOnly: true, source: YANDEX_COOKIES },
      { name: '_ym_uid', category: 'analytics', storage: 'localStorage', source: METRIKA_COOKIES },
      { name: '_ym_synced', category: 'analytics', storage: 'localStorage', source: METRIKA_COOKIES },
      { name: '_ym_retryReqs', category: 'analytics', storage: 'localStorage', source: METRIKA_COOKIES },
      { name: '_ym*_lsid', category: 'analytics', storage: 'localStorage', source: METRIKA_COOKIES },
    ],
    source: METRIKA_ABOUT,
  },
  {
    id: 'yandex-ads',
    name: 'Yandex Advertising',
    category: 'marketing',
    tracker: true,
    aliases: [
      'Яндекс.Директ', 'Яндекс Директ', 'Yandex.Direct', 'Yandex Direct', 'Рекламная сеть Яндекса', 'РСЯ',
      'Yandex Advertising Network', 'Yandex Ads', 'Яндекс Реклама', 'Яндекс.Реклама', 'Yandex.Advertising',
      'Yandex Advertising', 'ADFOX', 'АдФокс', 'Yandex Audience', 'Яндекс.Аудитории', 'Яндекс Аудитории',
    ],
    hosts: [
      { host: 'an.yandex.ru', source: YANDEX_ADS },
      { host: 'yabs.yandex.ru', source: YANDEX_ADS },
      { host: 'bs.yandex.ru', source: YANDEX_ADS },
      { host: 'adfstat.yandex.ru', source: YANDEX_ADS },
      { host: 'yandex.ru', path: '/ads/', source: YANDEX_ADS },
      { host: 'yandex.ru', path: '/an/', source: YANDEX_ADS },
      { host: 'yandexadexchange.net', source: YANDEX_ADS },
      { host: 'adfox.ru', source: YANDEX_ADS },
      { host: 'adfox.yandex.ru', source: YANDEX_ADS },
      { host: 'awaps.yandex.net', source: YANDEX_ADS },
    ],
    cookies: [
      { name: 'yabs-frequency', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: YANDEX_COOKIES },
      { name: 'receive-cookie-deprecation', category: 'marketing', vendorHostsOnly: true, source: YANDEX_COOKIES },
    ],
    source: YANDEX_ADS,
  },
  {
    id: 'yandex-maps',
    name: 'Yandex Maps',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Яндекс.Карты', 'Яндекс Карты', 'Yandex.Maps', 'Yandex Maps', 'API Яндекс.Карт', 'API Яндекс Карт'],
    hosts: [
      { host: 'api-maps.yandex.ru', source: MAPS_API },
      { host: 'enterprise.api-maps.yandex.ru', source: MAPS_API },
      { host: 'core-renderer-tiles.maps.yandex.net', source: MAPS_API },
    ],
    cookies: [],
    source: MAPS_API,
  },
  {
    id: 'yandex-static',
    name: 'Yandex static CDN',
    category: 'functional',
    tracker: false,
    kind: 'infrastructure',
    aliases: ['yastatic.net'],
    hosts: [
      { host: 'yastatic.net', source: YANDEX_COOKIES },
      { host: 'yastatic.net', path: '/metrika/', category: 'analytics', tracker: true, source: METRIKA_HOSTS },
    ],
    cookies: [],
    source: YANDEX_COOKIES,
  },
];
