import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import { MIN_BATCHES, MIN_BATCH_CHARS, watchingScripts } from '../../../lib/compare/rules/session-replay-generic';
import type { WatchedActivity, WatcherObservation } from '../../../lib/model/types';
import { input, observations, request } from '../compare/builders';

// The generic session-recorder signature over the hook's facts (observations.watchers) and the
// page's POST requests. The cases are the lab's (test/lab/static/sites/generic-recorder.js and its
// controls on www.lab-recorder.test) and the shapes real scripts have: rrweb listens to mousemove,
// scroll and input on the document and observes the document's subtree; an analytics SDK with
// scroll-depth tracking listens to scroll and clicks; a lazy image loader observes the body.

const FRAME = 'https://www.lab-recorder.test/';
const REC = 'https://www.lab-recorder.test/js/generic-recorder.js';
const LAZY = 'https://www.lab-recorder.test/js/lazy-images.js';

function watches(scriptUrl: string | null, acts: WatchedActivity[], time = 100, frameUrl = FRAME): WatcherObservation[] {
  return acts.map((what) => ({ what, scriptUrl, host: scriptUrl ? new URL(scriptUrl).hostname : null, frameUrl, time, phase: 'pre-consent' }));
}

const batch = (url: string, time: number, bodySize = 2400, extra = {}) => request(url, { method: 'POST', frameUrl: FRAME, time, bodySize, ...extra });
const batches = (url: string, n: number, bodySize = 2400) => Array.from({ length: n }, (_, i) => batch(url, 700 + i * 600, bodySize));

function replay(watchers: WatcherObservation[], requests = batches('https://collect.recorder-lab.test/ingest', 4)) {
  return computeFindings(input({ observations: observations({ watchers, requests }) })).filter((f) => f.code === 'session-replay');
}

describe('which scripts watch the visitor like a recorder', () => {
  test.each<[string, WatcherObservation[], string[]]>([
    ['mutations, mouse movement and scrolling by one script', watches(REC, ['mutations', 'mousemove', 'scroll', 'input']), [REC]],
    ['mutations, touch movement and typing', watches(REC, ['mutations', 'touchmove', 'keydown']), [REC]],
    ['no mutations (analytics with scroll depth and heatmap)', watches(REC, ['mousemove', 'scroll']), []],
    ['no pointer movement (lazy images: mutations and scroll)', watches(LAZY, ['mutations', 'scroll']), []],
    ['no scrolling or typing', watches(REC, ['mutations', 'pointermove']), []],
    ['split between two scripts', [...watches(LAZY, ['mutations', 'scroll']), ...watches(REC, ['mousemove'])], []],
    ['same script in two frames, each partial', [...watches(REC, ['mutations', 'mousemove']), ...watches(REC, ['scroll'], 100, 'https://frame.example/')], []],
    ['no script known (inline code)', watches(null, ['mutations', 'mousemove', 'scroll']), []],
  ])('%s', (_label, watchers, scripts) => {
    expect([...watchingScripts(watchers).values()].map((l) => l[0]!.scriptUrl)).toEqual(scripts);
  });
});

describe('session-replay by what a script does', () => {
  const recorder = watches(REC, ['mutations', 'mousemove', 'scroll', 'input']);

  test('a recorder of no known format posting batches to one endpoint: high before consent, with the script and every batch', () => {
    const [f, ...rest] = replay(recorder);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', subject: { kind: 'request', name: 'collect.recorder-lab.test' } });
    expect(f!.evidence.map((e) => e.kind)).toEqual(['script', 'request', 'request', 'request', 'request']);
    expect(f!.evidence[0]).toMatchObject({ name: REC, detail: 'watches=mutations,mousemove,scroll,input' });
    expect(f!.message).toContain(REC);
  });

  test.each<[string, WatcherObservation[], ReturnType<typeof request>[]]>([
    [`fewer than ${MIN_BATCHES} batches (a form saved once, a ping)`, recorder, [...batches('https://api.lab-recorder.test/draft', 1), ...batches('https://ping.lazy-lab.test/pv', MIN_BATCHES - 1)]],
    [`bodies under ${MIN_BATCH_CHARS} characters (pings)`, recorder, batches('https://collect.recorder-lab.test/ingest', 6, MIN_BATCH_CHARS - 1)],
    ['GET requests', recorder, batches('https://collect.recorder-lab.test/ingest', 6).map((r) => ({ ...r, method: 'GET' }))],
    ['batches sent before the script watched', watches(REC, ['mutations', 'mousemove', 'scroll'], 5000), batches('https://collect.recorder-lab.test/ingest', 4)],
    ['batches from another frame', recorder, batches('https://collect.recorder-lab.test/ingest', 4).map((r) => ({ ...r, frameUrl: 'https://ads.example/frame' }))],
    ['batches spread over endpoints, fewer than three each', recorder, [...batches('https://a.example/x', 2), ...batches('https://a.example/y', 2)]],
    ['a lazy image loader posting batches', watches(LAZY, ['mutations', 'scroll']), batches('https://collect.recorder-lab.test/ingest', 4)],
  ])('nothing when %s', (_label, watchers, requests) => {
    expect(replay(watchers, requests)).toEqual([]);
  });

  test('a known recorder or an rrweb body is left to the known-recorder rule: one finding, not two', () => {
    const rrweb = batches('https://rec.replay-lab.test/v1/batch', 4).map((r) => ({ ...r, payload: 'dom-recording' as const }));
    const found = replay(recorder, rrweb);
    expect(found.map((f) => [f.subject.name, f.evidence.some((e) => e.kind === 'script')])).toEqual([['rec.replay-lab.test', false]]);
  });

  test('medium when the recorder started after the visitor accepted', () => {
    const after = recorder.map((w) => ({ ...w, phase: 'after-accept' as const }));
    const requests = batches('https://collect.recorder-lab.test/ingest', 3).map((r) => ({ ...r, phase: 'after-accept' as const }));
    expect(replay(after, requests).map((f) => f.severity)).toEqual(['medium']);
  });
});
