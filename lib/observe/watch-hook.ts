import type { HookRecord } from './hook-protocol';

// Facts for the generic session-recorder signature, in the page's MAIN world: a script observing
// the whole document's mutations (a MutationObserver on the document or body with subtree), and a
// script listening on the window or document to the visitor's pointer movement, scrolling or
// typing. Only raw facts go out; lib/compare/rules/session-replay-generic.ts decides. Every page
// calls addEventListener often: other targets and event types cost two comparisons, and a stack is
// taken for at most WATCH_STACKS matching calls per frame.

/** The event types recorders listen to and an ordinary page seldom listens to on window/document. */
const WATCHED = /^((mouse|pointer|touch)move|scroll|key(down|up|press)|input)$/;
const WATCH_STACKS = 200;

export function hookWatchers(win: Window & typeof globalThis, send: (r: HookRecord) => void, caller: (depth: number) => string | null): void {
  const doc = win.document;
  const seen = new Set<string>();
  let stacks = 0;
  const note = (w: string) => {
    if (stacks++ >= WATCH_STACKS) return;
    const s = caller(12);
    // One record per fact and script: a recorder adding the same listener again says nothing new.
    if (!seen.has(w + s)) seen.add(w + s) && send({ k: 'watch', w, s, t: Date.now() });
  };
  const mo = win.MutationObserver?.prototype;
  const observe = mo?.observe;
  if (observe)
    mo.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      try {
        if (options?.subtree && (target === doc || target === doc.documentElement || target === doc.body)) note('mutations');
      } catch {
        /* never break the page */
      }
      return observe.call(this, target, options);
    };
  const et = win.EventTarget.prototype;
  const add = et.addEventListener;
  et.addEventListener = function (this: EventTarget | null, type: string) {
    try {
      // A bare addEventListener(...) in strict code calls with no `this`: the window's own.
      if (((this ?? win) === win || this === doc) && WATCHED.test(type)) note(type);
    } catch {
      /* never break the page */
    }
    // eslint-disable-next-line prefer-rest-params
    return add.apply(this, arguments as unknown as Parameters<typeof add>);
  };
}
