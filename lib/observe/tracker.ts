import { consentFromReport, isDetectorReport } from '../consent/clicks';
import { consentCookieEvent } from '../consent/cookies';
import type { ConsentEvent } from '../model/types';
import type { CmpSourceKind, PageMessage } from '../model/messages';
import { addCookieHint, applyCookieChange, cookieConcernsSession, type PlainCookie, type PlainCookieChange } from './cookies';
import { domainMatches, hostOf, siteOf } from './party';
import { addRequest, completeRequest, noteSetCookie, type PlainRequest } from './requests';
import { parseCookieWrite, requestedLifetime } from './set-cookie';
import { type Classifiers, type SessionState, noteHost, relTime, startSession } from './state';
import { addStorageWrite } from './storage';
import { checkRequest, holdValue } from './identifiers';
import { Journal, type JournalEntry } from './journal';
import { addFingerprint } from './fingerprints';
import { hookMessage } from './hook-protocol';
import { addWatcher } from './watchers';
import { recordingPayload } from '../detect/replay-payload';

/** Persistence for sessions; storage.session in the extension, a Map in tests. */
export interface SessionStore {
  loadAll(): Promise<SessionState[]>;
  /** Schedules a batched write; must be cheap to call on every event. */
  save(state: SessionState): void;
  remove(tabId: number): Promise<void>;
  flush(): Promise<void>;
  /**
   * Records that a worker runs in this browser session. The first worker stores `openTabs` and
   * gets null; a later one (a restart: storage.session outlives the worker, not the browser) gets
   * the tabs the first one found open. Absent: never a restart.
   */
  markStarted?(openTabs: OpenTab[]): Promise<OpenTab[] | null>;
}

/** An open tab as the browser lists it. */
export interface OpenTab {
  tabId: number;
  url: string;
}

export interface TrackerDeps {
  store: SessionStore;
  classify: Classifiers;
  now(): number;
  /** Cookies currently in the jar, for the reconciliation after a worker restart. */
  listCookies?(): Promise<PlainCookie[]>;
  /** Told after a tab's session changed (the badge follows it). */
  onChange?(tabId: number): void;
  /** The browser's user agent: a value found in it identifies no one (id-sharing). */
  userAgent?: string;
  /** Hosts the tab's top document loaded resources from (Resource Timing), for restarted sessions. */
  pageHosts?(tabId: number): Promise<string[]>;
  /** The open tabs, so a restarted worker can take over a page whose session start it lost. */
  listTabs?(): Promise<OpenTab[]>;
}

/** What a worker knows about itself, for diagnostics (the e2e harness prints it on a failure). */
export interface TrackerDebug {
  /** Events waiting in the queue (stuck if it stays high). */
  queued: number;
  restored: { at: number; restart: boolean; sessions: number; adopted: number[] } | null;
  sessions: { tabId: number; url: string; startedAt: number; workerRestarts: number; startLost: boolean; cookies: number; requests: number; hosts: number }[];
  recent: JournalEntry[];
}

const WEB = /^https?:/i;

/** Request bodies kept in memory per tab (not persisted), for identifiers learnt after the request. */
const BODIES_PER_TAB = 200;

const isRendered = (cmp: CmpSourceKind): boolean => cmp.endsWith('-html');

/** A session older than this is not reconciled on restart: the jar may hold earlier visits' cookies. */
const RECONCILE_WINDOW_MS = 5 * 60_000;
/**
 * A cookie change no session claims yet waits this long for the request that explains it.
 * Firefox delivers cookies.onChanged and webRequest events on separate channels: a third-party
 * image's cookie can arrive before the image's own onBeforeRequest (seen 1 run in 12 on the
 * lab shop's Top.Mail.Ru pixel), and was dropped as concerning no tab.
 */
const UNCLAIMED_MS = 15_000;
const UNCLAIMED_MAX = 200;
/** Event time stamps come from the browser, arrival times from the worker's clock. */
const CLOCK_SLACK_MS = 1000;

/**
 * Per-tab audit sessions. Every browser event goes through one promise chain, so events are
 * applied in arrival order even though loading state after a worker restart is asynchronous.
 */
export class SessionTracker {
  private readonly sessions = new Map<number, SessionState>();
  private ready: Promise<void> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** Tabs whose next navigation follows a fresh-visit clear. */
  private readonly freshTabs = new Set<number>();
  /** How many hosts each restarted session knew when it was last reconciled with the jar. */
  private readonly reconciledHosts = new Map<number, number>();
  /** Recent third-party request bodies per tab, by request id (memory only: a restart loses them). */
  private readonly bodies = new Map<number, Map<string, string>>();
  private readonly journal = new Journal();
  /** Cookie changes that concerned no session when they arrived (see UNCLAIMED_MS). */
  private unclaimed: { change: PlainCookieChange; at: number }[] = [];
  /** Whether a worker ran before this one in this browser session (set by restore). */
  private restarted = false;
  private restoreInfo: TrackerDebug['restored'] = null;
  private queued = 0;

  constructor(private readonly deps: TrackerDeps) {}

  /** Loads what a previous worker instance persisted. Called once; every handler awaits it. */
  init(): Promise<void> {
    this.ready ??= this.restore();
    return this.ready;
  }

  private async restore(): Promise<void> {
    // Taking pages over is a repair: if the browser will not list tabs or keep the marker, restore
    // what was stored and go on (a rejected restore would stop the tracker for good).
    const tabs = (await this.deps.listTabs?.().catch(() => null)) ?? [];
    const [states, firstTabs] = await Promise.all([this.deps.store.loadAll(), this.deps.store.markStarted?.(tabs).catch(() => null) ?? null]);
    const restarted = firstTabs !== null;
    this.restarted = restarted;
    const now = this.deps.now();
    // A worker stopped right after a navigation started can die before its write of the new
    // session: the tab then has a page but no stored session, and every later event for it would
    // be dropped. Take such tabs over, starting now, and let the jar fill in what was lost. Pages
    // that were already open when the extension started were never audited and stay so.
    const adopted: SessionState[] = [];
    if (firstTabs) {
      const known = new Set(states.map((s) => s.tabId));
      const before = new Set(firstTabs.map((t) => `${t.tabId} ${t.url}`));
      for (const tab of tabs) {
        if (known.has(tab.tabId) || !WEB.test(tab.url) || before.has(`${tab.tabId} ${tab.url}`)) continue;
        adopted.push(this.lostStart(tab.tabId, tab.url, now));
      }
    }
    const all = [...states, ...adopted];
    const jar = all.length > 0 && this.deps.listCookies ? await this.deps.listCookies() : [];
    for (const state of all) {
      state.workerRestarts += 1;
      if (now - state.startedAt < RECONCILE_WINDOW_MS) this.reconcile(state, jar, now);
      this.sessions.set(state.tabId, state);
      this.deps.store.save(state);
    }
    if (adopted.length > 0) void this.deps.store.flush();
    this.restoreInfo = { at: now, restart: restarted, sessions: states.length, adopted: adopted.map((s) => s.tabId) };
    this.journal.add({ at: now, what: 'restore', tabId: null, hit: true, note: `${states.length} stored, adopted [${adopted.map((s) => s.tabId).join(',')}], restart=${restarted}` });
  }

  /** A session for a page whose navigation start this worker never saw. */
  private lostStart(tabId: number, url: string, startedAt: number): SessionState {
    const state = startSession(tabId, url, startedAt);
    state.startLost = true;
    return state;
  }

  /** Adds cookies the jar holds for this page that no event reported (lost while the worker was stopped). */
  private reconcile(state: SessionState, jar: PlainCookie[], now: number): void {
    this.reconciledHosts.set(state.tabId, state.hosts.length);
    for (const cookie of jar) {
      if (!cookieConcernsSession(state, cookie)) continue;
      const known = state.cookies.some((o) => o.name === cookie.name && o.domain === cookie.domain && o.path === cookie.path);
      if (known) continue;
      const obs = applyCookieChange(state, { removed: false, cause: 'explicit', cookie }, now, this.deps.classify);
      if (obs) {
        obs.recovered = true;
        state.recovered += 1;
      }
    }
  }

  /**
   * Reconciles a restarted session again, as its report is read: an event lost while the worker
   * was stopping can leave a cookie in the jar whose host the session only learned after restore.
   * Only hosts learned since the last reconciliation can add anything, so the popup's polling
   * reads the jar only when there are some.
   */
  reconcileRestarted(tabId: number): Promise<void> {
    return this.run('reconcile', tabId, async () => {
      const state = this.sessions.get(tabId);
      const now = this.deps.now();
      if (!state || state.workerRestarts === 0 || !this.deps.listCookies || now - state.startedAt >= RECONCILE_WINDOW_MS) return;
      // A request made while the worker was stopped reached no listener: the page itself still knows its host.
      for (const host of (await this.deps.pageHosts?.(tabId).catch(() => [])) ?? []) noteHost(state, host);
      if (this.reconciledHosts.get(tabId) === state.hosts.length) return;
      const jar = await this.deps.listCookies();
      const before = state.recovered;
      this.reconcile(state, jar, now);
      if (state.recovered !== before) this.touch(state);
    });
  }

  private run<T>(what: string, tabId: number | null, task: () => T | Promise<T>): Promise<T> {
    this.queued += 1;
    const next = this.chain.then(async () => {
      await this.init();
      this.journal.add({ at: this.deps.now(), what, tabId, hit: tabId === null || this.sessions.has(tabId) });
      return task();
    });
    this.chain = next.catch(() => undefined).finally(() => (this.queued -= 1));
    return next;
  }

  private touch(state: SessionState): void {
    this.deps.store.save(state);
    this.deps.onChange?.(state.tabId);
  }

  markNextFresh(tabId: number): void {
    this.freshTabs.add(tabId);
  }

  startNavigation(tabId: number, url: string, timeStamp: number): Promise<void> {
    return this.run('navigation-start', tabId, () => {
      const fresh = this.freshTabs.delete(tabId);
      const state = startSession(tabId, url, timeStamp, fresh);
      this.sessions.set(tabId, state);
      this.bodies.delete(tabId);
      this.touch(state);
      // Written at once, not with the next batch: every later event of the page needs this session,
      // and a worker stopped within the batch delay would otherwise lose the whole page.
      void this.deps.store.flush();
    });
  }

  /** `timeStamp` (epoch ms) starts the session when its navigation start was lost with a stopped worker. */
  frameCommitted(tabId: number, frameId: number, url: string, timeStamp?: number): Promise<void> {
    return this.run('frame-commit', tabId, () => {
      let state = this.sessions.get(tabId);
      if (!state && frameId === 0 && this.restarted && WEB.test(url)) {
        state = this.lostStart(tabId, url, timeStamp ?? this.deps.now());
        state.workerRestarts = 1;
        this.sessions.set(tabId, state);
        void this.deps.store.flush();
      }
      if (!state) return;
      if (frameId === 0) {
        // Redirects end on another URL than the one navigation started with.
        state.url = url;
        state.host = hostOf(url);
        state.site = siteOf(state.host);
      }
      state.frames[String(frameId)] = url;
      noteHost(state, hostOf(url));
      this.touch(state);
    });
  }

  request(tabId: number, req: PlainRequest): Promise<void> {
    return this.run('request', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state) return;
      const tracked = addRequest(state, req, this.deps.classify);
      if (!tracked) return;
      if (req.body && !tracked.firstParty) this.keepBody(tabId, req.requestId, req.body);
      if (recordingPayload(req.body)) tracked.payload = 'dom-recording';
      if (req.body) tracked.bodySize = req.body.length;
      checkRequest(state, tracked, req.body ?? null);
      this.claimUnclaimed(state, hostOf(req.url), req.timeStamp);
      this.touch(state);
    });
  }

  private keepBody(tabId: number, requestId: string, body: string): void {
    let map = this.bodies.get(tabId);
    if (!map) this.bodies.set(tabId, (map = new Map()));
    map.set(requestId, body);
    if (map.size > BODIES_PER_TAB) map.delete(map.keys().next().value!);
  }

  private hold(state: SessionState, kind: 'cookie' | 'storage', name: string, domain: string, value: string): void {
    holdValue(state, kind, name, domain, value, this.bodies.get(state.tabId) ?? new Map(), this.deps.userAgent);
  }

  responseHeaders(tabId: number, url: string, frameId: number, setCookie: string[], timeStamp: number, requestId?: string): Promise<void> {
    return this.run('response-headers', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state || setCookie.length === 0) return;
      if (requestId !== undefined) noteSetCookie(state, requestId, setCookie);
      const host = hostOf(url);
      for (const line of setCookie) {
        const write = parseCookieWrite(line);
        if (!write) continue;
        addCookieHint(state, {
          source: 'http',
          name: write.name,
          domain: write.domain,
          host,
          requestedLifetimeSeconds: requestedLifetime(write, timeStamp),
          initiator: url,
          frameUrl: state.frames[String(frameId)] ?? null,
          time: relTime(state, timeStamp),
        });
      }
      this.claimUnclaimed(state, host, timeStamp);
      this.touch(state);
    });
  }

  requestDone(tabId: number, requestId: string, status: number, error?: string, timeStamp?: number): Promise<void> {
    return this.run('request-done', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state) return;
      completeRequest(state, requestId, status, error, timeStamp === undefined ? undefined : relTime(state, timeStamp));
      this.touch(state);
    });
  }

  cookieChanged(change: PlainCookieChange): Promise<void> {
    return this.run('cookie', null, () => {
      const now = this.deps.now();
      let claimed = false;
      for (const state of this.sessions.values()) {
        if (!cookieConcernsSession(state, change.cookie)) continue;
        claimed = true;
        this.applyChange(state, change, now);
      }
      if (claimed || change.removed) return;
      this.unclaimed = this.unclaimed.filter((u) => now - u.at <= UNCLAIMED_MS).slice(-(UNCLAIMED_MAX - 1));
      this.unclaimed.push({ change, at: now });
    });
  }

  private applyChange(state: SessionState, change: PlainCookieChange, at: number): void {
    const obs = applyCookieChange(state, change, at, this.deps.classify);
    if (!change.removed && change.cookie.idValue !== undefined) this.hold(state, 'cookie', change.cookie.name, change.cookie.domain, change.cookie.idValue);
    const value = change.cookie.consentValue;
    if (!change.removed && value !== undefined) {
      // The consent manager's own cookie is the most reliable record of the visitor's choice.
      const event = consentCookieEvent(change.cookie.name, value, relTime(state, at));
      if (event) this.addConsentEvent(state, event);
    }
    if (obs) this.touch(state);
  }

  /**
   * A request of this session to `host`, started at `since` (epoch ms), or its Set-Cookie
   * response: a cookie of that host's domains that arrived after the request started, and that
   * no session claimed, is this request's.
   */
  private claimUnclaimed(state: SessionState, host: string, since: number): void {
    if (this.unclaimed.length === 0) return;
    const now = this.deps.now();
    this.unclaimed = this.unclaimed.filter((u) => {
      if (now - u.at > UNCLAIMED_MS) return false;
      if (u.at < since - CLOCK_SLACK_MS || u.at < state.startedAt || !domainMatches(host, u.change.cookie.domain) || !cookieConcernsSession(state, u.change.cookie)) return true;
      this.applyChange(state, u.change, u.at);
      return false;
    });
  }

  /**
   * A batch from one frame's content script, applied in order as one change; `frameUrl` comes
   * from the sender, not the messages. Resolves true when the batch holds the session's own top document describing itself (its
   * title and links): only then is it time to look for the policy. The tab's first about:blank
   * (Firefox runs the content scripts there too) or the page being left can report after the
   * navigation started, with no links of this page.
   */
  pageMessages(tabId: number, frameUrl: string | null, msgs: readonly PageMessage[]): Promise<boolean> {
    return this.run(`page-batch(${msgs.length})`, tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state) return false;
      for (const msg of msgs) this.applyPageMessage(state, frameUrl, msg);
      this.touch(state);
      return frameUrl === state.url && msgs.some((m) => m.type === 'page:info');
    });
  }

  private applyPageMessage(state: SessionState, frameUrl: string | null, msg: PageMessage): void {
    // The page being left flushes its last batch on pagehide, after the next navigation started:
    // what happened before this session began belongs to the previous page.
    // A session whose start was lost began late: its own frames' earlier messages still belong to it.
    if ('time' in msg && msg.time < state.startedAt && !(state.startLost && frameUrl !== null && Object.values(state.frames).includes(frameUrl))) return;
    switch (msg.type) {
      case 'page:cookie-write': {
        const write = parseCookieWrite(msg.line);
        if (!write || !frameUrl) return;
        addCookieHint(state, {
          source: 'script',
          name: write.name,
          domain: write.domain,
          host: hostOf(frameUrl),
          requestedLifetimeSeconds: requestedLifetime(write, msg.time),
          initiator: msg.scriptUrl,
          frameUrl,
          time: relTime(state, msg.time),
        });
        return;
      }
      case 'page:storage-write': {
        if (!frameUrl) return;
        const origin = safeOrigin(frameUrl);
        if (!origin) return;
        addStorageWrite(
          state,
          { area: msg.area, key: msg.key, valueSize: msg.valueSize, origin, frameUrl, scriptUrl: msg.scriptUrl, timeStamp: msg.time, ...(msg.repeats ? { repeats: msg.repeats } : {}) },
          this.deps.classify,
        );
        if (typeof msg.value === 'string' && msg.value.length <= 2048) this.hold(state, 'storage', msg.key, origin, msg.value);
        return;
      }
      case 'page:consent':
        // What the MAIN world reports is the page's own word: a hint until a cookie or click confirms it.
        this.addConsentEvent(state, { ...msg.event, time: relTime(state, msg.time), hint: true });
        return;
      case 'page:detector': {
        const event = isDetectorReport(msg.report) ? consentFromReport(msg.report) : null;
        if (event) this.addConsentEvent(state, { ...event, time: relTime(state, msg.time) });
        return;
      }
      case 'page:cmp-config':
        // The first list wins, except that a consent manager's own data read in the page (its
        // rows carry categories and lifetimes as data) replaces its rendered HTML table.
        if (frameUrl === state.url && (state.cmpConfig === null || (isRendered(state.cmpConfig.cmp) && !isRendered(msg.cmp)))) {
          state.cmpConfig = { cmp: msg.cmp, json: msg.json };
        }
        return;
      case 'page:hook': {
        const inner = hookMessage(msg.detail, msg.value);
        if (inner && inner.type !== 'page:hook') this.applyPageMessage(state, frameUrl, inner);
        return;
      }
      case 'page:watch':
        if (frameUrl) addWatcher(state, frameUrl, msg.what, msg.scriptUrl, relTime(state, msg.time));
        return;
      case 'page:fingerprint':
        if (frameUrl) addFingerprint(state, frameUrl, msg.fact, relTime(state, msg.time), this.deps.classify);
        return;
      case 'page:info':
        if (frameUrl === state.url || state.title === '') state.title = msg.title.slice(0, 300);
        if (frameUrl === state.url) state.links = msg.links.slice(0, 400);
        return;
    }
  }

  /**
   * Consent cookies already in the jar when the page started loading: the visitor chose on an
   * earlier visit, so this page load starts in that state (time 0), not "before consent".
   */
  existingCookies(tabId: number, startedAt: number, cookies: PlainCookie[]): Promise<void> {
    return this.run('existing-cookies', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state || state.startedAt !== startedAt) return;
      for (const c of cookies) {
        if (c.consentValue === undefined) continue;
        const event = consentCookieEvent(c.name, c.consentValue, 0);
        if (event) this.addConsentEvent(state, { ...event, detail: `${event.detail ? event.detail + '; ' : ''}already set when the page started loading` });
      }
      this.touch(state);
    });
  }

  consentMark(tabId: number, event: Omit<ConsentEvent, 'time'>): Promise<void> {
    return this.run('consent-mark', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state) return;
      this.addConsentEvent(state, { ...event, time: relTime(state, this.deps.now()) });
      this.touch(state);
    });
  }

  private addConsentEvent(state: SessionState, event: ConsentEvent): void {
    if (state.consentEvents.length >= 200) return;
    state.consentEvents.push(event);
  }

  update(tabId: number, mutate: (state: SessionState) => void): Promise<void> {
    return this.run('update', tabId, () => {
      const state = this.sessions.get(tabId);
      if (!state) return;
      mutate(state);
      this.touch(state);
    });
  }

  tabClosed(tabId: number): Promise<void> {
    return this.run('tab-closed', tabId, async () => {
      this.sessions.delete(tabId);
      this.reconciledHosts.delete(tabId);
      this.bodies.delete(tabId);
      await this.deps.store.remove(tabId);
    });
  }

  get(tabId: number): Promise<SessionState | null> {
    return this.run('get', tabId, () => this.sessions.get(tabId) ?? null);
  }

  all(): Promise<SessionState[]> {
    return this.run('all', null, () => [...this.sessions.values()]);
  }

  /** What this worker restored and handled last, for diagnostics. */
  debug(): TrackerDebug {
    // Not queued behind the events: it must answer even when the queue is stuck.
    return {
      queued: this.queued,
      restored: this.restoreInfo,
      sessions: [...this.sessions.values()].map((s) => ({
        tabId: s.tabId, url: s.url, startedAt: s.startedAt, workerRestarts: s.workerRestarts, startLost: s.startLost === true,
        cookies: s.cookies.length, requests: s.requests.length, hosts: s.hosts.length,
      })),
      recent: this.journal.recent(),
    };
  }
}

function safeOrigin(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}
