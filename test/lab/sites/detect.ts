// Issue-12 sites: tracking that hides from cookie and host lists, each produced on purpose by code
// the lab wrote (static/sites/*.js), next to a control that must not produce it. Expected codes
// are in the catalog (../sites.ts, DETECT_SITES); the controls are listed in the e2e tests.
import { html, js, type LabRequest, type LabResponse } from '../http';
import { CMP_URLS } from '../vendors/cmp-cdns';
import { POSTHOG_REPLAY_KEY, posthogLoader } from '../vendors/posthog';
import { cookieTable, page } from './layout';
import type { SiteFactory } from './site';

interface DetectSite {
  hosts: string[];
  title: string;
  body: string;
  /** Script files under static/sites served at /js/<name>. */
  scripts: string[];
  /** Raw HTML put in <head> before the scripts (a consent manager). */
  head?: string;
  /** Scripts from npm packages served at /js/<name>, loaded before `scripts`: name -> [package, file]. */
  npmScripts?: Record<string, [string, string]>;
  /** Other pages: path -> body HTML. */
  pages?: Record<string, string>;
  /** Extra endpoints: path (or host+path) -> response. */
  endpoints?: (req: LabRequest) => LabResponse | null;
}

const POLICY_ROWS = [
  { name: 'session', provider: 'The site', purpose: 'Keeps your session', category: 'Strictly necessary', lifetime: 'Session' },
];

function policy(title: string): string {
  const table = cookieTable(['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'], POLICY_ROWS);
  return page({ title: `${title}: Privacy policy`, lang: 'en', body: `<h2>Privacy policy</h2><p>We use only the cookies listed here.</p>${table}`, footer: [{ href: '/', text: 'Home' }] });
}

const beacon = (): LabResponse => ({ status: 204, beacon: true });
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const DETECT_SITES_SERVED: DetectSite[] = [
  {
    hosts: ['www.lab-proxy.test', 'stats.lab-proxy.test', 'api.lab-proxy.test'],
    title: 'Lab Proxy',
    body: '<p>A news site that counts its readers through its own domain.</p>',
    scripts: ['proxy-relay.js'],
    endpoints: (req) => {
      if (req.host === 'www.lab-proxy.test' && req.path === '/metrics/g/collect') return beacon();
      if (req.host === 'stats.lab-proxy.test' && req.path.startsWith('/watch/')) return beacon();
      if (req.host === 'api.lab-proxy.test' && req.path === '/analytics/event') return beacon();
      return null;
    },
  },
  {
    hosts: ['www.lab-sync.test', 'sync.adpartner-lab.test', 'match.databroker-lab.test', 'cdn.widgets-lab.test'],
    title: 'Lab Sync',
    body: '<p>A shop that shares its visitor ids with advertising partners.</p>',
    scripts: ['sync-pixel.js'],
    endpoints: (req) => {
      if (req.host === 'sync.adpartner-lab.test' && req.path === '/px') return { type: 'image/gif', body: GIF, beacon: true };
      if (req.host === 'match.databroker-lab.test' && req.path === '/v1/match') return beacon();
      if (req.host === 'cdn.widgets-lab.test' && req.path === '/w.gif') return { type: 'image/gif', body: GIF, beacon: true };
      return null;
    },
  },
  {
    hosts: ['www.lab-consent-mode.test'],
    title: 'Lab Consent Mode',
    body: '<p>A travel agency whose Google tag claims consent nobody gave.</p>',
    scripts: ['consent-mode-hits.js'],
    endpoints: (req) => (req.host === 'www.lab-consent-mode.test' && req.path === '/ping' ? beacon() : null),
  },
  {
    hosts: ['www.lab-consent-lie.test'],
    title: 'Lab Consent Lie',
    body: '<p>A magazine whose banner offers a choice and then overrides it.</p>',
    head: vanillaBanner(),
    scripts: ['consent-lie.js'],
  },
  {
    hosts: ['www.lab-fingerprint.test'],
    title: 'Lab Fingerprint',
    body: '<p>A bank landing page with a sales chart.</p><div id="chart"></div>',
    // The chart is the control: drawn on a canvas, never read back.
    scripts: ['fp-probe.js', 'chart.js'],
    endpoints: (req) => (req.host === 'www.lab-fingerprint.test' && req.path === '/fp' ? beacon() : null),
    pages: { '/chart': '<p>Sales dashboard.</p><div id="chart"></div><script src="/js/chart.js"></script>' },
  },
  {
    hosts: ['www.lab-replay.test', 'rec.replay-lab.test', 'batch.analytics-lab.test'],
    title: 'Lab Replay',
    body: '<p>An insurance quote form.</p><form><label>Name <input name="name"></label> <label>Phone <input name="phone"></label><button type="button">Get a quote</button></form>',
    // posthog-js with session recording on (its project's remote config says so), an rrweb
    // recorder of the site's own, and the control: plain event analytics in a batch.
    head: `<script>${posthogLoader(POSTHOG_REPLAY_KEY)}</script>`,
    npmScripts: { 'rrweb.umd.min.js': ['rrweb', 'dist/rrweb.umd.min.cjs'] },
    scripts: ['replay-recorder.js', 'event-batch.js'],
    endpoints: (req) => {
      if (req.host === 'rec.replay-lab.test' && req.path === '/v1/batch') return beacon();
      if (req.host === 'batch.analytics-lab.test' && req.path === '/v1/events') return beacon();
      return null;
    },
  },
  {
    hosts: ['www.lab-recorder.test', 'collect.recorder-lab.test', 'ping.lazy-lab.test', 'api.lab-recorder.test'],
    title: 'Lab Recorder',
    body:
      '<p>A currency exchange with live rates and a quote form.</p><div id="rates"></div>' +
      '<form><label>Name <input name="name"></label> <label>Amount <input name="amount"></label> <button type="button">Get a quote</button></form>' +
      '<p id="terms">Quotes are indicative and valid for fifteen minutes. The final rate is fixed when the transfer is confirmed; fees are shown before you confirm. ' +
      'Transfers above the daily limit need identity verification. We may refuse a transfer we cannot verify. Rates move with the market and are refreshed several times a second. ' +
      'Saved drafts are kept for thirty days and deleted afterwards. A draft holds the amount, the currency pair and the name you typed, nothing else; ' +
      'you can delete it at any time from the quote form.</p>' +
      '<img data-src="/img/chart.gif" alt="Rates over a week" width="1" height="1">',
    // A recorder of the site's own in a format of its own (generic-recorder.js); the controls: a
    // lazy image loader with a click counter (one ping), and a form that saves its draft once.
    scripts: ['rates-ticker.js', 'generic-recorder.js', 'lazy-images.js', 'form-autosave.js'],
    endpoints: (req) => {
      if (req.host === 'collect.recorder-lab.test' && req.path === '/ingest') return beacon();
      if (req.host === 'ping.lazy-lab.test' && req.path === '/pv') return beacon();
      if (req.host === 'api.lab-recorder.test' && req.path === '/draft') return beacon();
      if (req.host === 'www.lab-recorder.test' && req.path === '/img/chart.gif') return { type: 'image/gif', body: GIF };
      return null;
    },
  },
  // Global Privacy Control: the same GA4 set-up, honouring the signal on one site and not the other.
  ...(['honours', 'ignores'] as const).map((way) => ({
    hosts: [`www.lab-gpc-${way}.test`],
    title: way === 'honours' ? 'Lab GPC Honours' : 'Lab GPC Ignores',
    body: `<p>A ${way === 'honours' ? 'bookshop that respects' : 'ticket shop that disregards'} Global Privacy Control.</p>`,
    scripts: [way === 'honours' ? 'gpc-aware.js' : 'gpc-blind.js'],
  })),
];

/** The real vanilla-cookieconsent with its defaults and an analytics category. */
function vanillaBanner(): string {
  const config = {
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: { title: 'We use cookies', description: 'We use cookies to measure our audience.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
          preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save preferences', sections: [{ title: 'Analytics', description: 'Google Analytics.', linkedCategory: 'analytics' }] },
        },
      },
    },
  };
  return `<link rel="stylesheet" href="${CMP_URLS.vanillaCss}"><script src="${CMP_URLS.vanillaJs}"></script><script>document.addEventListener('DOMContentLoaded',function(){CookieConsent.run(${JSON.stringify(config)})});</script>\n`;
}

function home(site: DetectSite): string {
  const own = [...Object.keys(site.npmScripts ?? {}), ...site.scripts];
  const head = (site.head ?? '') + own.map((s) => `<script src="/js/${s}"></script>`).join('\n');
  return page({ title: site.title, lang: 'en', head, body: site.body, footer: [{ href: '/privacy', text: 'Privacy policy' }] });
}

export const detectSiteServer: SiteFactory = (assets) => ({
  hosts: DETECT_SITES_SERVED.flatMap((s) => s.hosts),
  async handle(req) {
    const site = DETECT_SITES_SERVED.find((s) => s.hosts.includes(req.host));
    if (!site) return null;
    const extra = site.endpoints?.(req);
    if (extra) return extra;
    if (req.host !== site.hosts[0]) return null;
    if (req.path === '/') return html(home(site));
    if (req.path === '/privacy') return html(policy(site.title));
    const other = site.pages?.[req.path];
    if (other !== undefined) return html(page({ title: site.title, lang: 'en', body: other, footer: [{ href: '/privacy', text: 'Privacy policy' }] }));
    const name = req.path.startsWith('/js/') ? req.path.slice(4) : null;
    if (name && site.scripts.includes(name)) return js(await assets.own(`sites/${name}`));
    const fromNpm = name ? site.npmScripts?.[name] : undefined;
    if (fromNpm) return js(await assets.npm(fromNpm[0], fromNpm[1]));
    return null;
  },
});
