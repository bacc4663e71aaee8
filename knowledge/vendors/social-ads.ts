// Social networks' pixels and Western ad-tech. Cookie names and lifetimes from each vendor's cookie page.
import type { VendorFact } from '../schema';
import { DAY, MINUTE, MONTH, YEAR } from '../units';

const META = 'https://www.facebook.com/privacy/policies/cookies/';
const META_PIXEL = 'https://developers.facebook.com/docs/meta-pixel/';
const TIKTOK = 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel';
const LINKEDIN = 'https://www.linkedin.com/legal/l/cookie-table';
const X = 'https://help.x.com/en/rules-and-policies/x-cookies';
const PINTEREST = 'https://policy.pinterest.com/en/cookies';
const CRITEO = 'https://www.criteo.com/privacy/';
const BING_UET = 'https://help.ads.microsoft.com/#apex/ads/en/56960/2';
const MS_COOKIES = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list';
const SNAP = 'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation';
const REDDIT = 'https://business.reddithelp.com/s/article/reddit-pixel';
const TABOOLA = 'https://www.taboola.com/policies/privacy-policy';
const OUTBRAIN = 'https://www.outbrain.com/privacy/cookies/';
const TTD = 'https://www.thetradedesk.com/us/privacy';
const ADFORM = 'https://site.adform.com/privacy-center/platform/cookies-and-similar-technologies/';
const RTBHOUSE = 'https://www.rtbhouse.com/privacy-center/services-privacy-policy';
const AMAZON = 'https://advertising.amazon.com/legal/cookies';
const XANDR = 'https://learn.microsoft.com/en-us/xandr/industry-reference/xandr-platform-cookies';
const QUANTCAST = 'https://www.quantcast.com/privacy/';

export const SOCIAL_ADS: VendorFact[] = [
  {
    id: 'meta-pixel',
    name: 'Meta (Facebook) pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['Meta Pixel', 'Facebook Pixel', 'Пиксель Facebook', 'Пиксель Meta', 'Піксель Facebook', 'Facebook', 'Фейсбук', 'Meta Platforms', 'connect.facebook.net'],
    hosts: [
      { host: 'connect.facebook.net', source: META_PIXEL },
      { host: 'facebook.com', path: '/tr', source: META_PIXEL },
      { host: 'www.facebook.com', path: '/tr', source: META_PIXEL },
      { host: 'facebook.com', source: META },
      { host: 'facebook.net', source: META },
      { host: 'fbcdn.net', category: 'functional', tracker: false, source: META },
      { host: 'instagram.com', source: META },
    ],
    cookies: [
      { name: '_fbp', category: 'marketing', lifetime: 90 * DAY, source: META },
      { name: '_fbc', category: 'marketing', lifetime: 90 * DAY, source: META },
      { name: 'fr', category: 'marketing', lifetime: 90 * DAY, vendorHostsOnly: true, source: META },
      { name: 'datr', category: 'necessary', lifetime: 2 * YEAR, tracker: false, vendorHostsOnly: true, source: META },
      { name: 'sb', category: 'necessary', lifetime: 2 * YEAR, tracker: false, vendorHostsOnly: true, source: META },
      { name: 'c_user', category: 'necessary', lifetime: YEAR, tracker: false, vendorHostsOnly: true, source: META },
      { name: 'xs', category: 'necessary', lifetime: YEAR, tracker: false, vendorHostsOnly: true, source: META },
    ],
    source: META_PIXEL,
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['TikTok Pixel', 'TikTok', 'Тикток', 'ТикТок', 'Тік Ток'],
    hosts: [
      { host: 'analytics.tiktok.com', source: TIKTOK },
      { host: 'business-api.tiktok.com', source: TIKTOK },
      { host: 'tiktok.com', source: TIKTOK },
      { host: 'ttwstatic.com', source: TIKTOK },
    ],
    cookies: [
      { name: '_ttp', category: 'marketing', lifetime: 13 * MONTH, source: TIKTOK },
      { name: '_tt_enable_cookie', category: 'marketing', lifetime: 13 * MONTH, source: TIKTOK },
      { name: 'ttcsid', category: 'marketing', lifetime: 30 * MINUTE, source: TIKTOK },
      { name: 'ttcsid_*', category: 'marketing', lifetime: 30 * MINUTE, source: TIKTOK },
      { name: 'ttclid', category: 'marketing', lifetime: 30 * DAY, source: TIKTOK },
    ],
    source: TIKTOK,
  },
  {
    id: 'linkedin-insight',
    name: 'LinkedIn Insight Tag',
    category: 'marketing',
    tracker: true,
    aliases: ['LinkedIn Insight Tag', 'LinkedIn Insight', 'LinkedIn', 'ЛинкедИн', 'Линкедин'],
    hosts: [
      { host: 'snap.licdn.com', source: LINKEDIN },
      { host: 'px.ads.linkedin.com', source: LINKEDIN },
      { host: 'linkedin.com', source: LINKEDIN },
      { host: 'licdn.com', source: LINKEDIN },
    ],
    cookies: [
      { name: 'li_sugr', category: 'marketing', lifetime: 90 * DAY, source: LINKEDIN },
      { name: 'bcookie', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: LINKEDIN },
      { name: 'bscookie', category: 'necessary', lifetime: YEAR, tracker: false, vendorHostsOnly: true, source: LINKEDIN },
      { name: 'lidc', category: 'functional', lifetime: DAY, tracker: false, vendorHostsOnly: true, source: LINKEDIN },
      { name: 'UserMatchHistory', category: 'marketing', lifetime: 30 * DAY, source: LINKEDIN },
      { name: 'AnalyticsSyncHistory', category: 'analytics', lifetime: 30 * DAY, source: LINKEDIN },
      { name: 'li_gc', category: 'necessary', lifetime: 6 * MONTH, tracker: false, source: LINKEDIN },
      { name: 'li_fat_id', category: 'marketing', lifetime: 30 * DAY, source: LINKEDIN },
      { name: 'ln_or', category: 'analytics', lifetime: DAY, source: LINKEDIN },
    ],
    source: LINKEDIN,
  },
  {
    id: 'x-twitter',
    name: 'X (Twitter) pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['Twitter', 'X (Twitter)', 'X Pixel', 'Twitter Pixel', 'Твиттер', 'Твітер', 'X Corp'],
    hosts: [
      { host: 'static.ads-twitter.com', source: X },
      { host: 'ads-twitter.com', source: X },
      { host: 'analytics.twitter.com', source: X },
      { host: 't.co', source: X },
      { host: 'twitter.com', source: X },
      { host: 'x.com', source: X },
      { host: 'platform.twitter.com', category: 'functional', source: X },
    ],
    cookies: [
      { name: 'muc_ads', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: X },
      { name: 'personalization_id', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: X },
      { name: 'guest_id', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: X },
      { name: 'guest_id_ads', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: X },
      { name: 'guest_id_marketing', category: 'marketing', lifetime: 2 * YEAR, vendorHostsOnly: true, source: X },
      { name: '_twclid', category: 'marketing', lifetime: 30 * DAY, source: X },
    ],
    source: X,
  },
  {
    id: 'pinterest',
    name: 'Pinterest tag',
    category: 'marketing',
    tracker: true,
    aliases: ['Pinterest Tag', 'Pinterest', 'Пинтерест'],
    hosts: [
      { host: 's.pinimg.com', source: PINTEREST },
      { host: 'ct.pinterest.com', source: PINTEREST },
      { host: 'pinterest.com', source: PINTEREST },
    ],
    cookies: [
      { name: '_pin_unauth', category: 'marketing', lifetime: YEAR, source: PINTEREST },
      { name: '_pinterest_ct_ua', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: PINTEREST },
      { name: '_pinterest_sess', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: PINTEREST },
      { name: '_epik', category: 'marketing', lifetime: YEAR, source: PINTEREST },
      { name: '_derived_epik', category: 'marketing', lifetime: YEAR, source: PINTEREST },
    ],
    source: PINTEREST,
  },
  {
    id: 'criteo',
    name: 'Criteo',
    category: 'marketing',
    tracker: true,
    aliases: ['Criteo', 'Критео'],
    hosts: [
      { host: 'criteo.com', source: CRITEO },
      { host: 'criteo.net', source: CRITEO },
      { host: 'static.criteo.net', source: CRITEO },
      { host: 'bidder.criteo.com', source: CRITEO },
    ],
    cookies: [
      { name: 'cto_bundle', category: 'marketing', lifetime: 13 * MONTH, source: CRITEO },
      { name: 'cto_bidid', category: 'marketing', lifetime: 13 * MONTH, source: CRITEO },
      { name: 'cto_optout', category: 'necessary', tracker: false, source: CRITEO },
      { name: 'uid', category: 'marketing', lifetime: 13 * MONTH, vendorHostsOnly: true, source: CRITEO },
    ],
    source: CRITEO,
  },
  {
    id: 'bing-uet',
    name: 'Microsoft Advertising (Bing UET)',
    category: 'marketing',
    tracker: true,
    aliases: ['Bing UET', 'Microsoft Advertising', 'Bing Ads', 'Universal Event Tracking', 'Microsoft Ads'],
    hosts: [
      { host: 'bat.bing.com', source: BING_UET },
      { host: 'bat.bing.net', source: BING_UET },
      { host: 'bing.com', source: BING_UET },
    ],
    cookies: [
      { name: '_uetsid', category: 'marketing', lifetime: DAY, source: BING_UET },
      { name: '_uetvid', category: 'marketing', lifetime: 13 * MONTH, source: BING_UET },
      { name: '_uetmsclkid', category: 'marketing', lifetime: 90 * DAY, source: BING_UET },
      { name: 'MUID', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: MS_COOKIES },
      { name: 'MSPTC', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: MS_COOKIES },
      { name: 'SRCHUID', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: MS_COOKIES },
      { name: 'SRCHD', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: MS_COOKIES },
      { name: '_EDGE_V', category: 'marketing', lifetime: 13 * MONTH, vendorHostsOnly: true, source: MS_COOKIES },
    ],
    source: BING_UET,
  },
  {
    id: 'snapchat-pixel',
    name: 'Snap Pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['Snap Pixel', 'Snapchat Pixel', 'Snapchat'],
    hosts: [
      { host: 'sc-static.net', source: SNAP },
      { host: 'tr.snapchat.com', source: SNAP },
      { host: 'snapchat.com', source: SNAP },
    ],
    cookies: [
      { name: '_scid', category: 'marketing', lifetime: 13 * MONTH, source: SNAP },
      { name: '_scid_r', category: 'marketing', lifetime: 13 * MONTH, source: SNAP },
      { name: '_sctr', category: 'marketing', lifetime: YEAR, source: SNAP },
    ],
    source: SNAP,
  },
  {
    id: 'reddit-pixel',
    name: 'Reddit pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['Reddit Pixel', 'Reddit'],
    hosts: [
      { host: 'redditstatic.com', path: '/ads/', source: REDDIT },
      { host: 'www.redditstatic.com', path: '/ads/', source: REDDIT },
      { host: 'alb.reddit.com', source: REDDIT },
      { host: 'pixel-config.reddit.com', source: REDDIT },
    ],
    cookies: [{ name: '_rdt_uuid', category: 'marketing', lifetime: 90 * DAY, source: REDDIT }],
    source: REDDIT,
  },
  {
    id: 'taboola',
    name: 'Taboola',
    category: 'marketing',
    tracker: true,
    aliases: ['Taboola', 'Табула'],
    hosts: [
      { host: 'taboola.com', source: TABOOLA },
      { host: 'cdn.taboola.com', source: TABOOLA },
      { host: 'trc.taboola.com', source: TABOOLA },
    ],
    cookies: [
      { name: 't_gid', category: 'marketing', lifetime: YEAR, source: TABOOLA },
      { name: 't_pt_gid', category: 'marketing', lifetime: YEAR, source: TABOOLA },
      { name: 'taboola_session_id', category: 'marketing', lifetime: null, source: TABOOLA },
    ],
    source: TABOOLA,
  },
  {
    id: 'outbrain',
    name: 'Outbrain',
    category: 'marketing',
    tracker: true,
    aliases: ['Outbrain', 'Аутбрейн'],
    hosts: [
      { host: 'outbrain.com', source: OUTBRAIN },
      { host: 'widgets.outbrain.com', source: OUTBRAIN },
      { host: 'outbrainimg.com', source: OUTBRAIN },
    ],
    cookies: [
      { name: 'obuid', category: 'marketing', lifetime: 3 * MONTH, vendorHostsOnly: true, source: OUTBRAIN },
      { name: 'outbrain_cid_fetch', category: 'marketing', lifetime: 5 * MINUTE, source: OUTBRAIN },
    ],
    source: OUTBRAIN,
  },
  {
    id: 'the-trade-desk',
    name: 'The Trade Desk',
    category: 'marketing',
    tracker: true,
    aliases: ['The Trade Desk', 'TradeDesk', 'Unified ID 2.0'],
    hosts: [
      { host: 'adsrvr.org', source: TTD },
      { host: 'js.adsrvr.org', source: TTD },
      { host: 'insight.adsrvr.org', source: TTD },
    ],
    cookies: [
      { name: 'TDID', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: TTD },
      { name: 'TDCPM', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: TTD },
      { name: '__ttd_*', category: 'marketing', source: TTD },
    ],
    source: TTD,
  },
  {
    id: 'adform',
    name: 'Adform',
    category: 'marketing',
    tracker: true,
    aliases: ['Adform', 'Адформ'],
    hosts: [
      { host: 'adform.net', source: ADFORM },
      { host: 'track.adform.net', source: ADFORM },
      { host: 'adformdsp.net', source: ADFORM },
    ],
    cookies: [
      { name: 'uid', category: 'marketing', lifetime: 60 * DAY, vendorHostsOnly: true, source: ADFORM },
      { name: 'C', category: 'marketing', lifetime: 30 * DAY, vendorHostsOnly: true, source: ADFORM },
      { name: 'cid', category: 'marketing', lifetime: 60 * DAY, vendorHostsOnly: true, source: ADFORM },
    ],
    source: ADFORM,
  },
  {
    id: 'rtb-house',
    name: 'RTB House',
    category: 'marketing',
    tracker: true,
    aliases: ['RTB House', 'RTBHouse'],
    hosts: [
      { host: 'creativecdn.com', source: RTBHOUSE },
      { host: 'rtbhouse.com', source: RTBHOUSE },
    ],
    cookies: [
      { name: '__rtbh.uid', category: 'marketing', lifetime: YEAR, source: RTBHOUSE },
      { name: '__rtbh.lid', category: 'marketing', lifetime: YEAR, source: RTBHOUSE },
      { name: 'u', category: 'marketing', lifetime: YEAR, vendorHostsOnly: true, source: RTBHOUSE },
    ],
    source: RTBHOUSE,
  },
  {
    id: 'amazon-ads',
    name: 'Amazon Ads',
    category: 'marketing',
    tracker: true,
    aliases: ['Amazon Ads', 'Amazon Advertising', 'Amazon DSP'],
    hosts: [
      { host: 'amazon-adsystem.com', source: AMAZON },
      { host: 's.amazon-adsystem.com', source: AMAZON },
      { host: 'c.amazon-adsystem.com', source: AMAZON },
    ],
    cookies: [
      { name: 'ad-id', category: 'marketing', lifetime: 7 * MONTH, vendorHostsOnly: true, source: AMAZON },
      { name: 'ad-privacy', category: 'necessary', lifetime: 5 * YEAR, tracker: false, vendorHostsOnly: true, source: AMAZON },
    ],
    source: AMAZON,
  },
  {
    id: 'xandr',
    name: 'Xandr (AppNexus)',
    category: 'marketing',
    tracker: true,
    aliases: ['Xandr', 'AppNexus', 'Microsoft Invest'],
    hosts: [
      { host: 'adnxs.com', source: XANDR },
      { host: 'ib.adnxs.com', source: XANDR },
      { host: 'acdn.adnxs.com', source: XANDR },
    ],
    cookies: [
      { name: 'uuid2', category: 'marketing', lifetime: 3 * MONTH, vendorHostsOnly: true, source: XANDR },
      { name: 'anj', category: 'marketing', lifetime: 3 * MONTH, vendorHostsOnly: true, source: XANDR },
      { name: 'XANDR_PANID', category: 'marketing', lifetime: 3 * MONTH, vendorHostsOnly: true, source: XANDR },
    ],
    source: XANDR,
  },
  {
    id: 'quantcast',
    name: 'Quantcast Measure',
    category: 'marketing',
    tracker: true,
    aliases: ['Quantcast', 'Квонткаст'],
    hosts: [
      { host: 'quantserve.com', source: QUANTCAST },
      { host: 'quantcount.com', source: QUANTCAST },
      { host: 'secure.quantserve.com', source: QUANTCAST },
    ],
    cookies: [
      { name: '__qca', category: 'marketing', lifetime: 13 * MONTH, source: QUANTCAST },
      { name: 'mc', category: 'marketing', lifetime: 13 * MONTH, vendorHostsOnly: true, source: QUANTCAST },
    ],
    source: QUANTCAST,
  },
];
