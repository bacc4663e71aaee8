// The vocabulary of DESIGN.md as TypeScript types. Everything that crosses a module boundary
// (sessions, knowledge base answers, policy declarations, findings, the export) is typed here,
// so the engine, the extension and the CLIs agree on one shape.

export type Category = 'necessary' | 'functional' | 'analytics' | 'marketing' | 'unknown';
export const CATEGORIES: readonly Category[] = ['necessary', 'functional', 'analytics', 'marketing', 'unknown'];

export type ConsentState = 'none' | 'accepted' | 'rejected' | 'partial';
export type Phase = 'pre-consent' | 'after-accept' | 'after-reject' | 'after-partial';

/** Where a classification came from, in order of precedence. */
export type ClassificationSource = 'curated' | 'open-cookie-database' | 'filter-list' | 'heuristic' | 'none';

export interface Classification {
  /** Stable vendor id from the knowledge base (e.g. "yandex-metrika"), null when unknown. */
  vendor: string | null;
  /** Display name of the vendor, null when unknown. */
  vendorName: string | null;
  category: Category;
  /** True when the cookie/host identifies or follows the visitor for analytics or advertising. */
  tracker: boolean;
  source: ClassificationSource;
  /** 0..1: 1 for an exact curated name, lower for prefixes, filter lists and heuristics. */
  confidence: number;
  /** Typical lifetime the knowledge base knows for this cookie, in seconds (null: session or unknown). */
  typicalLifetimeSeconds?: number | null;
  /** Requests only: the request signature (knowledge/signatures.ts) the hit matched, e.g. "ga4-collect". */
  signature?: string;
}

export const UNCLASSIFIED: Classification = {
  vendor: null,
  vendorName: null,
  category: 'unknown',
  tracker: false,
  source: 'none',
  confidence: 0,
};

export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';
export type SetBy = 'http' | 'script' | 'unknown';

export interface CookieObservation {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  partitioned: boolean;
  session: boolean;
  /** ISO time the browser will delete it, null for session cookies. */
  expiresAt: string | null;
  /** Lifetime as stored by the browser (Chromium caps at 400 days); null for session cookies. */
  lifetimeSeconds: number | null;
  /** Lifetime the site asked for in Set-Cookie or the document.cookie write, when seen. */
  requestedLifetimeSeconds: number | null;
  firstParty: boolean;
  setBy: SetBy;
  /** URL of the response (http) or script (script) that set it, when known. */
  initiator: string | null;
  frameUrl: string | null;
  /** ms since the audited navigation started. */
  time: number;
  phase: Phase;
  classification: Classification;
  /** Later writes of the same cookie (name+domain+path) in this session. */
  writes: number;
  /** Set when cookies.onChanged reported the cookie removed/expired later in the session. */
  removedAt?: number;
  valueSize: number;
  /** Found in the cookie jar after a service-worker restart, not reported by an event (time is the restart). */
  recovered?: boolean;
  /** Every write and removal, first write included, in time order (bounded: WRITE_HISTORY_CAP). Absent in older exports. */
  history?: WriteRecord[];
  /** How many records the cap left out of `history` (between the earliest and the latest kept). */
  historyDropped?: number;
}

/**
 * One write or removal of a cookie or storage key. A cookie re-written after a reject is evidence
 * of its own, so each write keeps its time, phase, setter and lifetimes, not only the first one.
 */
export interface WriteRecord {
  kind: 'write' | 'removal';
  /** ms since the audited navigation started. */
  time: number;
  phase: Phase;
  setBy: SetBy;
  /** Response URL (http) or writing script (script), when known. */
  initiator: string | null;
  frameUrl: string | null;
  /** Cookies: as the site asked / as the browser stored it; null for session cookies or unknown. */
  requestedLifetimeSeconds?: number | null;
  lifetimeSeconds?: number | null;
  /** Bytes of the value; null when not known (storage repeats counted by the page hook). */
  valueSize: number | null;
  /** Storage: writes this record stands for (the page hook counts rapid repeats). Absent means 1. */
  count?: number;
  /** Removals: the cookie store's cause (explicit, expired, evicted...). */
  cause?: string;
}

/** Records kept per cookie or key: the first WRITE_HISTORY_HEAD and the latest ones, up to this many. */
export const WRITE_HISTORY_CAP = 24;
export const WRITE_HISTORY_HEAD = 8;

export interface RequestObservation {
  url: string;
  host: string;
  /** eTLD+1 of the request host. */
  site: string;
  type: string;
  method: string;
  initiator: string | null;
  frameUrl: string | null;
  firstParty: boolean;
  /** HTTP status, 0 when the request failed, null when not completed yet. */
  status: number | null;
  error?: string;
  time: number;
  phase: Phase;
  classification: Classification;
  /**
   * Identifiers of the page's cookies or storage this request carried (id-sharing), found in its
   * URL or body; absent when none.
   */
  carries?: CarriedIdentifier[];
  /** What the body carries when it is a recording of the page (rrweb's event format); absent otherwise. */
  payload?: 'dom-recording';
  /** Characters of the request body as read (only its first 8 KB are read); absent without a body. */
  bodySize?: number;
  /** ms since navigation start when it completed or failed (absent while open, and in older exports). */
  doneAt?: number;
  /** The response's Set-Cookie header lines (bounded), for the HAR and the evidence. */
  setCookie?: string[];
}

export interface CarriedIdentifier {
  kind: 'cookie' | 'storage';
  name: string;
  /** Cookie domain or storage origin. */
  domain: string;
  encoding: 'plain' | 'url' | 'base64';
  /** In the URL or the request body. */
  where: 'url' | 'body';
}

export interface StorageObservation {
  area: 'local' | 'session';
  key: string;
  valueSize: number;
  origin: string;
  frameUrl: string | null;
  scriptUrl: string | null;
  firstParty: boolean;
  time: number;
  phase: Phase;
  classification: Classification;
  writes: number;
  /** Every write of the key, first included (bounded like cookies'). Absent in older exports. */
  history?: WriteRecord[];
  historyDropped?: number;
}

/** A fingerprinting fact the MAIN-world hook reported (a hint: the page can forge it). */
export interface FingerprintObservation {
  api: 'canvas' | 'webgl' | 'audio' | 'fonts';
  /** The script that made the call (the reading one, for a canvas). */
  scriptUrl: string | null;
  host: string | null;
  /** Canvas: the script that first drew on it. */
  writerUrl: string | null;
  /** Canvas: the size read back. */
  width: number;
  height: number;
  distinctChars: number;
  colors: number;
  saveRestore: boolean;
  /** Fonts: distinct fonts measured and measureText calls. */
  fonts: number;
  measureCalls: number;
  frameUrl: string | null;
  time: number;
  phase: Phase;
  /** Of the script URL, as a script request. */
  classification: Classification;
}

/**
 * A script watching the visitor, as the MAIN-world hook reported it (a hint: the page can forge
 * it): a MutationObserver on the whole document, or a listener on the window or document for
 * pointer movement, scrolling or typing. The generic session-recorder signature reads these.
 */
export interface WatcherObservation {
  /** 'mutations', or the event type listened to. */
  what: WatchedActivity;
  scriptUrl: string | null;
  host: string | null;
  frameUrl: string | null;
  time: number;
  phase: Phase;
}

export const WATCHED_ACTIVITIES = ['mutations', 'mousemove', 'pointermove', 'touchmove', 'scroll', 'keydown', 'keyup', 'keypress', 'input'] as const;
export type WatchedActivity = (typeof WATCHED_ACTIVITIES)[number];

export interface Observations {
  cookies: CookieObservation[];
  requests: RequestObservation[];
  storage: StorageObservation[];
  /** Absent in older exports. */
  fingerprinting?: FingerprintObservation[];
  /** Absent in older exports and when no script watched the visitor. */
  watchers?: WatcherObservation[];
}

// ---------------------------------------------------------------- consent

export type ConsentSignalKind = 'tcf' | 'cmp' | 'consent-cookie' | 'click' | 'user' | 'automation';

export interface ConsentEvent {
  time: number;
  state: ConsentState | 'notice-acknowledged' | 'banner-shown';
  /** DESIGN.md signal: "tcf", "cmp:<name>", "consent-cookie:<name>", "click", "user", "automation" (the CLI's own press). */
  signal: string;
  detail?: string;
  /**
   * True when the signal came from the page's MAIN world (TCF API, CMP globals/events): the page
   * can forge it, so cookie and click evidence win when they disagree (lib/consent/timeline.ts).
   */
  hint?: boolean;
}

export interface ConsentSummary {
  state: ConsentState;
  /** ms since navigation start when the state was reached, null while none. */
  at: number | null;
  signal: string | null;
  cmp: string | null;
  timeline: ConsentEvent[];
  /** Set by the CLI's --consent: whether it found a banner to press. */
  automation?: {
    requested: 'accept' | 'reject' | 'none';
    bannerFound: boolean;
    clicked: string | null;
    note?: string;
    /** Which way found what was pressed: an autoconsent rule or our own banner finder. */
    path?: 'autoconsent' | 'banner-finder';
    rule?: string;
    selector?: string | null;
    label?: string | null;
    /** ms since navigation start of the CLI's notice, given just before the click. */
    at?: number;
  };
}

// ---------------------------------------------------------------- policy declarations

export type PolicyLanguage = 'ru' | 'uk' | 'en' | 'kk' | 'de' | 'unknown';

/** A lifetime as written in a policy. Seconds use 1 year = 365 days, 1 month = 30 days. */
export interface Duration {
  kind: 'session' | 'fixed' | 'range' | 'persistent' | 'unknown';
  minSeconds: number | null;
  maxSeconds: number | null;
  /** The words the duration was read from. */
  text: string;
}

export interface SourceLocation {
  /** Index into Declarations.sources. */
  source: number;
  /** Character offset of the quote in the extracted text of that source. */
  offset: number;
  /** Human-readable place: "table 2, row 5", "line 143", "section 'Cookies'". */
  where: string;
}

export interface PolicySource {
  url: string | null;
  sha256: string;
  language: PolicyLanguage;
  kind: 'privacy-policy' | 'cookie-policy' | 'cmp' | 'import' | 'pasted' | 'file';
  fetchedAt?: string;
  truncated?: boolean;
  title?: string;
}

export interface DeclaredCookie {
  /** Exact names; a row may declare several ("1P_JAR, DV"). */
  names: string[];
  /** Name prefixes ("_ga_", from "_ga_*" or "_ga_<container-id>"). */
  prefixes: string[];
  provider: string | null;
  /** Knowledge-base vendor id when the provider or names resolve to one. */
  vendor: string | null;
  purpose: string | null;
  category: Category | null;
  lifetime: Duration | null;
  quote: string;
  location: SourceLocation;
  /** Set when the declaration lists the item as browser storage or a pixel, not a cookie. */
  storage?: 'localStorage' | 'sessionStorage' | 'pixel';
}

export interface DeclaredVendor {
  vendor: string;
  name: string;
  /** The spelling found in the text ("Яндекс.Метрика"). */
  matched: string;
  quote: string;
  location: SourceLocation;
}

export interface DeclaredCategory {
  category: Category;
  quote: string;
  location: SourceLocation;
}

export type StatementKind = 'session-only' | 'consent-first-visit' | 'not-personal-data' | 'separate-cookie-policy';

export interface DeclaredStatement {
  kind: StatementKind;
  quote: string;
  location: SourceLocation;
  /** For separate-cookie-policy: the link target when one is given. */
  url?: string;
}

/** Something the policy says the site does not use ("we do not use Google Analytics"). */
export interface DeniedItem {
  kind: 'vendor' | 'cookie' | 'category';
  /** Knowledge-base vendor id, cookie name, or category, by kind. */
  value: string;
  /** Display name for vendors; the name as written otherwise. */
  name: string;
  quote: string;
  location: SourceLocation;
}

export interface Declarations {
  sources: PolicySource[];
  cookies: DeclaredCookie[];
  vendors: DeclaredVendor[];
  categories: DeclaredCategory[];
  statements: DeclaredStatement[];
  /** What the text says the site does not use; never counts as declared. Absent in older exports. */
  denied?: DeniedItem[];
}

export const EMPTY_DECLARATIONS: Declarations = { sources: [], cookies: [], vendors: [], categories: [], statements: [] };

// ---------------------------------------------------------------- findings

export type FindingCode =
  | 'pre-consent-cookie'
  | 'pre-consent-tracker'
  | 'pre-consent-storage'
  | 'after-reject-cookie'
  | 'after-reject-tracker'
  | 'after-reject-storage'
  | 'undeclared-cookie'
  | 'undeclared-vendor'
  | 'retention-exceeds'
  | 'session-mismatch'
  | 'purpose-mismatch'
  | 'declared-not-observed'
  | 'no-policy'
  | 'policy-without-cookie-list'
  | 'denied-vendor-observed'
  | 'first-party-tracker-proxy'
  | 'id-sharing'
  | 'consent-signal-mismatch'
  | 'fingerprinting'
  | 'session-replay';

export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface FindingSubject {
  kind: 'cookie' | 'request' | 'storage' | 'vendor' | 'policy' | 'script';
  name: string;
  domain: string | null;
  vendor: string | null;
}

export interface FindingEvidence {
  kind: 'cookie' | 'request' | 'storage' | 'script';
  name: string;
  time: number;
  phase: Phase;
  initiator: string | null;
  detail?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  subject: FindingSubject;
  phase: Phase | null;
  evidence: FindingEvidence[];
  declared: { quote: string; where: string; sourceUrl: string | null } | null;
  /** Message key and its parameters; the UI renders it in its language. */
  messageKey: string;
  messageParams: string[];
  message: string;
}

// ---------------------------------------------------------------- knowledge base answers for policies

/** A vendor named in free text (a policy), found through the knowledge base's aliases. */
export interface VendorMention {
  vendor: string;
  name: string;
  /** The spelling as it stands in the text. */
  matched: string;
  /** Character offset of `matched` in the text. */
  offset: number;
  length: number;
}

export type FindVendorMentions = (text: string, lang: PolicyLanguage) => VendorMention[];

// ---------------------------------------------------------------- policy status for a session

export interface PolicyStatus {
  state: 'idle' | 'loading' | 'found' | 'not-found' | 'failed';
  /** How the declaration was chosen: discovered on the page, an override URL, pasted text, an import. */
  origin: 'discovered' | 'override-url' | 'pasted' | 'import' | 'cli' | null;
  url: string | null;
  /** Clear, specific text for the user when state is failed/not-found. */
  message: string | null;
  readAt: string | null;
}
