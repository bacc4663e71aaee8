import type { RequestObservation, WatchedActivity, WatcherObservation } from '../../model/types';
import type { RuleContext } from '../context';
import { earliest, groupBy, requestEvidence, type FindingDraft } from '../finding';
import { recorderOf } from './session-replay';

// The generic session-recorder signature (issue 12): a recorder of no known vendor and no known
// format still has to do three things, and an ordinary page seldom does all three: observe every
// change of the document (a MutationObserver on the document or body, subtree), follow the
// visitor's pointer (mouse, pointer or touch movement) together with scrolling or typing, and send
// what it gathered in batches, again and again, to one endpoint. The first two must be the same
// script (the hook's facts, observations.watchers); the batches are POST requests from the frame
// the script runs in, after it started watching. A lazy-image observer with a click listener, an
// analytics SDK that tracks scroll depth, a form saved once: each lacks at least one of the three.

const MOVEMENT: readonly WatchedActivity[] = ['mousemove', 'pointermove', 'touchmove'];
const SCROLL_OR_TYPING: readonly WatchedActivity[] = ['scroll', 'keydown', 'keyup', 'keypress', 'input'];
/** Batches to one endpoint: a recorder flushes every few seconds; a page view or a form sends once. */
export const MIN_BATCHES = 3;
/** Characters of body per batch (only the first 8 KB of a body are read): a ping is smaller. */
export const MIN_BATCH_CHARS = 512;

/** The scripts that both observe the whole document and follow the visitor's pointer and scrolling or typing. */
export function watchingScripts(watchers: readonly WatcherObservation[]): Map<string, WatcherObservation[]> {
  const byScript = groupBy(
    watchers.filter((w) => w.scriptUrl !== null),
    (w) => `${w.frameUrl ?? ''} ${w.scriptUrl}`,
  );
  for (const [key, list] of byScript) {
    const does = (acts: readonly WatchedActivity[]) => list.some((w) => acts.includes(w.what));
    if (!(does(['mutations']) && does(MOVEMENT) && does(SCROLL_OR_TYPING))) byScript.delete(key);
  }
  return byScript;
}

const endpointOf = (r: RequestObservation): string => {
  try {
    const u = new URL(r.url);
    return `${u.host}${u.pathname}`;
  } catch {
    return r.url;
  }
};

export function sessionReplayGeneric(ctx: RuleContext): FindingDraft[] {
  const { watchers = [], requests } = ctx.input.observations;
  const drafts: FindingDraft[] = [];
  for (const list of watchingScripts(watchers).values()) {
    const script = list[0]!;
    // Batches count from the moment the script watched all three ways.
    const firstOf = (acts: readonly WatchedActivity[]) => Math.min(...list.filter((w) => acts.includes(w.what)).map((w) => w.time));
    const since = Math.max(firstOf(['mutations']), firstOf(MOVEMENT), firstOf(SCROLL_OR_TYPING));
    const batches = requests.filter(
      (r) => r.method === 'POST' && r.frameUrl === script.frameUrl && r.time >= since && (r.bodySize ?? 0) >= MIN_BATCH_CHARS,
    );
    for (const [endpoint, sent] of groupBy(batches, endpointOf)) {
      // A known recorder or an rrweb-format body is session-replay.ts's finding already.
      if (sent.length < MIN_BATCHES || sent.some((r) => recorderOf(r) !== null)) continue;
      const first = earliest(sent);
      const early = [...list, ...sent].some((o) => o.phase === 'pre-consent' || o.phase === 'after-reject');
      const activities = [...new Set(list.map((w) => w.what))].join(',');
      drafts.push({
        code: 'session-replay',
        severity: early ? 'high' : 'medium',
        subject: { kind: 'request', name: first.host, domain: first.site, vendor: first.classification.vendor },
        phase: first.phase,
        evidence: [
          { kind: 'script', name: script.scriptUrl!, time: script.time, phase: script.phase, initiator: script.frameUrl, detail: `watches=${activities}` },
          ...sent.map((r) => ({ ...requestEvidence(r), detail: `${requestEvidence(r).detail} body=${r.bodySize ?? 0} recorder=generic (${endpoint})` })),
        ],
        declared: null,
        messageKey: 'session-replay',
        messageParams: [script.scriptUrl!, first.host, String(sent.length)],
      });
    }
  }
  return drafts;
}
