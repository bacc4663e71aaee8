import type { ConsentEvent, WatchedActivity } from './types';
import type { HookRecord } from '../observe/hook-protocol';
import type { DetectorReport } from '../consent/clicks';
import type { AuditExport } from '../report/export';
import type { PolicyOverride } from '../observe/policy-flow';
import type { PopupView, PopupWant } from '../report/popup-view';

// Every message between the extension's contexts. Handlers switch on `type` exhaustively; the
// background checks who sent each one (content scripts may send only the `page:*` kinds).

/** Sent by the content script (isolated world) on behalf of the page. Hints, never facts. */
export type PageMessage =
  | { type: 'page:cookie-write'; line: string; scriptUrl: string | null; time: number }
  /** `value`: what the isolated world read back on the first write (at most 2 KB), for id-sharing. */
  | { type: 'page:storage-write'; area: 'local' | 'session'; key: string; valueSize: number; scriptUrl: string | null; time: number; repeats?: number; value?: string }
  /** What a page's own consent API says (the MAIN world): always a hint. */
  | { type: 'page:consent'; event: Omit<ConsentEvent, 'time'>; time: number }
  /** The banner detector (isolated world): a banner shown, or a person's click in it. */
  | { type: 'page:detector'; report: DetectorReport; time: number }
  | { type: 'page:info'; title: string; links: { href: string; text: string; inFooter: boolean }[] }
  | { type: 'page:cmp-config'; cmp: CmpSourceKind; json: string }
  /** A fingerprinting fact from the MAIN-world hook. A hint. */
  | { type: 'page:fingerprint'; fact: Extract<HookRecord, { k: 'fp' }>; time: number }
  /** A script watching the visitor (a MutationObserver on the document, or an input listener). A hint. */
  | { type: 'page:watch'; what: WatchedActivity; scriptUrl: string | null; time: number }
  /**
   * A MAIN-world hook record as the page sent it (a JSON string), forwarded by the relay; the worker
   * validates it (hookMessage in lib/observe/hook-protocol.ts) into one of the kinds above.
   * `value`: a storage write's value as the isolated world read it back (at most 2 KB).
   */
  | { type: 'page:hook'; detail: string; value?: string };

/** What the content script actually sends: the page's messages, queued for a moment (lib/observe/batch.ts). */
export interface PageBatch {
  type: 'page:batch';
  messages: PageMessage[];
}

/** Which consent manager table: a configuration (JSON) or a rendered cookie list (HTML). */
export type CmpSourceKind = 'vanilla-cookieconsent' | 'klaro' | 'cookiebot' | 'onetrust' | 'cookiebot-declaration-html' | 'onetrust-html';

/** Sent by the popup, report and options pages (extension pages only). */
export type UiMessage =
  | { type: 'ui:get-report'; tabId: number }
  /** What the popup shows (lib/report/popup-view.ts): counts and first rows, not the whole export. */
  | { type: 'ui:get-popup'; tabId: number; want?: PopupWant }
  | { type: 'ui:mark-consent'; tabId: number; state: 'accepted' | 'rejected' }
  | { type: 'ui:fresh-visit'; tabId: number }
  /** Remember a policy choice for the site (null: back to discovery) and read it for this tab now. */
  | { type: 'ui:set-policy'; tabId: number; site: string; override: PolicyOverride | null };

export type Message = PageMessage | UiMessage;

export type UiResponse<M extends UiMessage> = M extends { type: 'ui:get-report' }
  ? AuditExport | null
  : M extends { type: 'ui:get-popup' }
    ? PopupView | null
    : { ok: boolean; error?: string };

const PAGE_TYPES = new Set(['page:cookie-write', 'page:storage-write', 'page:consent', 'page:detector', 'page:info', 'page:cmp-config', 'page:fingerprint', 'page:hook', 'page:watch']);
const UI_TYPES = new Set(['ui:get-report', 'ui:get-popup', 'ui:mark-consent', 'ui:fresh-visit', 'ui:set-policy']);

export function isPageMessage(m: unknown): m is PageMessage {
  return typeof m === 'object' && m !== null && PAGE_TYPES.has((m as { type?: unknown }).type as string);
}

/** A batch whose entries all have a page type; anything else is dropped whole. */
export function isPageBatch(m: unknown): m is PageBatch {
  if (typeof m !== 'object' || m === null || (m as { type?: unknown }).type !== 'page:batch') return false;
  const list = (m as { messages?: unknown }).messages;
  return Array.isArray(list) && list.length <= 1000 && list.every(isPageMessage);
}

export function isUiMessage(m: unknown): m is UiMessage {
  return typeof m === 'object' && m !== null && UI_TYPES.has((m as { type?: unknown }).type as string);
}
