import type { Classification, FindingEvidence, Phase } from '../../model/types';
import { cookiesWithMatches, needsConsent, type RuleContext } from '../context';
import { cookieEvidence, requestEvidence, storageEvidence, type FindingDraft } from '../finding';

interface VendorSighting {
  name: string;
  evidence: FindingEvidence[];
}

function isTrackerVendor(c: Classification): c is Classification & { vendor: string } {
  return c.vendor !== null && (c.tracker || needsConsent(c.category));
}

/**
 * Vendors the policy covers without naming them: a cookie table that lists "_ga" declares Google
 * Analytics even when the parser did not attribute the row to a vendor (seed 003).
 */
function vendorsCoveredByName(ctx: RuleContext): Set<string> {
  const covered = new Set<string>();
  for (const { cookie, match } of cookiesWithMatches(ctx)) {
    if (match !== null && match.how !== 'vendor' && cookie.classification.vendor !== null) {
      covered.add(cookie.classification.vendor);
    }
  }
  return covered;
}

/**
 * One finding per tracker vendor seen in cookies, requests or storage that the policy does not
 * name. Observations without a vendor (the site's own unknown cookies) are left to
 * undeclared-cookie.
 */
export function undeclaredVendors(ctx: RuleContext): FindingDraft[] {
  const { cookies, requests, storage } = ctx.input.observations;
  const covered = vendorsCoveredByName(ctx);
  const seen = new Map<string, VendorSighting>();
  const note = (c: Classification, evidence: () => FindingEvidence): void => {
    if (!isTrackerVendor(c) || ctx.index.vendors.has(c.vendor) || covered.has(c.vendor)) return;
    // A vendor the policy denies using is reported by denied-vendor-observed instead.
    if (ctx.index.deniedVendors.has(c.vendor)) return;
    const sighting = seen.get(c.vendor);
    if (sighting === undefined) seen.set(c.vendor, { name: c.vendorName ?? c.vendor, evidence: [evidence()] });
    else sighting.evidence.push(evidence());
  };
  for (const c of cookies) note(c.classification, () => cookieEvidence(c));
  for (const r of requests) note(r.classification, () => requestEvidence(r));
  for (const s of storage) note(s.classification, () => storageEvidence(s));

  const drafts: FindingDraft[] = [];
  for (const [vendor, sighting] of seen) {
    const first = sighting.evidence.reduce((a, b) => (b.time < a.time ? b : a));
    const phase: Phase = first.phase;
    drafts.push({
      code: 'undeclared-vendor',
      severity: 'high',
      subject: { kind: 'vendor', name: sighting.name, domain: null, vendor },
      phase,
      evidence: sighting.evidence,
      declared: null,
      messageKey: 'undeclared-vendor',
      messageParams: [sighting.name, vendor, String(sighting.evidence.length)],
    });
  }
  return drafts;
}
