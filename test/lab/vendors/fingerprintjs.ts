// FingerprintJS (open source), served from npm (@fingerprintjs/fingerprintjs dist/fp.umd.min.js,
// global FingerprintJS) at the openfpcdn.io path its docs give for script tags. Its rare
// "npm-monitoring" ping (m1.openfpcdn.io) is a sink.
import { js } from '../http';
import { loadScript, type VendorFactory } from './vendor';

const SCRIPT = 'https://openfpcdn.io/fingerprintjs/v5/iife.min.js';

/** Page code: compute the visitor id and keep it, as sites that use it for analytics do. */
export function fingerprintLoader(): string {
  return loadScript(SCRIPT, "window.FingerprintJS.load().then(function(fp){return fp.get()}).then(function(r){localStorage.setItem('fp_visitor_id',r.visitorId)});");
}

export const fingerprintjs: VendorFactory = (assets) => ({
  id: 'fingerprintjs',
  name: 'FingerprintJS',
  emulation: false,
  hosts: ['openfpcdn.io', 'm1.openfpcdn.io'],
  async handle(req) {
    if (req.host === 'm1.openfpcdn.io') return { status: 204, beacon: true };
    return `https://${req.host}${req.path}` === SCRIPT ? js(await assets.npm('@fingerprintjs/fingerprintjs', 'dist/fp.umd.min.js')) : null;
  },
});
