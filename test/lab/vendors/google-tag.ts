// Google tag / GA4: gtag.js is not on npm, so www.googletagmanager.com serves the lab's EMULATION
// (static/emulations/google-gtag.js) and region1.google-analytics.com is a sink for /g/collect.
import { js, type LabResponse } from '../http';
import { loadScript, type VendorFactory } from './vendor';

const TAG_HOST = 'www.googletagmanager.com';
const COLLECT_HOSTS = ['region1.google-analytics.com', 'www.google-analytics.com'];

/** Page code in the shape of the gtag snippet: dataLayer, gtag(), config, then gtag.js. */
export function googleTagLoader(measurementId: string): string {
  const queue = `window.dataLayer=window.dataLayer||[];window.gtag=window.gtag||function(){window.dataLayer.push(arguments)};window.gtag('js',new Date());window.gtag('config',${JSON.stringify(measurementId)});`;
  return queue + loadScript(`https://${TAG_HOST}/gtag/js?id=${encodeURIComponent(measurementId)}`);
}

export const googleTag: VendorFactory = (assets) => ({
  id: 'google-analytics',
  name: 'Google tag / GA4 (emulation)',
  emulation: true,
  hosts: [TAG_HOST, ...COLLECT_HOSTS],
  async handle(req) {
    if (req.host === TAG_HOST) return req.path === '/gtag/js' ? js(await assets.own('emulations/google-gtag.js')) : null;
    if (req.path === '/g/collect' || req.path === '/collect') {
      const answer: LabResponse = { status: 204, beacon: true };
      return answer;
    }
    return null;
  },
});
