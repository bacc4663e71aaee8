import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HOOK_EVENT, READY_EVENT, hookMessage } from '../../../lib/observe/hook-protocol';
import type { PageMessage } from '../../../lib/model/messages';

// The relay forwards the page's hook records as the page sent them; the worker turns each into a
// message only when it is valid. What the real hook sends must survive, forgeries must not.

/** Runs the real MAIN-world hook and the real relay in a happy-dom page; returns what the relay sent. */
async function throughRelay(act: (win: Window & typeof globalThis) => void): Promise<PageMessage[]> {
  const { Window } = await import('happy-dom');
  const { installPageHook } = await import('../../../lib/observe/page-hook');
  const { startRelay } = await import('../../../lib/observe/relay');
  const win = new Window({ url: 'https://www.shop.test/' });
  const page = win as unknown as Window & typeof globalThis;
  const saved = { CustomEvent: globalThis.CustomEvent, Node: (globalThis as { Node?: unknown }).Node };
  Object.assign(globalThis, { CustomEvent: win.CustomEvent, Node: win.Node });
  const sent: PageMessage[] = [];
  try {
    installPageHook(page);
    startRelay(page, (m) => sent.push(m));
    act(page);
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    Object.assign(globalThis, saved);
    await win.happyDOM.close();
  }
  return sent;
}

const worker = (sent: PageMessage[]) => sent.map((m) => (m.type === 'page:hook' ? hookMessage(m.detail, m.value) : m));

describe('hook records: forwarded by the relay, validated in the worker', () => {
  // (happy-dom's documents do not inherit from window.Document, so the cookie wrapper is not
  // reached here; the e2e tests see cookie writes in Chromium.)
  test('a storage write by the page arrives as a message, its value read back from the storage', async () => {
    const sent = await throughRelay((w) => {
      w.localStorage.setItem('ajs_anonymous_id', 'b3c1f0a2-9d4e-4f1a-8c2b-7e6d5a4b3c21');
    });
    expect(sent.every((m) => m.type === 'page:hook')).toBe(true);
    expect(worker(sent)).toEqual([
      expect.objectContaining({ type: 'page:storage-write', area: 'local', key: 'ajs_anonymous_id', valueSize: 36, value: 'b3c1f0a2-9d4e-4f1a-8c2b-7e6d5a4b3c21' }),
    ]);
  });

  test.each([
    ['cookie', { k: 'cookie', line: '_ym_uid=17; path=/', script: 'https://mc.yandex.ru/metrika/tag.js', t: 5 }, { type: 'page:cookie-write', line: '_ym_uid=17; path=/', scriptUrl: 'https://mc.yandex.ru/metrika/tag.js', time: 5 }],
    ['consent', { k: 'consent', state: 'rejected', signal: 'tcf', detail: 'cmpId 7', t: 5 }, { type: 'page:consent', event: { state: 'rejected', signal: 'tcf', hint: true, detail: 'cmpId 7' }, time: 5 }],
    ['cmp', { k: 'cmp', cmp: 'klaro', json: '{}', t: 5 }, { type: 'page:cmp-config', cmp: 'klaro', json: '{}' }],
    ['fp', { k: 'fp', a: 'webgl', s: null, t: 5 }, { type: 'page:fingerprint', fact: { k: 'fp', a: 'webgl', s: null, t: 5 }, time: 5 }],
  ])('a valid %s record becomes its message', (_k, record, message) => {
    expect(hookMessage(JSON.stringify(record), undefined)).toEqual(message);
  });

  test('a storage write the page only claims (no such key) is not forwarded', async () => {
    const sent = await throughRelay((w) => {
      const forged = JSON.stringify({ k: 'storage', area: 'local', key: 'never_written', size: 10, script: null, t: Date.now() });
      w.document.dispatchEvent(new w.CustomEvent(HOOK_EVENT, { detail: forged }));
    });
    expect(sent).toEqual([]);
  });

  test.each([
    ['not JSON', '{k:'],
    ['no time', JSON.stringify({ k: 'cookie', line: 'a=b' })],
    ['unknown kind', JSON.stringify({ k: 'eval', t: 1 })],
    ['oversize cookie line', JSON.stringify({ k: 'cookie', line: 'a=' + 'x'.repeat(9000), script: null, t: 1 })],
    ['unknown consent manager', JSON.stringify({ k: 'cmp', cmp: 'evil', json: '{}', t: 1 })],
    ['unknown consent state', JSON.stringify({ k: 'consent', state: 'granted-forever', signal: 'tcf', detail: null, t: 1 })],
    ['storage in a third area', JSON.stringify({ k: 'storage', area: 'cookies', key: 'a', size: 1, script: null, t: 1 })],
    ['a number, not a record', '42'],
  ])('dropped in the worker: %s', (_label, detail) => {
    expect(hookMessage(detail, undefined)).toBeNull();
  });

  test('a forged storage value is not kept when the record says it was a repeat', () => {
    const detail = JSON.stringify({ k: 'storage', area: 'local', key: 'k', size: -1, script: null, t: 1, n: 3 });
    expect(hookMessage(detail, 'abc')).toEqual({ type: 'page:storage-write', area: 'local', key: 'k', valueSize: -1, scriptUrl: null, time: 1, repeats: 3 });
  });

  test('any string from the page gives a valid message or nothing, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.record({ k: fc.constantFrom('cookie', 'storage', 'cmp', 'consent', 'fp'), t: fc.double() }).map((r) => JSON.stringify(r))), (detail) => {
        const m = hookMessage(detail, undefined);
        expect(m === null || typeof m.type === 'string').toBe(true);
      }),
    );
  });

  test('a second ready announcement does not duplicate records', async () => {
    const sent = await throughRelay((w) => {
      w.document.dispatchEvent(new w.CustomEvent(READY_EVENT));
      w.localStorage.setItem('late', '1');
    });
    expect(worker(sent).map((m) => m?.type)).toEqual(['page:storage-write']);
  });
});

describe('the watcher hook (generic session-recorder facts)', () => {
  test('reports a whole-document MutationObserver and pointer/scroll/typing listeners on window or document, once each', async () => {
    const sent = await throughRelay((w) => {
      const d = w.document;
      // In a browser every target's addEventListener is EventTarget.prototype's; happy-dom's
      // documents inherit from a copy of it, so the wrapped one is called as a page would reach it.
      const add = (t: EventTarget, type: string, o?: unknown) => w.EventTarget.prototype.addEventListener.call(t, type, () => undefined, o as boolean);
      new w.MutationObserver(() => undefined).observe(d.documentElement, { childList: true, subtree: true });
      add(d, 'mousemove');
      add(d, 'mousemove');
      add(w, 'scroll', { passive: true });
      add(d, 'input', true);
      // Not recorder facts: a click listener, a listener on an element, an observer of one element.
      add(d, 'click');
      add(d.body, 'mousemove');
      new w.MutationObserver(() => undefined).observe(d.body, { childList: true });
    });
    const msgs = worker(sent).filter((m): m is Extract<PageMessage, { type: 'page:watch' }> => m?.type === 'page:watch');
    expect(msgs.map((m) => m.what)).toEqual(['mutations', 'mousemove', 'scroll', 'input']);
  });

  test('the page keeps working: wrapped listeners still fire', async () => {
    let fired = 0;
    await throughRelay((w) => {
      const add = w.EventTarget.prototype.addEventListener;
      add.call(w.document, 'keydown', () => fired++);
      w.document.dispatchEvent(new w.KeyboardEvent('keydown'));
      add.call(w, 'scroll', () => fired++);
      w.dispatchEvent(new w.Event('scroll'));
    });
    expect(fired).toBe(2);
  });
});
