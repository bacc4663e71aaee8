import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { Declarations, DeniedItem, FindingCode, Observations } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredCookie, declaredVendor, input, observations, request, storage } from './builders';

// Denials as the policy reader writes them: the knowledge-base id, the name, and the sentence.
function denied(kind: DeniedItem['kind'], value: string, name: string, quote: string): DeniedItem {
  return { kind, value, name, quote, location: { source: 0, offset: 400, where: 'paragraph 7' } };
}
const NO_GA = denied('vendor', 'google-analytics', 'Google Analytics', 'Мы не используем Google Analytics.');
const NO_METRIKA = denied('vendor', 'yandex-metrika', 'Yandex Metrika', 'Ми не використовуємо Яндекс.Метрику.');
const NO_GA_COOKIE = denied('cookie', '_ga', '_ga', 'We do not set the _ga cookie.');

const gaCookie = cookie('_ga', { time: 200, initiator: 'https://www.googletagmanager.com/gtag/js', classification: KB.ga });
const gaHit = request('https://region1.google-analytics.com/g/collect', { time: 150, type: 'ping', classification: KB.ga });
const metrikaCookie = cookie('_ym_uid', { classification: KB.metrika });

/** The policy names GA twice: as a vendor mention and in a denial (the reader keeps both). */
const gaNamedAndDenied = declarations({
  vendors: [declaredVendor('google-analytics', 'Google Analytics', 'Google Analytics', 'Мы не используем Google Analytics.')],
  denied: [NO_GA],
});

function codesFor(decl: Declarations, obs: Observations): Array<[FindingCode, string]> {
  return computeFindings(input({ declarations: decl, observations: obs }))
    .filter((f) => ['denied-vendor-observed', 'undeclared-vendor', 'undeclared-cookie', 'declared-not-observed'].includes(f.code))
    .map((f) => [f.code, f.subject.name]);
}

describe('denied-vendor-observed and what a denial must not declare', () => {
  test.each<[string, Declarations, Observations, Array<[FindingCode, string]>]>([
    ['denied vendor seen by cookie', declarations({ denied: [NO_GA] }), observations({ cookies: [gaCookie] }), [
      ['denied-vendor-observed', 'Google Analytics'],
      ['undeclared-cookie', '_ga'],
    ]],
    ['denied vendor seen by request only', declarations({ denied: [NO_GA] }), observations({ requests: [gaHit] }), [['denied-vendor-observed', 'Google Analytics']]],
    ['denied vendor seen by storage only', declarations({ denied: [NO_METRIKA] }), observations({ storage: [storage('_ym_uid', { classification: KB.metrika })] }), [['denied-vendor-observed', 'Yandex Metrika']]],
    ['denied and also mentioned: still not declared', gaNamedAndDenied, observations({ cookies: [gaCookie] }), [
      ['denied-vendor-observed', 'Google Analytics'],
      ['undeclared-cookie', '_ga'],
    ]],
    ['denied, mentioned and absent: not "declared, not seen"', gaNamedAndDenied, observations({ cookies: [metrikaCookie] }), [
      ['undeclared-vendor', 'Yandex Metrika'],
      ['undeclared-cookie', '_ym_uid'],
    ]],
    ['a cookie row attributed to a denied vendor covers no other cookie of it', declarations({ cookies: [declaredCookie(['_gid'], { vendor: 'google-analytics' })], denied: [NO_GA] }), observations({ cookies: [gaCookie] }), [
      ['denied-vendor-observed', 'Google Analytics'],
      ['undeclared-cookie', '_ga'],
      ['declared-not-observed', '_gid'],
    ]],
    ['a denied cookie name is not declared by a row that lists it', declarations({ cookies: [declaredCookie(['_ga', '_gid'])], denied: [NO_GA_COOKIE] }), observations({ cookies: [cookie('_ga')] }), [
      ['undeclared-cookie', '_ga'],
      ['declared-not-observed', '_gid'],
    ]],
    ['another vendor denied: nothing changes for the one seen', declarations({ vendors: [declaredVendor('google-analytics', 'Google Analytics', 'GA', 'We use GA.')], denied: [NO_METRIKA] }), observations({ cookies: [gaCookie] }), []],
    ['denied vendor not seen: no finding', declarations({ denied: [NO_METRIKA] }), observations({ cookies: [cookie('sid')] }), [['undeclared-cookie', 'sid']]],
  ])('%s', (_label, decl, obs, expected) => {
    expect(codesFor(decl, obs).sort()).toEqual(expected.sort());
  });

  test('one high finding per vendor: the denial is the quote, every observation is evidence', () => {
    const findings = computeFindings(input({ declarations: declarations({ denied: [NO_GA, { ...NO_GA, quote: 'later repeat' }] }), observations: observations({ cookies: [gaCookie], requests: [gaHit, { ...gaHit, time: 900, phase: 'after-accept' }] }) }));
    const [f, ...rest] = findings.filter((x) => x.code === 'denied-vendor-observed');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'high',
      subject: { kind: 'vendor', name: 'Google Analytics', domain: null, vendor: 'google-analytics' },
      phase: 'pre-consent',
      declared: { quote: 'Мы не используем Google Analytics.', where: 'paragraph 7', sourceUrl: 'https://example.ru/privacy' },
      message: 'The policy says Google Analytics is not used, but it was observed (3 observations).',
    });
    expect(f?.evidence.map((e) => [e.kind, e.time])).toEqual([['request', 150], ['cookie', 200], ['request', 900]]);
  });

  test.each([
    ['ru', 'Политика утверждает, что Google Analytics не используется, но этот сервис обнаружен (наблюдений: 1).'],
    ['uk', 'Політика стверджує, що Google Analytics не використовується, але цей сервіс виявлено (спостережень: 1).'],
  ] as const)('speaks %s', (locale, message) => {
    const f = computeFindings(input({ locale, declarations: declarations({ denied: [NO_GA] }), observations: observations({ requests: [gaHit] }) })).find((x) => x.code === 'denied-vendor-observed');
    expect(f?.message).toBe(message);
  });

  test('older exports without a denied list read as before', () => {
    const { denied: _none, ...old } = declarations({ vendors: [declaredVendor('google-analytics', 'Google Analytics', 'GA', 'We use GA.')] });
    expect(codesFor(old, observations({ cookies: [gaCookie] }))).toEqual([]);
  });
});
