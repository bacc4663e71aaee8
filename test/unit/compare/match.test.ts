import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexDeclarations } from '../../../lib/compare/declaration-index';
import { matchCookie, matchDeclaredCookie } from '../../../lib/compare/match';
import { nameShape, parseDeclaredName } from '../../../lib/compare/name-pattern';
import { declaredCookie, declaredVendor, declarations } from './builders';

describe('parseDeclaredName', () => {
  test.each([
    ['_ym_uid', { kind: 'exact', name: '_ym_uid' }],
    ['  _ga ', { kind: 'exact', name: '_ga' }],
    ['_ga_*', { kind: 'prefix', prefix: '_ga_' }],
    ['_ga_<container-id>', { kind: 'prefix', prefix: '_ga_' }],
    ['_ga_XXXXXXXXXX', { kind: 'prefix', prefix: '_ga_' }],
    ['_hjSession_{site_id}', { kind: 'prefix', prefix: '_hjSession_' }],
    ['*', { kind: 'exact', name: '*' }],
  ])('%s', (raw, expected) => {
    expect(parseDeclaredName(raw)).toEqual(expected);
  });

  test.each([
    ['mp_{token}_mixpanel', 'mp_abc_mixpanel', true],
    ['mp_{token}_mixpanel', 'mp__mixpanel', false],
    ['ph_<project_key>_posthog', 'ph_phc_x_posthog', true],
    ['ph_*_posthog', 'ph__posthog', true],
    ['_gat_UA-XXXXXX-X', '_gat_UA-1234-1', true],
    ['_gat_UA-XXXXXX-X', '_gat_UA-1234', false],
    ['_gat_UA-XXXXXX-X', '_gat_UA-1234-X', true],
  ])('pattern %s vs %s -> %s', (raw, name, expected) => {
    const form = parseDeclaredName(raw);
    expect(form.kind).toBe('pattern');
    if (form.kind === 'pattern') expect(form.regex.test(name)).toBe(expected);
  });
});

describe('nameShape', () => {
  test.each([
    ['_gat_gtag_UA_135248891_1', '_gat_gtag_ua_#_1'],
    ['_gat_gtag_UA_999_1', '_gat_gtag_ua_#_1'],
    ['_ga_2B7Q3L0X9T', '_ga_#'],
    ['_ym_uid', null],
    ['1P_JAR', null],
    ['ASP.NET_SessionId', null],
  ])('%s -> %s', (name, shape) => {
    expect(nameShape(name)).toBe(shape);
  });
});

const ga = declaredCookie(['_ga'], { vendor: null });
const gtag = declaredCookie(['_gid', '_gat_gtag_UA_135248891_1']);
const ga4 = declaredCookie([], { prefixes: ['_ga_'] });
const sid = declaredCookie(['SID', 'HSID']);
const mixpanel = declaredCookie(['mp_{token}_mixpanel']);
const posthogRow = declaredCookie(['ph_phc_1a2b3c4d5e6f_posthog'], { vendor: 'posthog' });
const metrika = declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'сервисов Яндекс Метрика, Google Analytics');
const decl = declarations({ cookies: [ga, gtag, ga4, sid, mixpanel, posthogRow], vendors: [metrika] });

describe('matchCookie', () => {
  const index = indexDeclarations(decl);
  test.each([
    ['_ga', null, 'exact', '_ga'],
    ['_GA', null, 'case-insensitive', '_ga'],
    ['sid', null, 'case-insensitive', 'SID'],
    ['_ga_2B7Q3L0X9T', 'google-analytics', 'prefix', '_ga_*'],
    ['_GA_2B7Q3L0X9T', null, 'prefix', '_ga_*'],
    ['mp_abc_mixpanel', 'mixpanel', 'pattern', 'mp_{token}_mixpanel'],
    ['_gat_gtag_UA_999_1', 'google-analytics', 'shape', '_gat_gtag_UA_135248891_1'],
    ['ph_phc_Zz9Yy8Xx7_posthog', 'posthog', 'shape', 'ph_phc_1a2b3c4d5e6f_posthog'],
    ['_ym_uid', 'yandex-metrika', 'vendor', null],
    ['yandexuid', 'yandex-metrika', 'vendor', null],
    ['ph_other', 'posthog', 'vendor', null],
  ])('%s (vendor %s) -> %s', (name, vendor, how, declaredName) => {
    const match = matchCookie(name, vendor, index);
    expect(match?.how).toBe(how);
    if (match !== null && match.how !== 'vendor') expect(match.entry.name).toBe(declaredName);
  });

  test.each([
    ['_gat', null],
    ['_gid_x', 'google-analytics'],
    ['session', null],
    ['_ym_uid', null],
  ])('%s (vendor %s) is undeclared', (name, vendor) => {
    expect(matchCookie(name, vendor, index)).toBeNull();
  });

  test('the longest declared prefix wins', () => {
    const rows = declarations({
      cookies: [declaredCookie([], { prefixes: ['_hj'] }), declaredCookie([], { prefixes: ['_hjSession_'] })],
    });
    const match = matchCookie('_hjSession_123', null, indexDeclarations(rows));
    expect(match?.how === 'prefix' ? match.entry.name : null).toBe('_hjSession_*');
  });

  test('the first row naming a cookie wins over a later repeat', () => {
    const first = declaredCookie(['ANID'], { purpose: 'advertising' });
    const second = declaredCookie(['CONSENT', 'ANID'], { purpose: 'session' });
    expect(matchDeclaredCookie('ANID', null, declarations({ cookies: [first, second] }))).toBe(first);
  });
});

describe('matchDeclaredCookie', () => {
  test.each([
    ['_gid', null, gtag],
    ['_ym_d', 'yandex-metrika', metrika],
    ['ph_phc_x_posthog', 'posthog', posthogRow],
    ['_fbp', 'facebook', null],
  ])('%s -> the declaring row or vendor', (name, vendor, expected) => {
    expect(matchDeclaredCookie(name, vendor, decl)).toBe(expected);
  });

  test('sees rows added to the same object after a first lookup', () => {
    const mutable = declarations({ cookies: [declaredCookie(['_ga'])] });
    expect(matchDeclaredCookie('_ym_uid', null, mutable)).toBeNull();
    const row = declaredCookie(['_ym_uid']);
    mutable.cookies.push(row);
    expect(matchDeclaredCookie('_ym_uid', null, mutable)).toBe(row);
  });
});

describe('fuzz', () => {
  const nameChars = fc.string({ minLength: 1, maxLength: 24, unit: 'binary' });

  test('any declared name parses, and a literal name always matches itself', () => {
    fc.assert(
      fc.property(nameChars, fc.array(nameChars, { maxLength: 5 }), (name, others) => {
        const form = parseDeclaredName(name);
        const rows = declarations({ cookies: [declaredCookie([name, ...others])] });
        if (form.kind === 'exact' && form.name.length > 0) {
          expect(matchDeclaredCookie(form.name, null, rows)).not.toBeNull();
        }
      }),
    );
  });

  test('"prefix*" covers every name that starts with the prefix', () => {
    const literal = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/);
    fc.assert(
      fc.property(literal, fc.string({ maxLength: 16 }), (prefix, rest) => {
        const rows = declarations({ cookies: [declaredCookie([`${prefix}*`])] });
        expect(matchDeclaredCookie(prefix + rest, null, rows)).not.toBeNull();
      }),
    );
  });

  test('matching arbitrary observed names against arbitrary declarations never throws', () => {
    fc.assert(
      fc.property(fc.array(nameChars, { maxLength: 8 }), fc.array(nameChars, { maxLength: 3 }), nameChars, (names, prefixes, observed) => {
        const rows = declarations({ cookies: [declaredCookie(names, { prefixes })] });
        const result = matchDeclaredCookie(observed, null, rows);
        expect(result === null || typeof result === 'object').toBe(true);
      }),
    );
  });
});
