// Top.Mail.Ru (VK's counter): no npm package exists. This EMULATION answers the counter hosts the
// way an auditor sees them: the <noscript> image hit top-fwz1.mail.ru/counter?id=N;js=na sets a
// visitor id cookie on .mail.ru (SameSite=None), and js/code.js (static/emulations/top-mail-ru-code.js)
// writes the first-party tmr_lvid, tmr_lvidTS and tmr_detect cookies seen on sites that use it.
// Host and first-party cookie names come from the public counter snippet and from cookie headers of
// Russian sites seen in public code; the id cookie's name (VID) and 1-year lifetime are assumptions.
import { YEAR, js, numericId, pixel, setCookie } from '../http';
import { loadScript, type VendorFactory } from './vendor';

const HOST = 'top-fwz1.mail.ru';

/** The image-only counter a page embeds in its body (the snippet's noscript part). */
export function topMailRuPixel(counterId: number): string {
  return `<img src="https://${HOST}/counter?id=${counterId};js=na" width="1" height="1" alt="" style="position:absolute;left:-9999px">`;
}

/** Page code in the shape of the Top.Mail.Ru snippet: a _tmr queue, then code.js. */
export function topMailRuLoader(counterId: number): string {
  const queue = `(window._tmr=window._tmr||[]).push({id:'${counterId}',type:'pageView',start:Date.now()});`;
  return queue + loadScript(`https://${HOST}/js/code.js`);
}

export const topMailRu: VendorFactory = (assets) => ({
  id: 'top-mail-ru',
  name: 'Top.Mail.Ru (emulation)',
  emulation: true,
  hosts: [HOST],
  async handle(req) {
    if (req.path === '/js/code.js') return js(await assets.own('emulations/top-mail-ru-code.js'));
    if (req.path === '/counter' || req.path.startsWith('/tracker')) {
      const vid = req.cookies['VID'] ?? numericId(16);
      return pixel({ setCookies: [setCookie('VID', vid, { domain: '.mail.ru', maxAge: YEAR, sameSite: 'None' })] });
    }
    return null;
  },
});
