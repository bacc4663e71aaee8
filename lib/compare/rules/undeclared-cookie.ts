import { cookiesWithMatches, type RuleContext } from '../context';
import { cookieEvidence, cookieKey, cookieSubject, earliest, groupBy, vendorLabel, type FindingDraft } from '../finding';

/**
 * Every observed cookie that no declared name, prefix, pattern or vendor covers, in any phase.
 * A policy that only lists categories (seed 001) or says nothing (seed 004) covers nothing, so
 * each cookie is reported; policy-without-cookie-list says why.
 */
export function undeclaredCookies(ctx: RuleContext): FindingDraft[] {
  const unmatched = cookiesWithMatches(ctx)
    .filter(({ match }) => match === null)
    .map(({ cookie }) => cookie);
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(unmatched, cookieKey).values()) {
    const first = earliest(group);
    const { category } = first.classification;
    drafts.push({
      code: 'undeclared-cookie',
      // A strictly necessary cookie left out of the list is a documentation gap, not a privacy risk.
      severity: category === 'necessary' ? 'low' : 'medium',
      subject: cookieSubject(first),
      phase: first.phase,
      evidence: group.map(cookieEvidence),
      declared: null,
      messageKey: 'undeclared-cookie',
      messageParams: [first.name, first.domain, category, vendorLabel(first)],
    });
  }
  return drafts;
}
