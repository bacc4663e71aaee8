// The consent timeline: from the signals seen during a page visit (TCF, CMP events, consent
// cookies, clicks, the auditor's own marks) to the state in force at any moment, and so the
// phase of every observation. Pure: the background feeds it events, the report reads it back.

import type { ConsentEvent, ConsentState, ConsentSummary, Phase } from '../model/types';
import { cmpOfSignal } from './cmps';

/** A moment the state in force changed. */
export interface ConsentTransition {
  time: number;
  state: ConsentState;
  signal: string;
}

// How much a signal is worth when signals disagree. MAIN-world hints can be forged by the page,
// so they never override cookie or click evidence, and the auditor's mark overrides everything.
function strength(e: ConsentEvent): number {
  if (e.signal === 'user') return 4;
  if (e.hint === true) return 1;
  // The CLI's own notice of what it is about to press is as good as a click: it is the click.
  if (e.signal === 'click' || e.signal === 'automation' || e.signal.startsWith('consent-cookie:')) return 3;
  return 2;
}

const isChoice = (s: ConsentEvent['state']): s is ConsentState => s !== 'banner-shown' && s !== 'notice-acknowledged';

/** Events in time order; equal times keep their arrival order. */
function chronological(events: readonly ConsentEvent[]): ConsentEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.time - b.e.time || a.i - b.i)
    .map((x) => x.e);
}

/**
 * The state changes, in order. A later cookie, click or CMP signal overrides the state in force;
 * after an auditor's mark only another mark does; a hint from the page's own APIs never changes
 * the state, so a page that forges an early "accepted" cannot turn its pre-consent cookies into
 * after-accept ones.
 * 'none' only counts from the auditor (an explicit reset).
 */
export function consentTransitions(events: readonly ConsentEvent[]): ConsentTransition[] {
  const out: ConsentTransition[] = [];
  let state: ConsentState = 'none';
  let rank = 0;
  for (const e of chronological(events)) {
    if (!isChoice(e.state)) continue;
    if (e.state === 'none' && e.signal !== 'user') continue;
    const r = strength(e);
    // A page-API hint alone decides nothing: the page could forge it to move its own pre-consent
    // trackers into an "after accept" phase. It stays in the timeline as evidence for the auditor.
    if (r === 1) continue;
    if (rank === 4 && r < 4) continue;
    if (e.state === state) {
      rank = Math.max(rank, r);
      continue;
    }
    state = e.state;
    rank = r;
    out.push({ time: e.time, state, signal: e.signal });
  }
  return out;
}

// Which CMP to name: a consent cookie identifies it best, then the banner found in the DOM, then
// what the page's own APIs claim, then TCF in general, then the generic banner heuristic.
function cmpStrength(e: ConsentEvent, cmp: string): number {
  if (e.signal.startsWith('consent-cookie:')) return cmp === 'tcf' ? 2 : 5;
  if (cmp === 'generic') return 1;
  if (cmp === 'tcf') return 2;
  return e.hint === true ? 3 : 4;
}

export function reduceConsent(events: ConsentEvent[]): ConsentSummary {
  const timeline = chronological(events);
  const transitions = consentTransitions(timeline);
  const last = transitions[transitions.length - 1];
  let cmp: string | null = null;
  let best = 0;
  for (const e of timeline) {
    const name = cmpOfSignal(e.signal);
    if (name === null) continue;
    const s = cmpStrength(e, name);
    if (s > best) {
      best = s;
      cmp = name;
    }
  }
  return {
    state: last?.state ?? 'none',
    at: last && last.state !== 'none' ? last.time : null,
    signal: last && last.state !== 'none' ? last.signal : null,
    cmp,
    timeline,
  };
}

const PHASE: Record<ConsentState, Phase> = {
  none: 'pre-consent',
  accepted: 'after-accept',
  rejected: 'after-reject',
  partial: 'after-partial',
};

function phaseIn(transitions: readonly ConsentTransition[], time: number): Phase {
  let state: ConsentState = 'none';
  for (const t of transitions) {
    if (t.time > time) break;
    state = t.state;
  }
  return PHASE[state];
}

/** The phase of an observation made at `time`: the state in force then (a change at exactly `time` counts). */
export function phaseAt(summary: ConsentSummary, time: number): Phase {
  return phaseIn(consentTransitions(summary.timeline), time);
}

/** Copies of the items with their phase set from the summary's timeline. */
export function assignPhases<T extends { time: number; phase: Phase }>(items: T[], summary: ConsentSummary): T[] {
  const transitions = consentTransitions(summary.timeline);
  return items.map((item) => ({ ...item, phase: phaseIn(transitions, item.time) }));
}

/** A phase lookup for many times at once: the transitions are worked out once. */
export function phaseLookup(summary: ConsentSummary): (time: number) => Phase {
  const transitions = consentTransitions(summary.timeline);
  return (time) => phaseIn(transitions, time);
}
