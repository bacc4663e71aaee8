// Chat, help desk and marketing-automation widgets from outside the CIS.
import type { VendorFact } from '../schema';
import { DAY, MINUTE, MONTH, YEAR } from '../units';

const HUBSPOT = 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser';
const INTERCOM = 'https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies';
const ZENDESK = 'https://support.zendesk.com/hc/en-us/articles/4408836402074';
const DRIFT = 'https://gethelp.drift.com/s/article/Drift-Cookies';
const TAWK = 'https://help.tawk.to/article/what-cookies-does-tawkto-use';
const LIVECHAT = 'https://www.livechat.com/help/cookies-and-gdpr/';
const CRISP = 'https://help.crisp.chat/en/article/crisp-chatbox-cookie-and-ip-policy-1147xor/';

export const SUPPORT: VendorFact[] = [
  {
    id: 'hubspot',
    name: 'HubSpot',
    category: 'marketing',
    tracker: true,
    aliases: ['HubSpot', 'Hubspot', 'ХабСпот'],
    hosts: [
      { host: 'hubspot.com', source: HUBSPOT },
      { host: 'js.hs-scripts.com', source: HUBSPOT },
      { host: 'hs-scripts.com', source: HUBSPOT },
      { host: 'hs-analytics.net', source: HUBSPOT },
      { host: 'hs-banner.com', category: 'necessary', tracker: false, source: HUBSPOT },
      { host: 'hsforms.com', category: 'functional', tracker: false, source: HUBSPOT },
      { host: 'hscollectedforms.net', source: HUBSPOT },
      { host: 'hsadspixel.net', source: HUBSPOT },
      { host: 'usemessages.com', category: 'functional', tracker: false, source: HUBSPOT },
    ],
    cookies: [
      { name: '__hstc', category: 'analytics', lifetime: 13 * MONTH, source: HUBSPOT },
      { name: 'hubspotutk', category: 'analytics', lifetime: 13 * MONTH, source: HUBSPOT },
      { name: '__hssc', category: 'analytics', lifetime: 30 * MINUTE, source: HUBSPOT },
      { name: '__hssrc', category: 'analytics', lifetime: null, source: HUBSPOT },
      { name: '__hs_opt_out', category: 'necessary', lifetime: 13 * MONTH, tracker: false, source: HUBSPOT },
      { name: '__hs_do_not_track', category: 'necessary', lifetime: 13 * MONTH, tracker: false, source: HUBSPOT },
      { name: '__hs_initial_opt_in', category: 'necessary', lifetime: 7 * DAY, tracker: false, source: HUBSPOT },
      { name: '__hs_cookie_cat_pref', category: 'necessary', lifetime: 13 * MONTH, tracker: false, source: HUBSPOT },
      { name: 'messagesUtk', category: 'functional', lifetime: 13 * MONTH, tracker: false, source: HUBSPOT },
    ],
    source: HUBSPOT,
  },
  {
    id: 'intercom',
    name: 'Intercom',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Intercom', 'Интерком'],
    hosts: [
      { host: 'intercom.io', source: INTERCOM },
      { host: 'widget.intercom.io', source: INTERCOM },
      { host: 'api-iam.intercom.io', source: INTERCOM },
      { host: 'intercomcdn.com', source: INTERCOM },
      { host: 'js.intercomcdn.com', source: INTERCOM },
    ],
    cookies: [
      { name: 'intercom-id-*', category: 'functional', lifetime: 9 * MONTH, source: INTERCOM },
      { name: 'intercom-session-*', category: 'functional', lifetime: 7 * DAY, source: INTERCOM },
      { name: 'intercom-device-id-*', category: 'functional', lifetime: 9 * MONTH, source: INTERCOM },
      { name: 'intercom-state', category: 'functional', storage: 'localStorage', source: INTERCOM },
    ],
    source: INTERCOM,
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Zendesk', 'Зендеск', 'Zopim'],
    hosts: [
      { host: 'zendesk.com', source: ZENDESK },
      { host: 'static.zdassets.com', source: ZENDESK },
      { host: 'zdassets.com', source: ZENDESK },
      { host: 'ekr.zdassets.com', source: ZENDESK },
      { host: 'zopim.com', source: ZENDESK },
    ],
    cookies: [
      { name: '__zlcmid', category: 'functional', lifetime: YEAR, source: ZENDESK },
      { name: '__zlcstore', category: 'functional', storage: 'localStorage', source: ZENDESK },
      { name: 'ZD-suid', category: 'functional', storage: 'localStorage', source: ZENDESK },
      { name: 'ZD-buid', category: 'functional', storage: 'localStorage', source: ZENDESK },
      { name: 'ZD-store', category: 'functional', storage: 'localStorage', source: ZENDESK },
      { name: '__zlcprivacy', category: 'necessary', lifetime: YEAR, source: ZENDESK },
    ],
    source: ZENDESK,
  },
  {
    id: 'drift',
    name: 'Drift',
    category: 'marketing',
    tracker: true,
    kind: 'widget',
    aliases: ['Drift', 'Salesloft Drift'],
    hosts: [{ host: 'js.driftt.com', source: DRIFT }, { host: 'driftt.com', source: DRIFT }, { host: 'drift.com', source: DRIFT }],
    cookies: [
      { name: 'driftt_aid', category: 'marketing', lifetime: 2 * YEAR, source: DRIFT },
      { name: 'driftt_sid', category: 'functional', lifetime: 30 * MINUTE, source: DRIFT },
      { name: 'drift_aid', category: 'marketing', lifetime: 2 * YEAR, source: DRIFT },
      { name: 'drift_campaign_refresh', category: 'marketing', lifetime: 30 * MINUTE, source: DRIFT },
    ],
    source: DRIFT,
  },
  {
    id: 'tawk-to',
    name: 'tawk.to',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['tawk.to', 'Tawk.to', 'Tawk'],
    hosts: [{ host: 'embed.tawk.to', source: TAWK }, { host: 'tawk.to', source: TAWK }, { host: 'va.tawk.to', source: TAWK }],
    cookies: [
      { name: 'TawkConnectionTime', category: 'functional', lifetime: null, source: TAWK },
      { name: 'twk_uuid_*', category: 'functional', lifetime: 6 * MONTH, source: TAWK },
      { name: 'twk_idm_key', category: 'functional', lifetime: null, source: TAWK },
      { name: '__tawkuuid', category: 'functional', lifetime: 6 * MONTH, source: TAWK },
    ],
    source: TAWK,
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['LiveChat', 'LiveChat Inc'],
    hosts: [{ host: 'livechatinc.com', source: LIVECHAT }, { host: 'cdn.livechatinc.com', source: LIVECHAT }, { host: 'secure.livechatinc.com', source: LIVECHAT }],
    cookies: [
      { name: '__lc_cid', category: 'functional', lifetime: 2 * YEAR, source: LIVECHAT },
      { name: '__lc_cst', category: 'functional', lifetime: 2 * YEAR, source: LIVECHAT },
      { name: '__livechat', category: 'functional', lifetime: 3 * YEAR, source: LIVECHAT },
      { name: '__lc2_cid', category: 'functional', lifetime: 2 * YEAR, source: LIVECHAT },
      { name: '__lc2_cst', category: 'functional', lifetime: 2 * YEAR, source: LIVECHAT },
    ],
    source: LIVECHAT,
  },
  {
    id: 'crisp',
    name: 'Crisp',
    category: 'functional',
    tracker: false,
    kind: 'widget',
    aliases: ['Crisp Chat', 'Crisp.chat', { text: 'Crisp', caseSensitive: true }],
    hosts: [{ host: 'client.crisp.chat', source: CRISP }, { host: 'crisp.chat', source: CRISP }, { host: 'client.relay.crisp.chat', source: CRISP }],
    cookies: [{ name: 'crisp-client/session/*', category: 'functional', lifetime: 6 * MONTH, source: CRISP }],
    source: CRISP,
  },
];
