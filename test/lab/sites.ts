// The lab's site catalog: what each site is for and what an audit of it should find. Tests and
// the demo read this list; the server side of each site lives in ./sites/. Expected finding codes
// are the DESIGN.md vocabulary; cookie and tracker names are what a pre-consent visit shows.

export interface LabSite {
  id: string;
  host: string;
  path: string;
  title: string;
  description: string;
  /** Consent manager on the page (e.g. "vanilla-cookieconsent", "tcf"), null when none. */
  cmp: string | null;
  /** Whether trackers wait for the visitor's choice; null when the site asks for none. */
  honoursConsent: boolean | null;
  /** Path of the policy page linked from the footer, null when the site links none. */
  policyPath: string | null;
  expects: { cookies?: string[]; trackers?: string[]; findings?: string[] };
}

export type ConsentCmp = 'vanilla-cookieconsent' | 'klaro' | 'osano-cookieconsent' | 'tcf' | 'home-ru' | 'home-uk';

const CMPS: { cmp: ConsentCmp; prefix: string; name: string }[] = [
  { cmp: 'vanilla-cookieconsent', prefix: 'cc', name: 'vanilla-cookieconsent' },
  { cmp: 'klaro', prefix: 'klaro', name: 'Klaro' },
  { cmp: 'osano-cookieconsent', prefix: 'osano', name: 'Osano cookieconsent' },
  { cmp: 'tcf', prefix: 'tcf', name: 'a TCF v2 CMP (@iabtcf/cmpapi)' },
  { cmp: 'home-ru', prefix: 'ru-banner', name: 'a home-made Russian banner' },
  { cmp: 'home-uk', prefix: 'uk-banner', name: 'a home-made Ukrainian banner' },
];

/** Two sites per consent manager (issue 5): one honours the choice, one ignores it. */
export function consentSites(): (LabSite & { cmp: ConsentCmp })[] {
  return CMPS.flatMap(({ cmp, prefix, name }) =>
    [true, false].map((honours) => {
      const id = `${prefix}-${honours ? 'honours' : 'violates'}`;
      return {
        id,
        host: `www.${id}.test`,
        path: '/',
        title: `${name} ${honours ? 'honours' : 'violates'}`,
        description: honours
          ? `Banner by ${name}; GA4 and Yandex Metrika emulations and posthog-js load only after "accept".`
          : `Banner by ${name}; GA4 and Yandex Metrika emulations and posthog-js load before any choice and after "reject".`,
        cmp,
        honoursConsent: honours,
        policyPath: '/privacy',
        expects: honours
          ? { cookies: [], trackers: [], findings: ['declared-not-observed'] }
          : {
              cookies: ['_ga', '_ga_*', '_ym_uid', '_ym_d', 'ph_*_posthog'],
              trackers: ['region1.google-analytics.com', 'mc.yandex.ru', 'us.i.posthog.com'],
              findings: ['pre-consent-cookie', 'pre-consent-tracker', 'after-reject-tracker'],
            },
      };
    }),
  );
}


// Issue-6 finding sites (server side: ./sites/findings.ts). Seed sites need the shared folder.
const YM_COOKIES = ['_ym_uid', '_ym_d', '_ym_isad', '_ym_visorc', 'yandexuid'];
const GA_COOKIES = ['_ga', '_ga_*'];

function findingSite(id: string, title: string, description: string, policyPath: string | null, cookies: string[], trackers: string[], findings: string[]): LabSite {
  return { id, host: `www.${id}.test`, path: '/', title, description, cmp: null, honoursConsent: null, policyPath, expects: { cookies, trackers, findings } };
}

export const FINDING_SITES: LabSite[] = [
  findingSite('seed003', 'Seed 003 policy (Ukrainian cookie table)', 'Policy = seed 003 (declares _ga for 2 years); the site sets _ga by script asking 4 years, and _gid.', '/privacy', ['_ga', '_gid'], [], ['retention-exceeds']),
  findingSite('seed002', 'Seed 002 policy ("session cookies")', 'Policy = seed 002 (names Metrika, GA, CoMagic, Roistat; only session cookies); the site sets those vendors\' persistent cookies (emulations).', '/privacy', [...YM_COOKIES, ...GA_COOKIES, 'roistat_visit', 'roistat_first_visit', '_comagic_id*', '_cmg_csst*'], ['mc.yandex.ru', 'region1.google-analytics.com', 'cloud.roistat.com', 'tracker.comagic.ru'], ['session-mismatch', 'pre-consent-cookie']),
  findingSite('seed004', 'Seed 004 policy (declares nothing)', 'Policy = seed 004 (no cookie, vendor or category); Yandex Metrika cookies before consent.', '/privacy', YM_COOKIES, ['mc.yandex.ru'], ['undeclared-cookie', 'undeclared-vendor', 'pre-consent-cookie']),
  findingSite('seed001', 'Seed 001 policy (categories only)', 'Policy = seed 001 (categories, no names: it declares something, so no policy-without-cookie-list); Yandex Metrika emulation.', '/privacy', YM_COOKIES, ['mc.yandex.ru'], ['undeclared-cookie']),
  findingSite('seed000', 'Seed 000 policy (names Metrika, GA, Jivo)', 'Policy = seed 000; the site loads the Yandex Metrika, GA4 and Jivo emulations.', '/privacy', [...YM_COOKIES, ...GA_COOKIES, 'jv_enter_ts_*', 'jv_visits_count_*'], ['mc.yandex.ru', 'region1.google-analytics.com', 'code.jivo.ru'], ['pre-consent-cookie', 'pre-consent-tracker']),
  findingSite('no-policy', 'No policy link', 'Footer links only "Contacts"; Yandex Metrika and GA4 emulations.', null, [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['no-policy']),
  findingSite('table-policy', 'English HTML table policy', 'Table declares _ga "Strictly necessary" and newsletter_popup (never set); mixpanel-browser loads but is never named.', '/privacy', [...GA_COOKIES, 'mp_*_mixpanel'], ['region1.google-analytics.com', 'api-js.mixpanel.com'], ['purpose-mismatch', 'declared-not-observed', 'undeclared-vendor']),
  findingSite('cp1251-policy', 'Russian table in windows-1251', 'Policy bytes in windows-1251, charset named only in the Content-Type header; VK pixel and Top.Mail.Ru (emulations) are not in the table.', '/privacy', [...YM_COOKIES, 'tmr_lvid', 'tmr_lvidTS', 'remixstlid', 'VID'], ['mc.yandex.ru', 'vk.com', 'top-fwz1.mail.ru'], ['pre-consent-cookie', 'undeclared-vendor', 'declared-not-observed']),
  findingSite('koi8-policy', 'Russian table in KOI8-R', 'Policy bytes in KOI8-R, charset named only in <meta>; GA4 is not declared.', '/privacy', [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['undeclared-vendor', 'declared-not-observed']),
  findingSite('uk-table', 'Ukrainian HTML table', 'Ukrainian cookie table (_ga 2 роки, _ym_uid 1 рік, csrftoken never set).', '/privacy', [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['declared-not-observed']),
  findingSite('kz-table', 'Kazakh-Russian HTML table', 'Bilingual Kazakh/Russian headings and cells; Yandex Metrika emulation.', '/privacy', YM_COOKIES, ['mc.yandex.ru'], ['pre-consent-cookie']),
  findingSite('de-table', 'German HTML table', 'German Datenschutzerklärung at /datenschutz; GA4 emulation; cookie_consent never set.', '/datenschutz', GA_COOKIES, ['region1.google-analytics.com'], ['declared-not-observed']),
  findingSite('policy-hop', 'Policy pointing to a cookie policy', '/privacy has no table but links /cookie-policy (one hop), which has it.', '/privacy', [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['pre-consent-cookie']),
  // Issue 10: the consent manager's declaration as page data, cookies named in prose, a denied vendor.
  findingSite('cookiebot-data', 'Cookiebot declaration in page data', 'Emulated Cookiebot loader (no banner) fills CookieConsentDialog.cookieTable* (Russian); the policy text names no cookie; _ym_uid is declared for 1 day, Metrika asks 1 year.', '/privacy', [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['retention-exceeds', 'pre-consent-cookie']),
  findingSite('onetrust-data', 'OneTrust declaration in page data', 'Emulated OneTrust stub (no banner) exposes GetDomainData() (English); the policy text names no cookie; _ga is declared for 30 days, GA4 asks 2 years.', '/privacy', GA_COOKIES, ['region1.google-analytics.com'], ['retention-exceeds', 'pre-consent-cookie']),
  findingSite('prose-policy', 'Cookies named only in prose', 'Russian policy names cookie_consent, cart and `sid` in sentences, with their lifetimes; the site sets exactly those.', '/privacy', ['cookie_consent', 'cart', 'sid'], [], []),
  findingSite('denied-vendor', 'Policy denies Google Analytics', 'Russian policy: "Мы не используем Google Analytics"; the site loads the GA4 emulation beside Yandex Metrika.', '/privacy', [...YM_COOKIES, ...GA_COOKIES], ['mc.yandex.ru', 'region1.google-analytics.com'], ['denied-vendor-observed', 'pre-consent-cookie']),
  findingSite('policy-404', 'Policy link answers 404', 'Footer "Privacy policy" -> /privacy, which is 404.', '/privacy', YM_COOKIES, ['mc.yandex.ru'], ['no-policy']),
];

// Issue-12 sites (server side: ./sites/detect.ts): hidden tracking made on purpose, with controls.
function detectSite(id: string, title: string, description: string, trackers: string[], findings: string[], cmp: string | null = null): LabSite {
  return { id, host: `www.${id}.test`, path: '/', title, description, cmp, honoursConsent: cmp === null ? null : false, policyPath: '/privacy', expects: { cookies: [], trackers, findings } };
}

export const DETECT_SITES: LabSite[] = [
  detectSite('lab-proxy', 'GA4 and Metrika through the site\'s own hosts', 'A GA4 hit to /metrics/g/collect and a Metrika hit to stats.lab-proxy.test/watch/…; the control is api.lab-proxy.test/analytics/event (no known shape).', ['www.lab-proxy.test', 'stats.lab-proxy.test'], ['first-party-tracker-proxy', 'pre-consent-tracker']),
  detectSite('lab-sync', 'Cookie syncing', 'The lab_vid cookie goes to sync.adpartner-lab.test in a pixel URL, the lab_token storage value base64-encoded in a JSON POST to match.databroker-lab.test; the control sends a random id nothing stores to cdn.widgets-lab.test.', [], ['id-sharing']),
  detectSite('lab-consent-mode', 'Consent Mode granted before a choice', 'A GA4 hit with gcs=G111 and gcd all granted to region1.google-analytics.com before any choice; the control, gcs=G100 with gcd all denied, to www.google-analytics.com.', ['region1.google-analytics.com', 'www.google-analytics.com'], ['consent-signal-mismatch']),
  detectSite('lab-fingerprint', 'Canvas, WebGL, audio and font fingerprinting', 'fp-probe.js: canvas text in two colours read back, WebGL unmasked renderer, OfflineAudioContext, measureText in 60 fonts; the control, chart.js, draws a chart on a canvas and never reads it (also at /chart alone, for the overhead bench).', [], ['fingerprinting']),
  detectSite('lab-replay', 'Session recording', 'posthog-js with session recording on (remote config), a recorder built on the real rrweb package posting batches to rec.replay-lab.test; the control posts plain event analytics to batch.analytics-lab.test.', [], ['session-replay']),
  detectSite('lab-recorder', 'Session recording of no known vendor or format', 'generic-recorder.js (the site\'s own) observes every DOM change, mouse movement, scroll and keystroke and posts them as JSON batches every 600 ms to collect.recorder-lab.test; the controls: a lazy image loader with a scroll listener and one small ping to ping.lazy-lab.test, and a form that saves its draft once to api.lab-recorder.test.', [], ['session-replay']),
  // Its banner must be rejected to show anything: the e2e test presses it (CLI and extension).
  detectSite('lab-consent-lie', 'Consent cookie rewritten after a reject', 'vanilla-cookieconsent; after "Reject all" a site script rewrites cc_cookie to accept analytics and sends a GA4 hit with gcs=G111.', [], [], 'vanilla-cookieconsent'),
];

// Global Privacy Control (server side: ./sites/detect.ts): GA4 with its _ga cookie, on one site only
// when the browser does not send GPC, on the other always. detect.test.ts audits each plainly and
// with GPC and compares (npm run audit -- --compare-gpc).
export const GPC_SITES: LabSite[] = [
  { ...detectSite('lab-gpc-honours', 'Honours Global Privacy Control', 'gpc-aware.js loads GA4 (the _ga cookie, a hit to region1.google-analytics.com) only when navigator.globalPrivacyControl is not true.', ['region1.google-analytics.com'], ['pre-consent-cookie', 'pre-consent-tracker']), expects: { cookies: ['_ga'], trackers: ['region1.google-analytics.com'], findings: ['pre-consent-cookie', 'pre-consent-tracker'] } },
  { ...detectSite('lab-gpc-ignores', 'Ignores Global Privacy Control', 'gpc-blind.js loads GA4 (the _ga cookie, a hit to region1.google-analytics.com) whatever the browser sends.', ['region1.google-analytics.com'], ['pre-consent-cookie', 'pre-consent-tracker']), expects: { cookies: ['_ga'], trackers: ['region1.google-analytics.com'], findings: ['pre-consent-cookie', 'pre-consent-tracker'] } },
];

export const LAB_SITES: LabSite[] = [
  {
    id: 'shop',
    host: 'www.lab-shop.test',
    path: '/',
    title: 'Lab Shop',
    description:
      'First-party cookies by HTTP (sid, lang) and script (cart_id asks 3 years), local/session storage from /js/app.js, ' +
      'a third-party iframe (widgets.lab-social.test, social_uid), a Top.Mail.Ru image, posthog-js, mixpanel-browser and ' +
      'the Yandex Metrika emulation, all before consent; English policy table at /privacy.',
    cmp: null,
    honoursConsent: null,
    policyPath: '/privacy',
    expects: {
      cookies: ['sid', 'lang', 'cart_id', '_ym_uid', '_ym_d', '_ym_isad', 'yandexuid', 'VID', 'social_uid', 'mp_*_mixpanel', 'ph_*_posthog'],
      trackers: ['mc.yandex.ru', 'top-fwz1.mail.ru', 'us.i.posthog.com', 'api-js.mixpanel.com'],
      findings: ['pre-consent-cookie', 'pre-consent-tracker', 'retention-exceeds', 'undeclared-vendor', 'undeclared-cookie'],
    },
  },
  {
    id: 'analytics',
    host: 'www.lab-analytics.test',
    path: '/',
    title: 'Lab Analytics',
    description:
      'Real Amplitude, Segment, Snowplow and FingerprintJS SDKs and the Matomo wrapper (matomo.js emulated), all before consent; ' +
      'the cookie policy at /cookies names Amplitude and Segment only.',
    cmp: null,
    honoursConsent: null,
    policyPath: '/cookies',
    expects: {
      cookies: ['AMP_*', 'ajs_anonymous_id', '_sp_id.*', '_sp_ses.*', 'sp', '_pk_id.*', '_pk_ses.*'],
      trackers: ['api2.amplitude.com', 'api.segment.io', 'com-labshop.collector.snplow.net', 'labshop.matomo.cloud'],
      findings: ['pre-consent-cookie', 'pre-consent-tracker', 'undeclared-vendor', 'pre-consent-storage'],
    },
  },
  ...consentSites(),
  ...FINDING_SITES,
  ...DETECT_SITES,
  ...GPC_SITES,
];
