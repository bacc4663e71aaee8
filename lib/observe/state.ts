import type {
  Classification,
  ConsentEvent,
  FingerprintObservation,
  WatcherObservation,
  CookieObservation,
  Declarations,
  PolicyStatus,
  RequestObservation,
  StorageObservation,
} from '../model/types';
import { EMPTY_DECLARATIONS } from '../model/types';
import type { CmpSourceKind } from '../model/messages';
import { hostOf, siteOf } from './party';

// One audit session per tab and top-level navigation. It is plain JSON so it can live in
// storage.session and survive the MV3 worker being stopped.

export const SESSION_VERSION = 1;

/** Caps keep a hostile or huge page from exhausting storage.session (10 MB for the whole extension). */
export const LIMITS = { cookies: 3000, requests: 5000, storage: 2000, hints: 400, hosts: 2000, identifiers: 300, fingerprinting: 300, watchers: 200 } as const;

export interface CookieHint {
  source: 'http' | 'script';
  name: string;
  /** Domain attribute of the write (null: host-only on `host`). */
  domain: string | null;
  host: string;
  requestedLifetimeSeconds: number | null;
  initiator: string | null;
  frameUrl: string | null;
  time: number;
}

export interface TrackedRequest extends RequestObservation {
  requestId: string;
}

/**
 * A value that can identify the visitor, as the cookie store or the page's storage holds it, kept
 * so requests carrying it can be found (lib/observe/identifiers.ts). Values stay in the worker's
 * session (storage.session, gone with the browser) and never go into the export: the requests
 * that carry them are the evidence.
 */
export interface HeldIdentifier {
  kind: 'cookie' | 'storage';
  name: string;
  /** Cookie domain, or the storage origin. */
  domain: string;
  value: string;
}

export interface SessionState {
  version: typeof SESSION_VERSION;
  tabId: number;
  url: string;
  host: string;
  site: string;
  title: string;
  /** Epoch ms of the navigation start; every `time` is relative to it. */
  startedAt: number;
  fresh: boolean;
  cookies: CookieObservation[];
  requests: TrackedRequest[];
  storage: StorageObservation[];
  hints: CookieHint[];
  consentEvents: ConsentEvent[];
  cmp: string | null;
  truncated: { cookies: boolean; requests: boolean; storage: boolean };
  /** frameId -> URL, from navigation commits. */
  frames: Record<string, string>;
  /** Every host the tab talked to: a cookie change is attributed to a tab by these. */
  hosts: string[];
  policy: PolicyStatus;
  declarations: Declarations;
  /** The consent manager's own configuration, read from the top document once. */
  /** `json` holds the configuration, or the HTML of a rendered cookie list for the *-html kinds. */
  cmpConfig: { cmp: CmpSourceKind; json: string } | null;
  /** Candidate policy links the top document offered (kept so a restarted worker can retry). */
  links: { href: string; text: string; inFooter: boolean }[];
  /** How often the worker restarted during this session (state reloaded from storage). */
  workerRestarts: number;
  /** Cookies found in the jar on a worker restart that no event had reported. */
  recovered: number;
  /** Identifier values held by cookies and storage (never exported); absent in older sessions. */
  identifiers?: HeldIdentifier[];
  /**
   * The navigation start was lost with a stopped worker: the session began when a restarted worker
   * took the page over, so `startedAt` is later than the real start and earlier events are time 0.
   */
  startLost?: boolean;
  /** Fingerprinting facts from the page hook; absent in older sessions. */
  fingerprinting?: FingerprintObservation[];
  /** Scripts watching the visitor (lib/observe/watchers.ts); absent in older sessions. */
  watchers?: WatcherObservation[];
}

export interface Classifiers {
  classifyCookie(name: string, domain: string, site: string): Classification;
  classifyRequest(url: string, type: string, site: string): Classification;
  classifyStorageKey(key: string, site: string, origin?: string): Classification;
}

export function startSession(tabId: number, url: string, startedAt: number, fresh = false): SessionState {
  const host = hostOf(url);
  return {
    version: SESSION_VERSION,
    tabId,
    url,
    host,
    site: siteOf(host),
    title: '',
    startedAt,
    fresh,
    cookies: [],
    requests: [],
    storage: [],
    hints: [],
    consentEvents: [],
    cmp: null,
    truncated: { cookies: false, requests: false, storage: false },
    frames: { '0': url },
    hosts: host ? [host] : [],
    policy: { state: 'idle', origin: null, url: null, message: null, readAt: null },
    declarations: EMPTY_DECLARATIONS,
    links: [],
    cmpConfig: null,
    workerRestarts: 0,
    recovered: 0,
    identifiers: [],
  };
}

export function relTime(state: SessionState, epochMs: number): number {
  return Math.max(0, Math.round(epochMs - state.startedAt));
}

export function noteHost(state: SessionState, host: string): void {
  if (!host || state.hosts.includes(host) || state.hosts.length >= LIMITS.hosts) return;
  state.hosts.push(host);
}

export function isSessionState(value: unknown): value is SessionState {
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === SESSION_VERSION;
}
