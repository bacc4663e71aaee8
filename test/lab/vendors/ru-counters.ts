// VK pixel, Roistat and CoMagic: no npm packages exist, so their real hosts serve the lab's
// EMULATIONS (static/emulations/vk-openapi.js, roistat.js, comagic.js) and take their hits as
// beacons. vk.com/rtrg also sets a third-party id cookie on .vk.com; its name (remixstlid) and
// one-year lifetime are the lab's assumption.
import { YEAR, js, numericId, pixel, setCookie } from '../http';
import { loadScript, type VendorFactory } from './vendor';

/** Page code in the shape of the VK pixel snippet. */
export function vkPixelLoader(pixelId: string): string {
  return loadScript('https://vk.com/js/api/openapi.js?169', `window.VK.Retargeting.Init(${JSON.stringify(pixelId)});window.VK.Retargeting.Hit();`);
}

export function roistatLoader(projectId: string): string {
  return `window.roistatProjectId=${JSON.stringify(projectId)};window.roistatHost='cloud.roistat.com';` + loadScript(`https://cloud.roistat.com/api/site/1.0/${projectId}/init`);
}

export function comagicTag(siteKey: string): string {
  return `<script async src="https://app.comagic.ru/static/cs.min.js" data-site-key="${siteKey}"></script>`;
}

export const vkPixel: VendorFactory = (assets) => ({
  id: 'vk-pixel',
  name: 'VK pixel (emulation)',
  emulation: true,
  hosts: ['vk.com'],
  async handle(req) {
    if (req.path === '/js/api/openapi.js') return js(await assets.own('emulations/vk-openapi.js'));
    if (req.path === '/rtrg') {
      const id = req.cookies['remixstlid'] ?? numericId(19);
      return pixel({ setCookies: [setCookie('remixstlid', id, { domain: '.vk.com', maxAge: YEAR, sameSite: 'None' })] });
    }
    return null;
  },
});

export const roistat: VendorFactory = (assets) => ({
  id: 'roistat',
  name: 'Roistat (emulation)',
  emulation: true,
  hosts: ['cloud.roistat.com'],
  async handle(req) {
    if (/^\/api\/site\/1\.0\/\w+\/init$/.test(req.path)) return js(await assets.own('emulations/roistat.js'));
    if (/^\/api\/site\/1\.0\/\w+\/visit$/.test(req.path)) return { status: 204, beacon: true };
    return null;
  },
});

export const comagic: VendorFactory = (assets) => ({
  id: 'comagic',
  name: 'CoMagic (emulation)',
  emulation: true,
  hosts: ['app.comagic.ru', 'tracker.comagic.ru'],
  async handle(req) {
    if (req.host === 'app.comagic.ru') return req.path === '/static/cs.min.js' ? js(await assets.own('emulations/comagic.js')) : null;
    return req.path.startsWith('/c/') ? { status: 204, beacon: true } : null;
  },
});
