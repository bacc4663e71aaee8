import { RECORDERS } from '../../../knowledge/recorders';
import type { RecorderFact } from '../../../knowledge/schema';
import type { RequestObservation } from '../../model/types';
import type { RuleContext } from '../context';
import { earliest, groupBy, requestEvidence, type FindingDraft } from '../finding';

interface Compiled extends RecorderFact {
  pathRe: RegExp | null;
}

let compiled: Compiled[] | null = null;
function recorders(): Compiled[] {
  compiled ??= RECORDERS.map((r) => ({ ...r, pathRe: r.path ? new RegExp(r.path) : null }));
  return compiled;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** The recorder a request belongs to: a known recorder's script or endpoint, or a DOM-recording payload. */
export function recorderOf(r: RequestObservation): { id: string; name: string; vendor: string | null; how: string } | null {
  for (const rec of recorders()) {
    if (r.host !== rec.host && !r.host.endsWith(`.${rec.host}`)) continue;
    if (rec.pathRe && !rec.pathRe.test(pathOf(r.url))) continue;
    return { id: rec.id, name: r.classification.vendorName ?? rec.name ?? rec.vendor ?? rec.id, vendor: rec.vendor, how: rec.path ? `${rec.host} ${rec.path}` : rec.host };
  }
  // A body in rrweb's event format (a DOM snapshot or incremental mutations), whoever sends it.
  if (r.payload === 'dom-recording') return { id: 'rrweb-payload', name: r.classification.vendorName ?? r.initiator ?? r.host, vendor: r.classification.vendor, how: 'body=dom-recording' };
  return null;
}

/**
 * A session-recording script is active: one finding per recorder (per receiving host for DOM
 * recordings of no known vendor); high, like a tracker, when it started before consent.
 */
export function sessionReplay(ctx: RuleContext): FindingDraft[] {
  const hits = ctx.input.observations.requests.flatMap((r) => {
    const rec = recorderOf(r);
    return rec ? [{ r, rec }] : [];
  });
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (h) => (h.rec.id === 'rrweb-payload' ? `rrweb:${h.r.host}` : h.rec.id)).values()) {
    const first = earliest(group.map((h) => h.r));
    const rec = group.find((h) => h.r === first)!.rec;
    const early = group.some((h) => h.r.phase === 'pre-consent' || h.r.phase === 'after-reject');
    drafts.push({
      code: 'session-replay',
      severity: early ? 'high' : 'medium',
      subject: { kind: 'request', name: first.host, domain: first.site, vendor: rec.vendor },
      phase: first.phase,
      evidence: group.map(({ r, rec: x }) => ({ ...requestEvidence(r), detail: `${requestEvidence(r).detail ?? ''} recorder=${x.id} (${x.how})`.trim() })),
      declared: null,
      messageKey: 'session-replay',
      messageParams: [rec.name, first.host, String(group.length)],
    });
  }
  return drafts;
}
