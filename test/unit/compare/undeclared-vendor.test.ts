import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { Declarations, Observations } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredCookie, declaredVendor, input, kb, observations, request, storage } from './builders';

const metrikaNamed = declarations({
  vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'сервисов Яндекс Метрика')],
});
const gaByCookieName = declarations({ cookies: [declaredCookie(['_ga'], { lifetime: null })] });
const posthogRow = declarations({ cookies: [declaredCookie(['ph_*_posthog'], { vendor: 'posthog' })] });

function vendorFindings(decl: Declarations, obs: Observations) {
  return computeFindings(input({ declarations: decl, observations: obs })).filter((f) => f.code === 'undeclared-vendor');
}

test.each<[string, Declarations, Observations, string[]]>([
  ['named vendor', metrikaNamed, observations({ cookies: [cookie('_ym_uid', { classification: KB.metrika })] }), []],
  ['unnamed vendor via cookie', metrikaNamed, observations({ cookies: [cookie('_ga', { classification: KB.ga })] }), ['google-analytics']],
  ['unnamed vendor via request only', metrikaNamed, observations({ requests: [request('https://us.i.posthog.com/e/', { classification: KB.posthog })] }), ['posthog']],
  ['unnamed vendor via storage only', metrikaNamed, observations({ storage: [storage('mp_abc_mixpanel', { classification: KB.mixpanel })] }), ['mixpanel']],
  ['vendor covered by a listed cookie name', gaByCookieName, observations({
    cookies: [cookie('_ga', { classification: KB.ga })],
    requests: [request('https://www.google-analytics.com/g/collect', { classification: KB.ga })],
  }), []],
  ['vendor attributed on a cookie row', posthogRow, observations({ requests: [request('https://us.i.posthog.com/e/', { classification: KB.posthog })] }), []],
  ['non-tracking vendor is ignored', metrikaNamed, observations({ requests: [request('https://cdn.jsdelivr.net/x.js', { classification: kb('jsdelivr', 'jsDelivr', 'necessary', false) })] }), []],
  ['first-party unknowns are ignored', metrikaNamed, observations({ cookies: [cookie('sid')], storage: [storage('cart')] }), []],
])('%s -> %j', (_label, decl, obs, vendors) => {
  expect(vendorFindings(decl, obs).map((f) => f.subject.vendor)).toEqual(vendors);
});

test('one finding per vendor gathers cookies, requests and storage, high severity', () => {
  const obs = observations({
    cookies: [cookie('ph_phc_x_posthog', { time: 300, classification: KB.posthog })],
    requests: [
      request('https://us-assets.i.posthog.com/static/array.js', { time: 100, type: 'script', classification: KB.posthog }),
      request('https://us.i.posthog.com/e/', { time: 400, phase: 'after-accept', classification: KB.posthog }),
    ],
    storage: [storage('ph_phc_x_posthog', { time: 320, classification: KB.posthog })],
  });
  const [finding, ...rest] = vendorFindings(metrikaNamed, obs);
  expect(rest).toEqual([]);
  expect(finding?.severity).toBe('high');
  expect(finding?.subject).toEqual({ kind: 'vendor', name: 'PostHog', domain: null, vendor: 'posthog' });
  expect(finding?.phase).toBe('pre-consent');
  expect(finding?.evidence.map((e) => [e.kind, e.time])).toEqual([
    ['request', 100],
    ['cookie', 300],
    ['storage', 320],
    ['request', 400],
  ]);
  expect(finding?.message).toBe('PostHog was observed (4 observations), but the policy does not name it.');
});
