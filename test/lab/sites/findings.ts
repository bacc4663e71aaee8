// Issue-6 finding sites: each is built so one or more DESIGN.md finding codes come out on purpose
// (expected codes are in the catalog, ../sites.ts). Five serve the real seed policies from the
// shared folder; the rest serve HTML cookie tables in English, Russian (windows-1251 and KOI8-R),
// Ukrainian, Kazakh-Russian and German, a one-hop cookie policy, a 404 policy and no policy.
import { html, type LabResponse } from '../http';
import { encodeLegacy } from '../policies/legacy-charset';
import { seedPolicyPage, type SeedId } from '../policies/seed';
import { googleTagLoader } from '../vendors/google-tag';
import { jivoLoader } from '../vendors/jivo';
import { mixpanelLoader } from '../vendors/mixpanel';
import { cookiebotSnippet, onetrustSnippet } from '../vendors/cmp-data';
import { comagicTag, roistatLoader, vkPixelLoader } from '../vendors/ru-counters';
import { topMailRuLoader } from '../vendors/top-mail-ru';
import { yandexMetrikaLoader } from '../vendors/yandex-metrika';
import { cookieTable, page, script, type CookieRow, type FooterLink } from './layout';
import type { SiteFactory } from './site';

const YM = yandexMetrikaLoader(44403221, true);
const GA = googleTagLoader('G-LAB6FINDNG');
const YEAR = 365 * 24 * 3600;
// The seed-003 site writes GA's cookies itself, asking 4 years for _ga (its policy declares 2).
const GA_BY_HAND = `document.cookie='_ga=GA1.1.'+Math.floor(Math.random()*2147483647)+'.'+Math.floor(Date.now()/1000)+'; path=/; max-age=${4 * YEAR}';document.cookie='_gid=GA1.1.'+Math.floor(Math.random()*2147483647)+'; path=/; max-age=86400';`;

// The prose-policy site writes its own cookies the way its policy describes them in sentences.
const PROSE_COOKIES = `document.cookie='cookie_consent=0; path=/; max-age=${YEAR}';document.cookie='cart=3x1; path=/; max-age=${30 * 24 * 3600}';document.cookie='sid='+Math.random().toString(36).slice(2)+'; path=/';`;

/** A policy page of plain paragraphs: no table, no list. */
const prosePage = (lang: string, title: string, paragraphs: string[]) =>
  html(page({ title, lang, body: `<h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`, footer: [{ href: '/', text: '⌂' }] }));

interface FindingSite {
  host: string;
  lang: string;
  title: string;
  head: string;
  footer: FooterLink[];
  pages: Record<string, (sharedDir: string) => LabResponse | Promise<LabResponse>>;
}

const seed = (id: SeedId, lang: string, title: string) => (sharedDir: string) => seedPolicyPage(sharedDir, id, lang, title);

function tablePage(lang: string, title: string, intro: string, headings: [string, string, string, string, string], rows: CookieRow[], charset?: string): string {
  return page({ title, lang, body: `<h2>${title}</h2><p>${intro}</p>${cookieTable(headings, rows)}`, footer: [{ href: '/', text: '⌂' }], ...(charset ? { charset } : {}) });
}

const RU_HEADINGS: [string, string, string, string, string] = ['Название cookie', 'Поставщик', 'Назначение', 'Категория', 'Срок хранения'];
const RU_ROWS: CookieRow[] = [
  { name: '_ym_uid', provider: 'Яндекс.Метрика', purpose: 'Идентификатор посетителя', category: 'Аналитические', lifetime: '1 год' },
  { name: '_ym_d', provider: 'Яндекс.Метрика', purpose: 'Дата первого визита', category: 'Аналитические', lifetime: '1 год' },
  { name: '_ym_isad', provider: 'Яндекс.Метрика', purpose: 'Определяет блокировщики рекламы', category: 'Аналитические', lifetime: '2 дня' },
  { name: 'PHPSESSID', provider: 'Сайт', purpose: 'Сессия пользователя', category: 'Необходимые', lifetime: 'До закрытия браузера' },
];
const ruPolicy = (title: string, charset?: string) =>
  tablePage('ru', title, 'Мы используем следующие файлы cookie.', RU_HEADINGS, RU_ROWS, charset);

const SITES: FindingSite[] = [
  { host: 'www.seed003.test', lang: 'uk', title: 'Seed 003 (IT PRO)', head: script(GA_BY_HAND), footer: [{ href: '/privacy', text: 'Політика конфіденційності' }], pages: { '/privacy': seed('003', 'uk', 'Політика конфіденційності') } },
  { host: 'www.seed002.test', lang: 'ru', title: 'Seed 002 (chat2desk)', head: script(YM + GA + roistatLoader('LabRs02')) + comagicTag('LabKy'), footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }], pages: { '/privacy': seed('002', 'ru', 'Политика конфиденциальности') } },
  { host: 'www.seed004.test', lang: 'ru', title: 'Seed 004 (mnogoweb)', head: script(YM), footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }], pages: { '/privacy': seed('004', 'ru', 'Политика конфиденциальности') } },
  { host: 'www.seed001.test', lang: 'ru', title: 'Seed 001 (crmcalls)', head: script(YM), footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }], pages: { '/privacy': seed('001', 'ru', 'Политика конфиденциальности') } },
  { host: 'www.seed000.test', lang: 'ru', title: 'Seed 000 (activecloud)', head: script(YM + GA + jivoLoader('LabJv0Wdgt')), footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }], pages: { '/privacy': seed('000', 'ru', 'Политика конфиденциальности') } },
  { host: 'www.no-policy.test', lang: 'en', title: 'No policy', head: script(YM + GA), footer: [{ href: '/contacts', text: 'Contacts' }], pages: { '/contacts': () => html(page({ title: 'Contacts', lang: 'en', body: '<p>Call us.</p>' })) } },
  {
    host: 'www.table-policy.test',
    lang: 'en',
    title: 'Table policy',
    head: script(GA + mixpanelLoader()),
    footer: [{ href: '/privacy', text: 'Privacy policy' }],
    pages: {
      // _ga declared "Strictly necessary" (known analytics), newsletter_popup never set, Mixpanel never named.
      '/privacy': () =>
        html(tablePage('en', 'Privacy policy', 'This table lists every cookie this website uses.', ['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'], [
          { name: '_ga', provider: 'Google Analytics', purpose: 'Load balancing and site security', category: 'Strictly necessary', lifetime: '2 years' },
          { name: '_ga_*', provider: 'Google Analytics', purpose: 'Keeps the session state', category: 'Strictly necessary', lifetime: '2 years' },
          { name: 'newsletter_popup', provider: 'Table Policy Ltd', purpose: 'Remembers that the newsletter pop-up was closed', category: 'Functional', lifetime: '30 days' },
        ])),
    },
  },
  {
    host: 'www.cp1251-policy.test',
    lang: 'ru',
    title: 'Политика в windows-1251',
    // VK pixel and Top.Mail.Ru are not in its table.
    head: script(YM + vkPixelLoader('VK-RTRG-123456-LabVk') + topMailRuLoader(3456790)),
    footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }],
    // Charset only in the Content-Type header; the <meta> is left out on purpose.
    pages: { '/privacy': () => ({ type: 'text/html; charset=windows-1251', body: encodeLegacy(ruPolicy('Политика использования cookie').replace('<meta charset="utf-8">\n', ''), 'windows-1251') }) },
  },
  {
    host: 'www.koi8-policy.test',
    lang: 'ru',
    title: 'Политика в KOI8-R',
    head: script(YM + GA),
    footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }],
    // Charset only in <meta>; the header names none.
    pages: { '/privacy': () => ({ type: 'text/html', body: encodeLegacy(ruPolicy('Политика использования cookie', 'koi8-r'), 'koi8-r') }) },
  },
  {
    host: 'www.uk-table.test',
    lang: 'uk',
    title: 'Українська таблиця',
    head: script(GA + YM),
    footer: [{ href: '/privacy', text: 'Політика конфіденційності' }],
    pages: {
      '/privacy': () =>
        html(tablePage('uk', 'Політика щодо файлів cookie', 'Ми використовуємо такі файли cookie.', ['Назва', 'Постачальник', 'Призначення', 'Категорія', 'Термін зберігання'], [
          { name: '_ga', provider: 'Google Analytics', purpose: 'Розрізняє відвідувачів', category: 'Аналітичні', lifetime: '2 роки' },
          { name: '_ym_uid', provider: 'Яндекс Метрика', purpose: 'Ідентифікатор відвідувача', category: 'Аналітичні', lifetime: '1 рік' },
          { name: 'csrftoken', provider: 'Сайт', purpose: 'Захист форм', category: 'Необхідні', lifetime: '1 рік' },
        ])),
    },
  },
  {
    host: 'www.kz-table.test',
    lang: 'kk',
    title: 'Қазақша-орысша кесте',
    head: script(YM),
    footer: [{ href: '/privacy', text: 'Құпиялылық саясаты / Политика конфиденциальности' }],
    pages: {
      '/privacy': () =>
        html(tablePage('kk', 'Cookie саясаты / Политика cookie', 'Сайт келесі cookie файлдарын пайдаланады. Сайт использует следующие файлы cookie.', ['Атауы / Название', 'Жеткізуші / Поставщик', 'Мақсаты / Назначение', 'Санаты / Категория', 'Сақтау мерзімі / Срок хранения'], [
          { name: '_ym_uid', provider: 'Яндекс.Метрика', purpose: 'Келушіні ажырату / Идентификатор посетителя', category: 'Аналитикалық / Аналитические', lifetime: '1 жыл / 1 год' },
          { name: '_ym_d', provider: 'Яндекс.Метрика', purpose: 'Алғашқы кіру күні / Дата первого визита', category: 'Аналитикалық / Аналитические', lifetime: '1 жыл / 1 год' },
        ])),
    },
  },
  {
    host: 'www.de-table.test',
    lang: 'de',
    title: 'Deutsche Tabelle',
    head: script(GA),
    footer: [{ href: '/datenschutz', text: 'Datenschutzerklärung' }],
    pages: {
      '/datenschutz': () =>
        html(tablePage('de', 'Datenschutzerklärung', 'Wir verwenden die folgenden Cookies.', ['Name', 'Anbieter', 'Zweck', 'Kategorie', 'Speicherdauer'], [
          { name: '_ga', provider: 'Google Analytics', purpose: 'Unterscheidet Besucher', category: 'Statistik', lifetime: '2 Jahre' },
          { name: '_ga_*', provider: 'Google Analytics', purpose: 'Speichert den Sitzungsstatus', category: 'Statistik', lifetime: '2 Jahre' },
          { name: 'cookie_consent', provider: 'Eigentümer der Website', purpose: 'Speichert die Cookie-Auswahl', category: 'Notwendig', lifetime: '1 Jahr' },
        ])),
    },
  },
  {
    host: 'www.policy-hop.test',
    lang: 'en',
    title: 'Policy with a separate cookie policy',
    head: script(YM + GA),
    footer: [{ href: '/privacy', text: 'Privacy policy' }],
    pages: {
      '/privacy': () => html(page({ title: 'Privacy policy', lang: 'en', body: '<p>We process the data you send us to answer you. How we use cookies is described in our <a href="/cookie-policy">Cookie Policy</a>.</p>' })),
      '/cookie-policy': () =>
        html(tablePage('en', 'Cookie Policy', 'These are the cookies set on this website.', ['Cookie', 'Provider', 'Purpose', 'Category', 'Expiry'], [
          { name: '_ga', provider: 'Google Analytics', purpose: 'Distinguishes visitors', category: 'Analytics', lifetime: '2 years' },
          { name: '_ym_uid', provider: 'Yandex Metrika', purpose: 'Distinguishes visitors', category: 'Analytics', lifetime: '1 year' },
          { name: '_ym_d', provider: 'Yandex Metrika', purpose: 'First visit date', category: 'Analytics', lifetime: '1 year' },
        ])),
    },
  },
  // Issue 10: declarations the consent manager keeps as data in the page (emulated Cookiebot and
  // OneTrust loaders, no banner); the policy text names no cookie.
  {
    host: 'www.cookiebot-data.test',
    lang: 'ru',
    title: 'Cookiebot: декларация в данных страницы',
    head: script(YM + GA) + cookiebotSnippet('6f1a3c52-0b7d-4e1a-9c55-1ab0c0ffee01'),
    footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }],
    pages: {
      '/privacy': () =>
        prosePage('ru', 'Политика конфиденциальности', [
          'Мы обрабатываем данные, которые вы нам отправляете, чтобы ответить на ваши обращения.',
          'Перечень файлов cookie этого сайта, их назначение и сроки хранения показаны в окне настроек cookie на каждой странице.',
        ]),
    },
  },
  {
    host: 'www.onetrust-data.test',
    lang: 'en',
    title: 'OneTrust: declaration in page data',
    head: script(GA) + onetrustSnippet('0199a2c4-7f3e-7b11-a5d0-labdomain001'),
    footer: [{ href: '/privacy', text: 'Privacy policy' }],
    pages: {
      '/privacy': () =>
        prosePage('en', 'Privacy policy', [
          'We process the data you send us in order to answer your requests.',
          'The cookies this website uses, what they are for and how long they are kept are listed in the cookie settings available on every page.',
        ]),
    },
  },
  // Issue 10: a policy that names its cookies only in running text (no table, no list).
  {
    host: 'www.prose-policy.test',
    lang: 'ru',
    title: 'Политика прозой',
    head: script(PROSE_COOKIES),
    footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }],
    pages: {
      '/privacy': () =>
        prosePage('ru', 'Политика использования файлов cookie', [
          'Сайт сохраняет файл cookie_consent, чтобы запомнить ваш выбор в уведомлении о cookie; он хранится 1 год.',
          'Файл cookie cart запоминает содержимое корзины в течение 30 дней.',
          'Идентификатор сессии хранится в cookie <code>sid</code> до закрытия браузера.',
          'Других файлов cookie сайт не использует.',
        ]),
    },
  },
  // Issue 10: the policy says in prose that the site does not use Google Analytics; the page loads it.
  {
    host: 'www.denied-vendor.test',
    lang: 'ru',
    title: 'Отрицаемый сервис',
    head: script(YM + GA),
    footer: [{ href: '/privacy', text: 'Политика конфиденциальности' }],
    pages: {
      '/privacy': () =>
        prosePage('ru', 'Политика конфиденциальности', [
          'Для статистики посещений мы используем сервис Яндекс.Метрика: файлы cookie _ym_uid и _ym_d хранятся 1 год.',
          'Мы не используем Google Analytics и не передаём данные о посещениях в Google.',
        ]),
    },
  },
  // The footer links /privacy, which answers 404.
  { host: 'www.policy-404.test', lang: 'en', title: 'Broken policy link', head: script(YM), footer: [{ href: '/privacy', text: 'Privacy policy' }], pages: {} },
];

export const findingSiteServer: SiteFactory = (assets) => {
  const byHost = new Map(SITES.map((s) => [s.host, s]));
  return {
    hosts: [...byHost.keys()],
    async handle(req) {
      const site = byHost.get(req.host);
      if (!site) return null;
      if (req.path === '/') {
        const body = `<p>${site.title}: a Consent Auditor lab site.</p>`;
        return html(page({ title: site.title, lang: site.lang, head: site.head, body, footer: site.footer }));
      }
      const render = site.pages[req.path];
      return render ? render(assets.sharedDir) : null;
    },
  };
};
