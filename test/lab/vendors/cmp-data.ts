// Cookiebot and OneTrust keep each site's cookie declaration as data in the page (Cookiebot's
// CookieConsentDialog.cookieTable* arrays, OneTrust's GetDomainData()). Neither is on npm, so
// consent.cookiebot.com and cdn.cookielaw.org serve the lab's EMULATIONS of their loaders
// (static/emulations/cookiebot-uc.js, onetrust-sdk.js) and each lab site's declaration, kept here
// by its Cookiebot id / OneTrust domain id, as the vendors keep them in their accounts.
import { js, json } from '../http';
import type { VendorFactory } from './vendor';

const COOKIEBOT = 'consent.cookiebot.com';
const ONETRUST = 'cdn.cookielaw.org';

/** A row as cc.js writes it: [name, provider, purpose, expiry, type name, type id, pattern, link]. */
export type CookiebotRow = [string, string, string, string, string, number, string, string];
export interface CookiebotDeclaration {
  lang: string;
  tables: Partial<Record<'Necessary' | 'Preference' | 'Statistics' | 'Advertising' | 'Unclassified', CookiebotRow[]>>;
}

export interface OneTrustCookie {
  Name: string;
  Host: string;
  IsSession: boolean;
  /** Days, as a string, the way the domain JSON holds it. */
  Length: string;
  description: string;
}
export interface OneTrustGroup {
  CustomGroupId: string;
  GroupName: string;
  FirstPartyCookies: OneTrustCookie[];
  Hosts: { HostName: string; Cookies: OneTrustCookie[] }[];
}

const YM = 'Яндекс.Метрика';
const YM_PRIVACY = 'https://yandex.ru/legal/confidential/';
const GA_PRIVACY = 'https://policies.google.com/privacy';

/**
 * The Cookiebot lab site's declaration (Russian). It declares _ym_uid for 1 day although the
 * Metrika tag asks 1 year: a retention-exceeds that only the CMP data can produce.
 */
export const COOKIEBOT_ACCOUNTS: Record<string, CookiebotDeclaration> = {
  '6f1a3c52-0b7d-4e1a-9c55-1ab0c0ffee01': {
    lang: 'ru',
    tables: {
      Necessary: [['CookieConsent', 'Cookiebot', 'Хранит согласие пользователя на cookie для текущего домена', '1 год', 'HTTP Cookie', 1, '', '']],
      Statistics: [
        ['_ga', 'Google Analytics', 'Регистрирует уникальный идентификатор для статистики посещений', '2 года', 'HTTP Cookie', 1, '', GA_PRIVACY],
        ['_ga_#', 'Google Analytics', 'Хранит состояние сессии', '2 года', 'HTTP Cookie', 1, '', GA_PRIVACY],
        ['_ym_uid', YM, 'Идентификатор посетителя', '1 день', 'HTTP Cookie', 1, '', YM_PRIVACY],
        ['_ym_d', YM, 'Дата первого визита', '1 год', 'HTTP Cookie', 1, '', YM_PRIVACY],
        ['_ym_isad', YM, 'Определяет блокировщики рекламы', '2 дня', 'HTTP Cookie', 1, '', YM_PRIVACY],
        ['_ym_visorc', YM, 'Нужен для работы Вебвизора', '1 день', 'HTTP Cookie', 1, '', YM_PRIVACY],
      ],
      Advertising: [['yandexuid', YM, 'Идентификатор пользователя Яндекса', '1 год', 'HTTP Cookie', 1, '', YM_PRIVACY]],
    },
  },
};

const day = (name: string, host: string, days: number, description: string): OneTrustCookie => ({ Name: name, Host: host, IsSession: false, Length: String(days), description });

/** The OneTrust lab site's groups (English). _ga is declared for 30 days; GA asks 2 years. */
export const ONETRUST_DOMAINS: Record<string, { language: string; groups: OneTrustGroup[] }> = {
  '0199a2c4-7f3e-7b11-a5d0-labdomain001': {
    language: 'en',
    groups: [
      { CustomGroupId: 'C0001', GroupName: 'Strictly Necessary Cookies', FirstPartyCookies: [day('OptanonConsent', 'www.onetrust-data.test', 365, 'Set by the cookie compliance solution from OneTrust; stores the consent choices.')], Hosts: [] },
      {
        CustomGroupId: 'C0002',
        GroupName: 'Performance Cookies',
        FirstPartyCookies: [
          day('_ga', 'onetrust-data.test', 30, 'Distinguishes visitors (Google Analytics).'),
          { Name: '_ga_*', Host: 'onetrust-data.test', IsSession: false, Length: '30', description: 'Keeps the session state (Google Analytics).' },
        ],
        Hosts: [],
      },
    ],
  },
};

/** The snippet Cookiebot's docs give, for a lab account above. */
export function cookiebotSnippet(cbid: keyof typeof COOKIEBOT_ACCOUNTS): string {
  return `<script id="Cookiebot" src="https://${COOKIEBOT}/uc.js" data-cbid="${cbid}" type="text/javascript" async></script>`;
}

/** OneTrust's stub tag, for a lab domain above. */
export function onetrustSnippet(domainId: keyof typeof ONETRUST_DOMAINS): string {
  return `<script src="https://${ONETRUST}/scripttemplates/otSDKStub.js" data-domain-script="${domainId}" type="text/javascript" charset="UTF-8"></script>`;
}

function ccJs(d: CookiebotDeclaration): string {
  const lines = [`CookieConsentDialog.lang=${JSON.stringify(d.lang)};`];
  for (const t of ['Necessary', 'Preference', 'Statistics', 'Advertising', 'Unclassified'] as const) {
    lines.push(`CookieConsentDialog.cookieTable${t} = ${JSON.stringify(d.tables[t] ?? [])};`);
  }
  return lines.join('\n');
}

export const cmpData: VendorFactory = (assets) => ({
  id: 'cmp-data',
  name: 'Cookiebot and OneTrust loaders (emulation)',
  emulation: true,
  hosts: [COOKIEBOT, ONETRUST],
  async handle(req) {
    if (req.host === COOKIEBOT) {
      if (req.path === '/uc.js') return js(await assets.own('emulations/cookiebot-uc.js'));
      const cc = /^\/([\w-]+)\/cc\.js$/.exec(req.path);
      const d = cc ? COOKIEBOT_ACCOUNTS[cc[1]!] : undefined;
      return d ? js(ccJs(d)) : null;
    }
    if (req.path === '/scripttemplates/otSDKStub.js') return js(await assets.own('emulations/onetrust-sdk.js'));
    const domain = /^\/consent\/([\w-]+)\/([\w-]+)\.json$/.exec(req.path);
    const d = domain && domain[1] === domain[2] ? ONETRUST_DOMAINS[domain[1]!] : undefined;
    return d ? json({ DomainData: { Language: { Culture: d.language }, Groups: d.groups } }, { headers: { 'access-control-allow-origin': '*' } }) : null;
  },
});

