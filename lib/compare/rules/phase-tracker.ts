import type { FindingCode, Phase } from '../../model/types';
import type { RuleContext } from '../context';
import { earliest, groupBy, requestEvidence, vendorLabel, type FindingDraft } from '../finding';

/**
 * Tracker requests grouped by host: a page that beacons to mc.yandex.ru forty times is one
 * finding with forty pieces of evidence, not forty findings.
 */
function phaseTrackers(ctx: RuleContext, phase: Phase, code: FindingCode): FindingDraft[] {
  const hits = ctx.input.observations.requests.filter((r) => r.phase === phase && r.classification.tracker);
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (r) => r.host).values()) {
    const first = earliest(group);
    const vendor = vendorLabel(first);
    const declared = first.classification.vendor === null ? undefined : ctx.index.vendors.get(first.classification.vendor);
    drafts.push({
      code,
      severity: 'high',
      subject: { kind: 'request', name: first.host, domain: first.site, vendor: first.classification.vendor },
      phase,
      evidence: group.map(requestEvidence),
      declared: declared ?? null,
      messageKey: code,
      messageParams: [first.host, vendor, String(group.length)],
    });
  }
  return drafts;
}

export function preConsentTrackers(ctx: RuleContext): FindingDraft[] {
  return phaseTrackers(ctx, 'pre-consent', 'pre-consent-tracker');
}

export function afterRejectTrackers(ctx: RuleContext): FindingDraft[] {
  return phaseTrackers(ctx, 'after-reject', 'after-reject-tracker');
}
