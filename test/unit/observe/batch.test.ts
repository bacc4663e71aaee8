import { describe, expect, test } from 'vitest';
import type { PageBatch, PageMessage } from '../../../lib/model/messages';
import { isPageBatch } from '../../../lib/model/messages';
import { createBatcher } from '../../../lib/observe/batch';

// A manual clock: timers run only when the test says so.
function harness(opts: { maxMessages?: number } = {}) {
  const sent: PageBatch[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const batch = createBatcher((b) => sent.push(b), { ...opts, delayMs: 250, setTimer: (fn, ms) => timers.push({ fn, ms }) });
  const runTimers = () => timers.splice(0).forEach((t) => t.fn());
  return { sent, timers, batch, runTimers };
}

const write = (i: number): PageMessage => ({ type: 'page:cookie-write', line: `c${i}=1`, scriptUrl: null, time: 1000 + i });

describe('createBatcher', () => {
  test('messages pushed within the delay go out together, in order, when the timer fires', () => {
    const { sent, timers, batch, runTimers } = harness();
    for (let i = 0; i < 5; i++) batch.push(write(i));
    expect(sent).toEqual([]);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(250);
    runTimers();
    expect(sent).toEqual([{ type: 'page:batch', messages: [0, 1, 2, 3, 4].map(write) }]);
  });

  test('flush sends at once; the pending timer then sends nothing more', () => {
    const { sent, batch, runTimers } = harness();
    batch.push(write(1));
    batch.flush();
    expect(sent).toHaveLength(1);
    runTimers();
    expect(sent).toHaveLength(1);
  });

  test('flush with nothing queued sends nothing', () => {
    const { sent, batch } = harness();
    batch.flush();
    expect(sent).toEqual([]);
  });

  test('a full queue is sent without waiting', () => {
    const { sent, batch } = harness({ maxMessages: 3 });
    for (let i = 0; i < 7; i++) batch.push(write(i));
    expect(sent.map((b) => b.messages.length)).toEqual([3, 3]);
  });

  test('after a batch went out, the next message schedules a new one', () => {
    const { sent, timers, batch, runTimers } = harness();
    batch.push(write(1));
    runTimers();
    batch.push(write(2));
    expect(timers).toHaveLength(1);
    runTimers();
    expect(sent.map((b) => b.messages.map((m) => ('time' in m ? m.time : null)))).toEqual([[1001], [1002]]);
  });

  test('every batch it makes passes the worker check', () => {
    const { sent, batch, runTimers } = harness();
    batch.push(write(1));
    batch.push({ type: 'page:detector', report: { kind: 'banner', cmp: 'klaro' }, time: 5 });
    runTimers();
    expect(sent.every(isPageBatch)).toBe(true);
  });
});

describe('isPageBatch', () => {
  test.each<[string, unknown, boolean]>([
    ['a batch of page messages', { type: 'page:batch', messages: [write(1)] }, true],
    ['an empty batch', { type: 'page:batch', messages: [] }, true],
    ['a single page message, unbatched', write(1), false],
    ['a batch smuggling a UI request', { type: 'page:batch', messages: [write(1), { type: 'ui:fresh-visit', tabId: 1 }] }, false],
    ['messages not an array', { type: 'page:batch', messages: { 0: write(1) } }, false],
    ['more than 1,000 messages', { type: 'page:batch', messages: Array.from({ length: 1001 }, (_, i) => write(i)) }, false],
    ['null', null, false],
  ])('%s', (_name, value, ok) => {
    expect(isPageBatch(value)).toBe(ok);
  });
});
