// The channel between the MAIN-world hook and the isolated-world content script: DOM events on
// the document with a JSON string detail (strings cross the world boundary in every browser).
// The page can read and forge these events; that is why everything sent here is only a hint.

import type { PageMessage } from '../model/messages';
import { WATCHED_ACTIVITIES, type WatchedActivity } from '../model/types';

// Only the worker reads this module's validators; the page hook's bundle must not carry them.
const WATCHED = /* @__PURE__ */ new Set<unknown>(WATCHED_ACTIVITIES);

export const HOOK_EVENT = 'consent-auditor:hook';
export const READY_EVENT = 'consent-auditor:ready';
export const HOOK_READY_EVENT = 'consent-auditor:hook-ready';

export type HookRecord =
  | { k: 'cookie'; line: string; script: string | null; t: number }
  /** size -1 and n > 0: `n` more writes of a key already reported. */
  | { k: 'storage'; area: 'local' | 'session'; key: string; size: number; script: string | null; t: number; n?: number }
  | { k: 'consent'; state: ConsentEventState; signal: string; detail: string | null; t: number }
  /** The consent manager's own configuration (its declared services and cookies), as JSON. */
  | { k: 'cmp'; cmp: HookCmp; json: string; t: number }
  /**
   * A fingerprinting fact (lib/observe/fingerprint-hook.ts): a canvas read back (w x h, distinct
   * characters c and colours n drawn, save/restore r, first writer ws), the WebGL unmasked
   * vendor/renderer read, an OfflineAudioContext rendered, measureText in f fonts (m calls).
   */
  | { k: 'fp'; a: FingerprintApi; s: string | null; t: number; w?: number; h?: number; c?: number; n?: number; r?: boolean; ws?: string | null; m?: number; f?: number }
  /**
   * A script watching the visitor (lib/observe/watch-hook.ts): w 'mutations' (a MutationObserver on
   * the whole document) or the event type it listens to on the window or document; s the script.
   */
  | { k: 'watch'; w: string; s: string | null; t: number };

export type FingerprintApi = 'canvas' | 'webgl' | 'audio' | 'fonts';

/** Consent managers whose own data the hook reads in the page (lib/policy/cmp reads each). */
export type HookCmp = 'vanilla-cookieconsent' | 'klaro' | 'cookiebot' | 'onetrust';
const HOOK_CMPS = new Set<unknown>(['vanilla-cookieconsent', 'klaro', 'cookiebot', 'onetrust']);

export const MAX_CMP_JSON = 300_000;
/** The longest record the relay forwards (a consent manager's configuration and its envelope). */
export const MAX_HOOK_DETAIL = MAX_CMP_JSON + 1000;

type ConsentEventState = 'none' | 'accepted' | 'rejected' | 'partial' | 'notice-acknowledged' | 'banner-shown';
const CONSENT_STATES = new Set<string>(['none', 'accepted', 'rejected', 'partial', 'notice-acknowledged', 'banner-shown']);

const MAX_FIELD = 8192;

/**
 * Validates a record from the page, in the worker (the relay forwards it as the page sent it):
 * wrong shapes and oversize fields are dropped, not trusted.
 */
export function parseHookRecord(detail: unknown): HookRecord | null {
  if (typeof detail !== 'string' || detail.length > MAX_HOOK_DETAIL) return null;
  let v: unknown;
  try {
    v = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const script = typeof r.script === 'string' && r.script.length <= MAX_FIELD ? r.script : null;
  const t = typeof r.t === 'number' && Number.isFinite(r.t) ? r.t : null;
  if (t === null) return null;
  if (r.k === 'cookie' && typeof r.line === 'string' && r.line.length <= MAX_FIELD) {
    return { k: 'cookie', line: r.line, script, t };
  }
  if (
    r.k === 'storage' &&
    (r.area === 'local' || r.area === 'session') &&
    typeof r.key === 'string' &&
    r.key.length <= 1024 &&
    typeof r.size === 'number'
  ) {
    const n = typeof r.n === 'number' && Number.isInteger(r.n) && r.n > 0 ? Math.min(r.n, 1_000_000) : undefined;
    return { k: 'storage', area: r.area, key: r.key, size: r.size, script, t, ...(n ? { n } : {}) };
  }
  if (r.k === 'cmp' && HOOK_CMPS.has(r.cmp) && typeof r.json === 'string' && r.json.length <= MAX_CMP_JSON) {
    return { k: 'cmp', cmp: r.cmp as HookCmp, json: r.json, t };
  }
  // Fingerprinting facts are checked field by field where they are kept (lib/observe/fingerprints.ts).
  if (r.k === 'fp') return { ...(r as Extract<HookRecord, { k: 'fp' }>), t };
  if (r.k === 'watch' && WATCHED.has(r.w)) return { k: 'watch', w: r.w as WatchedActivity, s: typeof r.s === 'string' && r.s.length <= MAX_FIELD ? r.s : null, t };
  if (r.k === 'consent' && typeof r.state === 'string' && CONSENT_STATES.has(r.state) && typeof r.signal === 'string' && r.signal.length <= 100) {
    const detail = typeof r.detail === 'string' ? r.detail.slice(0, 300) : null;
    return { k: 'consent', state: r.state as ConsentEventState, signal: r.signal, detail, t };
  }
  return null;
}

/**
 * The message a record forwarded by the relay stands for, or null when the record is not valid.
 * `value` is what the relay read back from the storage itself for a storage write (a key the page
 * merely claims is never forwarded).
 */
export function hookMessage(detail: unknown, value: unknown): PageMessage | null {
  const r = parseHookRecord(detail);
  if (!r) return null;
  switch (r.k) {
    case 'cookie':
      return { type: 'page:cookie-write', line: r.line, scriptUrl: r.script, time: r.t };
    case 'fp':
      return { type: 'page:fingerprint', fact: r, time: r.t };
    case 'cmp':
      return { type: 'page:cmp-config', cmp: r.cmp, json: r.json };
    case 'consent':
      return { type: 'page:consent', event: { state: r.state, signal: r.signal, hint: true, ...(r.detail ? { detail: r.detail } : {}) }, time: r.t };
    case 'watch':
      return { type: 'page:watch', what: r.w as WatchedActivity, scriptUrl: r.s, time: r.t };
    case 'storage':
      return {
        type: 'page:storage-write',
        area: r.area,
        key: r.key,
        valueSize: r.size,
        scriptUrl: r.script,
        time: r.t,
        ...(r.n ? { repeats: r.n } : typeof value === 'string' && value.length <= 2048 ? { value } : {}),
      };
  }
}

/** The first script URL on a stack that is not the extension's own code. */
export function callerScript(stack: string | undefined): string | null {
  if (!stack) return null;
  const re = /((?:https?|file):\/\/[^\s)]+?):\d+:\d+/g;
  for (let m = re.exec(stack); m; m = re.exec(stack)) {
    if (m[1]) return m[1];
  }
  return null;
}
