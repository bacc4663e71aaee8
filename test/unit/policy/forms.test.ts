// Every form a policy names its cookies in, in the five languages: tables (HTML, Markdown,
// key/value), list leads, running prose, prefixes, source forms with template syntax left in,
// and what the text denies. Cases written for this test, not copied from any policy.
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { Declarations, PolicyLanguage } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';

const deps = { findVendorMentions, knownCookie: knownCookieName };
const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

type Source = { text: string } | { html: string };

function read(source: Source, lang?: PolicyLanguage): Declarations {
  return parsePolicy({ ...source, url: null, kind: 'file', ...(lang === undefined ? {} : { lang }) }, deps);
}

function names(d: Declarations): string[] {
  return [...new Set(d.cookies.flatMap((c) => [...c.names, ...c.prefixes.map((p) => p + '*')]))].sort();
}

function lifetimeOf(d: Declarations, name: string): number | string | null {
  const c = d.cookies.find((x) => x.names.includes(name) || x.prefixes.includes(name));
  const l = c?.lifetime ?? null;
  if (l === null) return null;
  return l.kind === 'fixed' ? l.minSeconds : l.kind === 'range' ? `${l.minSeconds}-${l.maxSeconds}` : l.kind;
}

/** [label, source, expected names (prefixes with *), [name, lifetime] pairs]. */
const FORMS: [string, Source, string[], [string, number | string | null][]][] = [
  // HTML tables
  [
    'en HTML table with a header row',
    { html: '<table><tr><th>Cookie name</th><th>Provider</th><th>Purpose</th><th>Expiry</th></tr><tr><td>basket_id</td><td>shop</td><td>Keeps the basket</td><td>30 days</td></tr></table>' },
    ['basket_id'],
    [['basket_id', 30 * DAY]],
  ],
  [
    'en HTML key/value table (one small table per cookie)',
    {
      html:
        '<h3>Essential cookies</h3><table><tr><th>Name</th><td>:</td><td>sess_token</td></tr><tr><th>Purpose</th><td>:</td><td>Keeps you signed in</td></tr>' +
        '<tr><th>Provider</th><td>:</td><td>example.org</td></tr><tr><th>Type</th><td>:</td><td>http_cookie</td></tr><tr><th>Expires in</th><td>:</td><td>7 days</td></tr></table>' +
        '<table><tr><th>Name</th><td>:</td><td>ui_height</td></tr><tr><th>Type</th><td>:</td><td>html_local_storage</td></tr><tr><th>Expires in</th><td>:</td><td>persistent</td></tr></table>',
    },
    ['sess_token', 'ui_height'],
    [['sess_token', 7 * DAY], ['ui_height', 'persistent']],
  ],
  [
    'en CMP table with [x2] counts, # wildcards and an extra empty cell',
    {
      html:
        '<p>Statistics (2)</p><table><tr><th>Name</th><th>Provider</th><th>Purpose</th><th>Maximum Storage Duration</th><th>Type</th></tr>' +
        '<tr><td>visit_id [x2]</td><td>Example</td><td>Counts visits</td><td>1 year</td><td>HTTP Cookie</td></tr>' +
        '<tr><td>_stat_#</td><td>Example</td><td>Counts visits</td><td>2 years</td><td>HTTP Cookie</td><td></td></tr></table>',
    },
    ['_stat_*', 'visit_id'],
    [['visit_id', YEAR], ['_stat_', 2 * YEAR]],
  ],
  [
    'uk HTML table with Ukrainian headers',
    { html: '<table><tr><th>Назва</th><th>Призначення</th><th>Термін дії</th></tr><tr><td>ua_lang</td><td>мова сайту</td><td>6 місяців</td></tr></table>' },
    ['ua_lang'],
    [['ua_lang', 6 * MONTH]],
  ],
  // Markdown
  [
    'ru Markdown pipe table with code spans',
    { text: '| Имя | Назначение | Срок |\n| --- | --- | --- |\n| `_ym_uid` | идентификатор посетителя | 1 год |\n| `_ym_d` | дата первого визита | 1 год |\n' },
    ['_ym_d', '_ym_uid'],
    [['_ym_uid', YEAR], ['_ym_d', YEAR]],
  ],
  [
    'en Markdown table with \\_ escapes, a vendor column before the name, and a document-wide lifetime',
    { text: '| Cookie | Name | Purpose |\n| --- | --- | --- |\n| Matomo | \\_pk\\_ref | remembers where you came from |\n\nAll cookies expire after 13 months.\n' },
    ['_pk_ref'],
    [['_pk_ref', 13 * MONTH]],
  ],
  [
    'de Markdown table with the lifetime opening the purpose cell',
    { text: '| Name | Zweck |\n| --- | --- |\n| sid_x | 2 Jahre. Registriert eine eindeutige ID. |\n' },
    ['sid_x'],
    [['sid_x', 2 * YEAR]],
  ],
  [
    'de Markdown table with the category in the first column',
    { text: '| Art | Name | Zweck | Ablauf |\n| --- | --- | --- | --- |\n| HTTP (Statistik) | stat_uid | misst Besuche | 1 Tag |\n' },
    ['stat_uid'],
    [['stat_uid', DAY]],
  ],
  // lists
  [
    'de bullets with bold code spans, two names joined by "+"',
    { text: '# Cookies\nFolgende Cookies werden verwendet:\n\n* __`shop_cart`__ + __`shop_seen`__:\n    speichert den Warenkorb für 14 Tage\n* __`theme`__:\n    das gewählte Design\n' },
    ['shop_cart', 'shop_seen', 'theme'],
    [['shop_cart', 14 * DAY], ['theme', null]],
  ],
  [
    'uk bullet with a dash after the name',
    { text: 'Ми використовуємо такі файли cookie:\n- _lang_pref – мова інтерфейсу, зберігається 1 рік\n' },
    ['_lang_pref'],
    [['_lang_pref', YEAR]],
  ],
  [
    'ru paragraphs that open with a name in a cookie section',
    { html: '<h2>Какие cookie мы используем</h2><p>_ym_uid — идентификатор посетителя, хранится 1 год.</p><p>Яндекс.Метрика — сервис статистики.</p>' },
    ['_ym_uid'],
    [['_ym_uid', YEAR]],
  ],
  [
    'en definition list of cookies',
    { html: '<h2>Cookies we use</h2><dl><dt>pref_theme</dt><dd>Remembers the colour theme for 6 months.</dd></dl>' },
    ['pref_theme'],
    [['pref_theme', 6 * MONTH]],
  ],
  // prose
  ['ru prose: two names joined by "и", one lifetime', { text: 'Файлы cookie _ym_uid и _ym_d хранятся 1 год.' }, ['_ym_d', '_ym_uid'], [['_ym_uid', YEAR], ['_ym_d', YEAR]]],
  ['ru prose: "файл cookie_consent"', { text: 'Мы используем файл cookie_consent, чтобы запомнить ваш выбор на 6 месяцев.' }, ['cookie_consent'], [['cookie_consent', 6 * MONTH]]],
  ['ru prose: a plain Latin word right after "cookie"', { text: 'Сайт использует cookie cart, который запоминает содержимое корзины.' }, ['cart'], [['cart', null]]],
  ['uk prose: names joined by "та"', { text: 'Ми зберігаємо файли cookie _shop_sid та _shop_vid протягом 30 днів.' }, ['_shop_sid', '_shop_vid'], [['_shop_sid', 30 * DAY]]],
  ['en prose: code spans and a lifetime', { text: 'We set the cookies `_ga`, `_gid` and `_gat` for statistics; `_ga` expires after 2 years.' }, ['_ga', '_gat', '_gid'], [['_ga', 2 * YEAR]]],
  ['en prose: "the cookie `cart` remembers"', { text: 'The cookie `cart` remembers your basket until you close the browser.' }, ['cart'], [['cart', 'session']]],
  ['kk prose', { text: 'Сайт _kz_sess cookie файлын 30 күнге сақтайды.' }, ['_kz_sess'], [['_kz_sess', 30 * DAY]]],
  ['de: a cookie that signs you in again after the session ends outlives it', { text: 'Diese Cookies setzen wir:\n* `KEEP_LOGIN`:\n    Meldet den Benutzer auch nach Ende der Session wieder an.\n' }, ['KEEP_LOGIN'], [['KEEP_LOGIN', 'persistent']]],
  ['de prose with a camelCase name', { text: 'Das Cookie consentGiven speichert Ihre Auswahl für 12 Monate.' }, ['consentGiven'], [['consentGiven', 12 * MONTH]]],
  // prefixes
  ['ru prefix in prose', { text: 'Имена cookie чата начинаются с jv_ и хранятся 1 год.' }, ['jv_*'], [['jv_', YEAR]]],
  ['ru two prefixes in one sentence', { text: 'Коллтрекинг ставит cookie с префиксами _cmg_csst и _comagic_id.' }, ['_cmg_csst*', '_comagic_id*'], []],
  ['en wildcard notations', { text: 'Cookies `_ga_<container-id>` and `_gat_UA-*` are set by the tag.' }, ['_ga_*', '_gat_UA-*'], []],
  // not declarations
  ['en other sites\' cookies are not declared', { text: 'Other websites set cookies such as remixlang when you visit them.' }, [], []],
  ['de a sample after "zum Beispiel ... aussehen:" is not declared', { text: 'So können zum Beispiel Cookie-Daten aussehen:\nsample_cookie_id: 4fa1 (Cookie)\n' }, [], []],
  ['en paths and file names in prose are not names', { text: 'Read the cookie notice at example.com/legal/cookie_policy or download cookie_policy.pdf.' }, [], []],
  ['en header words are never names', { html: '<table><tr><th>Name</th><td>:</td><td>Provider</td></tr><tr><th>Purpose</th><td>:</td><td>Type</td></tr></table>' }, [], []],
  // a placeholder in angle brackets is part of the name, not markup; real tags are still dropped
  [
    'en plain text placeholders in angle brackets',
    { text: 'Cookies we use:\n- _ga_<id> – Google Analytics, 2 years\n- _pk_id.<site> – Matomo, 13 months\n- <b>cart</b> – <i>basket</i>, 1 day' },
    ['_ga_*', '_pk_id.*', 'cart'],
    [['_ga_', 2 * YEAR], ['_pk_id.', 13 * MONTH], ['cart', DAY]],
  ],
  // a bracket that holds the name with its lifetime, in a sentence with no cookie word
  ['de name and lifetime in one bracket', { text: 'Wir nutzen Matomo (_pk_id, 13 Monate).' }, ['_pk_id'], [['_pk_id', 13 * MONTH]]],
  ['en name and lifetime in one bracket', { text: 'We use Matomo (_pk_id, 13 months) and nothing else.' }, ['_pk_id'], [['_pk_id', 13 * MONTH]]],
  // plain lower-case leads named from the first item once a later item opens with a marked name
  [
    'en list whose first items have plain leads',
    { text: 'Cookies:\n- sessionid – keeps you logged in\n- csrftoken – form protection, 1 year\n- django_language – language choice' },
    ['csrftoken', 'django_language', 'sessionid'],
    [['csrftoken', YEAR]],
  ],
  ['en list of features stays a list of features', { text: 'Features:\n- search – find products fast\n- wishlist – keep items for later\n- reviews – read what others say' }, [], []],
  // a provider cell spanning rows: the rows under it keep their columns
  [
    'ru HTML table with a rowspan provider',
    { html: '<table><tr><th>Провайдер</th><th>Cookie</th><th>Срок</th></tr><tr><td rowspan="2">Яндекс.Метрика</td><td>_ym_uid</td><td>1 год</td></tr><tr><td>_ym_d</td><td>1 год</td></tr><tr><td colspan="1">Сайт</td><td>PHPSESSID</td><td>сессия</td></tr></table>' },
    ['PHPSESSID', '_ym_d', '_ym_uid'],
    [['_ym_uid', YEAR], ['_ym_d', YEAR], ['PHPSESSID', 'session']],
  ],
  ['en clause after a semicolon keeps the cookie subject', { text: 'The _ga cookie expires after 2 years; _gid after 24 hours.' }, ['_ga', '_gid'], [['_ga', 2 * YEAR], ['_gid', DAY]]],
  // Markdown key/value blocks: one "**Label**: value" line per fact, a blank line between cookies
  [
    'en Markdown label lines per cookie',
    { text: '### Analytics cookies\n**Cookie**: _ga  \n**Description**: Tells visitors apart.  \n**Service**: Google Analytics  \n**Duration**: 2 years\n\n**Cookie**: `_gid`  \n**Duration**: 1 day\n\nNote: we review this list yearly.' },
    ['_ga', '_gid'],
    [['_ga', 2 * YEAR], ['_gid', DAY]],
  ],
  [
    'de label lines with a list mark',
    { text: 'Folgende Cookies setzen wir:\n- Name: shop_cart\n- Zweck: Warenkorb\n- Speicherdauer: 14 Tage' },
    ['shop_cart'],
    [['shop_cart', 14 * DAY]],
  ],
  [
    'lines with colons that are not a cookie table stay prose',
    { text: 'Contact: privacy@example.com\nAddress: 1 Main Street\nPhone: 555 0100' },
    [],
    [],
  ],
  // reStructuredText grid table: +---+ borders between rows, a cell continued on the next line
  [
    'en reStructuredText grid table',
    { text: '+----------+--------+------------------+---------+\n| Provider | Cookie | Purpose          | Expiry  |\n+==========+========+==================+=========+\n| Google   | _ga    | Counts visits to | 2 years |\n|          |        | the docs.        |         |\n+----------+--------+------------------+---------+\n| Docs     | csrftoken | Form safety   | 1 year  |\n+----------+--------+------------------+---------+' },
    ['_ga', 'csrftoken'],
    [['_ga', 2 * YEAR], ['csrftoken', YEAR]],
  ],
];

describe('cookie names in every form', () => {
  test.each(FORMS)('%s', (_label, source, expected, lifetimes) => {
    const d = read(source);
    expect(names(d)).toEqual(expected);
    for (const [name, lifetime] of lifetimes) expect(lifetimeOf(d, name), name).toEqual(lifetime);
    for (const c of d.cookies) expect(c.quote.length).toBeGreaterThan(0);
  });
});

describe('source forms', () => {
  test.each<[string, Source]>([
    ['Blade template', { html: "<p>{{ __('Cookies') }}</p>@if($show)\n<table><tr><th>Name</th><th>Expiry</th></tr><tr><td>laravel_session</td><td>2 hours</td></tr></table>\n@endif" }],
    ['PHP tags', { html: '<?php echo $title; ?><table><tr><th>Name</th><th>Expiry</th></tr><tr><td>laravel_session</td><td>2 hours</td></tr></table>' }],
    [
      'JSX component read as text',
      {
        text: [
          "import React from 'react';",
          'const Policy = () => {',
          '  return (',
          '    <div className="policy">',
          "      <p>Cookies{' '}we set:</p>",
          '      {/* the table */}',
          '      <table className="t">',
          '        <tr><th className="h">Name</th><th className="h">Expiry</th></tr>',
          '        <tr><td className="c">laravel_session</td><td className="c">2 hours</td></tr>',
          '      </table>',
          '    </div>',
          '  );',
          '};',
          'export default Policy;',
        ].join('\n'),
      },
    ],
  ])('%s: the table survives', (_label, source) => {
    const d = read(source);
    expect(names(d)).toEqual(['laravel_session']);
    expect(lifetimeOf(d, 'laravel_session')).toBe(2 * HOUR);
  });

  test('a CMP row typed "HTML Local Storage" keeps its kind', () => {
    const d = read({ html: '<table><tr><th>Name</th><th>Purpose</th><th>Expiry</th><th>Type</th></tr><tr><td>lastRef</td><td>Remembers the referrer</td><td>Persistent</td><td>HTML Local Storage</td></tr></table>' });
    expect(d.cookies[0]?.storage).toBe('localStorage');
  });

  test('"a few minutes" is a lifetime without a number, not a session', () => {
    const d = read({ text: '| Name | Purpose |\n| --- | --- |\n| tmp_flag | a short-lived cookie, lasting a few minutes |\n' });
    expect(lifetimeOf(d, 'tmp_flag')).toBe('persistent');
    expect(MIN).toBe(60);
  });
});

describe('what the policy denies', () => {
  test.each<[string, PolicyLanguage, string, string[], string[]]>([
    ['uk', 'uk', 'Ми не використовуємо Яндекс.Метрику.', ['yandex-metrika'], []],
    ['ru with a contrast clause', 'ru', 'С 2022 года мы не используем Google Analytics, а используем Яндекс.Метрику.', ['google-analytics'], ['yandex-metrika']],
    ['en', 'en', 'We no longer use Google Analytics on this site.', ['google-analytics'], []],
    ['en "we do not use"', 'en', 'We do not use Hotjar or any session recording.', ['hotjar'], []],
    ['de', 'de', 'Wir verwenden keine Marketing-Cookies und kein Google Analytics.', ['google-analytics'], []],
    ['kk', 'kk', 'Біз Google Analytics қолданбаймыз.', ['google-analytics'], []],
  ])('%s', (_label, lang, text, denied, declared) => {
    const d = read({ text }, lang);
    expect((d.denied ?? []).filter((x) => x.kind === 'vendor').map((x) => x.value).sort()).toEqual(denied);
    expect(d.vendors.map((v) => v.vendor).sort()).toEqual(declared);
    for (const item of d.denied ?? []) expect(item.quote.length).toBeGreaterThan(0);
  });

  test('a denied category is not declared', () => {
    const d = read({ text: 'Wir verwenden keine Marketing-Cookies. Wir setzen notwendige Cookies ein.' }, 'de');
    expect(d.denied?.some((x) => x.kind === 'category' && x.value === 'marketing')).toBe(true);
    expect(d.categories.map((c) => c.category)).not.toContain('marketing');
  });

  test('a vendor denied once but named as used elsewhere stays declared', () => {
    const d = read({ text: 'Мы используем Яндекс.Метрику для статистики. Мы не используем Яндекс.Метрику для рекламы на других сайтах.' }, 'ru');
    expect(d.vendors.map((v) => v.vendor)).toContain('yandex-metrika');
  });

  test('a denied cookie name is not declared', () => {
    const d = read({ text: 'Файлы cookie _ym_uid хранятся 1 год. Мы не используем cookie _old_track.' }, 'ru');
    expect(names(d)).toEqual(['_ym_uid']);
    expect(d.denied?.find((x) => x.kind === 'cookie')?.value).toBe('_old_track');
  });

  test('"you may not use" is no denial by the site', () => {
    const d = read({ text: 'If you do not use Google Chrome, see your browser help. We use Google Analytics.' }, 'en');
    expect(d.denied ?? []).toEqual([]);
  });
});
