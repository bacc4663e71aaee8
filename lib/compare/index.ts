// The comparison engine: observations + declarations -> findings. Pure data in, data out; the
// popup, the report and the CLI all call computeFindings with what they have.
import type { Finding, FindingCode, FindingSubject, Severity } from '../model/types';
import { buildContext, type CompareInput, type RuleContext } from './context';
import { finish, type FindingDraft } from './finding';
import { declaredNotObserved } from './rules/declared-not-observed';
import { deniedVendorsObserved } from './rules/denied-vendor-observed';
import { firstPartyTrackerProxy } from './rules/first-party-tracker-proxy';
import { idSharing } from './rules/id-sharing';
import { consentSignalMismatch } from './rules/consent-signal-mismatch';
import { fingerprinting } from './rules/fingerprinting';
import { sessionReplay } from './rules/session-replay';
import { sessionReplayGeneric } from './rules/session-replay-generic';
import { afterRejectCookies, preConsentCookies } from './rules/phase-cookie';
import { afterRejectTrackers, preConsentTrackers } from './rules/phase-tracker';
import { noPolicy, policyWithoutCookieList } from './rules/policy-status';
import { afterRejectStorage, preConsentStorage } from './rules/pre-consent-storage';
import { purposeMismatches } from './rules/purpose-mismatch';
import { retentionExceeds } from './rules/retention-exceeds';
import { sessionMismatches } from './rules/session-mismatch';
import { undeclaredCookies } from './rules/undeclared-cookie';
import { undeclaredVendors } from './rules/undeclared-vendor';

export type { CompareInput } from './context';
export { matchDeclaredCookie } from './match';
export { findingExplanation, findingTitle, renderFinding } from './messages';

type Rule = (ctx: RuleContext) => FindingDraft[];

/** Consent rules hold whether or not a policy exists. */
const CONSENT_RULES: Rule[] = [preConsentCookies, preConsentTrackers, preConsentStorage, afterRejectCookies, afterRejectTrackers, afterRejectStorage];

/** What a page does to hide its tracking (issue 12): holds with or without a policy. */
const DETECTION_RULES: Rule[] = [firstPartyTrackerProxy, idSharing, consentSignalMismatch, fingerprinting, sessionReplay, sessionReplayGeneric];

/** Rules that compare against the policy; they mean nothing without one. */
const POLICY_RULES: Rule[] = [
  undeclaredCookies,
  undeclaredVendors,
  retentionExceeds,
  sessionMismatches,
  purposeMismatches,
  declaredNotObserved,
  policyWithoutCookieList,
  deniedVendorsObserved,
];

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** DESIGN.md's table order: consent first, then the policy, then the policy's own state. */
export const FINDING_CODES: readonly FindingCode[] = [
  'pre-consent-cookie',
  'pre-consent-tracker',
  'pre-consent-storage',
  'after-reject-cookie',
  'after-reject-tracker',
  'after-reject-storage',
  'undeclared-cookie',
  'undeclared-vendor',
  'retention-exceeds',
  'session-mismatch',
  'purpose-mismatch',
  'declared-not-observed',
  'no-policy',
  'policy-without-cookie-list',
  'denied-vendor-observed',
  'first-party-tracker-proxy',
  'id-sharing',
  'consent-signal-mismatch',
  'fingerprinting',
  'session-replay',
];

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const CODE_RANK = new Map(FINDING_CODES.map((c, i) => [c, i]));

// Plain code-unit comparison, not localeCompare: the order must not depend on the UI language.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSubject(a: FindingSubject, b: FindingSubject): number {
  return compareText(a.kind, b.kind) || compareText(a.name, b.name) || compareText(a.domain ?? '', b.domain ?? '');
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) ||
    (CODE_RANK.get(a.code) ?? 0) - (CODE_RANK.get(b.code) ?? 0) ||
    compareSubject(a.subject, b.subject)
  );
}

export function computeFindings(input: CompareInput): Finding[] {
  const ctx = buildContext(input);
  const rules = ctx.policyFound ? [...CONSENT_RULES, ...DETECTION_RULES, ...POLICY_RULES] : [...CONSENT_RULES, ...DETECTION_RULES, noPolicy];
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const draft of rule(ctx)) findings.push(finish(draft, input.declarations, input.locale));
  }
  return findings.sort(compareFindings);
}

export function summarize(findings: Finding[]): {
  total: number;
  byCode: Partial<Record<FindingCode, number>>;
  bySeverity: Record<Severity, number>;
} {
  const byCode: Partial<Record<FindingCode, number>> = {};
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    bySeverity[f.severity] += 1;
  }
  return { total: findings.length, byCode, bySeverity };
}
