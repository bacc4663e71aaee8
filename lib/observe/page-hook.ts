import { watchPageConsentApis } from '../consent/main-world';
import { HOOK_EVENT, HOOK_READY_EVENT, READY_EVENT, type HookRecord, callerScript } from './hook-protocol';

// Runs in the page's MAIN world at document_start in every frame. It wraps the cookie setter and
// Storage.setItem to learn *which script* wrote what; the cookie store stays the authority.
// Must never break the page: every wrapper calls through and swallows its own errors.

export function installPageHook(win: Window & typeof globalThis): void {
  const doc = win.document;
  const queue: string[] = [];
  let ready = false;
  const send = (r: HookRecord) => {
    const detail = JSON.stringify(r);
    if (ready) doc.dispatchEvent(new CustomEvent(HOOK_EVENT, { detail }));
    else if (queue.length < 500) queue.push(detail);
  };
  doc.addEventListener(READY_EVENT, () => {
    ready = true;
    for (const detail of queue.splice(0)) doc.dispatchEvent(new CustomEvent(HOOK_EVENT, { detail }));
  });

  const cookieDesc = Object.getOwnPropertyDescriptor(win.Document.prototype, 'cookie');
  if (cookieDesc?.set && cookieDesc.get) {
    const set = cookieDesc.set;
    Object.defineProperty(win.Document.prototype, 'cookie', {
      ...cookieDesc,
      set(this: Document, value: unknown) {
        try {
          send({ k: 'cookie', line: String(value), script: callerScript(new Error().stack), t: Date.now() });
        } catch {
          /* never let the hook break the page */
        }
        set.call(this, value);
      },
    });
  }

  const setItem = win.Storage.prototype.setItem;
  win.Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    try {
      const area = this === win.sessionStorage ? 'session' : 'local';
      send({ k: 'storage', area, key: String(key), size: String(value).length, script: callerScript(new Error().stack), t: Date.now() });
    } catch {
      /* sandboxed frames throw on storage access */
    }
    return setItem.call(this, key, value);
  };

  // Consent managers' page APIs (TCF, Cookiebot, OneTrust...) live in this world only.
  if (win.top === win) {
    watchPageConsentApis(win, (e) => send({ k: 'consent', state: e.state, signal: e.signal, detail: e.detail ?? null, t: Date.now() }));
  }

  doc.dispatchEvent(new CustomEvent(HOOK_READY_EVENT));
}
