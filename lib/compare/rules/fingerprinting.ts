import type { FingerprintObservation } from '../../model/types';
import type { RuleContext } from '../context';
import { groupBy, vendorLabel, type FindingDraft } from '../finding';

// Englehardt & Narayanan, "Online Tracking: A 1-million-site Measurement and Analysis" (CCS 2016),
// section 6.1: canvas fingerprinting is a canvas of at least 16x16 px with text of at least ten
// distinct characters or at least two colours, no save/restore, read back (toDataURL, or
// getImageData of at least 16x16) by the script that wrote it. Font probing: measureText in at
// least 50 fonts, at least 50 times.
const MIN_SIDE = 16;
const MIN_CHARS = 10;
const MIN_COLORS = 2;
const MIN_FONTS = 50;

/** Why an observation is fingerprinting ("canvas 240x60", "webgl", ...), or null when it is not. */
export function technique(o: FingerprintObservation): string | null {
  switch (o.api) {
    case 'canvas': {
      const drawn = o.distinctChars >= MIN_CHARS || o.colors >= MIN_COLORS;
      const sameScript = o.writerUrl !== null && o.writerUrl === o.scriptUrl;
      return o.width >= MIN_SIDE && o.height >= MIN_SIDE && drawn && !o.saveRestore && sameScript ? `canvas ${o.width}x${o.height}` : null;
    }
    case 'webgl':
      return 'webgl-unmasked-renderer';
    case 'audio':
      return 'offline-audio';
    case 'fonts':
      return o.fonts >= MIN_FONTS && o.measureCalls >= MIN_FONTS ? `fonts ${o.fonts}` : null;
  }
}

/** One finding per script; high when any of it happened before consent. */
export function fingerprinting(ctx: RuleContext): FindingDraft[] {
  const hits = (ctx.input.observations.fingerprinting ?? []).flatMap((o) => {
    const why = technique(o);
    return why ? [{ o, why }] : [];
  });
  const drafts: FindingDraft[] = [];
  for (const group of groupBy(hits, (h) => h.o.scriptUrl ?? '(inline)').values()) {
    const first = group.reduce((a, b) => (b.o.time < a.o.time ? b : a)).o;
    const techniques = [...new Set(group.map((h) => h.why.split(' ')[0]!))].join(', ');
    const early = group.some((h) => h.o.phase === 'pre-consent');
    drafts.push({
      code: 'fingerprinting',
      severity: early ? 'high' : 'medium',
      subject: { kind: 'script', name: first.scriptUrl ?? '(inline)', domain: first.host, vendor: first.classification.vendor },
      phase: early ? 'pre-consent' : first.phase,
      evidence: group.map(({ o, why }) => ({
        kind: 'script',
        name: o.scriptUrl ?? '(inline)',
        time: o.time,
        phase: o.phase,
        initiator: o.frameUrl,
        detail: `${why} api=${o.api}${o.api === 'canvas' ? ` chars=${o.distinctChars} colors=${o.colors} writer=${o.writerUrl ?? 'unknown'}` : ''}${o.api === 'fonts' ? ` measureText=${o.measureCalls}` : ''}`,
      })),
      declared: null,
      messageKey: 'fingerprinting',
      messageParams: [first.scriptUrl ?? '(inline)', vendorLabel(first), techniques],
    });
  }
  return drafts;
}
