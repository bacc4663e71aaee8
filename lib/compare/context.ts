import type {
  Category,
  ConsentSummary,
  CookieObservation,
  Declarations,
  Observations,
  PolicyStatus,
} from '../model/types';
import type { Locale } from './catalog';
import { indexDeclarations, type DeclarationIndex } from './declaration-index';
import { matchCookie, type CookieMatch } from './match';

export interface CompareInput {
  site: string;
  observations: Observations;
  declarations: Declarations;
  policy: PolicyStatus;
  consent: ConsentSummary;
  locale: Locale;
}

/** What every rule reads: the input, the declaration index, and each cookie's match, computed once. */
export interface RuleContext {
  input: CompareInput;
  index: DeclarationIndex;
  /** Parallel to input.observations.cookies. */
  cookieMatches: Array<CookieMatch | null>;
  /**
   * A policy counts as found when the status says so or when declarations came from anywhere
   * (an import or pasted text may arrive with the status still idle).
   */
  policyFound: boolean;
}

/**
 * SDKs find the registrable domain by writing a throw-away cookie and deleting it at once
 * (`_ga_probe`, `dmn_chk_<uuid>`, `AMP_TLDTEST`). It stays in the observations as evidence, but a
 * cookie that lived under a second and was never written again stores nothing about the visitor.
 */
const PROBE_MS = 1000;
export function isDomainProbe(c: CookieObservation): boolean {
  return c.removedAt !== undefined && c.writes === 1 && c.removedAt - c.time <= PROBE_MS;
}

export function buildContext(raw: CompareInput): RuleContext {
  const input = { ...raw, observations: { ...raw.observations, cookies: raw.observations.cookies.filter((c) => !isDomainProbe(c)) } };
  const index = indexDeclarations(input.declarations);
  const cookieMatches = input.observations.cookies.map((c) => matchCookie(c.name, c.classification.vendor, index));
  const policyFound = input.policy.state === 'found' || input.declarations.sources.length > 0;
  return { input, index, cookieMatches, policyFound };
}

/** The observed cookies with their matches, for rules that walk both together. */
export function cookiesWithMatches(ctx: RuleContext): Array<{ cookie: CookieObservation; match: CookieMatch | null }> {
  return ctx.input.observations.cookies.map((cookie, i) => ({ cookie, match: ctx.cookieMatches[i] ?? null }));
}

const CONSENT_CATEGORIES: ReadonlySet<Category> = new Set(['analytics', 'marketing']);

/**
 * Analytics and advertising are what DESIGN.md's finding table holds to prior consent; functional
 * cookies are often exempt as requested by the visitor, so they are left to the auditor.
 */
export function needsConsent(category: Category): boolean {
  return CONSENT_CATEGORIES.has(category);
}
