import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { CookieObservation, Declarations, Severity } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredCookie, declaredVendor, input, kb, observations } from './builders';

const table = declarations({
  cookies: [
    declaredCookie(['_ga']),
    declaredCookie(['_gid', '_gat_gtag_UA_135248891_1']),
    declaredCookie([], { prefixes: ['_ga_'] }),
    declaredCookie(['ASP.NET_SessionId']),
  ],
  vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс.Метрика', 'используем Яндекс.Метрику')],
});
const categoriesOnly = declarations({ categories: [{ category: 'analytics', quote: 'статистические', location: { source: 0, offset: 0, where: 'line 40' } }] });

function undeclared(decl: Declarations, observed: CookieObservation) {
  return computeFindings(input({ declarations: decl, observations: observations({ cookies: [observed] }) })).filter(
    (f) => f.code === 'undeclared-cookie',
  );
}

test.each<[string, Declarations, CookieObservation, Severity | null]>([
  ['declared by name', table, cookie('_ga', { classification: KB.ga }), null],
  ['declared by prefix', table, cookie('_ga_2B7Q3L0X9T', { classification: KB.ga }), null],
  ['declared by shape', table, cookie('_gat_gtag_UA_999_1', { classification: KB.ga }), null],
  ['declared by vendor', table, cookie('yandexuid', { domain: '.yandex.ru', firstParty: false, classification: KB.metrika }), null],
  ['retyped case', table, cookie('asp.net_sessionid', { classification: KB.necessary }), null],
  ['analytics not declared', table, cookie('ph_phc_x_posthog', { classification: KB.posthog }), 'medium'],
  ['unknown not declared', table, cookie('uid'), 'medium'],
  ['necessary not declared', table, cookie('csrftoken', { classification: KB.necessary }), 'low'],
  ['functional not declared', table, cookie('lang', { classification: kb(null, null, 'functional', false) }), 'medium'],
  ['categories-only policy covers nothing', categoriesOnly, cookie('_ga', { classification: KB.ga }), 'medium'],
])('%s -> %s', (_label, decl, observed, severity) => {
  const found = undeclared(decl, observed);
  expect(found.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  if (severity !== null) {
    expect(found[0]?.declared).toBeNull();
    expect(found[0]?.subject).toEqual({ kind: 'cookie', name: observed.name, domain: observed.domain, vendor: observed.classification.vendor });
  }
});

test('one finding per cookie across phases, evidence from all of them, phase of the first', () => {
  const cookies = [
    cookie('_fbp', { phase: 'after-accept', time: 5_000, classification: kb('facebook', 'Meta Pixel', 'marketing', true) }),
    cookie('_fbp', { phase: 'pre-consent', time: 800, classification: kb('facebook', 'Meta Pixel', 'marketing', true) }),
  ];
  const found = computeFindings(input({ declarations: table, observations: observations({ cookies }) })).filter(
    (f) => f.code === 'undeclared-cookie',
  );
  expect(found).toHaveLength(1);
  expect(found[0]?.phase).toBe('pre-consent');
  expect(found[0]?.evidence.map((e) => e.phase)).toEqual(['pre-consent', 'after-accept']);
});

test('no undeclared-cookie finding while the policy is still loading', () => {
  const findings = computeFindings(
    input({
      policy: { state: 'loading', origin: 'discovered', url: null, message: null, readAt: null },
      declarations: { sources: [], cookies: [], vendors: [], categories: [], statements: [] },
      observations: observations({ cookies: [cookie('uid')] }),
    }),
  );
  expect(findings.filter((f) => f.code === 'undeclared-cookie')).toEqual([]);
});
