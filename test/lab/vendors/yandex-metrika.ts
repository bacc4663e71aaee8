// Yandex Metrika: no npm package exists, so mc.yandex.ru serves the lab's EMULATION of tag.js
// (static/emulations/yandex-metrika-tag.js) and answers hits the way the real counter does for a
// third-party cookie audit: /watch/<id> sets yandexuid and yuidss on .yandex.ru, SameSite=None.
// Facts: https://yandex.com/support/metrica/general/cookie-usage.html (1 year for both).
import { YEAR, js, numericId, pixel, setCookie } from '../http';
import { loadScript, type VendorFactory } from './vendor';

const HOST = 'mc.yandex.ru';

/** Page code in the shape of the Metrika counter snippet: a queue, then tag.js. */
export function yandexMetrikaLoader(counterId: number, webvisor = false): string {
  const queue = 'window.ym=window.ym||function(){(window.ym.a=window.ym.a||[]).push(arguments)};window.ym.l=Date.now();';
  const init = `window.ym(${counterId},'init',{clickmap:true,trackLinks:true,accurateTrackBounce:true,webvisor:${webvisor}});`;
  return queue + init + loadScript(`https://${HOST}/metrika/tag.js`);
}

export const yandexMetrika: VendorFactory = (assets) => ({
  id: 'yandex-metrika',
  name: 'Yandex Metrika (emulation)',
  emulation: true,
  hosts: [HOST],
  async handle(req) {
    if (req.path === '/metrika/tag.js') return js(await assets.own('emulations/yandex-metrika-tag.js'));
    if (req.path.startsWith('/watch/')) {
      const known = req.cookies['yandexuid'];
      const uid = known ?? `${numericId(9)}${Math.floor(Date.now() / 1000)}`;
      const crossSite = { domain: '.yandex.ru', maxAge: YEAR, sameSite: 'None' as const };
      return pixel({ setCookies: [setCookie('yandexuid', uid, crossSite), setCookie('yuidss', uid, crossSite)] });
    }
    if (req.path.startsWith('/clmap/')) return pixel({ setCookies: [] });
    return null;
  },
});
