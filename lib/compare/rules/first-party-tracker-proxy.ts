import { signatureShape } from '../../classify/signatures';
import type { RuleContext } from '../context';
import { earliest, groupBy, requestEvidence, vendorLabel, type FindingDraft } from '../finding';

/**
 * A known tracker's hit (recognised by its request signature) sent to the site's own host or a
 * first-party subdomain: the tracker is disguised as the site's own traffic. The same hits are
 * tracker requests too (the classifier marks them), so pre-consent-tracker covers the consent
 * side; this finding says the disguise. One finding per host.
 */
export function firstPartyTrackerProxy(ctx: RuleContext): FindingDraft[] {
  const hits = ctx.input.observations.requests.filter((r) => r.firstParty && r.classification.signature !== undefined);
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (r) => r.host).values()) {
    const first = earliest(group);
    const vendors = [...new Set(group.map(vendorLabel))].join(', ');
    const shapes = [...new Set(group.map((r) => signatureShape(r.classification.signature!)))].join(', ');
    const declared = first.classification.vendor === null ? undefined : ctx.index.vendors.get(first.classification.vendor);
    drafts.push({
      code: 'first-party-tracker-proxy',
      severity: 'medium',
      subject: { kind: 'request', name: first.host, domain: first.site, vendor: first.classification.vendor },
      phase: first.phase,
      evidence: group.map((r) => {
        const e = requestEvidence(r);
        return { ...e, detail: `${e.detail ?? ''} signature=${r.classification.signature}`.trim() };
      }),
      declared: declared ?? null,
      messageKey: 'first-party-tracker-proxy',
      messageParams: [first.host, vendors, shapes, String(group.length)],
    });
  }
  return drafts;
}
