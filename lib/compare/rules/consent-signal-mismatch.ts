import { queryParams } from '../../classify/signatures';
import { readTcString } from '../../consent/tcf-string';
import { decodeGcd, decodeGcs, describeState, grantedSignals } from '../../detect/consent-mode';
import type { ConsentEvent, ConsentState, FindingEvidence, RequestObservation } from '../../model/types';
import type { RuleContext } from '../context';
import { groupBy, requestEvidence, type FindingDraft } from '../finding';

const isChoice = (e: ConsentEvent) => e.state === 'accepted' || e.state === 'rejected' || e.state === 'partial';
const byVisitor = (e: ConsentEvent) => e.signal === 'click' || e.signal === 'user';

interface VisitorView {
  /** The visitor's choice from `time` on, as the visitor made it. */
  changes: { time: number; state: ConsentState }[];
  /** Consent records saying "accepted" while the visitor's choice was a refusal. */
  claims: ConsentEvent[];
}

/**
 * The visitor's own choice over time. The refusal is the visitor's click or mark, or the consent
 * manager's own first record of it (a banner pressed by script, as the CLI does, leaves no trusted
 * click); after a refusal only the visitor's click or mark makes it an acceptance, so a consent
 * record rewritten to "accepted" is a claim, not a choice. (The consent timeline lets a later CMP
 * record override; this view exists so such a rewrite cannot hide what follows it.) Page-API
 * hints count for neither side.
 */
function visitorView(timeline: readonly ConsentEvent[]): VisitorView {
  const view: VisitorView = { changes: [], claims: [] };
  let state: ConsentState = 'none';
  for (const e of [...timeline].sort((a, b) => a.time - b.time)) {
    if (!isChoice(e) || e.hint === true) continue;
    if (!byVisitor(e) && state === 'rejected' && e.state !== 'rejected') {
      view.claims.push(e);
      continue;
    }
    if (e.state === state) continue;
    state = e.state as ConsentState;
    view.changes.push({ time: e.time, state });
  }
  return view;
}

function stateAt(view: VisitorView, time: number): ConsentState {
  let state: ConsentState = 'none';
  for (const c of view.changes) if (c.time <= time) state = c.state;
  return state;
}

/** What a request says about consent, when it grants anything. */
function requestClaim(r: RequestObservation): string | null {
  const q = r.url.indexOf('?');
  if (q < 0) return null;
  const params = queryParams(r.url.slice(q + 1));
  const claims: string[] = [];
  const gcs = params.get('gcs');
  const gcd = params.get('gcd');
  const fromGcs = gcs ? decodeGcs(gcs) : null;
  const fromGcd = gcd ? decodeGcd(gcd) : null;
  if (fromGcs && grantedSignals(fromGcs).length > 0) claims.push(`gcs=${gcs} ${describeState(fromGcs)}`);
  if (fromGcd && grantedSignals(fromGcd).length > 0) claims.push(`gcd=${gcd} ${describeState(fromGcd)}`);
  // A TCF string handed to an ad partner (gdpr_consent, the IAB's parameter name) granting purposes
  // or vendors.
  const tc = params.get('gdpr_consent');
  const tcf = tc ? readTcString(tc) : null;
  if (tcf && (tcf.purposes.length > 0 || tcf.vendorConsents > 0)) claims.push(`gdpr_consent purposes=${tcf.purposes.join(',') || 'none'} vendors=${tcf.vendorConsents}`);
  return claims.length > 0 ? claims.join('; ') : null;
}

/**
 * The consent signal a page sends contradicts the visitor's choice: Google Consent Mode saying
 * granted on hits sent before any choice or after a refusal, a TCF string granting purposes or
 * vendors sent then, or a consent cookie recording "accepted" after the visitor refused.
 */
export function consentSignalMismatch(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const view = visitorView(ctx.input.consent.timeline);
  const claimed = ctx.input.observations.requests.flatMap((r) => {
    const visitor = stateAt(view, r.time);
    if (visitor !== 'none' && visitor !== 'rejected') return [];
    const claim = requestClaim(r);
    return claim ? [{ r, claim, visitor }] : [];
  });
  // One finding per host: before a choice and after a refusal read differently, the first decides.
  for (const group of groupBy(claimed, (x) => x.r.host).values()) {
    const first = group.reduce((a, b) => (b.r.time < a.r.time ? b : a));
    const evidence: FindingEvidence[] = group.map(({ r, claim, visitor }) => ({ ...requestEvidence(r), detail: `${requestEvidence(r).detail ?? ''} visitor=${visitor} ${claim}`.trim() }));
    const refused = first.visitor === 'rejected';
    drafts.push({
      code: 'consent-signal-mismatch',
      severity: 'high',
      subject: { kind: 'request', name: first.r.host, domain: first.r.site, vendor: first.r.classification.vendor },
      phase: refused ? 'after-reject' : 'pre-consent',
      evidence,
      declared: null,
      messageKey: refused ? 'consent-signal-mismatch.after-reject' : 'consent-signal-mismatch',
      messageParams: [first.r.host, first.claim.split(' ')[0]!, String(group.length)],
    });
  }
  for (const group of groupBy(view.claims, (e) => e.signal).values()) {
    const first = group[0]!;
    const name = first.signal.replace(/^consent-cookie:/, '');
    drafts.push({
      code: 'consent-signal-mismatch',
      severity: 'high',
      subject: { kind: 'cookie', name, domain: null, vendor: null },
      phase: 'after-reject',
      evidence: group.map((e) => ({ kind: 'cookie', name, time: e.time, phase: 'after-reject', initiator: null, detail: `signal=${e.signal} state=${e.state}${e.detail ? ` ${e.detail}` : ''}` })),
      declared: null,
      messageKey: 'consent-signal-mismatch.stored',
      messageParams: [name, first.state],
    });
  }
  return drafts;
}
