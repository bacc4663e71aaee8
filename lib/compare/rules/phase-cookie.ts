import type { CookieObservation, FindingCode, Phase } from '../../model/types';
import { cookiesWithMatches, needsConsent, type RuleContext } from '../context';
import { cookieKey, cookieSubject, cookieWriteEvidence, earliest, groupBy, vendorLabel, type FindingDraft } from '../finding';
import type { CookieMatch } from '../match';
import { writesIn } from '../writes';

/**
 * A cookie that should have waited for consent: analytics or advertising, or of unknown purpose
 * and set by a third party (an unknown first-party cookie is most often the site's own session or
 * load balancer, so it is not held against the site without more knowledge).
 */
export function isConsentCookie(cookie: CookieObservation): boolean {
  const { category } = cookie.classification;
  return needsConsent(category) || (category === 'unknown' && !cookie.firstParty);
}

function phaseCookies(ctx: RuleContext, phase: Phase, code: FindingCode): FindingDraft[] {
  // Every write counts: a cookie first set before consent and written again after a reject is an
  // after-reject finding too, with the re-writes as its evidence.
  const hits = cookiesWithMatches(ctx).filter(({ cookie }) => isConsentCookie(cookie) && writesIn(cookie, phase).length > 0);
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, ({ cookie }) => cookieKey(cookie)).values()) {
    const first = earliest(group.map((g) => g.cookie));
    const match: CookieMatch | null = group[0]?.match ?? null;
    // The declaration is shown even here: "declared, yet set before consent" is what the auditor
    // quotes back to the site.
    const declared = match === null ? null : match.how === 'vendor' ? match.declared : match.entry.declared;
    drafts.push({
      code,
      severity: 'high',
      subject: cookieSubject(first),
      phase,
      evidence: group.flatMap(({ cookie }) => writesIn(cookie, phase).map((w) => cookieWriteEvidence(cookie, w))),
      declared,
      messageKey: code,
      messageParams: [first.name, first.domain, first.classification.category, vendorLabel(first)],
    });
  }
  return drafts;
}

export function preConsentCookies(ctx: RuleContext): FindingDraft[] {
  return phaseCookies(ctx, 'pre-consent', 'pre-consent-cookie');
}

export function afterRejectCookies(ctx: RuleContext): FindingDraft[] {
  return phaseCookies(ctx, 'after-reject', 'after-reject-cookie');
}
