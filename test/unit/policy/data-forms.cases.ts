// Cases for data-forms.test.ts: written for the test in the shapes such files take.
const DAY = 86_400;
const YEAR = 365 * DAY;

/** [label, source, names, [name, lifetime seconds | 'session' | null, category | undefined][]] */
export const CASES: [string, string, string[], [string, number | 'session' | null, string | undefined][]][] = [
  [
    'JSON list of cookie objects',
    JSON.stringify([
      { name: 'shop_sid', purpose: 'Keeps the basket between pages', expiry: 'Session', category: 'Strictly necessary' },
      { name: '_ga', provider: 'Google', purpose: 'Distinguishes visitors', expiry: '2 years', category: 'Analytics' },
      { name: '_fbp', provider: 'Meta', purpose: 'Delivers advertising', expiry: '3 months', category: 'Marketing' },
    ]),
    ['_fbp', '_ga', 'shop_sid'],
    [['shop_sid', 'session', 'necessary'], ['_ga', 2 * YEAR, 'analytics'], ['_fbp', 90 * DAY, 'marketing']],
  ],
  [
    'JS module: groups with a category title and a list per host (ru)',
    `window.cookieGroups = [
  { slug: 'necessary', category: 'Строго необходимые файлы cookie', description: 'Без них сайт не работает.',
    cookies: [{ host: 'shop.example', list: [{ name: 'csrf_token', description: 'Защита форм, хранится 1 день' }] }] },
  { slug: 'ads', category: 'Целевые файлы cookie', description: 'Их ставят наши рекламные партнёры.',
    cookies: [{ host: 'vk.com', list: [{ name: 'remixlang', description: 'Язык интерфейса VK' }, { name: 'tmr_lvid', description: 'Идентификатор посетителя Top.Mail.Ru' }] }] },
];`,
    ['csrf_token', 'remixlang', 'tmr_lvid'],
    [['csrf_token', DAY, 'necessary'], ['tmr_lvid', null, 'marketing']],
  ],
  [
    'cookieconsent v2 config: col1..col4 rows, headers given once, a regex name',
    `cc.run({
  languages: { en: { settings_modal: {
    cookie_table_headers: [{ col1: 'Name' }, { col2: 'Domain' }, { col3: 'Expiration' }, { col4: 'Description' }],
    blocks: [
      { title: 'Analytics cookies', toggle: { value: 'analytics', enabled: false },
        cookie_table: [
          { col1: '^_ga', col2: 'google.com', col3: '2 years', col4: 'Google Analytics', is_regex: true },
          { col1: '_gid', col2: 'google.com', col3: '1 day', col4: 'Google Analytics' },
        ] },
    ] } } },
  gui_options: { consent_modal: { layout: 'box' } },
});`,
    ['_ga*', '_gid'],
    [['_ga', 2 * YEAR, 'analytics'], ['_gid', DAY, 'analytics']],
  ],
  [
    'klaro-style services: names and patterns under a service, purposes give the category',
    `var klaroConfig = {
  elementID: 'klaro',
  services: [
    { name: 'matomo', title: 'Matomo', purposes: ['analytics'], cookies: [/^_pk_.*$/, ['_pk_ses', '/', 'site.example'], 'MATOMO_SESSID'] },
    { name: 'pixel', title: 'Meta Pixel', purposes: ['marketing'], cookies: ['_fbp'], callback: function (consent, service) { console.log(consent); } },
  ],
};`,
    ['MATOMO_SESSID', '_fbp', '_pk_*', '_pk_ses'],
    [['_fbp', null, 'marketing'], ['MATOMO_SESSID', null, 'analytics']],
  ],
  [
    'component with its cookie list as an array beside the JSX that renders it (uk)',
    `import React from 'react';

const COOKIES = [
  { name: '_ym_uid', provider: 'Яндекс.Метрика', duration: '1 рік', purpose: 'Статистика відвідувань' },
  { name: '_ym_d', provider: 'Яндекс.Метрика', duration: '1 рік', purpose: 'Дата першого візиту' },
  { name: 'lang', provider: 'Наш сайт', duration: 'до закриття браузера', purpose: 'Мова інтерфейсу' },
];

export default function CookiePolicy() {
  return (
    <section className="policy">
      <h1>Політика використання файлів cookie</h1>
      <p>Ми використовуємо файли cookie, перелічені в таблиці нижче.</p>
      <table className="cookies">
        <tbody>
          {COOKIES.map((c) => (<tr key={c.name}><td>{c.name}</td><td>{c.duration}</td></tr>))}
        </tbody>
      </table>
    </section>
  );
}`,
    ['_ym_d', '_ym_uid', 'lang'],
    [['_ym_uid', YEAR, undefined], ['lang', 'session', undefined]],
  ],
  [
    'a map keyed by cookie names',
    `{"cookies": {"_fbp": {"duration": "90 days", "purpose": "advertising"}, "_hjSessionUser_123": {"duration": "1 year", "purpose": "Hotjar analytics"}}}`,
    ['_fbp', '_hjSessionUser_123'],
    [['_fbp', 90 * DAY, undefined]],
  ],
  [
    'Vue single-file component: the table in <template>, one more row in data()',
    `<template>
  <div class="datenschutz">
    <h2>Cookies</h2>
    <table>
      <thead><tr><th>Name</th><th>Anbieter</th><th>Zweck</th><th>Speicherdauer</th></tr></thead>
      <tbody>
        <tr><td>_pk_id.*</td><td>Matomo</td><td>Statistik</td><td>13 Monate</td></tr>
        <tr v-for="c in extra" :key="c.name"><td>{{ c.name }}</td><td>{{ c.dauer }}</td></tr>
      </tbody>
    </table>
  </div>
</template>
<script>
export default {
  data() {
    return { extra: [{ name: 'shop_consent', anbieter: 'Eigentümer dieser Website', zweck: 'Speichert die Einwilligung', dauer: '1 Jahr' }] };
  },
};
</script>`,
    ['_pk_id.*', 'shop_consent'],
    [['_pk_id.', 13 * 30 * DAY, 'analytics'], ['shop_consent', YEAR, undefined]],
  ],
  [
    'PHP config array with => pairs (ru)',
    `<?php
return [
    'title' => 'Файлы cookie',
    'cookies' => [
        ['name' => 'PHPSESSID', 'purpose' => 'Идентификатор сессии', 'expiry' => 'До закрытия браузера', 'category' => 'Необходимые'],
        array('name' => '_ym_uid', 'purpose' => 'Яндекс.Метрика', 'expiry' => '1 год', 'category' => 'Аналитические'),
    ],
];`,
    ['PHPSESSID', '_ym_uid'],
    [['PHPSESSID', 'session', 'necessary'], ['_ym_uid', YEAR, 'analytics']],
  ],
  // data that declares no cookie
  ['a form definition', `const fields = [{ name: 'email', type: 'email', label: 'E-mail' }, { name: 'phone', type: 'tel', label: 'Phone' }];`, [], []],
  ['a package manifest', JSON.stringify({ name: 'shop', version: '1.0.0', scripts: { build: 'vite build' }, dependencies: { react: '^18' } }), [], []],
  ['pricing plans in a component', `const PLANS = [{ name: 'Basic', description: 'For one shop', price: 10 }, { name: 'Pro', description: 'For teams', price: 30 }];`, [], []],
  ['products with a category', `export const items = [{ name: 'Kettle', category: 'Kitchen', host: 'shop.example' }, { name: 'Lamp', category: 'Home', host: 'shop.example' }];`, [], []],
];

