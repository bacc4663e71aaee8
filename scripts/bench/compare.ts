// Time to compute findings for 1,000 observations against a 100-row cookie declaration
// (target from the issue: under 20 ms). Inputs are generated from a fixed seed so runs compare.
import { performance } from 'node:perf_hooks';
import { computeFindings, type CompareInput } from '../../lib/compare/index';
import type {
  Category,
  Classification,
  CookieObservation,
  DeclaredCookie,
  Declarations,
  Phase,
  RequestObservation,
  StorageObservation,
} from '../../lib/model/types';
import type { Metric } from './types';
import { median, seededRandom } from './stats';

const DAY = 86_400;
const PHASES: Phase[] = ['pre-consent', 'pre-consent', 'after-accept', 'after-reject'];
const CATEGORIES: Category[] = ['necessary', 'functional', 'analytics', 'marketing', 'unknown'];
const VENDORS = ['yandex-metrika', 'google-analytics', 'posthog', 'mixpanel', 'vk-pixel', 'top-mail-ru', 'roistat', 'comagic', 'jivo', 'amplitude', 'segment', 'snowplow'];

function build(observationCount: number, rowCount: number): CompareInput {
  const rnd = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const classification = (): Classification => {
    const vendor = rnd() < 0.7 ? pick(VENDORS) : null;
    const category = pick(CATEGORIES);
    return { vendor, vendorName: vendor, category, tracker: vendor !== null && rnd() < 0.8, source: 'curated', confidence: rnd() };
  };

  const rows: DeclaredCookie[] = [];
  for (let i = 0; i < rowCount; i++) {
    const names = i % 10 === 0 ? [`_gat_gtag_UA_${100_000 + i}_1`] : i % 7 === 0 ? [] : [`c${i}`, `c${i}_b`];
    rows.push({
      names,
      prefixes: i % 7 === 0 ? [`p${i}_`] : [],
      provider: null,
      vendor: i % 9 === 0 ? pick(VENDORS) : null,
      purpose: null,
      category: pick(CATEGORIES),
      lifetime: { kind: 'fixed', minSeconds: 30 * DAY, maxSeconds: (1 + (i % 24)) * 30 * DAY, text: `${1 + (i % 24)} months` },
      quote: `row ${i}`,
      location: { source: 0, offset: i * 80, where: `table 1, row ${i + 1}` },
    });
  }
  const declarations: Declarations = {
    sources: [{ url: 'https://example.ru/cookies', sha256: '0'.repeat(64), language: 'ru', kind: 'cookie-policy' }],
    cookies: rows,
    vendors: VENDORS.slice(0, 4).map((vendor, i) => ({ vendor, name: vendor, matched: vendor, quote: vendor, location: { source: 0, offset: 9_000 + i, where: `line ${200 + i}` } })),
    categories: [],
    statements: [{ kind: 'session-only', quote: 'сеансовые cookies', location: { source: 0, offset: 10_000, where: 'line 300' } }],
  };

  const cookies: CookieObservation[] = [];
  const requests: RequestObservation[] = [];
  const storage: StorageObservation[] = [];
  for (let i = 0; i < observationCount; i++) {
    const phase = pick(PHASES);
    const time = Math.floor(rnd() * 60_000);
    const kind = i % 10;
    if (kind < 5) {
      const r = Math.floor(rnd() * rowCount * 1.3);
      const name = r % 10 === 0 ? `_gat_gtag_UA_${r * 7}_1` : r % 7 === 0 ? `p${r}_x${i}` : `c${r}`;
      const lifetime = rnd() < 0.2 ? null : Math.floor(rnd() * 1_000 * DAY);
      cookies.push({
        name, domain: rnd() < 0.5 ? '.example.ru' : '.tracker.example', path: '/', hostOnly: false, secure: true, httpOnly: false,
        sameSite: 'lax', partitioned: false, session: lifetime === null, expiresAt: null,
        lifetimeSeconds: lifetime === null ? null : Math.min(lifetime, 400 * DAY), requestedLifetimeSeconds: lifetime,
        firstParty: rnd() < 0.5, setBy: 'script', initiator: null, frameUrl: null, time, phase,
        classification: classification(), writes: 0, valueSize: 32,
      });
    } else if (kind < 9) {
      const host = `t${Math.floor(rnd() * 40)}.tracker.example`;
      requests.push({
        url: `https://${host}/hit?i=${i}`, host, site: 'tracker.example', type: 'image', method: 'GET', initiator: null,
        frameUrl: null, firstParty: false, status: 200, time, phase, classification: classification(),
      });
    } else {
      storage.push({
        area: 'local', key: `k${Math.floor(rnd() * 60)}`, valueSize: 10, origin: 'https://example.ru', frameUrl: null,
        scriptUrl: null, firstParty: true, time, phase, classification: classification(), writes: 1,
      });
    }
  }
  return {
    site: 'example.ru',
    observations: { cookies, requests, storage },
    declarations,
    policy: { state: 'found', origin: 'discovered', url: 'https://example.ru/cookies', message: null, readAt: null },
    consent: { state: 'rejected', at: 20_000, signal: 'click', cmp: null, timeline: [] },
    locale: 'ru',
  };
}

export async function run(): Promise<Metric[]> {
  const input = build(1_000, 100);
  for (let i = 0; i < 20; i++) computeFindings(input);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    findings = computeFindings(input).length;
    times.push(performance.now() - start);
  }
  // Ten times the size shows whether the cost grows linearly (indexed) or quadratically (scans).
  const large = build(10_000, 1_000);
  const largeTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    computeFindings(large);
    largeTimes.push(performance.now() - start);
  }
  return [
    { metric: 'compare.findings_1000obs_100rows_median', value: Number(median(times).toFixed(2)), unit: 'ms', target: 20, findings, runs: times.length },
    { metric: 'compare.findings_1000obs_100rows_p95', value: Number(([...times].sort((a, b) => a - b)[94] ?? 0).toFixed(2)), unit: 'ms' },
    { metric: 'compare.findings_10000obs_1000rows_median', value: Number(median(largeTimes).toFixed(2)), unit: 'ms', runs: largeTimes.length },
  ];
}
