import type { Category, Classification, CookieObservation, DeclaredCookie } from '../../model/types';
import { cookiesWithMatches, type RuleContext } from '../context';
import { cookieEvidence, cookieKey, cookieSubject, earliest, groupBy, vendorLabel, type FindingDraft } from '../finding';
import { matchedRow } from '../match';

/** Below this, or from filter lists and heuristics, the knowledge base is a guess, not a fact. */
export const PURPOSE_CONFIDENCE = 0.8;

function isConfident(c: Classification): boolean {
  return c.confidence >= PURPOSE_CONFIDENCE && (c.source === 'curated' || c.source === 'open-cookie-database');
}

/** The declared category when it contradicts a confident knowledge-base category, else null. */
export function conflictingCategory(row: DeclaredCookie, c: Classification): Category | null {
  const declared = row.category;
  if (declared === null || declared === 'unknown' || c.category === 'unknown') return null;
  if (declared === c.category || !isConfident(c)) return null;
  return declared;
}

/**
 * The policy files a cookie under one purpose and the knowledge base, with high confidence, under
 * another: the typical case is analytics declared as "strictly necessary" to skip consent.
 */
export function purposeMismatches(ctx: RuleContext): FindingDraft[] {
  const hits: Array<{ cookie: CookieObservation; row: DeclaredCookie; declared: Category }> = [];
  for (const { cookie, match } of cookiesWithMatches(ctx)) {
    const row = matchedRow(match)?.row;
    if (row === undefined) continue;
    const declared = conflictingCategory(row, cookie.classification);
    if (declared !== null) hits.push({ cookie, row, declared });
  }
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (h) => cookieKey(h.cookie)).values()) {
    const first = earliest(group.map((h) => h.cookie));
    const hit = group[0];
    if (hit === undefined) continue;
    drafts.push({
      code: 'purpose-mismatch',
      severity: 'medium',
      subject: cookieSubject(first),
      phase: first.phase,
      evidence: group.map((h) => cookieEvidence(h.cookie)),
      declared: hit.row,
      messageKey: 'purpose-mismatch',
      messageParams: [first.name, first.domain, hit.declared, first.classification.category, vendorLabel(first)],
    });
  }
  return drafts;
}
