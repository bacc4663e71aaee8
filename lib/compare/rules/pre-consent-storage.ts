import type { FindingCode, Phase, StorageObservation } from '../../model/types';
import { needsConsent, type RuleContext } from '../context';
import { earliest, groupBy, storageWriteEvidence, vendorLabel, type FindingDraft } from '../finding';
import { writesIn } from '../writes';

/** A key written by a tracker SDK (the knowledge base says tracker, or analytics/advertising). */
export function isTrackerKey(entry: StorageObservation): boolean {
  return entry.classification.tracker || needsConsent(entry.classification.category);
}

const AREA_NAMES = { local: 'localStorage', session: 'sessionStorage' } as const;

function phaseStorage(ctx: RuleContext, phase: Phase, code: FindingCode): FindingDraft[] {
  // Every write counts, as for cookies: a key written before consent and again after a reject is both.
  const hits = ctx.input.observations.storage.filter((s) => isTrackerKey(s) && writesIn(s, phase).length > 0);
  const drafts: FindingDraft[] = [];
  // One subject per key and origin; the same key in both areas is one finding naming both.
  for (const group of groupBy(hits, (s) => `${s.origin}\u0000${s.key}`).values()) {
    const first = earliest(group);
    const areas = [...new Set(group.map((s) => AREA_NAMES[s.area]))].sort().join(', ');
    const declared = first.classification.vendor === null ? undefined : ctx.index.vendors.get(first.classification.vendor);
    drafts.push({
      code,
      severity: 'high',
      subject: { kind: 'storage', name: first.key, domain: first.origin, vendor: first.classification.vendor },
      phase,
      evidence: group.flatMap((s) => writesIn(s, phase).map((w) => storageWriteEvidence(s, w))),
      declared: declared ?? null,
      messageKey: code,
      messageParams: [first.key, first.origin, areas, vendorLabel(first)],
    });
  }
  return drafts;
}

export function preConsentStorage(ctx: RuleContext): FindingDraft[] {
  return phaseStorage(ctx, 'pre-consent', 'pre-consent-storage');
}

export function afterRejectStorage(ctx: RuleContext): FindingDraft[] {
  return phaseStorage(ctx, 'after-reject', 'after-reject-storage');
}
