import type { CookieObservation, SameSite, WriteRecord } from '../model/types';
import { recordWrite } from './history';
import { domainMatches, siteOf } from './party';
import { type Classifiers, type CookieHint, LIMITS, type SessionState, relTime } from './state';

/** A cookie as the browser's cookie store reports it, already converted by lib/platform. */
export interface PlainCookie {
  name: string;
  valueSize: number;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Top-level site of a partitioned (CHIPS) cookie, null when unpartitioned. */
  partitionSite: string | null;
  session: boolean;
  /** Epoch seconds, absent for session cookies. */
  expirationDate: number | null;
  /** The value, kept only for consent managers' cookies: it records the visitor's choice. */
  consentValue?: string;
  /** The value when it looks like an identifier (lib/detect/identifier.ts), for id-sharing. */
  idValue?: string;
}

export interface PlainCookieChange {
  removed: boolean;
  /** explicit | overwrite | expired | expired_overwrite | evicted */
  cause: string;
  cookie: PlainCookie;
}

/** Hints older than this cannot explain a cookie change any more. */
const HINT_WINDOW_MS = 15_000;

function cookieKey(c: { name: string; domain: string; path: string; partitioned: boolean }): string {
  return `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitioned ? 'p' : ''}`;
}

function hintMatches(hint: CookieHint, cookie: PlainCookie): boolean {
  if (hint.name !== cookie.name) return false;
  const domain = cookie.domain.replace(/^\./, '').toLowerCase();
  if (cookie.hostOnly) return hint.domain === null && hint.host === domain;
  return hint.domain !== null ? hint.domain === domain : false;
}

/** Does this cookie change concern the page in this session? (cookies.onChanged carries no tab.) */
export function cookieConcernsSession(state: SessionState, cookie: PlainCookie): boolean {
  if (cookie.partitionSite !== null && siteOf(cookie.partitionSite) !== state.site) return false;
  if (state.hints.some((h) => hintMatches(h, cookie))) return true;
  return state.hosts.some((host) => domainMatches(host, cookie.domain));
}

function takeHint(state: SessionState, cookie: PlainCookie, time: number): CookieHint | null {
  for (let i = state.hints.length - 1; i >= 0; i--) {
    const hint = state.hints[i];
    if (hint && hintMatches(hint, cookie) && Math.abs(time - hint.time) <= HINT_WINDOW_MS) {
      state.hints.splice(i, 1);
      return hint;
    }
  }
  return null;
}

function applyHint(obs: CookieObservation | WriteRecord, hint: CookieHint): void {
  obs.setBy = hint.source;
  obs.initiator = hint.initiator;
  if (hint.frameUrl) obs.frameUrl = hint.frameUrl;
  obs.requestedLifetimeSeconds = hint.requestedLifetimeSeconds;
}

/** A write as the history keeps it; the phase is decided later, from the whole consent timeline. */
function writeRecord(time: number, c: PlainCookie, lifetime: number | null, hint: CookieHint | null): WriteRecord {
  const record: WriteRecord = {
    kind: 'write',
    time,
    phase: 'pre-consent',
    setBy: 'unknown',
    initiator: null,
    frameUrl: null,
    requestedLifetimeSeconds: null,
    lifetimeSeconds: lifetime,
    valueSize: c.valueSize,
  };
  if (hint) applyHint(record, hint);
  return record;
}

export function applyCookieChange(
  state: SessionState,
  change: PlainCookieChange,
  nowMs: number,
  classify: Classifiers,
): CookieObservation | null {
  const c = change.cookie;
  const time = relTime(state, nowMs);
  const key = cookieKey({ ...c, partitioned: c.partitionSite !== null });
  const existing = state.cookies.find((o) => cookieKey(o) === key);
  if (change.removed) {
    // An overwrite is reported as removed+added; only a real removal ends the cookie.
    if (change.cause !== 'overwrite' && existing) {
      existing.removedAt = time;
      recordWrite(existing, { kind: 'removal', time, phase: 'pre-consent', setBy: 'unknown', initiator: null, frameUrl: null, valueSize: null, cause: change.cause });
    }
    return existing ?? null;
  }
  const lifetime = c.session || c.expirationDate === null ? null : Math.round(c.expirationDate - nowMs / 1000);
  const hint = takeHint(state, c, time);
  if (existing) {
    existing.writes += 1;
    existing.session = c.session;
    existing.expiresAt = c.expirationDate === null ? null : new Date(c.expirationDate * 1000).toISOString();
    existing.lifetimeSeconds = lifetime;
    existing.valueSize = c.valueSize;
    delete existing.removedAt;
    if (hint) applyHint(existing, hint);
    recordWrite(existing, writeRecord(time, c, lifetime, hint));
    return existing;
  }
  if (state.cookies.length >= LIMITS.cookies) {
    state.truncated.cookies = true;
    return null;
  }
  const domain = c.domain.replace(/^\./, '');
  const obs: CookieObservation = {
    name: c.name,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    partitioned: c.partitionSite !== null,
    session: c.session,
    expiresAt: c.expirationDate === null ? null : new Date(c.expirationDate * 1000).toISOString(),
    lifetimeSeconds: lifetime,
    requestedLifetimeSeconds: null,
    firstParty: siteOf(domain) === state.site,
    setBy: 'unknown',
    initiator: null,
    frameUrl: null,
    time,
    phase: 'pre-consent',
    classification: classify.classifyCookie(c.name, domain, state.site),
    writes: 1,
    valueSize: c.valueSize,
  };
  if (hint) applyHint(obs, hint);
  recordWrite(obs, writeRecord(time, c, lifetime, hint));
  state.cookies.push(obs);
  return obs;
}

/**
 * Records what a response header or a page script says it wrote. It is only a hint: a cookie
 * appears in the session when the cookie store confirms it, so a forged hint adds nothing.
 * A hint that arrives after the store's report attributes the cookie retroactively.
 */
export function addCookieHint(state: SessionState, hint: CookieHint): void {
  const late = [...state.cookies]
    .reverse()
    .find(
      (o) =>
        o.name === hint.name &&
        Math.abs(o.time - hint.time) <= HINT_WINDOW_MS &&
        (o.setBy === 'unknown' || o.requestedLifetimeSeconds === null) &&
        hintMatches(hint, { ...toPlainShape(o) }),
    );
  if (late) {
    applyHint(late, hint);
    const first = late.history?.[0];
    if (first && first.kind === 'write' && first.time === late.time) applyHint(first, hint);
    return;
  }
  // A re-write the store reported before its hint arrived: attribute the unattributed write
  // closest in time to the hint, that write only.
  let best: WriteRecord | null = null;
  for (const o of state.cookies) {
    if (o.name !== hint.name || !o.history || !hintMatches(hint, toPlainShape(o))) continue;
    for (const w of o.history) {
      if (w.kind !== 'write' || w.setBy !== 'unknown' || Math.abs(w.time - hint.time) > HINT_WINDOW_MS) continue;
      if (best === null || Math.abs(w.time - hint.time) < Math.abs(best.time - hint.time)) best = w;
    }
  }
  if (best) {
    applyHint(best, hint);
    return;
  }
  if (state.hints.length >= LIMITS.hints) state.hints.shift();
  state.hints.push(hint);
}

function toPlainShape(o: CookieObservation): PlainCookie {
  return {
    name: o.name,
    valueSize: o.valueSize,
    domain: o.domain,
    path: o.path,
    hostOnly: o.hostOnly,
    secure: o.secure,
    httpOnly: o.httpOnly,
    sameSite: o.sameSite,
    partitionSite: null,
    session: o.session,
    expirationDate: null,
  };
}
