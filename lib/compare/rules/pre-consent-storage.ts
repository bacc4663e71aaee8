import type { StorageObservation } from '../../model/types';
import { needsConsent, type RuleContext } from '../context';
import { earliest, groupBy, storageEvidence, vendorLabel, type FindingDraft } from '../finding';

/** A key written by a tracker SDK (the knowledge base says tracker, or analytics/advertising). */
export function isTrackerKey(entry: StorageObservation): boolean {
  return entry.classification.tracker || needsConsent(entry.classification.category);
}

const AREA_NAMES = { local: 'localStorage', session: 'sessionStorage' } as const;

export function preConsentStorage(ctx: RuleContext): FindingDraft[] {
  const hits = ctx.input.observations.storage.filter((s) => s.phase === 'pre-consent' && isTrackerKey(s));
  const drafts: FindingDraft[] = [];
  // One subject per key and origin; the same key in both areas is one finding naming both.
  for (const group of groupBy(hits, (s) => `${s.origin}\u0000${s.key}`).values()) {
    const first = earliest(group);
    const areas = [...new Set(group.map((s) => AREA_NAMES[s.area]))].sort().join(', ');
    const declared = first.classification.vendor === null ? undefined : ctx.index.vendors.get(first.classification.vendor);
    drafts.push({
      code: 'pre-consent-storage',
      severity: 'high',
      subject: { kind: 'storage', name: first.key, domain: first.origin, vendor: first.classification.vendor },
      phase: 'pre-consent',
      evidence: group.map(storageEvidence),
      declared: declared ?? null,
      messageKey: 'pre-consent-storage',
      messageParams: [first.key, first.origin, areas, vendorLabel(first)],
    });
  }
  return drafts;
}
