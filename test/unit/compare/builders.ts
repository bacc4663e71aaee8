// Builders for comparison inputs shaped like what the observation pipeline, the knowledge base
// and the policy parser produce. Names, hosts and lifetimes are the vendors' real ones:
// Yandex Metrika https://yandex.ru/support/metrica/general/cookie-usage.html,
// Google Analytics https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage,
// PostHog https://posthog.com/docs/libraries/js/persistence, Mixpanel https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript.
import type {
  Category,
  Classification,
  ConsentSummary,
  CookieObservation,
  DeclaredCategory,
  DeclaredCookie,
  DeclaredStatement,
  DeclaredVendor,
  Declarations,
  Duration,
  Observations,
  Phase,
  PolicyStatus,
  RequestObservation,
  StorageObservation,
} from '../../../lib/model/types';
import { UNCLASSIFIED } from '../../../lib/model/types';
import type { CompareInput } from '../../../lib/compare/index';

export const DAY = 86_400;
export const YEAR = 365 * DAY;
export const MONTH = 30 * DAY;

export function kb(
  vendor: string | null,
  vendorName: string | null,
  category: Category,
  tracker: boolean,
  confidence = 1,
  source: Classification['source'] = 'curated',
): Classification {
  return { vendor, vendorName, category, tracker, source, confidence };
}

export const KB = {
  metrika: kb('yandex-metrika', 'Yandex Metrika', 'analytics', true),
  ga: kb('google-analytics', 'Google Analytics', 'analytics', true),
  posthog: kb('posthog', 'PostHog', 'analytics', true),
  mixpanel: kb('mixpanel', 'Mixpanel', 'analytics', true),
  doubleclick: kb('google-ads', 'Google Ads', 'marketing', true),
  necessary: kb(null, null, 'necessary', false, 0.6, 'heuristic'),
  none: UNCLASSIFIED,
} as const;

export function cookie(name: string, overrides: Partial<CookieObservation> = {}): CookieObservation {
  const lifetime = overrides.lifetimeSeconds === undefined ? YEAR : overrides.lifetimeSeconds;
  return {
    name,
    domain: '.example.ru',
    path: '/',
    hostOnly: false,
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    partitioned: false,
    session: lifetime === null,
    expiresAt: lifetime === null ? null : new Date(Date.UTC(2026, 0, 1) + lifetime * 1000).toISOString(),
    lifetimeSeconds: lifetime,
    requestedLifetimeSeconds: lifetime,
    firstParty: true,
    setBy: 'script',
    initiator: 'https://mc.yandex.ru/metrika/tag.js',
    frameUrl: 'https://example.ru/',
    time: 120,
    phase: 'pre-consent',
    classification: UNCLASSIFIED,
    writes: 0,
    valueSize: 20,
    ...overrides,
  };
}

export function request(url: string, overrides: Partial<RequestObservation> = {}): RequestObservation {
  const host = new URL(url).hostname;
  return {
    url,
    host,
    site: host.split('.').slice(-2).join('.'),
    type: 'xmlhttprequest',
    method: 'GET',
    initiator: 'https://example.ru',
    frameUrl: 'https://example.ru/',
    firstParty: false,
    status: 200,
    time: 300,
    phase: 'pre-consent',
    classification: UNCLASSIFIED,
    ...overrides,
  };
}

export function storage(key: string, overrides: Partial<StorageObservation> = {}): StorageObservation {
  return {
    area: 'local',
    key,
    valueSize: 64,
    origin: 'https://example.ru',
    frameUrl: 'https://example.ru/',
    scriptUrl: 'https://us-assets.i.posthog.com/static/array.js',
    firstParty: true,
    time: 250,
    phase: 'pre-consent',
    classification: UNCLASSIFIED,
    writes: 1,
    ...overrides,
  };
}

export function duration(kind: Duration['kind'], min: number | null, max: number | null, text: string): Duration {
  return { kind, minSeconds: min, maxSeconds: max, text };
}

const at = (where: string, offset = 0) => ({ source: 0, offset, where });

export function declaredCookie(names: string[], overrides: Partial<DeclaredCookie> = {}): DeclaredCookie {
  return {
    names,
    prefixes: [],
    provider: null,
    vendor: null,
    purpose: null,
    category: null,
    lifetime: null,
    quote: names.join(', '),
    location: at(`row ${names[0] ?? ''}`),
    ...overrides,
  };
}

export function declaredVendor(vendor: string, name: string, matched: string, quote: string): DeclaredVendor {
  return { vendor, name, matched, quote, location: at('line 111') };
}

export function declaredCategory(category: Category, quote: string): DeclaredCategory {
  return { category, quote, location: at('section "Cookies"') };
}

export function statement(kind: DeclaredStatement['kind'], quote: string): DeclaredStatement {
  return { kind, quote, location: at('line 131') };
}

export function declarations(parts: Partial<Declarations> = {}): Declarations {
  return {
    sources: [{ url: 'https://example.ru/privacy', sha256: 'ab'.repeat(32), language: 'ru', kind: 'privacy-policy' }],
    cookies: [],
    vendors: [],
    categories: [],
    statements: [],
    ...parts,
  };
}

export const FOUND: PolicyStatus = {
  state: 'found',
  origin: 'discovered',
  url: 'https://example.ru/privacy',
  message: null,
  readAt: '2026-01-01T00:00:00.000Z',
};

export const NO_CHOICE: ConsentSummary = { state: 'none', at: null, signal: null, cmp: null, timeline: [] };
export const REJECTED: ConsentSummary = {
  state: 'rejected',
  at: 2_000,
  signal: 'cmp:vanilla-cookieconsent',
  cmp: 'vanilla-cookieconsent',
  timeline: [{ time: 2_000, state: 'rejected', signal: 'cmp:vanilla-cookieconsent' }],
};

export function observations(parts: Partial<Observations> = {}): Observations {
  return { cookies: [], requests: [], storage: [], ...parts };
}

export function input(parts: Partial<CompareInput> = {}): CompareInput {
  return {
    site: 'example.ru',
    observations: observations(),
    declarations: declarations(),
    policy: FOUND,
    consent: NO_CHOICE,
    locale: 'en',
    ...parts,
  };
}

export const phases: Phase[] = ['pre-consent', 'after-accept', 'after-reject', 'after-partial'];
