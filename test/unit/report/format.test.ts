import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatHistory, formatLifetime, formatTime, laterPhases } from '../../../lib/report/format';

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365 * DAY;

describe('formatLifetime', () => {
  // Lifetimes as vendors document them: _ym_uid 1 year (Yandex Metrika), _ga 2 years and _gid
  // 24 hours (Google Analytics), _gat 1 minute, Chromium's 400-day cap on stored cookies
  // (https://developer.chrome.com/blog/cookie-max-age-expires), Mixpanel's 1 year, PHP's session.
  test.each([
    ['session cookie', null, 'session'],
    ['already expired', 0, 'expired'],
    ['expiry in the past', -3600, 'expired'],
    ['seconds', 45, '45 s'],
    ['_gat (1 minute)', MIN, '1 min'],
    ['30 minutes (Metrika _ym_isad visit window)', 30 * MIN, '30 min'],
    ['90 minutes', 90 * MIN, '1.5 h'],
    ['just under 2 hours rounds up, not "2.0 h"', 2 * HOUR - 130, '2 h'],
    ['_gid (24 hours)', DAY, '1 d'],
    ['14 days', 14 * DAY, '14 d'],
    ['9.97 days reads "10 d", not "10.0 d"', Math.round(9.97 * DAY), '10 d'],
    ['30 days is a month', 30 * DAY, '1 mo'],
    ['6 months', 180 * DAY, '6 mo'],
    ['13 months (CNIL cap, 395 days)', 395 * DAY, '1.1 y'],
    ['_ym_uid (1 year)', YEAR, '1 y'],
    ['Chromium 400-day cap', 400 * DAY, '1.1 y'],
    ['1.5 years', Math.round(1.5 * YEAR), '1.5 y'],
    ['_ga (2 years)', 2 * YEAR, '2 y'],
    ['3 years (asked for, above the cap)', 3 * YEAR, '3 y'],
    ['19 years ("Від 1 до 19 років", seed 003)', 19 * YEAR, '19 y'],
    ['not a number', Number.NaN, '—'],
  ])('%s: %j -> %j', (_label, seconds, expected) => {
    expect(formatLifetime(seconds)).toBe(expected);
  });

  test('every positive lifetime reads "<number> <unit>" with at most one decimal and never a trailing ".0"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 * YEAR }), (s) => {
        const out = formatLifetime(s);
        expect(out).toMatch(/^\d+(\.[1-9])? (s|min|h|d|mo|y)$/);
        expect(out).not.toMatch(/^\d{2,}\.\d/);
      }),
    );
  });

  test('is monotonic within a unit: a longer lifetime never reads as a smaller number of the same unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 * YEAR }), fc.integer({ min: 0, max: 5 * YEAR }), (a, extra) => {
        const [na, ua] = formatLifetime(a).split(' ');
        const [nb, ub] = formatLifetime(a + extra).split(' ');
        if (ua === ub) expect(Number(nb)).toBeGreaterThanOrEqual(Number(na));
      }),
    );
  });
});

describe('formatTime', () => {
  test.each([
    ['navigation start', 0, '0 ms'],
    ['first-party script', 35, '35 ms'],
    ['just under a second', 999, '999 ms'],
    ['fraction that rounds to a second', 999.6, '1.00 s'],
    ['float noise', 0.1 + 0.2, '0 ms'],
    ['one second', 1000, '1.00 s'],
    ['consent click at 2 s', 2_000, '2.00 s'],
    ['1234 ms', 1234, '1.23 s'],
    ['9994 ms', 9994, '9.99 s'],
    ['9999 ms rolls over to one decimal', 9999, '10.0 s'],
    ['Mixpanel batch flush (10 s)', 10_000, '10.0 s'],
    ['65.4 s', 65_432, '65.4 s'],
  ])('%s: %d -> %j', (_label, ms, expected) => {
    expect(formatTime(ms)).toBe(expected);
  });

  test('output grows with the input (no "10.00 s" after "9.99 s")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), fc.integer({ min: 0, max: 100_000 }), (a, d) => {
        const secs = (s: string) => (s.endsWith(' ms') ? Number(s.slice(0, -3)) / 1000 : Number(s.slice(0, -2)));
        expect(secs(formatTime(a + d))).toBeGreaterThanOrEqual(secs(formatTime(a)) - 0.05);
        expect(formatTime(a)).toMatch(/^(\d{1,3} ms|\d\.\d\d s|\d{2,}\.\d s)$/);
      }),
    );
  });
});

describe('formatHistory', () => {
  const w = (time: number, phase: string, extra: object = {}) => ({ kind: 'write' as const, time, phase, setBy: 'script', ...extra });
  test.each([
    [{ phase: 'pre-consent' }, '', []],
    [{ phase: 'pre-consent', history: [w(310, 'pre-consent')] }, '310 ms pre-consent script', []],
    [
      { phase: 'pre-consent', history: [w(310, 'pre-consent'), w(2510, 'after-reject', { count: 3 }), { kind: 'removal' as const, time: 4000, phase: 'after-reject', setBy: 'unknown', cause: 'expired' }] },
      '310 ms pre-consent script · 2.51 s after-reject script ×3 · 4.00 s removed (expired)',
      ['after-reject'],
    ],
  ])('%j', (item, text, later) => {
    expect(formatHistory(item)).toBe(text);
    expect(laterPhases(item)).toEqual(later);
  });
  test('a capped history says how many records were left out', () => {
    const history = Array.from({ length: 10 }, (_, i) => w(i * 1000, 'pre-consent'));
    expect(formatHistory({ phase: 'pre-consent', history, historyDropped: 40 })).toContain('7.00 s pre-consent script · … 40 more not kept … · 8.00 s');
  });
});
