// Site A, www.lab-shop.test: the site the lead's e2e tests audit first. It sets first-party
// cookies by HTTP (sid, lang) and by script (cart_id, 3 years asked), writes both storages from a
// script file, embeds a third-party iframe (widgets.lab-social.test) and a Top.Mail.Ru image, and
// loads posthog-js, mixpanel-browser (both real) and the Yandex Metrika emulation before any consent.
import { DAY, YEAR, html, js, numericId, setCookie } from '../http';
import { mixpanelLoader } from '../vendors/mixpanel';
import { posthogLoader } from '../vendors/posthog';
import { topMailRuPixel } from '../vendors/top-mail-ru';
import { yandexMetrikaLoader } from '../vendors/yandex-metrika';
import { cookieTable, page, script } from './layout';
import type { SiteFactory } from './site';

export const SHOP_HOST = 'www.lab-shop.test';
export const SOCIAL_HOST = 'widgets.lab-social.test';
export const SHOP_YM_COUNTER = 98765432;
export const SHOP_TMR_COUNTER = 3456789;

function home(): string {
  const head = [
    '<script src="/js/app.js"></script>',
    script(posthogLoader() + mixpanelLoader() + yandexMetrikaLoader(SHOP_YM_COUNTER)),
  ].join('\n');
  const body = `<p>Hand-made mugs and teapots. This is a lab fixture site for Consent Auditor.</p>
<ul><li>Stoneware mug, 12 EUR</li><li>Cast-iron teapot, 48 EUR</li></ul>
<iframe title="Like us" src="https://${SOCIAL_HOST}/like?href=${encodeURIComponent(`https://${SHOP_HOST}/`)}" width="320" height="60" style="border:0"></iframe>
${topMailRuPixel(SHOP_TMR_COUNTER)}`;
  return page({ title: 'Lab Shop', lang: 'en', head, body, footer: [{ href: '/privacy', text: 'Privacy policy' }] });
}

// Declares some of what the home page sets, so the audit has matches and gaps: cart_id is
// declared for 1 year (asked 3), mixpanel, Top.Mail.Ru and the social widget are not declared.
function privacy(): string {
  const table = cookieTable(['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'], [
    { name: 'sid', provider: 'Lab Shop', purpose: 'Keeps you signed in and your session secure', category: 'Strictly necessary', lifetime: 'Session' },
    { name: 'lang', provider: 'Lab Shop', purpose: 'Remembers your language', category: 'Functional', lifetime: '1 year' },
    { name: 'cart_id', provider: 'Lab Shop', purpose: 'Keeps the contents of your basket', category: 'Functional', lifetime: '1 year' },
    { name: '_ym_uid', provider: 'Yandex Metrika', purpose: 'Distinguishes visitors for statistics', category: 'Analytics', lifetime: '1 year' },
    { name: '_ym_d', provider: 'Yandex Metrika', purpose: 'Date of the first visit', category: 'Analytics', lifetime: '1 year' },
    { name: `ph_*_posthog`, provider: 'PostHog', purpose: 'Product analytics: visitor and session ids', category: 'Analytics', lifetime: '1 year' },
  ]);
  const body = `<h2>Privacy policy</h2>
<p>Lab Shop ("we") processes the data you give us when you order, and a few cookies. This page lists the cookies we use.</p>
<h3>Cookies we use</h3>
${table}
<p>You can delete cookies in your browser settings at any time.</p>`;
  return page({ title: 'Lab Shop: Privacy policy', lang: 'en', body, footer: [{ href: '/', text: 'Home' }] });
}

export const shopSite: SiteFactory = (assets) => ({
  hosts: [SHOP_HOST, SOCIAL_HOST],
  async handle(req) {
    if (req.host === SOCIAL_HOST) {
      if (req.path !== '/like') return null;
      const uid = req.cookies['social_uid'] ?? numericId(12);
      return html('<!doctype html><meta charset="utf-8"><button>👍 Like 128</button>', {
        setCookies: [setCookie('social_uid', uid, { maxAge: 180 * DAY, sameSite: 'None' })],
      });
    }
    if (req.path === '/') {
      const setCookies = [setCookie('sid', numericId(20), { httpOnly: true, secure: true, sameSite: 'Lax' })];
      if (!req.cookies['lang']) setCookies.push(setCookie('lang', 'en', { maxAge: YEAR, sameSite: 'Lax', secure: true }));
      return html(home(), { setCookies });
    }
    if (req.path === '/js/app.js') return js(await assets.own('sites/shop-app.js'));
    if (req.path === '/privacy') return html(privacy());
    return null;
  },
});
