// Segment, served from npm (@segment/analytics-next's standalone build, dist/umd) at the path the
// official snippet loads, cdn.segment.com/analytics.js/v1/<writeKey>/analytics.min.js. The SDK
// then asks the CDN for the project settings and lazy chunks, and sends to api.segment.io.
import { js, json } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const SEGMENT_WRITE_KEY = 'LabWr1teKeyQz8mN3pX7vB2cD5';
const CDN_HOST = 'cdn.segment.com';
const API_HOST = 'api.segment.io';

/** Page code: a buffered "page" call (the SDK flushes the window.analytics array it finds), then the SDK. */
export function segmentLoader(writeKey = SEGMENT_WRITE_KEY): string {
  const buffer = `window.analytics=Object.assign([['page']],{_writeKey:${JSON.stringify(writeKey)}});`;
  return buffer + loadScript(`https://${CDN_HOST}/analytics.js/v1/${writeKey}/analytics.min.js`);
}

// What the settings endpoint answers for a source with only the Segment destination.
function settings(writeKey: string): unknown {
  return {
    integrations: { 'Segment.io': { apiKey: writeKey, apiHost: `${API_HOST}/v1`, protocol: 'https', unbundledIntegrations: [], addBundledMetadata: true } },
    plan: { track: { __default: { enabled: true, integrations: {} } }, identify: { __default: { enabled: true } }, group: { __default: { enabled: true } } },
    edgeFunction: {},
    analyticsNextEnabled: true,
    middlewareSettings: {},
    enabledMiddleware: {},
    metrics: { sampleRate: 0 },
    legacyVideoPluginsEnabled: false,
    remotePlugins: [],
  };
}

export const segment: VendorFactory = (assets) => ({
  id: 'segment',
  name: 'Segment',
  emulation: false,
  hosts: [CDN_HOST, API_HOST],
  async handle(req) {
    if (req.host === CDN_HOST) {
      if (/^\/analytics\.js\/v1\/[\w-]+\/analytics\.min\.js$/.test(req.path)) return js(await assets.npm('@segment/analytics-next', 'dist/umd/standalone.js'));
      const key = /^\/v1\/projects\/([\w-]+)\/settings$/.exec(req.path)?.[1];
      if (key) return json(settings(key));
      const chunk = /^\/analytics-next\/bundles\/([\w.-]+\.js)$/.exec(req.path)?.[1];
      if (chunk) return js(await assets.npm('@segment/analytics-next', `dist/umd/${chunk}`));
      return null;
    }
    return json({ success: true }, { beacon: true });
  },
});
