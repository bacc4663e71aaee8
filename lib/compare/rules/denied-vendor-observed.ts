import type { Classification, DeniedItem, FindingEvidence } from '../../model/types';
import type { RuleContext } from '../context';
import { cookieEvidence, earliest, requestEvidence, storageEvidence, type FindingDraft } from '../finding';

interface Sighting {
  denial: DeniedItem;
  name: string;
  evidence: FindingEvidence[];
}

/**
 * One finding per vendor the policy says the site does not use ("Мы не используем Google
 * Analytics") that is observed anyway, in cookies, requests or storage. Any observation counts,
 * tracker or not: the statement is about the vendor, not about tracking. The denial is the quote.
 * Such a vendor is left out of undeclared-vendor (rules/undeclared-vendor.ts): the policy does
 * name it, only to say the opposite of what the page does, and one finding says that better.
 */
export function deniedVendorsObserved(ctx: RuleContext): FindingDraft[] {
  const denied = ctx.index.deniedVendors;
  if (denied.size === 0) return [];
  const { cookies, requests, storage } = ctx.input.observations;
  const seen = new Map<string, Sighting>();
  const note = (c: Classification, evidence: () => FindingEvidence): void => {
    if (c.vendor === null) return;
    const denial = denied.get(c.vendor);
    if (denial === undefined) return;
    const sighting = seen.get(c.vendor);
    if (sighting === undefined) seen.set(c.vendor, { denial, name: c.vendorName ?? denial.name, evidence: [evidence()] });
    else sighting.evidence.push(evidence());
  };
  for (const c of cookies) note(c.classification, () => cookieEvidence(c));
  for (const r of requests) note(r.classification, () => requestEvidence(r));
  for (const s of storage) note(s.classification, () => storageEvidence(s));

  return [...seen].map(([vendor, { denial, name, evidence }]) => ({
    code: 'denied-vendor-observed',
    severity: 'high',
    subject: { kind: 'vendor', name, domain: null, vendor },
    phase: earliest(evidence).phase,
    evidence,
    declared: denial,
    messageKey: 'denied-vendor-observed',
    messageParams: [name, vendor, String(evidence.length)],
  }));
}
