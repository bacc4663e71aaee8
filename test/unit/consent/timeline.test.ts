import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { ConsentEvent, ConsentSummary, Phase } from '../../../lib/model/types';
import { assignPhases, consentTransitions, phaseAt, reduceConsent } from '../../../lib/consent/timeline';

const ev = (time: number, state: ConsentEvent['state'], signal: string, extra: Partial<ConsentEvent> = {}): ConsentEvent => ({
  time,
  state,
  signal,
  ...extra,
});

type Expect = Pick<ConsentSummary, 'state' | 'at' | 'signal' | 'cmp'>;
const scenarios: [string, ConsentEvent[], Expect][] = [
  ['nothing happened', [], { state: 'none', at: null, signal: null, cmp: null }],
  [
    'a banner alone changes nothing but names the CMP',
    [ev(120, 'banner-shown', 'cmp:klaro')],
    { state: 'none', at: null, signal: null, cmp: 'klaro' },
  ],
  [
    'acknowledging a notice is not a choice',
    [ev(100, 'banner-shown', 'cmp:osano-cookieconsent'), ev(900, 'notice-acknowledged', 'click', { detail: 'Got it!' })],
    { state: 'none', at: null, signal: null, cmp: 'osano-cookieconsent' },
  ],
  [
    'click then the cookie that confirms it: time of the click',
    [ev(50, 'banner-shown', 'cmp:vanilla-cookieconsent'), ev(2000, 'accepted', 'click'), ev(2004, 'accepted', 'consent-cookie:cc_cookie')],
    { state: 'accepted', at: 2000, signal: 'click', cmp: 'vanilla-cookieconsent' },
  ],
  [
    'a later authoritative signal overrides: accepted, then rejected in the settings',
    [ev(1000, 'accepted', 'consent-cookie:OptanonConsent'), ev(8000, 'rejected', 'consent-cookie:OptanonConsent')],
    { state: 'rejected', at: 8000, signal: 'consent-cookie:OptanonConsent', cmp: 'onetrust' },
  ],
  [
    'events arrive out of order: sorted by time',
    [ev(8000, 'partial', 'consent-cookie:klaro'), ev(1000, 'accepted', 'click')],
    { state: 'partial', at: 8000, signal: 'consent-cookie:klaro', cmp: 'klaro' },
  ],
  [
    'the auditor mark wins over later evidence',
    [ev(1000, 'rejected', 'user'), ev(3000, 'accepted', 'consent-cookie:cc_cookie')],
    { state: 'rejected', at: 1000, signal: 'user', cmp: 'vanilla-cookieconsent' },
  ],
  [
    'the auditor can change their mark',
    [ev(1000, 'rejected', 'user'), ev(3000, 'accepted', 'user')],
    { state: 'accepted', at: 3000, signal: 'user', cmp: null },
  ],
  [
    'a hint that disagrees with cookie evidence is ignored',
    [ev(500, 'rejected', 'consent-cookie:CookieConsent'), ev(700, 'accepted', 'cmp:cookiebot', { hint: true })],
    { state: 'rejected', at: 500, signal: 'consent-cookie:CookieConsent', cmp: 'cookiebot' },
  ],
  [
    'a hint alone decides nothing (the page could forge it), but names the CMP',
    [ev(700, 'accepted', 'tcf', { hint: true, detail: 'useractioncomplete' })],
    { state: 'none', at: null, signal: null, cmp: 'tcf' },
  ],
  [
    'a forged early hint does not date the consent: the confirming evidence does',
    [ev(10, 'accepted', 'tcf', { hint: true }), ev(4000, 'accepted', 'consent-cookie:euconsent-v2')],
    { state: 'accepted', at: 4000, signal: 'consent-cookie:euconsent-v2', cmp: 'tcf' },
  ],
  [
    'the CMP is named by the strongest signal, not the first',
    [ev(10, 'banner-shown', 'cmp:generic'), ev(20, 'banner-shown', 'cmp:cookiebot', { hint: true }), ev(900, 'accepted', 'consent-cookie:cmplz_marketing')],
    { state: 'accepted', at: 900, signal: 'consent-cookie:cmplz_marketing', cmp: 'complianz' },
  ],
  [
    'a specific TCF CMP name beats the TCF cookie',
    [ev(10, 'banner-shown', 'cmp:didomi'), ev(900, 'rejected', 'consent-cookie:euconsent-v2')],
    { state: 'rejected', at: 900, signal: 'consent-cookie:euconsent-v2', cmp: 'didomi' },
  ],
  [
    'a none from a cookie (no interaction yet) does not reset a choice',
    [ev(900, 'accepted', 'click'), ev(950, 'none', 'consent-cookie:OptanonConsent')],
    { state: 'accepted', at: 900, signal: 'click', cmp: 'onetrust' },
  ],
  [
    'the auditor can reset to none',
    [ev(900, 'accepted', 'click'), ev(5000, 'none', 'user')],
    { state: 'none', at: null, signal: null, cmp: null },
  ],
];

describe('reduceConsent', () => {
  test.each(scenarios)('%s', (_name, events, expected) => {
    const s = reduceConsent(events);
    expect({ state: s.state, at: s.at, signal: s.signal, cmp: s.cmp }).toEqual(expected);
    expect(s.timeline).toHaveLength(events.length);
  });

  test('does not mutate its input', () => {
    const events = [ev(9, 'accepted', 'click'), ev(1, 'banner-shown', 'cmp:klaro')];
    const copy = structuredClone(events);
    reduceConsent(events);
    expect(events).toEqual(copy);
  });
});

const accThenRej = reduceConsent([ev(1000, 'accepted', 'click'), ev(5000, 'rejected', 'consent-cookie:klaro')]);
const phases: [string, ConsentSummary, number, Phase][] = [
  ['no choice ever', reduceConsent([ev(3, 'banner-shown', 'cmp:klaro')]), 99_999, 'pre-consent'],
  ['strictly before the decisive time', accThenRej, 999, 'pre-consent'],
  ['at the decisive time', accThenRej, 1000, 'after-accept'],
  ['between two changes: the state in force then', accThenRej, 4999, 'after-accept'],
  ['after the second change', accThenRej, 5000, 'after-reject'],
  ['partial', reduceConsent([ev(10, 'partial', 'consent-cookie:cc_cookie')]), 11, 'after-partial'],
  ['before a re-timed hint', reduceConsent([ev(10, 'accepted', 'tcf', { hint: true }), ev(400, 'accepted', 'click')]), 200, 'pre-consent'],
  ['after a reset', reduceConsent([ev(10, 'rejected', 'user'), ev(50, 'none', 'user')]), 60, 'pre-consent'],
];

describe('phaseAt', () => {
  test.each(phases)('%s', (_name, summary, time, phase) => {
    expect(phaseAt(summary, time)).toBe(phase);
  });
});

describe('assignPhases', () => {
  test('sets each item from the timeline and keeps other fields', () => {
    const items = [0, 999, 1000, 3000, 5000, 7000].map((time) => ({ time, phase: 'pre-consent' as Phase, name: `c${time}` }));
    const out = assignPhases(items, accThenRej);
    expect(out.map((o) => o.phase)).toEqual(['pre-consent', 'pre-consent', 'after-accept', 'after-accept', 'after-reject', 'after-reject']);
    expect(out.map((o) => o.name)).toEqual(items.map((i) => i.name));
    expect(items.every((i) => i.phase === 'pre-consent')).toBe(true);
  });
});

describe('properties', () => {
  const stateArb = fc.constantFrom<ConsentEvent['state']>('none', 'accepted', 'rejected', 'partial', 'banner-shown', 'notice-acknowledged');
  const signalArb = fc.constantFrom('click', 'user', 'tcf', 'cmp:klaro', 'consent-cookie:cc_cookie', 'consent-cookie:euconsent-v2');
  const eventArb = fc.record({ time: fc.nat(100_000), state: stateArb, signal: signalArb, hint: fc.boolean() });
  test('order of arrival does not matter for distinct times', () => {
    fc.assert(
      fc.property(fc.uniqueArray(eventArb, { selector: (e) => e.time, maxLength: 20 }), (events) => {
        const a = reduceConsent(events);
        const b = reduceConsent([...events].reverse());
        expect({ ...a, timeline: null }).toEqual({ ...b, timeline: null });
      }),
    );
  });
  test('phaseAt agrees with the transitions and the final state', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), (events) => {
        const s = reduceConsent(events);
        const ts = consentTransitions(s.timeline);
        for (let i = 1; i < ts.length; i++) expect(ts[i]!.time).toBeGreaterThanOrEqual(ts[i - 1]!.time);
        const final = phaseAt(s, 200_000);
        expect(final).toBe({ none: 'pre-consent', accepted: 'after-accept', rejected: 'after-reject', partial: 'after-partial' }[s.state]);
        if (s.at !== null) expect(phaseAt(s, s.at)).toBe(final);
        // a user mark, when present, decides the final state
        const marks = s.timeline.filter((e) => e.signal === 'user' && e.state !== 'banner-shown' && e.state !== 'notice-acknowledged');
        const lastMark = marks[marks.length - 1];
        if (lastMark) expect(s.state).toBe(lastMark.state);
      }),
    );
  });
});
