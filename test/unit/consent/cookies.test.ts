import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { consentCookieEvent, readConsentCookie } from '../../../lib/consent/cookies';
import { consentCookieCmp } from '../../../lib/consent/cmps';
import { readTcString } from '../../../lib/consent/tcf-string';
import fixture from '../../fixtures/consent/consent-cookies.json';
import { makeTcString } from '../../fixtures/consent/tcf';

interface Case {
  name: string;
  value: string;
  cmp: string;
  state: string;
  note: string;
}

describe('readConsentCookie: recorded formats', () => {
  test.each((fixture.cases as Case[]).map((c) => [c.name, c.state, c.note, c] as const))('%s -> %s %s', (_n, _s, _note, c) => {
    expect(readConsentCookie(c.name, c.value)).toMatchObject({ cmp: c.cmp, state: c.state });
  });
});

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
describe('euconsent-v2 made by @iabtcf/core', () => {
  test.each([
    ['all 11 purposes (TCF 2.2)', makeTcString(ALL, [1, 2, 755]), 'accepted', ALL],
    ['no purpose', makeTcString([], []), 'rejected', []],
    ['storage and basic ads only', makeTcString([1, 2], [755]), 'partial', [1, 2]],
    ['all 10 purposes of policy 2', makeTcString(ALL.slice(0, 10), [1], 2), 'accepted', ALL.slice(0, 10)],
    ['10 of the 11 purposes of policy 4', makeTcString(ALL.slice(0, 10), [1], 4), 'partial', ALL.slice(0, 10)],
  ])('%s', (_name, tc, state, purposes) => {
    expect(readConsentCookie('euconsent-v2', tc)).toMatchObject({ cmp: 'tcf', state });
    expect(readTcString(tc)?.purposes).toEqual(purposes);
  });
  test('the CMP id is read from the string', () => {
    expect(readTcString(makeTcString([1], [1], 4, 300))?.cmpId).toBe(300);
  });
});

describe('not a consent record', () => {
  test.each([
    ['_ga', 'GA1.1.123.456'],
    ['cc_cookie', 'not json'],
    ['cc_cookie', '{"revision":0}'],
    ['klaro', '%7B%7D'],
    ['klaro', '[]'],
    ['cookieconsent_status', 'maybe'],
    ['CookieConsent', 'garbage'],
    ['OptanonConsent', 'isIABGlobal=false'],
    ['euconsent-v2', 'CPaaaa!!'],
    ['euconsent-v2', 'AAAA'],
    ['didomi_token', '%%%'],
    ['uc_settings', '{"services":"x"}'],
    ['uc_user_interaction', 'true'],
    ['cmplz_marketing', 'maybe'],
    ['cmplz_functional', 'allow'],
    ['cmplz_policy_id', '14'],
    ['cookieyes-consent', 'hello'],
    ['borlabs-cookie', '{"x":1}'],
    ['_iub_cs-123', '{"x":1}'],
    ['_iub_cs-abc', '{"consent":true}'],
    ['BITRIX_SM_COOKIES_AGREEMENT', 'perhaps'],
    ['BITRIX_SM_SALE_UID', '12345'],
    ['OptanonAlertBoxClosed', ''],
  ])('%s=%s -> null', (name, value) => {
    expect(readConsentCookie(name, value)).toBeNull();
  });
});

describe('consentCookieEvent', () => {
  test.each([
    ['cookieconsent_status', 'dismiss', 'notice-acknowledged'],
    ['cookieconsent_status', 'allow', 'accepted'],
    ['cmplz_marketing', 'deny', 'rejected'],
  ])('%s=%s -> %s', (name, value, state) => {
    expect(consentCookieEvent(name, value, 1234)).toMatchObject({ time: 1234, state, signal: `consent-cookie:${name}` });
  });
  test('unknown cookie -> null', () => {
    expect(consentCookieEvent('_ym_uid', '1700000000123456789', 5)).toBeNull();
  });
});

describe('fuzz', () => {
  const names = ['cc_cookie', 'klaro', 'cookieconsent_status', 'CookieConsent', 'OptanonConsent', 'OptanonAlertBoxClosed', 'euconsent-v2', 'didomi_token', 'uc_settings', 'cmplz_marketing', 'cookieyes-consent', 'borlabs-cookie', '_iub_cs-42', 'BITRIX_SM_COOKIES_AGREEMENT'];
  const states = new Set(['none', 'accepted', 'rejected', 'partial']);
  test('any value of a consent cookie: null or a reading of that CMP, never a throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.oneof(fc.string(), fc.json(), fc.base64String()), (name, value) => {
        const r = readConsentCookie(name, value);
        if (r !== null) {
          expect(r.cmp).toBe(consentCookieCmp(name));
          expect(states.has(r.state)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
  test('URL-encoding a JSON value does not change the reading', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.boolean(), { minKeys: 1, maxKeys: 6 }), (services) => {
        const raw = JSON.stringify(services);
        expect(readConsentCookie('klaro', encodeURIComponent(raw))).toEqual(readConsentCookie('klaro', raw));
      }),
    );
  });
});
