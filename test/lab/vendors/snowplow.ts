// Snowplow, served from npm (@snowplow/browser-tracker's UMD build, global snowplowBrowserTracking)
// from jsDelivr, with a collector on a Snowplow-hosted name. The collector answers like the real
// one: it sets its network user id cookie `sp` on its own host (SameSite=None; Secure, 1 year).
// Cookie names (_sp_id.*, _sp_ses.* by the tracker, sp by the collector): https://docs.snowplow.io/
import { YEAR, setCookie } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const SNOWPLOW_COLLECTOR = 'com-labshop.collector.snplow.net';
/** Served by cmp-cdns.ts, which owns cdn.jsdelivr.net. */
export const SNOWPLOW_SCRIPT = 'https://cdn.jsdelivr.net/npm/@snowplow/browser-tracker@4.10.1/dist/index.umd.min.js';

/** Page code: create a tracker with default settings and track one page view. */
export function snowplowLoader(): string {
  const init = `var sp=window.snowplowBrowserTracking;sp.newTracker('sp1',${JSON.stringify(`https://${SNOWPLOW_COLLECTOR}`)},{appId:'lab-analytics'});sp.trackPageView();`;
  return loadScript(SNOWPLOW_SCRIPT, init);
}

export const snowplowCollector: VendorFactory = () => ({
  id: 'snowplow',
  name: 'Snowplow collector',
  emulation: false,
  hosts: [SNOWPLOW_COLLECTOR],
  handle(req) {
    if (!req.path.startsWith('/com.snowplowanalytics.snowplow/') && req.path !== '/i') return null;
    const nuid = req.cookies['sp'] ?? crypto.randomUUID();
    return { type: 'text/plain', body: 'ok', beacon: true, setCookies: [setCookie('sp', nuid, { maxAge: YEAR, sameSite: 'None' })] };
  },
});
