// www.lab-analytics.test: the other real tracker SDKs from npm on one page, all before consent:
// Amplitude, Segment, Snowplow, the Matomo wrapper (its matomo.js is emulated) and FingerprintJS.
// Its policy names Amplitude and Segment only, so Snowplow, Matomo and FingerprintJS are undeclared.
import { html, js } from '../http';
import { amplitudeLoader } from '../vendors/amplitude';
import { fingerprintLoader } from '../vendors/fingerprintjs';
import { matomoInit } from '../vendors/matomo';
import { segmentLoader } from '../vendors/segment';
import { snowplowLoader } from '../vendors/snowplow';
import { cookieTable, page, script } from './layout';
import type { SiteFactory } from './site';

export const ANALYTICS_HOST = 'www.lab-analytics.test';
export const MATOMO_SITE_ID = 7;

function home(): string {
  const head = [
    script(amplitudeLoader() + segmentLoader() + snowplowLoader() + fingerprintLoader()),
    `<script src="/js/matomo-tracker.js"></script>`,
    script(matomoInit(MATOMO_SITE_ID)),
  ].join('\n');
  return page({
    title: 'Lab Analytics',
    lang: 'en',
    head,
    body: '<p>A dashboard product page that measures everything. Lab fixture for Consent Auditor.</p>',
    footer: [{ href: '/cookies', text: 'Cookie policy' }],
  });
}

function cookiePolicy(): string {
  const table = cookieTable(['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'], [
    { name: 'AMP_*', provider: 'Amplitude', purpose: 'Device and session ids for product analytics', category: 'Analytics', lifetime: '1 year' },
    { name: 'AMP_MKTG_*', provider: 'Amplitude', purpose: 'Campaign attribution', category: 'Marketing', lifetime: '1 year' },
    { name: 'ajs_anonymous_id', provider: 'Segment', purpose: 'Anonymous visitor id', category: 'Analytics', lifetime: '1 year' },
  ]);
  return page({ title: 'Lab Analytics: Cookie policy', lang: 'en', body: `<h2>Cookie policy</h2>${table}`, footer: [{ href: '/', text: 'Home' }] });
}

export const analyticsSite: SiteFactory = (assets) => ({
  hosts: [ANALYTICS_HOST],
  async handle(req) {
    if (req.path === '/') return html(home());
    if (req.path === '/cookies') return html(cookiePolicy());
    if (req.path === '/js/matomo-tracker.js') return js(await assets.bundle('matomo-tracker'));
    return null;
  },
});
