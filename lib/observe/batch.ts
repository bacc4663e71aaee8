import type { PageBatch, PageMessage } from '../model/messages';

// Each runtime.sendMessage opens a message channel to the worker; profiling a page load showed
// ~0.25 ms of the page's own main thread per call, and SDK-heavy pages make dozens while loading.
// The content script therefore sends what the page reported in batches. Every message carries its
// own time, so the delay changes nothing in the timeline.

export interface Batcher {
  push(m: PageMessage): void;
  /** Sends what is queued now (the page is being hidden, or a click needs reporting at once). */
  flush(): void;
}

export interface BatcherOptions {
  delayMs?: number;
  /** Send at once when this many messages are waiting. */
  maxMessages?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export function createBatcher(post: (batch: PageBatch) => void, opts: BatcherOptions = {}): Batcher {
  const delay = opts.delayMs ?? 250;
  const max = opts.maxMessages ?? 200;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  let queue: PageMessage[] = [];
  let scheduled = false;

  const flush = (): void => {
    scheduled = false;
    if (queue.length === 0) return;
    const messages = queue;
    queue = [];
    post({ type: 'page:batch', messages });
  };

  return {
    push(m) {
      queue.push(m);
      if (queue.length >= max) flush();
      else if (!scheduled) {
        scheduled = true;
        setTimer(flush, delay);
      }
    },
    flush,
  };
}
