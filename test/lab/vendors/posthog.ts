// PostHog, served from npm (posthog-js, pinned 1.434.18: newer ones need a @posthog/browser-common
// newer than the registry holds). The page loads array.js from the assets host the real snippet
// uses (https://posthog.com/docs/libraries/js) and sends to the US ingestion host.
import { js, json } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const POSTHOG_KEY = 'phc_LabShopQ3yV8rT2mWn6pXc4kZa1sDf7gHj9LbN0uEo5';
const ASSETS_HOST = 'us-assets.i.posthog.com';
const API_HOST = 'us.i.posthog.com';

/** Page code that loads posthog-js with its default settings (only the project key and host). */
export function posthogLoader(key = POSTHOG_KEY): string {
  const init = `window.posthog.init(${JSON.stringify(key)},{api_host:'https://${API_HOST}'});`;
  return loadScript(`https://${ASSETS_HOST}/static/array.js`, init);
}

export const posthog: VendorFactory = (assets) => ({
  id: 'posthog',
  name: 'PostHog',
  emulation: false,
  hosts: [ASSETS_HOST, API_HOST],
  async handle(req) {
    if (req.host === ASSETS_HOST) {
      const file = /^\/static\/([\w.-]+\.js)$/.exec(req.path)?.[1];
      // Lazy extensions (recorder, surveys, web vitals ...) live beside array.js in dist/.
      if (file) return js(await assets.npm('posthog-js', `dist/${file}`));
      // Remote config: an empty project config keeps the SDK on its defaults.
      if (/^\/array\/[\w-]+\/config\.js$/.test(req.path)) return js('');
      if (/^\/array\/[\w-]+\/config$/.test(req.path)) return json({});
      return null;
    }
    if (/^\/(flags|decide)\/?$/.test(req.path)) {
      return json({ flags: {}, featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false, requestId: 'lab' }, { beacon: true });
    }
    // Everything else on the API host is ingestion (/e/, /i/v0/e/, /s/, /batch/ ...).
    return json({ status: 1 }, { beacon: true });
  },
});
