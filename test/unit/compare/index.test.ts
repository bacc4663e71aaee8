import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FINDING_CODES, SEVERITIES, compareFindings, computeFindings, summarize } from '../../../lib/compare/index';
import type { Finding, PolicyStatus } from '../../../lib/model/types';
import { EMPTY_DECLARATIONS } from '../../../lib/model/types';
import { DAY, KB, YEAR, cookie, declarations, declaredCookie, duration, input, kb, observations, request, storage } from './builders';

const mixed = observations({
  cookies: [
    cookie('_ym_uid', { classification: KB.metrika }),
    cookie('_ga', { requestedLifetimeSeconds: 4 * YEAR, lifetimeSeconds: 400 * DAY, classification: KB.ga }),
    cookie('_ga', { phase: 'after-reject', time: 3_000, requestedLifetimeSeconds: 4 * YEAR, lifetimeSeconds: 400 * DAY, classification: KB.ga }),
    cookie('csrftoken', { classification: KB.necessary }),
    cookie('uid', { domain: '.adriver.ru', firstParty: false }),
  ],
  requests: [
    request('https://mc.yandex.ru/watch/1', { classification: KB.metrika }),
    request('https://mc.yandex.ru/watch/1', { phase: 'after-reject', time: 3_100, classification: KB.metrika }),
  ],
  storage: [storage('ph_phc_x_posthog', { classification: KB.posthog })],
});
const gaTable = declarations({
  cookies: [
    declaredCookie(['_ga'], { category: 'necessary', lifetime: duration('fixed', 2 * YEAR, 2 * YEAR, '2 years') }),
    declaredCookie(['_gid']),
  ],
});

describe('computeFindings', () => {
  const findings = computeFindings(input({ declarations: gaTable, observations: mixed }));

  test('orders by severity, then the DESIGN.md code order, then subject', () => {
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(findings.map((f) => `${f.severity} ${f.code} ${f.subject.name}`)).toEqual([
      'high pre-consent-cookie _ga',
      'high pre-consent-cookie _ym_uid',
      'high pre-consent-cookie uid',
      'high pre-consent-tracker mc.yandex.ru',
      'high pre-consent-storage ph_phc_x_posthog',
      'high after-reject-cookie _ga',
      'high after-reject-tracker mc.yandex.ru',
      'high undeclared-vendor PostHog',
      'high undeclared-vendor Yandex Metrika',
      'medium undeclared-cookie _ym_uid',
      'medium undeclared-cookie uid',
      'medium retention-exceeds _ga',
      'medium purpose-mismatch _ga',
      'low undeclared-cookie csrftoken',
      'info declared-not-observed _gid',
    ]);
  });

  test('never two findings with the same code and subject', () => {
    const keys = findings.map((f) => JSON.stringify([f.code, f.subject]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('retention groups both phases of _ga into one finding', () => {
    const retention = findings.filter((f) => f.code === 'retention-exceeds');
    expect(retention.map((f) => f.evidence.map((e) => e.phase))).toEqual([['pre-consent', 'after-reject']]);
  });

  test.each<[PolicyStatus['state'], boolean, boolean]>([
    ['idle', false, false],
    ['loading', false, false],
    ['not-found', true, false],
    ['failed', true, false],
  ])('without declarations, policy %s: no-policy %s, policy rules %s; consent rules always', (state, noPolicy, policyRules) => {
    const result = computeFindings(
      input({ policy: { state, origin: null, url: null, message: null, readAt: null }, declarations: EMPTY_DECLARATIONS, observations: mixed }),
    );
    const codes = new Set(result.map((f) => f.code));
    expect(codes.has('no-policy')).toBe(noPolicy);
    expect(codes.has('undeclared-cookie') || codes.has('undeclared-vendor')).toBe(policyRules);
    expect(codes.has('pre-consent-cookie') && codes.has('after-reject-tracker')).toBe(true);
  });

  test('renders every message in the requested language', () => {
    const ru = computeFindings(input({ locale: 'ru', declarations: gaTable, observations: mixed }));
    expect(ru.map((f) => f.messageParams)).toEqual(findings.map((f) => f.messageParams));
    for (const f of ru) expect(f.message).toMatch(/[а-яё]/i);
  });
});

describe('summarize', () => {
  test.each<[string, Finding[], ReturnType<typeof summarize>]>([
    ['nothing', [], { total: 0, byCode: {}, bySeverity: { high: 0, medium: 0, low: 0, info: 0 } }],
    [
      'the mixed page',
      computeFindings(input({ declarations: gaTable, observations: mixed })),
      {
        total: 15,
        byCode: {
          'pre-consent-cookie': 3,
          'pre-consent-tracker': 1,
          'pre-consent-storage': 1,
          'after-reject-cookie': 1,
          'after-reject-tracker': 1,
          'undeclared-vendor': 2,
          'undeclared-cookie': 3,
          'retention-exceeds': 1,
          'purpose-mismatch': 1,
          'declared-not-observed': 1,
        },
        bySeverity: { high: 9, medium: 4, low: 1, info: 1 },
      },
    ],
  ])('%s', (_label, findings, expected) => {
    expect(summarize(findings)).toEqual(expected);
  });
});

describe('fuzz: random observations', () => {
  const classification = fc.constantFrom(KB.metrika, KB.ga, KB.posthog, KB.mixpanel, KB.necessary, KB.none, kb('x', 'X', 'marketing', true, 0.5, 'filter-list'));
  const phase = fc.constantFrom('pre-consent' as const, 'after-accept' as const, 'after-reject' as const, 'after-partial' as const);
  const name = fc.constantFrom('_ga', '_gid', '_ym_uid', 'sid', 'uid', '_ga_ABC123XYZ9', 'ph_phc_x_posthog', 'mp_abc_mixpanel');
  const lifetime = fc.option(fc.integer({ min: 1, max: 20 * YEAR }), { nil: null });
  const observed = fc.record({ name, classification, phase, lifetime, time: fc.nat(60_000), firstParty: fc.boolean() });

  test('findings are sorted, unique per code and subject, and counted exactly', () => {
    fc.assert(
      fc.property(fc.array(observed, { maxLength: 40 }), fc.constantFrom('en' as const, 'ru' as const, 'uk' as const), (rows, locale) => {
        const cookies = rows.map((r) =>
          cookie(r.name, { classification: r.classification, phase: r.phase, lifetimeSeconds: r.lifetime, time: r.time, firstParty: r.firstParty }),
        );
        const result = computeFindings(input({ locale, declarations: gaTable, observations: observations({ cookies }) }));
        expect([...result].sort(compareFindings)).toEqual(result);
        const keys = result.map((f) => JSON.stringify([f.code, f.subject]));
        expect(new Set(keys).size).toBe(keys.length);
        const summary = summarize(result);
        expect(SEVERITIES.reduce((n, s) => n + summary.bySeverity[s], 0)).toBe(result.length);
        for (const f of result) {
          expect(FINDING_CODES).toContain(f.code);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/\{\d/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('domain probes', () => {
  test('a cookie deleted within a second of its only write yields no finding; a longer-lived one does', async () => {
    const { computeFindings } = await import('../../../lib/compare');
    const { isDomainProbe } = await import('../../../lib/compare/context');
    const base = {
      domain: '.lab-shop.test', path: '/', hostOnly: false, secure: false, httpOnly: false, sameSite: 'lax' as const, partitioned: false,
      session: false, expiresAt: null, lifetimeSeconds: 63072000, requestedLifetimeSeconds: null, firstParty: true, setBy: 'script' as const,
      initiator: null, frameUrl: null, phase: 'pre-consent' as const, writes: 1, valueSize: 3,
      classification: { vendor: 'google-analytics', vendorName: 'Google Analytics', category: 'analytics' as const, tracker: true, source: 'curated' as const, confidence: 1 },
    };
    const probe = { ...base, name: '_ga_probe', time: 100, removedAt: 104 };
    const kept = { ...base, name: '_ga', time: 100, removedAt: 5000 };
    expect([isDomainProbe(probe), isDomainProbe(kept)]).toEqual([true, false]);
    const findings = computeFindings({
      site: 'lab-shop.test',
      observations: { cookies: [probe, kept], requests: [], storage: [] },
      declarations: { sources: [], cookies: [], vendors: [], categories: [], statements: [] },
      policy: { state: 'not-found', origin: 'discovered', url: null, message: null, readAt: null },
      consent: { state: 'none', at: null, signal: null, cmp: null, timeline: [] },
      locale: 'en',
    });
    const subjects = findings.filter((f) => f.code === 'pre-consent-cookie').map((f) => f.subject.name);
    expect(subjects).toEqual(['_ga']);
  });
});
