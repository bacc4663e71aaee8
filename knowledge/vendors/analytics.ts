// Product analytics, session replay and A/B testing SDKs. The lab serves the real npm SDKs of
// PostHog, Mixpanel, Amplitude, Segment, Snowplow and Matomo, so their names are checked against
// the SDK sources as well as the vendors' docs.
import type { VendorFact } from '../schema';
import { DAY, MINUTE, MONTH, YEAR } from '../units';

const CLARITY = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list';
const HOTJAR = 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code';
const POSTHOG = 'https://posthog.com/docs/libraries/js/persistence';
const POSTHOG_SRC = 'https://github.com/PostHog/posthog-js/blob/main/packages/browser/src/posthog-persistence.ts';
const MIXPANEL = 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript';
const MIXPANEL_SRC = 'https://github.com/mixpanel/mixpanel-js/blob/master/src/mixpanel-persistence.js';
const AMPLITUDE = 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2';
const SEGMENT = 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/';
const SNOWPLOW = 'https://docs.snowplow.io/docs/sources/trackers/web-trackers/cookies-and-local-storage/';
const MATOMO = 'https://matomo.org/faq/general/faq_146/';
const PLAUSIBLE = 'https://plausible.io/data-policy';
const ADOBE = 'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics';
const ADOBE_ECID = 'https://experienceleague.adobe.com/en/docs/id-service/using/intro/cookies';
const HEAP = 'https://help.heap.io/data-management/security-and-privacy/heap-cookies/';
const FULLSTORY = 'https://help.fullstory.com/hc/en-us/articles/360020829513';
const MOUSEFLOW = 'https://help.mouseflow.com/en/articles/4310818-mouseflow-cookies';
const SMARTLOOK = 'https://help.smartlook.com/docs/cookies';
const CRAZYEGG = 'https://support.crazyegg.com/hc/en-us/articles/360054584474';
const VWO = 'https://help.vwo.com/hc/en-us/articles/360034059413';
const OPTIMIZELY = 'https://docs.developers.optimizely.com/web-experimentation/docs/cookies-and-localstorage';
const FPJS = 'https://dev.fingerprint.com/docs/cookies';
const COMSCORE = 'https://www.scorecardresearch.com/privacy.aspx';
const CHARTBEAT = 'https://chartbeat.com/privacy/';
const NEWRELIC = 'https://docs.newrelic.com/docs/browser/new-relic-browser/page-load-timing-resources/new-relic-cookies-used-browser/';
const SENTRY = 'https://docs.sentry.io/platforms/javascript/data-management/';

export const ANALYTICS: VendorFact[] = [
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    category: 'analytics',
    tracker: true,
    aliases: ['Microsoft Clarity', 'MS Clarity', { text: 'Clarity', caseSensitive: true }],
    hosts: [{ host: 'clarity.ms', source: CLARITY }, { host: 'www.clarity.ms', source: CLARITY }, { host: 'c.clarity.ms', source: CLARITY }],
    cookies: [
      { name: '_clck', category: 'analytics', lifetime: YEAR, source: CLARITY },
      { name: '_clsk', category: 'analytics', lifetime: DAY, source: CLARITY },
      { name: 'CLID', category: 'analytics', lifetime: YEAR, vendorHostsOnly: true, source: CLARITY },
      { name: 'ANONCHK', category: 'marketing', lifetime: 10 * MINUTE, vendorHostsOnly: true, source: CLARITY },
      { name: 'MR', category: 'marketing', lifetime: 7 * DAY, vendorHostsOnly: true, source: CLARITY },
      { name: 'SM', category: 'analytics', lifetime: null, vendorHostsOnly: true, source: CLARITY },
    ],
    source: CLARITY,
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    category: 'analytics',
    tracker: true,
    aliases: ['Hotjar', 'Хотджар'],
    hosts: [{ host: 'hotjar.com', source: HOTJAR }, { host: 'static.hotjar.com', source: HOTJAR }, { host: 'script.hotjar.com', source: HOTJAR }, { host: 'hotjar.io', source: HOTJAR }],
    cookies: [
      { name: '_hjSessionUser_*', category: 'analytics', lifetime: YEAR, source: HOTJAR },
      { name: '_hjSession_*', category: 'analytics', lifetime: 30 * MINUTE, source: HOTJAR },
      { name: '_hjFirstSeen', category: 'analytics', lifetime: 30 * MINUTE, retired: true, source: HOTJAR },
      { name: '_hjAbsoluteSessionInProgress', category: 'analytics', lifetime: 30 * MINUTE, retired: true, source: HOTJAR },
      { name: '_hjIncludedInSessionSample_*', category: 'analytics', lifetime: 2 * MINUTE, retired: true, source: HOTJAR },
      { name: '_hjTLDTest', category: 'analytics', lifetime: null, source: HOTJAR },
      { name: '_hjLocalStorageTest', category: 'analytics', storage: 'localStorage', source: HOTJAR },
      { name: '_hjHasCachedUserAttributes', category: 'analytics', lifetime: null, source: HOTJAR },
      { name: '_hjUserAttributesHash', category: 'analytics', lifetime: null, source: HOTJAR },
      { name: '_hjCookieTest', category: 'analytics', lifetime: null, source: HOTJAR },
      { name: '_hj*', category: 'analytics', source: HOTJAR },
    ],
    source: HOTJAR,
  },
  {
    id: 'posthog',
    name: 'PostHog',
    category: 'analytics',
    tracker: true,
    aliases: ['PostHog', 'Posthog', 'ПостХог'],
    hosts: [
      { host: 'posthog.com', source: POSTHOG },
      { host: 'i.posthog.com', source: POSTHOG },
      { host: 'us.i.posthog.com', source: POSTHOG },
      { host: 'eu.i.posthog.com', source: POSTHOG },
      { host: 'us-assets.i.posthog.com', source: POSTHOG },
      { host: 'eu-assets.i.posthog.com', source: POSTHOG },
      { host: 'app.posthog.com', source: POSTHOG },
    ],
    cookies: [
      // The SDK names its store after the project token: ph_<token>_posthog (cookie and localStorage).
      { name: 'ph_*_posthog', category: 'analytics', lifetime: YEAR, source: POSTHOG_SRC },
      { name: 'ph_*_posthog', category: 'analytics', storage: 'localStorage', source: POSTHOG_SRC },
      { name: 'ph_*_window_id', category: 'analytics', storage: 'sessionStorage', source: POSTHOG_SRC },
      { name: 'ph_*_primary_window_exists', category: 'analytics', storage: 'sessionStorage', source: POSTHOG_SRC },
      { name: '__ph_opt_in_out_*', category: 'necessary', lifetime: YEAR, tracker: false, source: POSTHOG },
    ],
    source: POSTHOG,
  },
  {
    id: 'mixpanel',
    name: 'Mixpanel',
    category: 'analytics',
    tracker: true,
    aliases: ['Mixpanel', 'Миксапанель', 'Микспанель'],
    hosts: [
      { host: 'mixpanel.com', source: MIXPANEL },
      { host: 'api-js.mixpanel.com', source: MIXPANEL },
      { host: 'api.mixpanel.com', source: MIXPANEL },
      { host: 'api-eu.mixpanel.com', source: MIXPANEL },
      { host: 'cdn.mxpnl.com', source: MIXPANEL },
      { host: 'mxpnl.com', source: MIXPANEL },
    ],
    cookies: [
      { name: 'mp_*_mixpanel', category: 'analytics', lifetime: YEAR, source: MIXPANEL_SRC },
      { name: 'mp_*_mixpanel', category: 'analytics', storage: 'localStorage', source: MIXPANEL_SRC },
      { name: '__mp_opt_in_out_*', category: 'necessary', lifetime: YEAR, tracker: false, source: MIXPANEL },
      { name: 'mp_optout', category: 'necessary', lifetime: YEAR, tracker: false, source: MIXPANEL },
      { name: '__mpq_*', category: 'analytics', storage: 'localStorage', source: MIXPANEL_SRC },
    ],
    source: MIXPANEL,
  },
  {
    id: 'amplitude',
    name: 'Amplitude',
    category: 'analytics',
    tracker: true,
    aliases: [{ text: 'Amplitude', caseSensitive: true }, 'Амплитуд'],
    hosts: [
      { host: 'amplitude.com', source: AMPLITUDE },
      { host: 'cdn.amplitude.com', source: AMPLITUDE },
      { host: 'api2.amplitude.com', source: AMPLITUDE },
      { host: 'api.amplitude.com', source: AMPLITUDE },
      { host: 'api.eu.amplitude.com', source: AMPLITUDE },
      { host: 'sr-client-cfg.amplitude.com', source: AMPLITUDE },
    ],
    cookies: [
      // AMP_<first ten characters of the API key>; AMP_MKTG_<key> keeps campaign attribution.
      { name: 'AMP_MKTG_*', category: 'marketing', lifetime: YEAR, source: AMPLITUDE },
      { name: 'AMP_*', category: 'analytics', lifetime: YEAR, source: AMPLITUDE },
      { name: 'AMP_*', category: 'analytics', storage: 'localStorage', source: AMPLITUDE },
      { name: 'amplitude_id*', category: 'analytics', lifetime: 10 * YEAR, retired: true, source: AMPLITUDE },
      { name: 'amp_*', category: 'analytics', lifetime: YEAR, retired: true, source: AMPLITUDE },
    ],
    source: AMPLITUDE,
  },
  {
    id: 'segment',
    name: 'Segment',
    category: 'analytics',
    tracker: true,
    aliases: [{ text: 'Segment', caseSensitive: true }, 'Twilio Segment', 'Segment.io', 'Segment.com'],
    hosts: [
      { host: 'segment.com', source: SEGMENT },
      { host: 'cdn.segment.com', source: SEGMENT },
      { host: 'segment.io', source: SEGMENT },
      { host: 'api.segment.io', source: SEGMENT },
      { host: 'events.eu1.segmentapis.com', source: SEGMENT },
    ],
    cookies: [
      { name: 'ajs_anonymous_id', category: 'analytics', lifetime: YEAR, source: SEGMENT },
      { name: 'ajs_user_id', category: 'analytics', lifetime: YEAR, source: SEGMENT },
      { name: 'ajs_group_id', category: 'analytics', lifetime: YEAR, source: SEGMENT },
      { name: 'ajs_anonymous_id', category: 'analytics', storage: 'localStorage', source: SEGMENT },
      { name: 'ajs_user_id', category: 'analytics', storage: 'localStorage', source: SEGMENT },
      { name: 'ajs_user_traits', category: 'analytics', storage: 'localStorage', source: SEGMENT },
      { name: 'ajs_group_properties', category: 'analytics', storage: 'localStorage', source: SEGMENT },
      { name: 'ajs_*', category: 'analytics', source: SEGMENT },
    ],
    source: SEGMENT,
  },
  {
    id: 'snowplow',
    name: 'Snowplow',
    category: 'analytics',
    tracker: true,
    aliases: ['Snowplow', 'Сноуплау'],
    hosts: [{ host: 'snowplow.io', source: SNOWPLOW }, { host: 'snplow.net', source: SNOWPLOW }, { host: 'cdn.jsdelivr.net', path: '/npm/@snowplow/', source: SNOWPLOW }],
    cookies: [
      // _sp_id.<4-char hash of domain and app id>; the default cookie lifetime is two years.
      { name: '_sp_id.*', category: 'analytics', lifetime: 2 * YEAR, source: SNOWPLOW },
      { name: '_sp_ses.*', category: 'analytics', lifetime: 30 * MINUTE, source: SNOWPLOW },
      { name: 'sp', category: 'analytics', lifetime: YEAR, vendorHostsOnly: true, source: SNOWPLOW },
      { name: 'snowplowOutQueue_*', category: 'analytics', storage: 'localStorage', source: SNOWPLOW },
    ],
    source: SNOWPLOW,
  },
  {
    id: 'matomo',
    name: 'Matomo',
    category: 'analytics',
    tracker: true,
    aliases: ['Matomo', 'Piwik', 'Матомо', 'Пивик'],
    hosts: [{ host: 'matomo.cloud', source: MATOMO }, { host: 'cdn.matomo.cloud', source: MATOMO }, { host: 'innocraft.cloud', source: MATOMO }],
    cookies: [
      { name: '_pk_id.*', category: 'analytics', lifetime: 13 * MONTH, source: MATOMO },
      { name: '_pk_ses.*', category: 'analytics', lifetime: 30 * MINUTE, source: MATOMO },
      { name: '_pk_ref.*', category: 'analytics', lifetime: 6 * MONTH, source: MATOMO },
      { name: '_pk_cvar.*', category: 'analytics', lifetime: 30 * MINUTE, source: MATOMO },
      { name: '_pk_hsr.*', category: 'analytics', lifetime: 30 * MINUTE, source: MATOMO },
      { name: '_pk_testcookie*', category: 'analytics', lifetime: null, source: MATOMO },
      { name: '_pk_*', category: 'analytics', source: MATOMO },
      { name: 'mtm_consent', category: 'necessary', lifetime: 30 * YEAR, tracker: false, source: MATOMO },
      { name: 'mtm_consent_removed', category: 'necessary', lifetime: 30 * YEAR, tracker: false, source: MATOMO },
      { name: 'mtm_cookie_consent', category: 'necessary', lifetime: 30 * YEAR, tracker: false, source: MATOMO },
      { name: 'MATOMO_SESSID', category: 'necessary', lifetime: null, tracker: false, vendorHostsOnly: true, source: MATOMO },
    ],
    source: MATOMO,
  },
  {
    id: 'plausible',
    name: 'Plausible Analytics',
    category: 'analytics',
    tracker: true,
    aliases: ['Plausible Analytics', { text: 'Plausible', caseSensitive: true }],
    hosts: [{ host: 'plausible.io', source: PLAUSIBLE }],
    cookies: [{ name: 'plausible_ignore', category: 'necessary', tracker: false, storage: 'localStorage', source: PLAUSIBLE }],
    source: PLAUSIBLE,
  },
  {
    id: 'adobe-analytics',
    name: 'Adobe Analytics',
    category: 'analytics',
    tracker: true,
    aliases: ['Adobe Analytics', 'Adobe Experience Cloud', 'Omniture', 'SiteCatalyst', 'Adobe Audience Manager'],
    hosts: [
      { host: 'omtrdc.net', source: ADOBE },
      { host: '2o7.net', source: ADOBE },
      { host: 'demdex.net', category: 'marketing', source: ADOBE_ECID },
      { host: 'everesttech.net', category: 'marketing', source: ADOBE_ECID },
      { host: 'assets.adobedtm.com', source: ADOBE },
    ],
    cookies: [
      { name: 's_cc', category: 'analytics', lifetime: null, source: ADOBE },
      { name: 's_sq', category: 'analytics', lifetime: null, source: ADOBE },
      { name: 's_vi', category: 'analytics', lifetime: 2 * YEAR, source: ADOBE },
      { name: 's_fid', category: 'analytics', lifetime: 2 * YEAR, source: ADOBE },
      { name: 's_ecid', category: 'analytics', lifetime: 2 * YEAR, source: ADOBE_ECID },
      { name: 'AMCV_*', category: 'analytics', lifetime: 2 * YEAR, source: ADOBE_ECID },
      { name: 'AMCVS_*', category: 'analytics', lifetime: null, source: ADOBE_ECID },
      { name: 'demdex', category: 'marketing', lifetime: 180 * DAY, vendorHostsOnly: true, source: ADOBE_ECID },
      { name: 'dextp', category: 'marketing', lifetime: 180 * DAY, vendorHostsOnly: true, source: ADOBE_ECID },
      { name: 'dpm', category: 'marketing', lifetime: 180 * DAY, vendorHostsOnly: true, source: ADOBE_ECID },
    ],
    source: ADOBE,
  },
  {
    id: 'heap',
    name: 'Heap',
    category: 'analytics',
    tracker: true,
    aliases: ['Heap Analytics', { text: 'Heap', caseSensitive: true }],
    hosts: [{ host: 'heapanalytics.com', source: HEAP }, { host: 'cdn.heapanalytics.com', source: HEAP }, { host: 'heap-api.com', source: HEAP }],
    cookies: [
      { name: '_hp2_id.*', category: 'analytics', lifetime: 13 * MONTH, source: HEAP },
      { name: '_hp2_ses_props.*', category: 'analytics', lifetime: 30 * MINUTE, source: HEAP },
      { name: '_hp2_props.*', category: 'analytics', lifetime: 13 * MONTH, source: HEAP },
      { name: '_hp2_*', category: 'analytics', source: HEAP },
    ],
    source: HEAP,
  },
  {
    id: 'fullstory',
    name: 'FullStory',
    category: 'analytics',
    tracker: true,
    aliases: ['FullStory', 'Fullstory'],
    hosts: [{ host: 'fullstory.com', source: FULLSTORY }, { host: 'edge.fullstory.com', source: FULLSTORY }, { host: 'rs.fullstory.com', source: FULLSTORY }],
    cookies: [
      { name: 'fs_uid', category: 'analytics', lifetime: YEAR, source: FULLSTORY },
      { name: 'fs_lua', category: 'analytics', lifetime: 30 * MINUTE, source: FULLSTORY },
      { name: 'fs_cid', category: 'analytics', lifetime: YEAR, source: FULLSTORY },
    ],
    source: FULLSTORY,
  },
  {
    id: 'mouseflow',
    name: 'Mouseflow',
    category: 'analytics',
    tracker: true,
    aliases: ['Mouseflow'],
    hosts: [{ host: 'mouseflow.com', source: MOUSEFLOW }, { host: 'cdn.mouseflow.com', source: MOUSEFLOW }, { host: 'o2.mouseflow.com', source: MOUSEFLOW }],
    cookies: [
      { name: 'mf_user', category: 'analytics', lifetime: 90 * DAY, source: MOUSEFLOW },
      { name: 'mf_*', category: 'analytics', lifetime: null, source: MOUSEFLOW },
    ],
    source: MOUSEFLOW,
  },
  {
    id: 'smartlook',
    name: 'Smartlook',
    category: 'analytics',
    tracker: true,
    aliases: ['Smartlook'],
    hosts: [{ host: 'smartlook.com', source: SMARTLOOK }, { host: 'web-sdk.smartlook.com', source: SMARTLOOK }, { host: 'smartlook.cloud', source: SMARTLOOK }],
    cookies: [{ name: 'SL_C_*', category: 'analytics', lifetime: YEAR, source: SMARTLOOK }, { name: 'SL_L_*', category: 'analytics', lifetime: null, source: SMARTLOOK }],
    source: SMARTLOOK,
  },
  {
    id: 'crazy-egg',
    name: 'Crazy Egg',
    category: 'analytics',
    tracker: true,
    aliases: ['Crazy Egg', 'CrazyEgg'],
    hosts: [{ host: 'crazyegg.com', source: CRAZYEGG }, { host: 'script.crazyegg.com', source: CRAZYEGG }],
    cookies: [
      { name: '_ceir', category: 'analytics', lifetime: 5 * YEAR, source: CRAZYEGG },
      { name: '_CEFT', category: 'analytics', lifetime: 5 * YEAR, source: CRAZYEGG },
      { name: 'is_returning', category: 'analytics', lifetime: 5 * YEAR, source: CRAZYEGG },
      { name: 'cebs', category: 'analytics', lifetime: null, source: CRAZYEGG },
      { name: 'cebsp_*', category: 'analytics', lifetime: null, source: CRAZYEGG },
    ],
    source: CRAZYEGG,
  },
  {
    id: 'vwo',
    name: 'VWO',
    category: 'analytics',
    tracker: true,
    aliases: ['VWO', 'Visual Website Optimizer'],
    hosts: [{ host: 'visualwebsiteoptimizer.com', source: VWO }, { host: 'dev.visualwebsiteoptimizer.com', source: VWO }, { host: 'vwo.com', source: VWO }],
    cookies: [
      { name: '_vwo_uuid_v2', category: 'analytics', lifetime: YEAR, source: VWO },
      { name: '_vwo_uuid', category: 'analytics', lifetime: 10 * YEAR, source: VWO },
      { name: '_vis_opt_*', category: 'analytics', lifetime: 100 * DAY, source: VWO },
      { name: '_vwo_*', category: 'analytics', source: VWO },
    ],
    source: VWO,
  },
  {
    id: 'optimizely',
    name: 'Optimizely',
    category: 'analytics',
    tracker: true,
    aliases: ['Optimizely'],
    hosts: [{ host: 'optimizely.com', source: OPTIMIZELY }, { host: 'cdn.optimizely.com', source: OPTIMIZELY }, { host: 'logx.optimizely.com', source: OPTIMIZELY }],
    cookies: [
      { name: 'optimizelyEndUserId', category: 'analytics', lifetime: 6 * MONTH, source: OPTIMIZELY },
      { name: 'optimizelySession', category: 'analytics', lifetime: null, source: OPTIMIZELY },
      { name: 'optimizely*', category: 'analytics', source: OPTIMIZELY },
    ],
    source: OPTIMIZELY,
  },
  {
    id: 'fingerprintjs',
    name: 'Fingerprint (FingerprintJS)',
    category: 'analytics',
    tracker: true,
    aliases: ['FingerprintJS', 'Fingerprint Pro', 'fingerprint.com'],
    hosts: [{ host: 'fpjs.io', source: FPJS }, { host: 'api.fpjs.io', source: FPJS }, { host: 'fpcdn.io', source: FPJS }, { host: 'openfpcdn.io', source: FPJS }],
    cookies: [
      { name: '_iidt', category: 'analytics', lifetime: YEAR, source: FPJS },
      { name: '_vid_t', category: 'analytics', lifetime: YEAR, source: FPJS },
      { name: '_vid_lr', category: 'analytics', lifetime: YEAR, storage: 'localStorage', source: FPJS },
    ],
    source: FPJS,
  },
  {
    id: 'comscore',
    name: 'Comscore',
    category: 'analytics',
    tracker: true,
    aliases: ['Comscore', 'ComScore', 'Scorecard Research'],
    hosts: [{ host: 'scorecardresearch.com', source: COMSCORE }, { host: 'sb.scorecardresearch.com', source: COMSCORE }],
    cookies: [
      { name: '_scor_uid', category: 'analytics', lifetime: 13 * MONTH, source: COMSCORE },
      { name: 'UID', category: 'analytics', lifetime: 13 * MONTH, vendorHostsOnly: true, source: COMSCORE },
      { name: 'UIDR', category: 'analytics', lifetime: 13 * MONTH, vendorHostsOnly: true, source: COMSCORE },
    ],
    source: COMSCORE,
  },
  {
    id: 'chartbeat',
    name: 'Chartbeat',
    category: 'analytics',
    tracker: true,
    aliases: ['Chartbeat'],
    hosts: [{ host: 'chartbeat.com', source: CHARTBEAT }, { host: 'static.chartbeat.com', source: CHARTBEAT }, { host: 'ping.chartbeat.net', source: CHARTBEAT }, { host: 'chartbeat.net', source: CHARTBEAT }],
    cookies: [
      { name: '_cb', category: 'analytics', lifetime: 13 * MONTH, source: CHARTBEAT },
      { name: '_cb_svref', category: 'analytics', lifetime: 30 * MINUTE, source: CHARTBEAT },
      { name: '_chartbeat2', category: 'analytics', lifetime: 13 * MONTH, source: CHARTBEAT },
    ],
    source: CHARTBEAT,
  },
  {
    id: 'new-relic',
    name: 'New Relic Browser',
    category: 'analytics',
    tracker: true,
    aliases: ['New Relic', 'NewRelic'],
    hosts: [{ host: 'nr-data.net', source: NEWRELIC }, { host: 'bam.nr-data.net', source: NEWRELIC }, { host: 'js-agent.newrelic.com', source: NEWRELIC }],
    cookies: [
      { name: 'JSESSIONID', category: 'necessary', tracker: false, vendorHostsOnly: true, source: NEWRELIC },
      { name: 'NRBA_SESSION', category: 'analytics', storage: 'localStorage', source: NEWRELIC },
    ],
    source: NEWRELIC,
  },
  {
    id: 'sentry',
    name: 'Sentry',
    category: 'functional',
    tracker: false,
    kind: 'sdk',
    aliases: [{ text: 'Sentry', caseSensitive: true }, 'Sentry.io'],
    hosts: [{ host: 'sentry.io', source: SENTRY }, { host: 'ingest.sentry.io', source: SENTRY }, { host: 'browser.sentry-cdn.com', source: SENTRY }, { host: 'sentry-cdn.com', source: SENTRY }],
    cookies: [{ name: 'sentryReplaySession', category: 'functional', storage: 'sessionStorage', source: SENTRY }],
    source: SENTRY,
  },
];
