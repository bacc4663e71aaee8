// Other trackers common on Russian-language sites: legacy counters, ad networks, CPA and CRM marketing.
import type { VendorFact } from '../schema';
import { DAY, YEAR } from '../units';

const LIVEINTERNET = 'https://www.liveinternet.ru/add';
const TOP100 = 'https://top100.rambler.ru/';
const ADRIVER = 'https://www.adriver.ru/about/';
const ADMITAD = 'https://www.admitad.com/ru/privacy/';
const RETAILROCKET = 'https://retailrocket.ru/privacy-policy/';
const MINDBOX = 'https://docs.mindbox.ru/docs/tracker-js';
const SENDPULSE = 'https://sendpulse.com/legal/cookies';
const MANGO = 'https://www.mango-office.ru/support/';

export const RU_OTHER: VendorFact[] = [
  {
    id: 'liveinternet',
    name: 'LiveInternet counter',
    category: 'analytics',
    tracker: true,
    aliases: ['LiveInternet', 'Liveinternet', 'ЛайвИнтернет', 'li.ru'],
    hosts: [
      { host: 'counter.yadro.ru', source: LIVEINTERNET },
      { host: 'yadro.ru', source: LIVEINTERNET },
      { host: 'liveinternet.ru', source: LIVEINTERNET },
    ],
    cookies: [],
    source: LIVEINTERNET,
  },
  {
    id: 'rambler-top100',
    name: 'Rambler Top100',
    category: 'analytics',
    tracker: true,
    aliases: ['Rambler Top100', 'Top100', 'Рамблер Топ-100', 'Rambler&Co', 'Rambler Top-100'],
    hosts: [
      { host: 'counter.rambler.ru', source: TOP100 },
      { host: 'top100.rambler.ru', source: TOP100 },
      { host: 'kraken.rambler.ru', source: TOP100 },
      { host: 'st.top100.ru', source: TOP100 },
    ],
    cookies: [
      { name: 'top100_id', category: 'analytics', lifetime: YEAR, source: TOP100 },
      { name: 'last_visit', category: 'analytics', vendorHostsOnly: true, source: TOP100 },
      { name: 'ruid', category: 'analytics', vendorHostsOnly: true, source: TOP100 },
    ],
    source: TOP100,
  },
  {
    id: 'adriver',
    name: 'AdRiver',
    category: 'marketing',
    tracker: true,
    aliases: ['AdRiver', 'Adriver', 'АдРивер'],
    hosts: [
      { host: 'adriver.ru', source: ADRIVER },
      { host: 'ad.adriver.ru', source: ADRIVER },
      { host: 'content.adriver.ru', source: ADRIVER },
    ],
    cookies: [{ name: 'adrcid', category: 'marketing', vendorHostsOnly: true, source: ADRIVER }],
    source: ADRIVER,
  },
  {
    id: 'admitad',
    name: 'Admitad',
    category: 'marketing',
    tracker: true,
    aliases: ['Admitad', 'Адмитад'],
    hosts: [
      { host: 'admitad.com', source: ADMITAD },
      { host: 'ad.admitad.com', source: ADMITAD },
      { host: 'artfut.com', source: ADMITAD },
      { host: 'lenkmio.com', source: ADMITAD },
    ],
    cookies: [
      { name: '_aid', category: 'marketing', lifetime: 90 * DAY, source: ADMITAD },
      { name: 'admitad_uid', category: 'marketing', lifetime: 90 * DAY, source: ADMITAD },
      { name: 'admitad_*', category: 'marketing', source: ADMITAD },
    ],
    source: ADMITAD,
  },
  {
    id: 'retail-rocket',
    name: 'Retail Rocket',
    category: 'marketing',
    tracker: true,
    aliases: ['Retail Rocket', 'RetailRocket', 'Ритейл Рокет', 'Ретейл Рокет'],
    hosts: [
      { host: 'retailrocket.ru', source: RETAILROCKET },
      { host: 'cdn.retailrocket.ru', source: RETAILROCKET },
      { host: 'api.retailrocket.ru', source: RETAILROCKET },
      { host: 'retailrocket.net', source: RETAILROCKET },
    ],
    cookies: [
      { name: 'rrpvid', category: 'marketing', lifetime: YEAR, source: RETAILROCKET },
      { name: 'rcuid', category: 'marketing', lifetime: YEAR, source: RETAILROCKET },
      { name: 'rrlevt', category: 'marketing', source: RETAILROCKET },
      { name: 'rr-testCookie', category: 'marketing', source: RETAILROCKET },
      { name: 'rrviewed', category: 'marketing', source: RETAILROCKET },
    ],
    source: RETAILROCKET,
  },
  {
    id: 'mindbox',
    name: 'Mindbox',
    category: 'marketing',
    tracker: true,
    aliases: ['Mindbox', 'Майндбокс'],
    hosts: [
      { host: 'mindbox.ru', source: MINDBOX },
      { host: 'api.mindbox.ru', source: MINDBOX },
      { host: 'api.s.mindbox.ru', source: MINDBOX },
      { host: 'web-static.mindbox.ru', source: MINDBOX },
    ],
    cookies: [
      { name: 'mindboxDeviceUUID', category: 'marketing', lifetime: YEAR, source: MINDBOX },
      { name: 'directCrm-session', category: 'marketing', source: MINDBOX },
    ],
    source: MINDBOX,
  },
  {
    id: 'sendpulse',
    name: 'SendPulse',
    category: 'marketing',
    tracker: true,
    aliases: ['SendPulse', 'Sendpulse', 'СендПульс'],
    hosts: [
      { host: 'sendpulse.com', source: SENDPULSE },
      { host: 'cdn.sendpulse.com', source: SENDPULSE },
      { host: 'web.webpushs.com', source: SENDPULSE },
    ],
    cookies: [],
    source: SENDPULSE,
  },
  {
    id: 'mango-office',
    name: 'MANGO OFFICE',
    category: 'analytics',
    tracker: true,
    aliases: ['MANGO OFFICE', 'Mango Office', 'Манго Офис', 'Mango-Office'],
    hosts: [
      { host: 'mango-office.ru', source: MANGO },
      { host: 'widgets.mango-office.ru', source: MANGO },
    ],
    cookies: [],
    source: MANGO,
  },
];
