// Matomo Cloud: matomo.js is not on npm, so cdn.matomo.cloud serves the lab's EMULATION
// (static/emulations/matomo.js) and <name>.matomo.cloud/matomo.php is the sink. The page drives it
// with the real @datapunt/matomo-tracker-js wrapper, bundled at lab start (browser/matomo-tracker.ts).
import { js } from '../http';
import type { VendorFactory } from './vendor';

export const MATOMO_BASE = 'https://labshop.matomo.cloud/';
export const MATOMO_SRC = 'https://cdn.matomo.cloud/labshop.matomo.cloud/matomo.js';

/** Page code, run after the site's bundle that exposes window.MatomoTracker. */
export function matomoInit(siteId: number): string {
  return `new window.MatomoTracker({urlBase:${JSON.stringify(MATOMO_BASE)},siteId:${siteId},srcUrl:${JSON.stringify(MATOMO_SRC)}}).trackPageView();`;
}

export const matomo: VendorFactory = (assets) => ({
  id: 'matomo',
  name: 'Matomo (emulated matomo.js)',
  emulation: true,
  hosts: ['cdn.matomo.cloud', 'labshop.matomo.cloud'],
  async handle(req) {
    if (req.host === 'cdn.matomo.cloud') return `https://${req.host}${req.path}` === MATOMO_SRC ? js(await assets.own('emulations/matomo.js')) : null;
    return req.path === '/matomo.php' ? { status: 204, beacon: true } : null;
  },
});
