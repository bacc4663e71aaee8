// Mixpanel, served from npm (mixpanel-browser). The CDN file the official snippet loads,
// cdn.mxpnl.com/libs/mixpanel-2-latest.min.js, is the snippet build (dist/mixpanel.min.js): it
// expects a stub window.mixpanel carrying the queued init calls, which the page code below sets.
import { js, json } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const MIXPANEL_TOKEN = '3f9a6c1e8b2d4f7a9c0e1b3d5f7a9c2e';
const CDN_HOST = 'cdn.mxpnl.com';
const API_HOST = 'api-js.mixpanel.com';

/**
 * Page code that loads mixpanel-browser with default settings except the flush interval:
 * batches go out every 10 s by default, too slow for an audit that waits a few seconds.
 */
export function mixpanelLoader(token = MIXPANEL_TOKEN): string {
  const config = '{track_pageview:true,batch_flush_interval_ms:500}';
  const stub = `window.mixpanel=Object.assign([],{__SV:1.2,_i:[[${JSON.stringify(token)},${config},'mixpanel']]});`;
  return stub + loadScript(`https://${CDN_HOST}/libs/mixpanel-2-latest.min.js`);
}

export const mixpanel: VendorFactory = (assets) => ({
  id: 'mixpanel',
  name: 'Mixpanel',
  emulation: false,
  hosts: [CDN_HOST, API_HOST],
  async handle(req) {
    if (req.host === CDN_HOST) {
      if (req.path === '/libs/mixpanel-2-latest.min.js') return js(await assets.npm('mixpanel-browser', 'dist/mixpanel.min.js'));
      const lazy = /^\/libs\/(mixpanel-(?:recorder|targeting)[\w.-]*\.js)$/.exec(req.path)?.[1];
      if (lazy) return js(await assets.npm('mixpanel-browser', `dist/${lazy.replace(/-[\w]{8}\.js$/, '.min.js')}`));
      return null;
    }
    if (req.path.startsWith('/flags')) return json({ flags: {} }, { beacon: true });
    // The SDK asks for a verbose answer on batched sends and checks `status`.
    const verbose = req.query.get('verbose') === '1';
    return verbose ? json({ status: 1, error: null }, { beacon: true }) : { type: 'text/plain', body: '1', beacon: true };
  },
});
