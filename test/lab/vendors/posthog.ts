// PostHog, served from npm (posthog-js, pinned 1.434.18: newer ones need a @posthog/browser-common
// newer than the registry holds). The page loads array.js from the assets host the real snippet
// uses (https://posthog.com/docs/libraries/js) and sends to the US ingestion host.
import { js, json } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const POSTHOG_KEY = 'phc_LabShopQ3yV8rT2mWn6pXc4kZa1sDf7gHj9LbN0uEo5';
/** A project with session recording switched on in PostHog's settings (www.lab-replay.test). */
export const POSTHOG_REPLAY_KEY = 'phc_LabReplayR9sT4uV6wX8yZ0aB2cD4eF6gH8iJ0kL2m';
// What PostHog's remote config says for a project with session replay on (the snapshot endpoint);
// https://posthog.com/docs/session-replay/installation. Other projects keep the SDK's defaults.
const REPLAY_CONFIG = { sessionRecording: { endpoint: '/s/' } };
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
      const replay = req.path.includes(POSTHOG_REPLAY_KEY);
      if (/^\/array\/[\w-]+\/config\.js$/.test(req.path)) return js(replay ? `window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(POSTHOG_REPLAY_KEY)}]={config:${JSON.stringify(REPLAY_CONFIG)},siteApps:[]};` : '');
      if (/^\/array\/[\w-]+\/config$/.test(req.path)) return json(replay ? REPLAY_CONFIG : {});
      return null;
    }
    if (/^\/(flags|decide)\/?$/.test(req.path)) {
      const replay = req.body.includes(POSTHOG_REPLAY_KEY) || (req.query.get('token') ?? '') === POSTHOG_REPLAY_KEY;
      return json({ flags: {}, featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false, requestId: 'lab', ...(replay ? REPLAY_CONFIG : {}) }, { beacon: true });
    }
    // Everything else on the API host is ingestion (/e/, /i/v0/e/, /s/, /batch/ ...).
    return json({ status: 1 }, { beacon: true });
  },
});
