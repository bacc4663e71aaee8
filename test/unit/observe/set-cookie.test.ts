import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCookieWrite, requestedLifetime } from '../../../lib/observe/set-cookie';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const YEAR = 365 * 86400;

// Real header lines as sent by the vendors (values shortened).
describe('parseCookieWrite', () => {
  test.each([
    ['yandexuid=1234567891732183200; Expires=Sun, 21-Nov-2027 10:00:00 GMT; Domain=.yandex.ru; Path=/; Secure; SameSite=None', 'yandexuid', 'yandex.ru', YEAR, true],
    ['_ga=GA1.1.123.456; max-age=63072000; path=/; domain=.lab-shop.test', '_ga', 'lab-shop.test', 2 * YEAR, false],
    ['sid=abc; Path=/; HttpOnly', 'sid', null, null, false],
    ['__cf_bm=xyz; path=/; expires=Sat, 21-Nov-26 10:30:00 GMT; domain=.example.com; HttpOnly; Secure; SameSite=None', '__cf_bm', 'example.com', 1800, true],
    ['a=b; Max-Age=100; Expires=Sun, 21-Nov-2027 10:00:00 GMT', 'a', null, 100, false],
    ['deleted=; Max-Age=0', 'deleted', null, 0, false],
    ['cart_id=42; max-age=94608000', 'cart_id', null, 3 * YEAR, false],
    ['  spaced  = v ; Domain=Example.COM', 'spaced', 'example.com', null, false],
    ['mp_abc_mixpanel=%7B%7D; expires=Sun, 21 Nov 2027 10:00:00 GMT; SameSite=Lax; path=/', 'mp_abc_mixpanel', null, YEAR, false],
  ])('%s', (line, name, domain, lifetime, secure) => {
    const w = parseCookieWrite(line);
    expect(w).not.toBeNull();
    expect(w!.name).toBe(name);
    expect(w!.domain).toBe(domain);
    expect(requestedLifetime(w!, NOW)).toBe(lifetime);
    expect(w!.secure).toBe(secure);
  });

  test.each(['', '=value', 'novalue', ';;;', 'na me=1', 'x\u0001y=1'])('rejects malformed %j', (line) => {
    expect(parseCookieWrite(line)).toBeNull();
  });

  test('partitioned and samesite attributes', () => {
    const w = parseCookieWrite('__Host-id=1; Secure; Path=/; SameSite=None; Partitioned')!;
    expect(w.partitioned).toBe(true);
    expect(w.sameSite).toBe('none');
  });

  test('fuzz: never throws, names are trimmed and non-empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const w = parseCookieWrite(s);
        if (w) {
          expect(w.name.length).toBeGreaterThan(0);
          expect(w.name).toBe(w.name.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });
});
