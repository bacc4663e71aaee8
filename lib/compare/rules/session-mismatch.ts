import type { CookieObservation, DeclaredCookie, DeclaredStatement } from '../../model/types';
import type { MessageKey } from '../catalog';
import { cookiesWithMatches, type RuleContext } from '../context';
import { cookieEvidence, cookieKey, cookieSubject, earliest, groupBy, type FindingDraft } from '../finding';
import { isPersistent, observedLifetime } from '../lifetime';
import { matchedRow, type CookieMatch } from '../match';

interface Basis {
  key: MessageKey;
  declared: DeclaredCookie | DeclaredStatement;
}

/**
 * Why a cookie should have been session-only: its own row says so ("До закриття вікна"), or,
 * when its row gives no lifetime of its own, the policy states that the site uses session
 * cookies (seed 002). A row with its own persistent lifetime overrides the general statement.
 */
function sessionBasis(match: CookieMatch | null, statement: DeclaredStatement | null): Basis | null {
  const row = matchedRow(match)?.row;
  const kind = row?.lifetime?.kind;
  if (row !== undefined && kind === 'session') return { key: 'session-mismatch', declared: row };
  if (statement !== null && (kind === undefined || kind === 'unknown')) {
    return { key: 'session-mismatch.statement', declared: statement };
  }
  return null;
}

export function sessionMismatches(ctx: RuleContext): FindingDraft[] {
  const hits: Array<{ cookie: CookieObservation; basis: Basis }> = [];
  for (const { cookie, match } of cookiesWithMatches(ctx)) {
    if (!isPersistent(cookie)) continue;
    const basis = sessionBasis(match, ctx.index.sessionOnly);
    if (basis !== null) hits.push({ cookie, basis });
  }
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (h) => cookieKey(h.cookie)).values()) {
    const cookies = group.map((h) => h.cookie);
    const first = earliest(cookies);
    const basis = group[0]?.basis;
    if (basis === undefined) continue;
    const longest = Math.max(...cookies.map((c) => observedLifetime(c) ?? 0));
    drafts.push({
      code: 'session-mismatch',
      severity: 'medium',
      subject: cookieSubject(first),
      phase: first.phase,
      evidence: cookies.map(cookieEvidence),
      declared: basis.declared,
      messageKey: basis.key,
      messageParams: [first.name, first.domain, String(longest)],
    });
  }
  return drafts;
}
