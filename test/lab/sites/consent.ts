// Issue-5 consent sites: for each consent manager two sites, one that loads its trackers (GA4 and
// Yandex Metrika emulations, real posthog-js) only after "accept", one that loads them before any
// choice and whatever the choice. Every CMP keeps its default settings; each site has its own
// registrable domain so cookies never mix, and a policy page linked from the footer.
import { escapeHtml, html, js } from '../http';
import { CMP_URLS } from '../vendors/cmp-cdns';
import { googleTagLoader } from '../vendors/google-tag';
import { posthogLoader } from '../vendors/posthog';
import { yandexMetrikaLoader } from '../vendors/yandex-metrika';
import { consentSites, type ConsentCmp } from '../sites';
import { cookieTable, page, script } from './layout';
import type { SiteFactory } from './site';

export const CONSENT_GA_ID = 'G-LAB5CONSNT';
export const CONSENT_YM_COUNTER = 55501234;

const TRACKERS = googleTagLoader(CONSENT_GA_ID) + yandexMetrikaLoader(CONSENT_YM_COUNTER) + posthogLoader();
// Loads the trackers at most once, whichever consent callback fires first.
const LOAD_ONCE = `window.labLoadTrackers=function(){if(window.labTrackersLoaded)return;window.labTrackersLoaded=true;${TRACKERS}};`;

interface Texts {
  lang: 'en' | 'ru' | 'uk';
  banner: string;
  accept: string;
  reject: string;
  policy: string;
}

const TEXTS: Record<'en' | 'ru' | 'uk', Texts> = {
  en: { lang: 'en', banner: 'We use cookies to measure our audience.', accept: 'Accept all', reject: 'Reject all', policy: 'Privacy policy' },
  ru: {
    lang: 'ru',
    banner: 'Мы используем файлы cookie для аналитики и улучшения работы сайта. Продолжая, вы можете принять или отклонить их.',
    accept: 'Принять все',
    reject: 'Отклонить',
    policy: 'Политика конфиденциальности',
  },
  uk: {
    lang: 'uk',
    banner: 'Ми використовуємо файли cookie для аналітики та покращення роботи сайту.',
    accept: 'Прийняти',
    reject: 'Відхилити',
    policy: 'Політика конфіденційності',
  },
};

function cmpHead(cmp: ConsentCmp, honours: boolean, t: Texts): string {
  const upfront = honours ? '' : script(TRACKERS);
  switch (cmp) {
    case 'vanilla-cookieconsent': {
      const gated = honours ? script(TRACKERS, 'type="text/plain" data-category="analytics"') : '';
      const config = {
        categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
        language: {
          default: 'en',
          translations: {
            en: {
              consentModal: { title: 'We use cookies', description: t.banner, acceptAllBtn: t.accept, acceptNecessaryBtn: t.reject, showPreferencesBtn: 'Manage preferences' },
              preferencesModal: {
                title: 'Cookie preferences',
                acceptAllBtn: t.accept,
                acceptNecessaryBtn: t.reject,
                savePreferencesBtn: 'Save preferences',
                sections: [
                  { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
                  { title: 'Analytics', description: 'Google Analytics, Yandex Metrika and PostHog.', linkedCategory: 'analytics' },
                ],
              },
            },
          },
        },
      };
      return `<link rel="stylesheet" href="${CMP_URLS.vanillaCss}">${upfront}${gated}<script src="${CMP_URLS.vanillaJs}"></script>${script(`document.addEventListener('DOMContentLoaded',function(){CookieConsent.run(${JSON.stringify(config)})});`)}`;
    }
    case 'klaro': {
      const gated = honours ? script(TRACKERS, 'type="text/plain" data-type="application/javascript" data-name="analytics"') : '';
      // acceptAll makes the notice's "That's ok" accept every service, as most klaro sites set it;
      // without it the button saves the services' defaults (all off), which accepts nothing.
      const config = { privacyPolicy: '/privacy', acceptAll: true, services: [{ name: 'analytics', title: 'Google Analytics, Yandex Metrika, PostHog', purposes: ['analytics'] }] };
      return `${script(`window.klaroConfig=${JSON.stringify(config)};`)}${upfront}${gated}<script defer src="${CMP_URLS.klaroJs}"></script>`;
    }
    case 'osano-cookieconsent': {
      const onConsent = honours
        ? "onInitialise:function(s){if(s==='allow')window.labLoadTrackers()},onStatusChange:function(){if(this.hasConsented())window.labLoadTrackers()},"
        : '';
      const init = `window.addEventListener('load',function(){window.cookieconsent.initialise({type:'opt-in',${onConsent}content:{href:'/privacy'}})});`;
      return `<link rel="stylesheet" href="${CMP_URLS.osanoCss}">${script(LOAD_ONCE)}${upfront}<script src="${CMP_URLS.osanoJs}"></script>${script(init)}`;
    }
    case 'tcf': {
      const listen = honours
        ? script("window.__tcfapi('addEventListener',2,function(d,ok){if(ok&&d.eventStatus!=='cmpuishown'&&d.purpose.consents[1])window.labLoadTrackers()});")
        : '';
      return `<script src="${CMP_URLS.tcfJs}"></script>${script(LOAD_ONCE)}${upfront}${listen}`;
    }
    case 'home-ru':
    case 'home-uk': {
      const gate = honours
        ? script("if(/(?:^|; )cookie_consent=accepted/.test(document.cookie))window.labLoadTrackers();window.addEventListener('lab-consent',function(e){if(e.detail==='accepted')window.labLoadTrackers()});")
        : '';
      const banner = `<script defer src="/js/cookie-banner.js" data-text="${escapeHtml(t.banner)}" data-accept="${escapeHtml(t.accept)}" data-reject="${escapeHtml(t.reject)}"></script>`;
      return `${script(LOAD_ONCE)}${upfront}${gate}${banner}`;
    }
  }
}

function policy(t: Texts, title: string): string {
  const headings: Record<Texts['lang'], [string, string, string, string, string]> = {
    en: ['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'],
    ru: ['Cookie', 'Поставщик', 'Назначение', 'Категория', 'Срок хранения'],
    uk: ['Cookie', 'Постачальник', 'Призначення', 'Категорія', 'Термін зберігання'],
  };
  const analytics = { en: 'Analytics', ru: 'Аналитические', uk: 'Аналітичні' }[t.lang];
  const year = { en: '1 year', ru: '1 год', uk: '1 рік' }[t.lang];
  const twoYears = { en: '2 years', ru: '2 года', uk: '2 роки' }[t.lang];
  const table = cookieTable(headings[t.lang], [
    { name: '_ga', provider: 'Google Analytics', purpose: 'Visitor id', category: analytics, lifetime: twoYears },
    { name: '_ga_*', provider: 'Google Analytics', purpose: 'Session state', category: analytics, lifetime: twoYears },
    { name: '_ym_uid', provider: 'Yandex Metrika', purpose: 'Visitor id', category: analytics, lifetime: year },
    { name: '_ym_d', provider: 'Yandex Metrika', purpose: 'First visit date', category: analytics, lifetime: year },
    { name: 'ph_*_posthog', provider: 'PostHog', purpose: 'Visitor and session ids', category: analytics, lifetime: year },
  ]);
  return page({ title: `${title}: ${t.policy}`, lang: t.lang, body: `<h2>${t.policy}</h2>${table}`, footer: [{ href: '/', text: '⌂' }] });
}

export const consentSiteServer: SiteFactory = (assets) => {
  const byHost = new Map(consentSites().map((s) => [s.host, s]));
  return {
    hosts: [...byHost.keys()],
    async handle(req) {
      const site = byHost.get(req.host);
      if (!site) return null;
      const t = TEXTS[site.cmp === 'home-ru' ? 'ru' : site.cmp === 'home-uk' ? 'uk' : 'en'];
      const honours = site.honoursConsent === true;
      if (req.path === '/') {
        const body = `<p>${honours ? 'This site waits for your choice before loading analytics.' : 'This site loads analytics whatever you choose.'}</p>`;
        return html(page({ title: site.title, lang: t.lang, head: cmpHead(site.cmp, honours, t), body, footer: [{ href: '/privacy', text: t.policy }] }));
      }
      if (req.path === '/privacy') return html(policy(t, site.title));
      if (req.path === '/js/cookie-banner.js') return js(await assets.own('sites/home-banner.js'));
      return null;
    },
  };
};
