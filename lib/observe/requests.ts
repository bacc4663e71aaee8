import { hostOf, siteOf } from './party';
import { type Classifiers, LIMITS, type SessionState, type TrackedRequest, noteHost, relTime } from './state';

/** A subresource request as lib/platform converts it from webRequest details. */
export interface PlainRequest {
  requestId: string;
  url: string;
  type: string;
  method: string;
  initiator: string | null;
  frameId: number;
  timeStamp: number;
  /** The start of the request body (form fields URL-encoded, raw bytes as UTF-8), when it has one. */
  body?: string;
}

const RECORDED_SCHEMES = /^(https?|wss?):/i;

export function addRequest(state: SessionState, req: PlainRequest, classify: Classifiers): TrackedRequest | null {
  if (!RECORDED_SCHEMES.test(req.url)) return null;
  const host = hostOf(req.url);
  noteHost(state, host);
  if (state.requests.length >= LIMITS.requests) {
    state.truncated.requests = true;
    return null;
  }
  const site = siteOf(host);
  const tracked: TrackedRequest = {
    requestId: req.requestId,
    url: req.url,
    host,
    site,
    type: req.type,
    method: req.method,
    initiator: req.initiator,
    frameUrl: state.frames[String(req.frameId)] ?? null,
    firstParty: site === state.site,
    status: null,
    time: relTime(state, req.timeStamp),
    phase: 'pre-consent',
    classification: classify.classifyRequest(req.url, req.type, state.site),
  };
  state.requests.push(tracked);
  return tracked;
}

export function completeRequest(state: SessionState, requestId: string, status: number, error?: string, doneAt?: number): void {
  const r = openRequest(state, requestId);
  if (!r) return;
  r.status = status;
  if (error) r.error = error;
  if (doneAt !== undefined) r.doneAt = doneAt;
}

// Redirects reuse the request id; the latest hop is the one still open.
function openRequest(state: SessionState, requestId: string): TrackedRequest | null {
  for (let i = state.requests.length - 1; i >= 0; i--) {
    const r = state.requests[i];
    if (r && r.requestId === requestId) return r.status === null ? r : null;
  }
  return null;
}

/** Caps on what a response's Set-Cookie lines may add to a request: the session must stay small. */
const SET_COOKIE_LINES = 16;
const SET_COOKIE_CHARS = 600;

/** Keeps the response's Set-Cookie lines on the request they answer (for the HAR). */
export function noteSetCookie(state: SessionState, requestId: string, lines: readonly string[]): void {
  const r = openRequest(state, requestId);
  if (!r) return;
  const kept = (r.setCookie ??= []);
  for (const line of lines) {
    if (kept.length >= SET_COOKIE_LINES) break;
    kept.push(line.length > SET_COOKIE_CHARS ? `${line.slice(0, SET_COOKIE_CHARS)}…` : line);
  }
}
