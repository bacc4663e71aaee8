import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { CookieObservation, Declarations } from '../../../lib/model/types';
import { DAY, KB, YEAR, cookie, declarations, declaredCookie, declaredVendor, duration, input, observations, statement } from './builders';

const sessionRow = declarations({
  cookies: [
    declaredCookie(['.ASPXAUTH', 'ASP.NET_SessionId'], { lifetime: duration('session', null, null, 'До закриття вікна Інтернет-сторінки') }),
    declaredCookie(['_ga'], { lifetime: duration('fixed', 2 * YEAR, 2 * YEAR, '2 роки') }),
  ],
});
const sessionStatement = declarations({
  vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'сервисов Яндекс Метрика')],
  cookies: [
    declaredCookie(['_ga'], { lifetime: duration('fixed', 2 * YEAR, 2 * YEAR, '2 года') }),
    declaredCookie(['cart'], { lifetime: duration('unknown', null, null, '') }),
  ],
  statements: [statement('session-only', 'используются сеансовые Cookies, которые хранятся только в течение вашей текущей рабочей сессии')],
});

function mismatches(decl: Declarations, observed: CookieObservation) {
  return computeFindings(input({ declarations: decl, observations: observations({ cookies: [observed] }) })).filter(
    (f) => f.code === 'session-mismatch',
  );
}

test.each<[string, Declarations, CookieObservation, string | null]>([
  ['row says session, cookie persists', sessionRow, cookie('ASP.NET_SessionId', { lifetimeSeconds: 20 * 60 }), 'session-mismatch'],
  ['row says session, cookie is session', sessionRow, cookie('.ASPXAUTH', { lifetimeSeconds: null }), null],
  ['row gives a fixed lifetime', sessionRow, cookie('_ga', { lifetimeSeconds: 2 * YEAR }), null],
  ['no statement, undeclared persistent cookie', sessionRow, cookie('_ym_uid', { classification: KB.metrika }), null],
  ['statement, persistent cookie covered by vendor', sessionStatement, cookie('_ym_uid', { classification: KB.metrika }), 'session-mismatch.statement'],
  ['statement, persistent undeclared cookie', sessionStatement, cookie('uid', { lifetimeSeconds: 30 * DAY }), 'session-mismatch.statement'],
  ['statement, row of unknown lifetime', sessionStatement, cookie('cart', { lifetimeSeconds: 7 * DAY }), 'session-mismatch.statement'],
  ['statement, row with its own lifetime wins', sessionStatement, cookie('_ga', { lifetimeSeconds: 2 * YEAR }), null],
  ['statement, session cookie', sessionStatement, cookie('PHPSESSID', { lifetimeSeconds: null }), null],
])('%s -> %s', (_label, decl, observed, key) => {
  const found = mismatches(decl, observed);
  expect(found.map((f) => f.messageKey)).toEqual(key === null ? [] : [key]);
  if (key !== null) expect(found[0]?.severity).toBe('medium');
});

test.each([
  ['en', 'The policy says only session cookies are used, but cookie _ym_uid (.example.ru) lives 1 year.'],
  ['ru', 'Политика утверждает, что используются только сеансовые cookie, но cookie _ym_uid (.example.ru) хранится 1 год.'],
  ['uk', 'Політика стверджує, що використовуються лише сеансові cookie, але cookie _ym_uid (.example.ru) зберігається 1 рік.'],
] as const)('statement finding quotes the statement (%s)', (locale, message) => {
  const [finding] = computeFindings(
    input({ locale, declarations: sessionStatement, observations: observations({ cookies: [cookie('_ym_uid', { classification: KB.metrika })] }) }),
  ).filter((f) => f.code === 'session-mismatch');
  expect(finding?.declared?.where).toBe('line 131');
  expect(finding?.declared?.quote).toContain('сеансовые Cookies');
  expect(finding?.message).toBe(message);
});
