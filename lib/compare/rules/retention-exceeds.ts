import type { CookieObservation, DeclaredCookie } from '../../model/types';
import { cookiesWithMatches, type RuleContext } from '../context';
import { cookieEvidence, cookieKey, cookieSubject, groupBy, type FindingDraft } from '../finding';
import { declaredMaxSeconds, exceedsDeclared, observedLifetime } from '../lifetime';
import { matchedRow } from '../match';

interface Excess {
  cookie: CookieObservation;
  row: DeclaredCookie;
  observed: number;
  declared: number;
}

/**
 * Cookies living longer than their declared row allows. Only a name match carries a lifetime: a
 * cookie covered by its vendor alone has no declared lifetime to exceed.
 */
export function retentionExceeds(ctx: RuleContext): FindingDraft[] {
  const excesses: Excess[] = [];
  for (const { cookie, match } of cookiesWithMatches(ctx)) {
    const row = matchedRow(match)?.row;
    if (row === undefined) continue;
    const declared = declaredMaxSeconds(row.lifetime);
    const observed = observedLifetime(cookie);
    if (declared === null || observed === null) continue;
    if (exceedsDeclared(observed, declared)) excesses.push({ cookie, row, observed, declared });
  }
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(excesses, (e) => cookieKey(e.cookie)).values()) {
    // The worst write is the one quoted: a cookie re-set with a longer expiry is held to that.
    const worst = group.reduce((a, b) => (b.observed > a.observed ? b : a));
    const stored = worst.cookie.lifetimeSeconds ?? worst.observed;
    drafts.push({
      code: 'retention-exceeds',
      severity: 'medium',
      subject: cookieSubject(worst.cookie),
      phase: worst.cookie.phase,
      evidence: group.map((e) => cookieEvidence(e.cookie)),
      declared: worst.row,
      messageKey: 'retention-exceeds',
      messageParams: [worst.cookie.name, worst.cookie.domain, String(worst.observed), String(stored), String(worst.declared)],
    });
  }
  return drafts;
}
