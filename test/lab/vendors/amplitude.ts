// Amplitude, served from npm (@amplitude/analytics-browser's script build, lib/scripts/amplitude-min.js)
// at the CDN path of the official snippet; api2.amplitude.com/2/httpapi is the ingestion sink.
import { js, json } from '../http';
import { loadScript, type VendorFactory } from './vendor';

export const AMPLITUDE_KEY = '6c3b2f1e0d9a8b7c6d5e4f3a2b1c0d9e';
const CDN_HOST = 'cdn.amplitude.com';
const API_HOST = 'api2.amplitude.com';
// Asked at init for remote settings (session replay, autocapture); an empty config keeps defaults.
const CONFIG_HOST = 'sr-client-cfg.amplitude.com';
const SCRIPT_PATH = '/libs/analytics-browser-2.47.0-min.js.gz';

/** Page code: load the SDK and init with the API key only (default tracking). */
export function amplitudeLoader(key = AMPLITUDE_KEY): string {
  return loadScript(`https://${CDN_HOST}${SCRIPT_PATH}`, `window.amplitude.init(${JSON.stringify(key)});`);
}

export const amplitude: VendorFactory = (assets) => ({
  id: 'amplitude',
  name: 'Amplitude',
  emulation: false,
  hosts: [CDN_HOST, API_HOST, CONFIG_HOST],
  async handle(req) {
    if (req.host === CDN_HOST) return req.path === SCRIPT_PATH ? js(await assets.npm('@amplitude/analytics-browser', 'lib/scripts/amplitude-min.js')) : null;
    if (req.host === CONFIG_HOST) return req.path.startsWith('/config') ? json({ configs: {} }) : null;
    // The SDK retries unless it sees the ingestion API's success shape.
    return json({ code: 200, events_ingested: 1, payload_size_bytes: req.body.length, server_upload_time: Date.now() }, { beacon: true });
  },
});
