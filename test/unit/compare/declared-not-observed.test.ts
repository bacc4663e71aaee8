import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { Observations } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredCookie, declaredVendor, input, observations, request } from './builders';

const decl = declarations({
  cookies: [
    declaredCookie(['_ga'], { vendor: 'google-analytics' }),
    declaredCookie(['1P_JAR', 'DV']),
    declaredCookie(['_gid', '_gat_gtag_UA_135248891_1']),
    declaredCookie(['_ga_<container-id>']),
    declaredCookie(['CONSENT', 'ANID']),
    declaredCookie(['ANID']),
  ],
  vendors: [
    declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'Google Analytics, Яндекс Метрика'),
    declaredVendor('jivo', 'Jivo', 'Jivo', 'онлайн-чат Jivo'),
    declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс.Метрика', 'Яндекс.Метрика'),
  ],
});

function notObserved(obs: Observations) {
  return computeFindings(input({ declarations: decl, observations: obs }))
    .filter((f) => f.code === 'declared-not-observed')
    .map((f) => `${f.subject.kind}:${f.subject.name}`);
}

const everyName = ['_ga', '1P_JAR', 'DV', '_gid', '_gat_gtag_UA_135248891_1', 'CONSENT', 'ANID'];

test.each<[string, Observations, string[]]>([
  ['nothing observed: every literal name once, every vendor once', observations(), [
    ...everyName.map((n) => `cookie:${n}`),
    'vendor:Jivo',
    'vendor:Yandex Metrika',
  ]],
  ['a row with two names: seeing one leaves the other', observations({ cookies: [cookie('1P_JAR'), ...['_ga', '_gid', '_gat_gtag_UA_135248891_1', 'CONSENT', 'ANID'].map((n) => cookie(n))] }), [
    'cookie:DV',
    'vendor:Jivo',
    'vendor:Yandex Metrika',
  ]],
  ['shape and case matches count as seen; a vendor seen by request', observations({
    cookies: [...['_ga', '1P_JAR', '_gid', 'consent', 'anid', 'dv'].map((n) => cookie(n)), cookie('_gat_gtag_UA_48213377_1')],
    requests: [request('https://mc.yandex.ru/watch/1', { classification: KB.metrika })],
  }), ['vendor:Jivo']],
])('%s', (_label, obs, expected) => {
  expect(notObserved(obs).sort()).toEqual([...expected].sort());
});

test('findings are info, quote the row, and carry no evidence', () => {
  const [finding] = computeFindings(input({ declarations: decl, observations: observations() })).filter(
    (f) => f.code === 'declared-not-observed' && f.subject.name === 'DV',
  );
  expect(finding).toMatchObject({
    severity: 'info',
    phase: null,
    evidence: [],
    declared: { quote: '1P_JAR, DV', where: 'row 1P_JAR', sourceUrl: 'https://example.ru/privacy' },
    message: 'The policy declares cookie DV, but it was not seen during this audit.',
  });
});
