// Consent managers, served from npm from the CDN paths their docs give: vanilla-cookieconsent and
// Osano's cookieconsent from jsDelivr, klaro from kiprotect's CDN, and the lab's own TCF CMP
// (browser/tcf-cmp.ts, bundled at start-up) from a lab CMP host. jsDelivr also carries the
// Snowplow browser tracker, since one host has one handler.
import { css, js } from '../http';
import { SNOWPLOW_SCRIPT } from './snowplow';
import type { VendorFactory } from './vendor';

export const CMP_URLS = {
  vanillaJs: 'https://cdn.jsdelivr.net/gh/orestbida/cookieconsent@3.1.0/dist/cookieconsent.umd.js',
  vanillaCss: 'https://cdn.jsdelivr.net/gh/orestbida/cookieconsent@3.1.0/dist/cookieconsent.css',
  osanoJs: 'https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.js',
  osanoCss: 'https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.css',
  klaroJs: 'https://cdn.kiprotect.com/klaro/v0.7/klaro.js',
  tcfJs: 'https://cmp.lab-consent.test/v2/tcf-cmp.js',
} as const;

// URL path -> [package, file] for the files above.
const FILES = new Map<string, [string, string]>(
  (
    [
      [CMP_URLS.vanillaJs, 'vanilla-cookieconsent', 'dist/cookieconsent.umd.js'],
      [CMP_URLS.vanillaCss, 'vanilla-cookieconsent', 'dist/cookieconsent.css'],
      [CMP_URLS.osanoJs, 'cookieconsent', 'build/cookieconsent.min.js'],
      [CMP_URLS.osanoCss, 'cookieconsent', 'build/cookieconsent.min.css'],
      [CMP_URLS.klaroJs, 'klaro', 'dist/klaro.js'],
      [SNOWPLOW_SCRIPT, '@snowplow/browser-tracker', 'dist/index.umd.min.js'],
    ] as const
  ).map(([url, pkg, file]) => [url, [pkg, file]]),
);

export const cmpCdns: VendorFactory = (assets) => ({
  id: 'cmp-cdns',
  name: 'Consent manager CDNs',
  emulation: false,
  hosts: ['cdn.jsdelivr.net', 'cdn.kiprotect.com', 'cmp.lab-consent.test'],
  async handle(req) {
    const url = `https://${req.host}${req.path}`;
    if (url === CMP_URLS.tcfJs) return js(await assets.bundle('tcf-cmp'));
    const file = FILES.get(url);
    if (!file) return null;
    const body = await assets.npm(file[0], file[1]);
    return file[1].endsWith('.css') ? css(body) : js(body);
  },
});
