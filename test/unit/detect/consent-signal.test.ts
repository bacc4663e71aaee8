import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import { decodeGcd, decodeGcs } from '../../../lib/detect/consent-mode';
import type { ConsentEvent, RequestObservation } from '../../../lib/model/types';
import { makeTcString } from '../../fixtures/consent/tcf';
import { KB, input, observations, request } from '../compare/builders';

// gcs/gcd values as Google's tags send them (examples from the public write-ups cited in
// lib/detect/consent-mode.ts).
describe('Google Consent Mode parameters', () => {
  test.each<[string, object | null]>([
    ['G100', { ad_storage: 'denied', analytics_storage: 'denied' }],
    ['G101', { ad_storage: 'denied', analytics_storage: 'granted' }],
    ['G110', { ad_storage: 'granted', analytics_storage: 'denied' }],
    ['G111', { ad_storage: 'granted', analytics_storage: 'granted' }],
    ['G1--', { ad_storage: 'unset', analytics_storage: 'unset' }],
    ['G2111', null],
    ['', null],
  ])('gcs=%s', (value, expected) => {
    expect(decodeGcs(value)).toEqual(expected);
  });

  test.each<[string, object | null]>([
    ['11p1p1p1p5', { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
    ['11p1t1p1t5', { ad_storage: 'denied', analytics_storage: 'granted', ad_user_data: 'denied', ad_personalization: 'granted' }],
    ['13l3l3l3l1', { ad_storage: 'unset', analytics_storage: 'unset', ad_user_data: 'unset', ad_personalization: 'unset' }],
    ['13r3r3r3r5', { ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ['11q1u1m1v5', { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'granted' }],
    ['11x1p1p1p5', null],
    ['11p1p1p5', null],
  ])('gcd=%s', (value, expected) => {
    expect(decodeGcd(value)).toEqual(expected);
  });

  test('decoders never throw', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      decodeGcs(s);
      decodeGcd(s);
    }));
  });
});

const ev = (time: number, state: ConsentEvent['state'], signal: string, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({ time, state, signal, ...extra });
const ga = (query: string, time = 500, overrides: Partial<RequestObservation> = {}) =>
  request(`https://region1.google-analytics.com/g/collect?v=2&tid=G-ABCD1234&${query}`, { time, classification: KB.ga, ...overrides });

function mismatches(requests: RequestObservation[], timeline: ConsentEvent[] = [], locale: 'en' | 'ru' | 'uk' = 'en') {
  const consent = { state: 'none' as const, at: null, signal: null, cmp: null, timeline };
  return computeFindings(input({ locale, consent, observations: observations({ requests }) })).filter((f) => f.code === 'consent-signal-mismatch');
}

describe('consent-signal-mismatch', () => {
  test.each<[string, RequestObservation, ConsentEvent[], string | null]>([
    ['G111 before any choice', ga('gcs=G111'), [], 'consent-signal-mismatch'],
    ['gcd granting ad_user_data before any choice, gcs denied', ga('gcs=G100&gcd=11p1p1t1p5'), [], 'consent-signal-mismatch'],
    ['G100 before any choice (the control)', ga('gcs=G100&gcd=13p3p3p3p5'), [], null],
    ['G111 after a reject click', ga('gcs=G111', 3000), [ev(1000, 'rejected', 'click')], 'consent-signal-mismatch.after-reject'],
    ['G111 after accepting', ga('gcs=G111', 3000), [ev(1000, 'accepted', 'click')], null],
    ['G111 after a reject then a lying CMP cookie', ga('gcs=G111', 3000), [ev(1000, 'rejected', 'click'), ev(2000, 'accepted', 'consent-cookie:cc_cookie')], 'consent-signal-mismatch.after-reject'],
    ['G111 after a reject then the visitor accepting', ga('gcs=G111', 3000), [ev(1000, 'rejected', 'click'), ev(2000, 'accepted', 'click')], null],
    ['a TCF string granting purposes sent after a reject', request(`https://ads.partner.com/bid?gdpr=1&gdpr_consent=${makeTcString([1, 3, 4], [755])}`, { time: 3000 }), [ev(1000, 'rejected', 'consent-cookie:euconsent-v2')], 'consent-signal-mismatch.after-reject'],
    ['a TCF string granting nothing sent after a reject', request(`https://ads.partner.com/bid?gdpr=1&gdpr_consent=${makeTcString([], [])}`, { time: 3000 }), [ev(1000, 'rejected', 'consent-cookie:euconsent-v2')], null],
    ['a page API hint claiming consent changes nothing', ga('gcs=G111', 3000), [ev(1000, 'accepted', 'tcf', { hint: true })], 'consent-signal-mismatch'],
  ])('%s', (_label, r, timeline, key) => {
    const found = mismatches([r], timeline).filter((f) => f.subject.kind === 'request');
    expect(found.map((f) => f.messageKey)).toEqual(key ? [key] : []);
    if (key) expect(found[0]!.evidence[0]!.detail).toMatch(/gcs=G111 ad_storage=granted|gcd=\S+ ad_storage|gdpr_consent purposes=1,3,4/);
  });

  test('a consent cookie rewritten to "accepted" after a refusal is reported once per cookie, in every language', () => {
    const timeline = [ev(1000, 'rejected', 'click'), ev(1010, 'rejected', 'consent-cookie:cc_cookie'), ev(1600, 'accepted', 'consent-cookie:cc_cookie'), ev(1700, 'accepted', 'consent-cookie:cc_cookie')];
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const found = mismatches([], timeline, locale);
      expect(found.map((f) => [f.subject.kind, f.subject.name, f.messageKey, f.evidence.length])).toEqual([['cookie', 'cc_cookie', 'consent-signal-mismatch.stored', 2]]);
      expect(found[0]!.message).toContain('cc_cookie');
    }
    // Accepting first, then rejecting in the settings, is a change of mind, not a claim.
    expect(mismatches([], [ev(1000, 'accepted', 'consent-cookie:cc_cookie'), ev(5000, 'rejected', 'consent-cookie:cc_cookie')])).toEqual([]);
  });
});
