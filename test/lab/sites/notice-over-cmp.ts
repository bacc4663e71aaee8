// A German site whose own "Zustimmen / Ablehnen" notice sits on top of a consent manager's API:
// the Didomi host element is in the page (empty and hidden, as when a site drives Didomi's API
// from its own banner), so autoconsent's Didomi rule finds the CMP but no popup to press, and the
// CLI must fall back to the visible banner buttons. The Didomi part is a stub, labelled so; the
// Yandex Metrika emulation loads before any choice and keeps writing after a refusal.
import { escapeHtml, html, js } from '../http';
import { yandexMetrikaLoader } from '../vendors/yandex-metrika';
import { page, script } from './layout';
import type { SiteFactory } from './site';

export const NOTICE_OVER_CMP_HOST = 'www.notice-over-cmp.test';

const DIDOMI_STUB =
  "window.Didomi={version:'lab-stub',getUserStatus:function(){return{purposes:{global:{enabled:[],disabled:[]}}}},setUserAgreeToAll:function(){},setUserDisagreeToAll:function(){}};";

export const noticeOverCmpSite: SiteFactory = (assets) => ({
  hosts: [NOTICE_OVER_CMP_HOST],
  async handle(req) {
    if (req.host !== NOTICE_OVER_CMP_HOST) return null;
    if (req.path === '/js/cookie-banner.js') return js(await assets.own('sites/home-banner.js'));
    if (req.path !== '/') return null;
    const banner = `<script defer src="/js/cookie-banner.js" data-text="${escapeHtml('Wir verwenden Cookies, um die Nutzung unserer Website zu messen.')}" data-accept="Zustimmen" data-reject="Ablehnen"></script>`;
    const head = `${script(DIDOMI_STUB)}${script(yandexMetrikaLoader(55507777))}${banner}`;
    const body = '<div id="didomi-host" aria-hidden="true"></div><p>Diese Seite lädt Yandex Metrika, was auch immer Sie wählen.</p>';
    return html(page({ title: 'Notice over CMP', lang: 'de', head, body }));
  },
});
