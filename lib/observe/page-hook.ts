import { watchPageConsentApis } from '../consent/main-world';
import { hookFingerprinting } from './fingerprint-hook';
import { hookWatchers } from './watch-hook';
import { HOOK_EVENT, HOOK_READY_EVENT, MAX_CMP_JSON, READY_EVENT, type HookRecord, callerScript } from './hook-protocol';

// Runs in the page's MAIN world at document_start in every frame. It wraps the cookie setter and
// Storage.setItem to learn *which script* wrote what; the cookie store stays the authority.
// Must never break the page: every wrapper calls through and swallows its own errors.

/**
 * Cookiebot's dialog and OneTrust's domain data are large objects full of texts and links back to
 * the page; only these keys are copied (lib/policy/cmp/cookiebot.ts and onetrust.ts read them).
 */
const PAGE_DATA_KEYS = ['Necessary', 'Preference', 'Statistics', 'Advertising', 'Unclassified']
  .map((t) => 'cookieTable' + t)
  .concat('lang Language Culture Groups GroupName CustomGroupId OptanonGroupId Cookies FirstPartyCookies Hosts HostName DisplayName SubGroups Name Host IsSession Length description'.split(' '));

type PageCmp = {
  CookieConsent?: { getConfig?: () => unknown };
  klaroConfig?: unknown;
  CookieConsentDialog?: { cookieTableNecessary?: unknown };
  OneTrust?: { GetDomainData?: () => { Groups?: unknown } | undefined };
};

/**
 * The consent manager's configuration is the site's own list of services and cookies: a
 * declaration like its policy. RegExp cookie names survive as {"__regexp": source}. Returns
 * whether one was found: Cookiebot and OneTrust load theirs a while after the page.
 */
function readCmpConfig(win: Window, send: (r: HookRecord) => void): boolean {
  try {
    const w = win as unknown as PageCmp;
    const cb = w.CookieConsentDialog;
    const ot = typeof w.OneTrust?.GetDomainData === 'function' ? w.OneTrust.GetDomainData() : undefined;
    const found: [Extract<HookRecord, { k: 'cmp' }>['cmp'], unknown] | null =
      typeof w.CookieConsent?.getConfig === 'function' ? ['vanilla-cookieconsent', w.CookieConsent.getConfig()]
      : w.klaroConfig && typeof w.klaroConfig === 'object' ? ['klaro', w.klaroConfig]
      : Array.isArray(cb?.cookieTableNecessary) ? ['cookiebot', cb]
      : Array.isArray(ot?.Groups) ? ['onetrust', ot]
      : null;
    if (!found) return false;
    const json =
      found[1] === cb || found[1] === ot
        ? JSON.stringify(found[1], PAGE_DATA_KEYS)
        : JSON.stringify(found[1], (_k, v: unknown) => (v instanceof RegExp ? { __regexp: v.source } : typeof v === 'function' || v instanceof Node ? undefined : v));
    if (json && json.length <= MAX_CMP_JSON) send({ k: 'cmp', cmp: found[0], json, t: Date.now() });
    return true;
  } catch {
    /* a config we cannot serialise is simply not read */
    return true;
  }
}

/** Looks for a consent manager's data once a second after load, this many times. */
const CMP_LOOKS = 8;

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

  // The writing script is near the top of the stack: a short trace costs a fraction of a full one.
  // Deeper for the fingerprinting wrappers, whose own frames come first.
  const caller = (depth = 6): string | null => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = depth;
    try {
      return callerScript(new Error().stack);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };

  hookFingerprinting(win, send, caller);
  hookWatchers(win, send, caller);

  // shape -> when it was last reported. A repeat of the same write tells nothing new for
  // attribution, but a repeat much later (after the visitor chose) is a write of its own: report
  // it again at most once a second per shape, so SDKs that persist on every event stay cheap.
  const cookieShapes = new Map<string, number>();
  // A repeat inside that second is kept (the first one, with its script) and sent when it ends.
  const pendingCookies = new Map<string, HookRecord>();
  let cookieTimer: ReturnType<typeof setTimeout> | null = null;
  const flushCookies = () => {
    cookieTimer = null;
    for (const [shape, record] of pendingCookies) {
      cookieShapes.set(shape, Date.now());
      send(record);
    }
    pendingCookies.clear();
  };
  const cookieDesc = Object.getOwnPropertyDescriptor(win.Document.prototype, 'cookie');
  if (cookieDesc?.set && cookieDesc.get) {
    const set = cookieDesc.set;
    Object.defineProperty(win.Document.prototype, 'cookie', {
      ...cookieDesc,
      set(this: Document, value: unknown) {
        try {
          // Attribution needs the first write of a cookie with given attributes; the same write
          // repeated (SDKs persist on every event) tells nothing new, and the store sees it anyway.
          const line = String(value);
          const eq = line.indexOf('=');
          const semi = line.indexOf(';');
          const shape = `${line.slice(0, eq)}|${semi < 0 ? '' : line.slice(semi).replace(/expires=[^;]*/i, '')}`;
          const now = Date.now();
          const last = cookieShapes.get(shape);
          if (last === undefined ? cookieShapes.size < 2000 : now - last >= 1000) {
            cookieShapes.set(shape, now);
            send({ k: 'cookie', line, script: caller(), t: now });
          } else if (last !== undefined && !pendingCookies.has(shape)) {
            pendingCookies.set(shape, { k: 'cookie', line, script: caller(), t: now });
            cookieTimer ??= setTimeout(flushCookies, 1000);
          }
        } catch {
          /* never let the hook break the page */
        }
        set.call(this, value);
      },
    });
  }

  // SDKs rewrite the same storage keys many times a second (posthog, mixpanel). The first write of
  // a key is reported at once, with its script; repeats are only counted and sent once a second.
  const seen = new Map<string, number>();
  // The time of the latest repeat: the record sent stands for a real write at that moment.
  const lastRepeat = new Map<string, number>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flushRepeats = () => {
    flushTimer = null;
    for (const [id, n] of seen) {
      if (n === 0) continue;
      seen.set(id, 0);
      const [area, key] = [id.slice(0, id.indexOf(':')) as 'local' | 'session', id.slice(id.indexOf(':') + 1)];
      send({ k: 'storage', area, key, size: -1, script: null, t: lastRepeat.get(id) ?? Date.now(), n });
    }
  };
  const setItem = win.Storage.prototype.setItem;
  let sessionStore: Storage | null | undefined;
  win.Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    try {
      // The window.sessionStorage getter is not free; SDKs call setItem in tight loops.
      if (sessionStore === undefined) {
        try {
          sessionStore = win.sessionStorage;
        } catch {
          sessionStore = null;
        }
      }
      const area = this === sessionStore ? 'session' : 'local';
      const id = `${area}:${String(key)}`;
      const repeats = seen.get(id);
      if (repeats === undefined) {
        seen.set(id, 0);
        send({ k: 'storage', area, key: String(key), size: String(value).length, script: caller(), t: Date.now() });
      } else {
        seen.set(id, repeats + 1);
        lastRepeat.set(id, Date.now());
        flushTimer ??= setTimeout(flushRepeats, 1000);
      }
    } catch {
      /* sandboxed frames throw on storage access */
    }
    return setItem.call(this, key, value);
  };

  // Consent managers' page APIs (TCF, Cookiebot, OneTrust...) live in this world only.
  if (win.top === win) {
    let looks = 0;
    const look = (): unknown => readCmpConfig(win, send) || (++looks < CMP_LOOKS && setTimeout(look, 1000));
    win.addEventListener('load', () => setTimeout(look, 1000), { once: true });
    watchPageConsentApis(win, (e) => send({ k: 'consent', state: e.state, signal: e.signal, detail: e.detail ?? null, t: Date.now() }));
  }

  doc.dispatchEvent(new CustomEvent(HOOK_READY_EVENT));
}
