import type { CarriedIdentifier, RequestObservation } from '../../model/types';
import type { RuleContext } from '../context';
import { cookieEvidence, earliest, requestEvidence, storageEvidence, type FindingDraft } from '../finding';

/**
 * Cookie syncing: an identifier held in one of the page's cookies or storage keys travels to a
 * third-party host (the observation pipeline found it in the URL or body, lib/observe/identifiers.ts).
 * A vendor's own cookie sent to that same vendor is its ordinary hit, already a tracker request;
 * what this rule reports is an identifier reaching someone else. One finding per cookie or key.
 */
export function idSharing(ctx: RuleContext): FindingDraft[] {
  const { cookies, storage, requests } = ctx.input.observations;
  const groups = new Map<string, { id: CarriedIdentifier; requests: RequestObservation[] }>();
  for (const r of requests) {
    for (const c of r.carries ?? []) {
      const holder =
        c.kind === 'cookie'
          ? cookies.find((o) => o.name === c.name && o.domain === c.domain)
          : storage.find((o) => o.key === c.name && o.origin === c.domain);
      const vendor = holder?.classification.vendor ?? null;
      if (vendor !== null && vendor === r.classification.vendor) continue;
      const key = `${c.kind}\u0000${c.name}\u0000${c.domain}`;
      const group = groups.get(key) ?? { id: c, requests: [] };
      group.requests.push(r);
      groups.set(key, group);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const { id, requests: carried } of groups.values()) {
    const first = earliest(carried);
    const cookie = id.kind === 'cookie' ? cookies.find((o) => o.name === id.name && o.domain === id.domain) : undefined;
    const stored = id.kind === 'storage' ? storage.find((o) => o.key === id.name && o.origin === id.domain) : undefined;
    const hosts = [...new Set(carried.map((r) => r.host))].sort();
    const how = [...new Set(carried.flatMap((r) => (r.carries ?? []).filter((c) => c.name === id.name && c.domain === id.domain).map((c) => `${c.where}:${c.encoding}`)))].sort();
    const holderEvidence = cookie ? [cookieEvidence(cookie)] : stored ? [storageEvidence(stored)] : [];
    drafts.push({
      code: 'id-sharing',
      severity: 'high',
      subject: { kind: id.kind, name: id.name, domain: id.domain, vendor: (cookie ?? stored)?.classification.vendor ?? null },
      phase: first.phase,
      evidence: [...holderEvidence, ...carried.map((r) => ({ ...requestEvidence(r), detail: `${requestEvidence(r).detail ?? ''} carries=${id.name}`.trim() }))],
      declared: null,
      messageKey: 'id-sharing',
      messageParams: [id.name, id.domain, hosts.join(', '), String(carried.length), how.join(', ')],
    });
  }
  return drafts;
}
