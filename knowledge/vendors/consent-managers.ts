// Consent managers. The cookie that stores the visitor's choice is strictly necessary: without it
// the banner could not remember a refusal. The managers' hosts serve the banner, not tracking.
import type { VendorFact } from '../schema';
import { DAY, MONTH, YEAR } from '../units';

const COOKIEBOT = 'https://www.cookiebot.com/en/cookie-declaration/';
const ONETRUST = 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0';
const TCF = 'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework/blob/master/TCFv2/IAB%20Tech%20Lab%20-%20Consent%20string%20and%20vendor%20list%20formats%20v2.md';
const GOOGLE_AC = 'https://support.google.com/admanager/answer/9681920';
const VANILLA = 'https://cookieconsent.orestbida.com/reference/configuration-reference.html#cookie';
const KLARO = 'https://klaro.org/docs/integration/annotated-configuration';
const OSANO_CC = 'https://github.com/osano/cookieconsent';
const OSANO = 'https://docs.osano.com/hc/en-us/articles/22362316016020';
const DIDOMI = 'https://support.didomi.io/what-cookies-does-the-didomi-cmp-set';
const USERCENTRICS = 'https://usercentrics.com/knowledge-hub/usercentrics-cookies/';
const COMPLIANZ = 'https://complianz.io/cookies-used-by-complianz/';
const COOKIEYES = 'https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/';
const BORLABS = 'https://borlabs.io/kb/which-cookies-does-borlabs-cookie-set/';
const IUBENDA = 'https://www.iubenda.com/en/help/5525-cookies-used-by-iubenda';
const CONSENTMANAGER = 'https://help.consentmanager.net/books/cmp/page/which-cookies-does-the-cmp-set';
const TRUSTARC = 'https://trustarc.com/cookie-policy/';
const COOKIESCRIPT = 'https://cookie-script.com/documentation/cookies-set-by-cookie-script';
const COOKIEHUB = 'https://support.cookiehub.com/article/87-cookies-set-by-cookiehub';
const CLI = 'https://www.cookieyes.com/documentation/gdpr-cookie-consent-plugin-cookies/';

export const CONSENT_MANAGERS: VendorFact[] = [
  {
    id: 'cookiebot',
    name: 'Cookiebot',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Cookiebot', 'Usercentrics Cookiebot'],
    hosts: [{ host: 'consent.cookiebot.com', source: COOKIEBOT }, { host: 'consentcdn.cookiebot.com', source: COOKIEBOT }, { host: 'cookiebot.com', source: COOKIEBOT }],
    cookies: [
      { name: 'CookieConsent', category: 'necessary', lifetime: YEAR, source: COOKIEBOT },
      { name: 'CookieConsentBulkSetting-*', category: 'necessary', lifetime: YEAR, source: COOKIEBOT },
      { name: 'CookieConsentBulkTicket', category: 'necessary', lifetime: YEAR, source: COOKIEBOT },
    ],
    source: COOKIEBOT,
  },
  {
    id: 'onetrust',
    name: 'OneTrust',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['OneTrust', 'Cookie Pro', 'CookiePro'],
    hosts: [{ host: 'cdn.cookielaw.org', source: ONETRUST }, { host: 'cookielaw.org', source: ONETRUST }, { host: 'geolocation.onetrust.com', source: ONETRUST }, { host: 'onetrust.com', source: ONETRUST }, { host: 'cookiepro.com', source: ONETRUST }],
    cookies: [
      { name: 'OptanonConsent', category: 'necessary', lifetime: YEAR, source: ONETRUST },
      { name: 'OptanonAlertBoxClosed', category: 'necessary', lifetime: YEAR, source: ONETRUST },
      { name: 'eupubconsent-v2', category: 'necessary', lifetime: YEAR, source: ONETRUST },
    ],
    source: ONETRUST,
  },
  {
    id: 'iab-tcf',
    name: 'IAB TCF consent string',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Transparency and Consent Framework', 'IAB TCF', 'TCF v2.2', 'TCF 2.2', 'IAB Europe TCF'],
    hosts: [{ host: 'consensu.org', source: TCF }],
    cookies: [
      { name: 'euconsent-v2', category: 'necessary', lifetime: 13 * MONTH, source: TCF },
      { name: 'euconsent', category: 'necessary', lifetime: 13 * MONTH, retired: true, source: TCF },
      { name: 'addtl_consent', category: 'necessary', lifetime: 13 * MONTH, source: GOOGLE_AC },
    ],
    source: TCF,
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'CookieConsent (orestbida)',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['vanilla-cookieconsent', 'orestbida cookieconsent'],
    hosts: [],
    cookies: [{ name: 'cc_cookie', category: 'necessary', lifetime: 182 * DAY, source: VANILLA }],
    source: VANILLA,
  },
  {
    id: 'klaro',
    name: 'Klaro',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Klaro!', { text: 'Klaro', caseSensitive: true }, 'KIProtect Klaro'],
    hosts: [{ host: 'cdn.kiprotect.com', source: KLARO }],
    cookies: [{ name: 'klaro', category: 'necessary', lifetime: 120 * DAY, source: KLARO }],
    source: KLARO,
  },
  {
    id: 'osano-cookieconsent',
    name: 'Osano Cookie Consent',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Osano', 'Osano Cookie Consent', 'Cookie Consent by Osano'],
    hosts: [{ host: 'cmp.osano.com', source: OSANO }, { host: 'osano.com', source: OSANO }],
    cookies: [
      { name: 'cookieconsent_status', category: 'necessary', lifetime: YEAR, source: OSANO_CC },
      { name: 'osano_consentmanager', category: 'necessary', lifetime: YEAR, source: OSANO },
      { name: 'osano_consentmanager_uuid', category: 'necessary', lifetime: YEAR, source: OSANO },
    ],
    source: OSANO_CC,
  },
  {
    id: 'didomi',
    name: 'Didomi',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Didomi'],
    hosts: [{ host: 'sdk.privacy-center.org', source: DIDOMI }, { host: 'api.privacy-center.org', source: DIDOMI }, { host: 'privacy-center.org', source: DIDOMI }],
    cookies: [
      { name: 'didomi_token', category: 'necessary', lifetime: YEAR, source: DIDOMI },
      { name: 'didomi_dcs', category: 'necessary', lifetime: YEAR, source: DIDOMI },
      { name: 'didomi_token', category: 'necessary', storage: 'localStorage', source: DIDOMI },
    ],
    source: DIDOMI,
  },
  {
    id: 'usercentrics',
    name: 'Usercentrics',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Usercentrics'],
    hosts: [{ host: 'app.usercentrics.eu', source: USERCENTRICS }, { host: 'usercentrics.eu', source: USERCENTRICS }, { host: 'web.cmp.usercentrics.eu', source: USERCENTRICS }],
    cookies: [
      { name: 'uc_settings', category: 'necessary', storage: 'localStorage', source: USERCENTRICS },
      { name: 'uc_settings', category: 'necessary', lifetime: YEAR, source: USERCENTRICS },
      { name: 'uc_user_interaction', category: 'necessary', lifetime: YEAR, source: USERCENTRICS },
      { name: 'uc_user_interaction', category: 'necessary', storage: 'localStorage', source: USERCENTRICS },
      { name: 'uc_gcm', category: 'necessary', storage: 'localStorage', source: USERCENTRICS },
      { name: 'ucData', category: 'necessary', storage: 'localStorage', source: USERCENTRICS },
      { name: 'uc_*', category: 'necessary', source: USERCENTRICS },
    ],
    source: USERCENTRICS,
  },
  {
    id: 'complianz',
    name: 'Complianz',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Complianz'],
    hosts: [],
    cookies: [
      { name: 'cmplz_banner-status', category: 'necessary', lifetime: YEAR, source: COMPLIANZ },
      { name: 'cmplz_consented_services', category: 'necessary', lifetime: YEAR, source: COMPLIANZ },
      { name: 'cmplz_policy_id', category: 'necessary', lifetime: YEAR, source: COMPLIANZ },
      { name: 'cmplz_*', category: 'necessary', lifetime: YEAR, source: COMPLIANZ },
    ],
    source: COMPLIANZ,
  },
  {
    id: 'cookieyes',
    name: 'CookieYes',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['CookieYes', 'Cookie Yes'],
    hosts: [{ host: 'cdn-cookieyes.com', source: COOKIEYES }, { host: 'log.cookieyes.com', source: COOKIEYES }, { host: 'cookieyes.com', source: COOKIEYES }],
    cookies: [{ name: 'cookieyes-consent', category: 'necessary', lifetime: YEAR, source: COOKIEYES }],
    source: COOKIEYES,
  },
  {
    id: 'cookie-law-info',
    name: 'GDPR Cookie Consent (CookieLawInfo)',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['CookieLawInfo', 'GDPR Cookie Consent plugin'],
    hosts: [],
    cookies: [
      { name: 'cookielawinfo-checkbox-*', category: 'necessary', lifetime: YEAR, source: CLI },
      { name: 'viewed_cookie_policy', category: 'necessary', lifetime: YEAR, source: CLI },
      { name: 'CookieLawInfoConsent', category: 'necessary', lifetime: YEAR, source: CLI },
    ],
    source: CLI,
  },
  {
    id: 'borlabs-cookie',
    name: 'Borlabs Cookie',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Borlabs Cookie', 'Borlabs'],
    hosts: [],
    cookies: [{ name: 'borlabs-cookie', category: 'necessary', lifetime: YEAR, source: BORLABS }],
    source: BORLABS,
  },
  {
    id: 'iubenda',
    name: 'iubenda',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['iubenda', 'Iubenda'],
    hosts: [{ host: 'cdn.iubenda.com', source: IUBENDA }, { host: 'iubenda.com', source: IUBENDA }, { host: 'hits.iubenda.com', source: IUBENDA }],
    cookies: [
      { name: '_iub_cs-*', category: 'necessary', lifetime: YEAR, source: IUBENDA },
      { name: 'usprivacy', category: 'necessary', lifetime: YEAR, source: IUBENDA },
    ],
    source: IUBENDA,
  },
  {
    id: 'consentmanager',
    name: 'consentmanager.net',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['consentmanager.net', 'consentmanager'],
    hosts: [{ host: 'consentmanager.net', source: CONSENTMANAGER }, { host: 'cdn.consentmanager.net', source: CONSENTMANAGER }, { host: 'delivery.consentmanager.net', source: CONSENTMANAGER }],
    cookies: [
      { name: '__cmpconsent*', category: 'necessary', lifetime: YEAR, source: CONSENTMANAGER },
      { name: '__cmpcc*', category: 'necessary', lifetime: YEAR, source: CONSENTMANAGER },
      { name: '__cmpcvc*', category: 'necessary', lifetime: YEAR, source: CONSENTMANAGER },
      { name: '__cmpcpc*', category: 'necessary', lifetime: YEAR, source: CONSENTMANAGER },
    ],
    source: CONSENTMANAGER,
  },
  {
    id: 'trustarc',
    name: 'TrustArc',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['TrustArc', 'TRUSTe'],
    hosts: [{ host: 'consent.trustarc.com', source: TRUSTARC }, { host: 'trustarc.com', source: TRUSTARC }, { host: 'consent-pref.trustarc.com', source: TRUSTARC }],
    cookies: [
      { name: 'notice_preferences', category: 'necessary', lifetime: 13 * MONTH, source: TRUSTARC },
      { name: 'notice_gdpr_prefs', category: 'necessary', lifetime: 13 * MONTH, source: TRUSTARC },
      { name: 'notice_behavior', category: 'necessary', lifetime: null, source: TRUSTARC },
      { name: 'cmapi_cookie_privacy', category: 'necessary', lifetime: 13 * MONTH, source: TRUSTARC },
      { name: 'cmapi_gtm_bl', category: 'necessary', lifetime: 13 * MONTH, source: TRUSTARC },
      { name: 'TAconsentID', category: 'necessary', lifetime: 13 * MONTH, source: TRUSTARC },
    ],
    source: TRUSTARC,
  },
  {
    id: 'cookie-script',
    name: 'Cookie-Script',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['Cookie-Script', 'CookieScript'],
    hosts: [{ host: 'cdn.cookie-script.com', source: COOKIESCRIPT }, { host: 'cookie-script.com', source: COOKIESCRIPT }],
    cookies: [
      { name: 'CookieScriptConsent', category: 'necessary', lifetime: MONTH, source: COOKIESCRIPT },
    ],
    source: COOKIESCRIPT,
  },
  {
    id: 'cookiehub',
    name: 'CookieHub',
    category: 'necessary',
    tracker: false,
    kind: 'consent-manager',
    aliases: ['CookieHub'],
    hosts: [{ host: 'cookiehub.net', source: COOKIEHUB }, { host: 'cdn.cookiehub.eu', source: COOKIEHUB }],
    cookies: [{ name: 'cookiehub', category: 'necessary', lifetime: YEAR, source: COOKIEHUB }],
    source: COOKIEHUB,
  },
];
