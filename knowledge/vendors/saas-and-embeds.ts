// Session replay and monitoring SaaS, embeds and marketing automation that real policies name
// (the shared policy corpus lists them among the services a site uses): LogRocket, Datadog RUM,
// Quora Pixel, Instagram and Vimeo embeds, Adobe Fonts, Salesforce Account Engagement (Pardot)
// and the Termly consent manager.
import type { VendorFact } from '../schema';
import { YEAR } from '../units';

const LOGROCKET = 'https://docs.logrocket.com/docs/troubleshooting-sessions';
const DATADOG = 'https://docs.datadoghq.com/real_user_monitoring/browser/';
const QUORA = 'https://www.quora.com/business/pixel';
const INSTAGRAM = 'https://privacycenter.instagram.com/policies/cookies/';
const VIMEO = 'https://vimeo.com/cookie_policy';
const ADOBE_FONTS = 'https://helpx.adobe.com/fonts/using/privacy.html';
const PARDOT = 'https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm&type=5';
const TERMLY = 'https://termly.io/products/cookie-consent-manager/';

export const SAAS_AND_EMBEDS: VendorFact[] = [
  {
    id: 'logrocket',
    name: 'LogRocket',
    category: 'analytics',
    tracker: true,
    aliases: ['LogRocket', 'Log Rocket'],
    hosts: [
      { host: 'logrocket.io', source: LOGROCKET },
      { host: 'lr-ingest.io', source: LOGROCKET },
      { host: 'lr-in.com', source: LOGROCKET },
      { host: 'lr-ingest.com', source: LOGROCKET },
    ],
    cookies: [],
    source: LOGROCKET,
  },
  {
    id: 'datadog-rum',
    name: 'Datadog RUM',
    category: 'analytics',
    tracker: false,
    aliases: ['Datadog', 'Datadog RUM', 'Datadog Real User Monitoring'],
    hosts: [
      { host: 'browser-intake-datadoghq.com', source: DATADOG },
      { host: 'browser-intake-datadoghq.eu', source: DATADOG },
      { host: 'datadoghq-browser-agent.com', source: DATADOG },
    ],
    cookies: [{ name: '_dd_s', category: 'analytics', source: DATADOG }],
    source: DATADOG,
  },
  {
    id: 'quora-pixel',
    name: 'Quora Pixel',
    category: 'marketing',
    tracker: true,
    aliases: ['Quora Pixel', 'Quora'],
    hosts: [{ host: 'a.quora.com', source: QUORA }, { host: 'q.quora.com', source: QUORA }],
    cookies: [],
    source: QUORA,
  },
  {
    id: 'instagram',
    name: 'Instagram',
    category: 'marketing',
    tracker: true,
    aliases: ['Instagram', 'Инстаграм', 'Інстаграм'],
    hosts: [{ host: 'instagram.com', source: INSTAGRAM }, { host: 'cdninstagram.com', source: INSTAGRAM }],
    cookies: [],
    source: INSTAGRAM,
    kind: 'widget',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    category: 'functional',
    tracker: false,
    aliases: ['Vimeo', 'Вимео', 'Вімео'],
    hosts: [{ host: 'player.vimeo.com', source: VIMEO }, { host: 'vimeo.com', source: VIMEO }, { host: 'vimeocdn.com', source: VIMEO }],
    cookies: [{ name: 'vuid', category: 'analytics', lifetime: 2 * YEAR, vendorHostsOnly: true, source: VIMEO }],
    source: VIMEO,
    kind: 'widget',
  },
  {
    id: 'adobe-fonts',
    name: 'Adobe Fonts',
    category: 'functional',
    tracker: false,
    aliases: ['Adobe Fonts', 'Typekit', { text: 'Adobe', caseSensitive: true }],
    hosts: [{ host: 'use.typekit.net', source: ADOBE_FONTS }, { host: 'p.typekit.net', source: ADOBE_FONTS }],
    cookies: [],
    source: ADOBE_FONTS,
    kind: 'infrastructure',
  },
  {
    id: 'salesforce-account-engagement',
    name: 'Salesforce Account Engagement',
    category: 'marketing',
    tracker: true,
    aliases: ['Salesforce Account Engagement', 'Account Engagement', 'Pardot', 'Salesforce Pardot', { text: 'Salesforce', caseSensitive: true }],
    hosts: [{ host: 'pardot.com', source: PARDOT }, { host: 'pi.pardot.com', source: PARDOT }],
    cookies: [
      { name: 'visitor_id*', category: 'marketing', source: PARDOT },
      { name: 'pi_opt_in*', category: 'necessary', tracker: false, source: PARDOT },
    ],
    source: PARDOT,
  },
  {
    id: 'termly',
    name: 'Termly',
    category: 'necessary',
    tracker: false,
    aliases: ['Termly'],
    hosts: [{ host: 'termly.io', source: TERMLY }, { host: 'app.termly.io', source: TERMLY }],
    cookies: [{ name: '__tlbcpv', category: 'necessary', lifetime: YEAR, source: TERMLY }],
    source: TERMLY,
    kind: 'consent-manager',
  },
];
