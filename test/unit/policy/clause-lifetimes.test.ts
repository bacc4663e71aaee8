// Lifetimes bound to their own names inside one sentence: a bracketed lifetime after a name, a
// bracket closing a list, lifetime clauses cut at commas, and category-colon lines without a cookie
// word. Cases written for this test in ru/uk/en/de/kk.
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { Category, Declarations } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';

const deps = { findVendorMentions, knownCookie: knownCookieName };
const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365 * DAY;

function read(source: { text: string } | { html: string }): Declarations {
  return parsePolicy({ ...source, url: null, kind: 'file' }, deps);
}

function lifetimeOf(d: Declarations, name: string): number | string | null {
  const c = d.cookies.find((x) => x.names.includes(name) || x.prefixes.includes(name));
  if (c === undefined) return 'missing';
  const l = c.lifetime;
  if (l === null) return null;
  return l.kind === 'fixed' ? l.minSeconds : l.kind === 'range' ? `${l.minSeconds}-${l.maxSeconds}` : l.kind;
}

const CASES: [string, { text: string } | { html: string }, [string, number | string | null][]][] = [
  ['uk category lines with bracketed lifetimes', { text: 'Які файли ми ставимо\n\nФункціональні: langpref (сесія), themeid (6 місяців).\nСтатистика: Matomo ставить _pk_ref (3 місяці) і _pk_cvar (30 хвилин).' },
    [['langpref', 'session'], ['themeid', 180 * DAY], ['_pk_ref', 90 * DAY], ['_pk_cvar', 30 * MIN]]],
  ['ru bracket after each name, no cookie word', { text: 'Технические: cartkey (сессия), regionid (2 года).' }, [['cartkey', 'session'], ['regionid', 2 * YEAR]]],
  ['en bracket binds to the name before it only', { text: 'Advertisers may place cookies such as _uetsid (1 day) and _rdt_uuid on your device.' }, [['_uetsid', DAY], ['_rdt_uuid', null]]],
  ['ru bracket closing a list of names', { text: 'Чат ставит cookie с префиксами _tw_a и _tw_b (срок — 6 часов).' }, [['_tw_a', 6 * HOUR], ['_tw_b', 6 * HOUR]]],
  ['ru lifetime clauses bind to their own names', { text: 'Сервис ставит cookie _sv_a, _sv_b и _sv_c. _sv_a и _sv_b живут 2 года, _sv_c — 3 дня.' },
    [['_sv_a', 2 * YEAR], ['_sv_b', 2 * YEAR], ['_sv_c', 3 * DAY]]],
  ['de lifetime clauses in a cookie sentence', { text: 'Die Cookies _ab_x und _ab_y bleiben 14 Tage, _ab_z 20 Minuten.' }, [['_ab_x', 14 * DAY], ['_ab_y', 14 * DAY], ['_ab_z', 20 * MIN]]],
  ['en one lifetime for the whole list stays shared', { text: 'The cookies _qa_one, _qa_two and _qa_three expire after 2 years.' }, [['_qa_one', 2 * YEAR], ['_qa_two', 2 * YEAR], ['_qa_three', 2 * YEAR]]],
  ['kk-ru bracket after names', { text: 'Қажетті: sessid (сессия), _lang_kk (1 жыл).' }, [['sessid', 'session'], ['_lang_kk', YEAR]]],
];

describe('lifetimes bound within a sentence', () => {
  test.each(CASES)('%s', (_label, source, want) => {
    const d = read(source);
    for (const [name, lifetime] of want) expect([name, lifetimeOf(d, name)]).toEqual([name, lifetime]);
  });
});

describe('category of a sentence after a described list item', () => {
  test.each([
    ['<ul><li><b>_sess_x</b> – security, 1 year</li></ul><p>Our advertising partners may set cookies such as _adv_q (30 days).</p>', '_adv_q', 'marketing'],
    ['<ul><li><b>_pref_x</b> – необходимые, 1 год</li></ul><p>Рекламные партнёры ставят cookie _adv_r (30 дней).</p>', '_adv_r', 'marketing'],
  ] as const)('%s', (html, name, category: Category) => {
    const c = read({ html }).cookies.find((x) => x.names.includes(name));
    expect(c?.category).toBe(category);
  });
});

describe('the lifetime text shown for a sentence is the phrase that states it', () => {
  test.each([
    ['Мы используем Яндекс.Метрику (cookie _ym_uid, срок хранения 1 год) для статистики.', '_ym_uid', '1 год'],
    ['Файли cookie _ga зберігаються від 1 до 19 років залежно від сервісу, який їх встановив.', '_ga', 'від 1 до 19 років'],
    ['The _ga cookie expires after two years unless you delete it yourself first.', '_ga', 'The _ga cookie expires after two years unless you delete it yourself first.'],
  ] as const)('%s', (text, name, shown) => {
    const c = read({ text }).cookies.find((x) => x.names.includes(name));
    expect(c?.lifetime?.text).toBe(shown);
    expect(c?.quote).toContain(name);
  });
});
