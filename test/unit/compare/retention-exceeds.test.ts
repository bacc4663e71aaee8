import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import { declaredMaxSeconds, exceedsDeclared, observedLifetime } from '../../../lib/compare/lifetime';
import type { CookieObservation, Duration } from '../../../lib/model/types';
import { DAY, KB, MONTH, YEAR, cookie, declarations, declaredCookie, duration, input, observations } from './builders';

describe('exceedsDeclared (CookieBlock rule: > 1.5x and >= 1 day longer)', () => {
  test.each([
    [4 * YEAR, 2 * YEAR, true],
    [3 * YEAR, 2 * YEAR, false],
    [3 * YEAR + 1, 2 * YEAR, true],
    [2 * DAY, DAY, true],
    [1.6 * DAY, DAY, false],
    [3600 * 2, 3600, false],
    [400 * DAY, YEAR, false],
    [60 * DAY, 14 * DAY, true],
  ])('%d s vs declared %d s -> %s', (observed, declared, expected) => {
    expect(exceedsDeclared(observed, declared)).toBe(expected);
  });
});

describe('declaredMaxSeconds', () => {
  test.each<[Duration | null, number | null]>([
    [duration('fixed', 2 * YEAR, 2 * YEAR, '2 роки'), 2 * YEAR],
    [duration('range', DAY, MONTH, 'Від 1 дня до 1 місяця'), MONTH],
    [duration('range', YEAR, 19 * YEAR, 'Від 1 до 19 років'), 19 * YEAR],
    [duration('session', null, null, 'До закриття вікна Інтернет-сторінки'), null],
    [duration('persistent', null, null, 'постоянные'), null],
    [duration('unknown', null, null, 'долго'), null],
    [null, null],
  ])('%j -> %s', (declared, expected) => {
    expect(declaredMaxSeconds(declared)).toBe(expected);
  });
});

test.each<[string, CookieObservation, number | null]>([
  ['requested wins over the 400-day cap', cookie('_ga', { lifetimeSeconds: 400 * DAY, requestedLifetimeSeconds: 4 * YEAR }), 4 * YEAR],
  ['stored when the request was not seen', cookie('_ga', { lifetimeSeconds: 400 * DAY, requestedLifetimeSeconds: null }), 400 * DAY],
  ['session cookie', cookie('sid', { lifetimeSeconds: null }), null],
])('observedLifetime: %s', (_label, observed, expected) => {
  expect(observedLifetime(observed)).toBe(expected);
});

const table = declarations({
  cookies: [
    declaredCookie(['_ga'], { lifetime: duration('fixed', 2 * YEAR, 2 * YEAR, '2 роки') }),
    declaredCookie(['1P_JAR', 'DV'], { lifetime: duration('range', DAY, MONTH, 'Від 1 дня до 1 місяця') }),
    declaredCookie(['_gid', '_gat_gtag_UA_135248891_1'], { lifetime: duration('fixed', DAY, DAY, '1 день') }),
    declaredCookie(['NID'], { lifetime: duration('persistent', null, null, 'постійний') }),
  ],
});

function retention(cookies: CookieObservation[]) {
  return computeFindings(input({ declarations: table, observations: observations({ cookies }) })).filter(
    (f) => f.code === 'retention-exceeds',
  );
}

test.each<[string, CookieObservation, boolean]>([
  ['_ga asking 4 years, stored 400 days', cookie('_ga', { lifetimeSeconds: 400 * DAY, requestedLifetimeSeconds: 4 * YEAR, classification: KB.ga }), true],
  ['_ga 2 years as declared', cookie('_ga', { lifetimeSeconds: 2 * YEAR, classification: KB.ga }), false],
  ['_ga 400 days stored, request unknown', cookie('_ga', { lifetimeSeconds: 400 * DAY, requestedLifetimeSeconds: null }), false],
  ['1P_JAR 2 months vs range up to 1 month', cookie('1P_JAR', { lifetimeSeconds: 60 * DAY }), true],
  ['DV 30 days within the range', cookie('DV', { lifetimeSeconds: 30 * DAY }), false],
  ['_gat_gtag shape-matched, 1 year vs 1 day', cookie('_gat_gtag_UA_999_1', { lifetimeSeconds: YEAR }), true],
  ['NID declared persistent only', cookie('NID', { lifetimeSeconds: 10 * YEAR }), false],
  ['undeclared cookie has nothing to exceed', cookie('_ym_uid', { lifetimeSeconds: YEAR, classification: KB.metrika }), false],
  ['session cookie', cookie('_gid', { lifetimeSeconds: null }), false],
])('%s -> %s', (_label, observed, expected) => {
  expect(retention([observed]).length).toBe(expected ? 1 : 0);
});

test('the finding quotes the row and says both lifetimes', () => {
  const [finding] = retention([
    cookie('_ga', { time: 50, lifetimeSeconds: 2 * YEAR, classification: KB.ga }),
    cookie('_ga', { time: 90, lifetimeSeconds: 400 * DAY, requestedLifetimeSeconds: 4 * YEAR, classification: KB.ga }),
  ]);
  expect(finding?.severity).toBe('medium');
  expect(finding?.declared).toEqual({ quote: '_ga', where: 'row _ga', sourceUrl: 'https://example.ru/privacy' });
  expect(finding?.messageParams).toEqual(['_ga', '.example.ru', String(4 * YEAR), String(400 * DAY), String(2 * YEAR)]);
  expect(finding?.evidence).toHaveLength(1);
  expect(finding?.evidence[0]?.detail).toContain('requested=1460d stored=400d');
  expect(finding?.message).toBe(
    'Cookie _ga (.example.ru) asks to live 4 years (the browser keeps it 400 days), but the policy declares 2 years.',
  );
});
