// The category a policy files a cookie under is what the document says (a category column, a
// section heading, a purpose cell that is a category label, a sentence that names the kind), never a
// guess from what the cookie is said to do: purpose-mismatch quotes it as the policy's own words.
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { Category } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';
import { categoryNamedIn, categoryOfPurposeCell } from '../../../lib/policy/category-lexicon';

const deps = { findVendorMentions, knownCookie: knownCookieName };

const CASES: [string, { text: string } | { html: string }, string, Category | null][] = [
  ['a category column', { html: '<table><tr><th>Cookie</th><th>Purpose</th><th>Category</th></tr><tr><td>_ga</td><td>Tells visitors apart</td><td>Statistics</td></tr></table>' }, '_ga', 'analytics'],
  ['a section heading', { text: '## Marketing cookies\n| Name | Purpose |\n|---|---|\n| _fbp | Delivers ads |' }, '_fbp', 'marketing'],
  ['a purpose cell that is a label', { html: '<table><tr><th>Name</th><th>Purpose</th></tr><tr><td>sid</td><td>Strictly necessary</td></tr></table>' }, 'sid', 'necessary'],
  ['a described purpose files nothing', { html: '<table><tr><th>Name</th><th>Purpose</th></tr><tr><td>_pk_ses</td><td>Keeps the visit together for a short while so pages count as one session</td></tr></table>' }, '_pk_ses', null],
  ['uk a described purpose files nothing', { text: 'Файли cookie:\n- _ym_uid – збирає статистику відвідувань, 1 рік' }, '_ym_uid', null],
  ['a sentence led by a category label', { text: 'Необхідні: sessionid (сесія), csrftoken (1 рік).' }, 'csrftoken', 'necessary'],
  ['a sentence naming the setters', { text: 'Our marketing partners may set cookies such as _gcl_au (90 days).' }, '_gcl_au', 'marketing'],
];

describe('declared category', () => {
  test.each(CASES)('%s', (_label, source, name, want) => {
    const d = parsePolicy({ ...source, url: null, kind: 'file' }, deps);
    const c = d.cookies.find((x) => x.names.includes(name));
    expect(c, name).toBeDefined();
    expect(c!.category ?? null).toBe(want);
  });

  test.each([
    ['Analytics', 'analytics'],
    ['Строго необходимые', 'necessary'],
    ['Registers a unique ID used to generate statistical data on how you use the website.', null],
    [null, null],
  ] as const)('categoryOfPurposeCell(%s)', (cell, want) => {
    expect(categoryOfPurposeCell(cell)).toBe(want);
  });

  test.each([
    ['Рекламні партнери ставлять файли cookie _x.', 'marketing'],
    ['Wir setzen Statistik-Cookies von Matomo.', 'analytics'],
    ['The cookie _x keeps you signed in.', null],
  ] as const)('categoryNamedIn(%s)', (sentence, want) => {
    expect(categoryNamedIn(sentence)).toBe(want);
  });
});
