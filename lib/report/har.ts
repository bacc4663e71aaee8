// requests.har (HAR 1.2, http://www.softwareishard.com/blog/har-12-spec/) built from our own
// event log, not from a third-party recorder: every request the extension recorded, with its
// start, its duration when it completed, status, initiator, the response's Set-Cookie headers and
// our phase. What webRequest does not give us (sizes, header lists, the phases of a connection) is
// -1 as the format prescribes for "not available"; our own fields start with "_".

import { parseCookieWrite } from '../observe/set-cookie';
import type { RequestObservation } from '../model/types';
import type { AuditExport } from './export';

export interface HarCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  expires?: string;
  httpOnly?: boolean;
  secure?: boolean;
}

export interface HarEntry {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: { method: string; url: string; httpVersion: string; cookies: HarCookie[]; headers: { name: string; value: string }[]; queryString: { name: string; value: string }[]; headersSize: number; bodySize: number };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarCookie[];
    headers: { name: string; value: string }[];
    content: { size: number; mimeType: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { blocked: number; dns: number; connect: number; send: number; wait: number; receive: number; ssl: number };
  _resourceType: string;
  _initiator: { type: 'script' | 'other'; url?: string };
  _phase: string;
  _timeMs: number;
  _frameUrl: string | null;
  _firstParty: boolean;
  _tracker: boolean;
  _vendor: string | null;
  _category: string;
  _pending?: boolean;
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    browser: { name: string; version: string };
    pages: { startedDateTime: string; id: string; title: string; pageTimings: { onContentLoad: number; onLoad: number } }[];
    entries: HarEntry[];
    comment: string;
  };
}

// webRequest types as DevTools names them in its network panel.
const RESOURCE_TYPES: Record<string, string> = {
  main_frame: 'document', sub_frame: 'document', stylesheet: 'stylesheet', script: 'script', image: 'image', font: 'font',
  xmlhttprequest: 'xhr', ping: 'ping', csp_report: 'cspviolationreport', media: 'media', websocket: 'websocket', other: 'other',
};

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function harCookie(line: string): HarCookie | null {
  const w = parseCookieWrite(line);
  if (!w) return null;
  const pair = line.split(';')[0] ?? '';
  const c: HarCookie = { name: w.name, value: pair.slice(pair.indexOf('=') + 1).trim(), httpOnly: w.httpOnly, secure: w.secure };
  if (w.path !== null) c.path = w.path;
  if (w.domain !== null) c.domain = w.domain;
  if (w.expires !== null && Number.isFinite(w.expires)) c.expires = new Date(w.expires).toISOString();
  return c;
}

function entry(r: RequestObservation, start: number): HarEntry {
  const done = r.doneAt ?? null;
  const total = done === null ? 0 : Math.max(0, done - r.time);
  const setCookie = r.setCookie ?? [];
  const e: HarEntry = {
    pageref: 'page_1',
    startedDateTime: new Date(start + r.time).toISOString(),
    time: total,
    request: { method: r.method, url: r.url, httpVersion: '', cookies: [], headers: [], queryString: queryString(r.url), headersSize: -1, bodySize: -1 },
    response: {
      status: r.status ?? 0,
      statusText: '',
      httpVersion: '',
      cookies: setCookie.map(harCookie).filter((c): c is HarCookie => c !== null),
      headers: setCookie.map((value) => ({ name: 'Set-Cookie', value })),
      content: { size: 0, mimeType: '' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait: total, receive: 0, ssl: -1 },
    _resourceType: RESOURCE_TYPES[r.type] ?? 'other',
    _initiator: r.initiator ? { type: 'script', url: r.initiator } : { type: 'other' },
    _phase: r.phase,
    _timeMs: r.time,
    _frameUrl: r.frameUrl,
    _firstParty: r.firstParty,
    _tracker: r.classification.tracker,
    _vendor: r.classification.vendor,
    _category: r.classification.category,
  };
  if (r.error) e.response._error = r.error;
  if (r.status === null) e._pending = true;
  return e;
}

export function buildHar(report: AuditExport, browser: { name: string; version: string }): Har {
  const start = Date.parse(report.startedAt);
  return {
    log: {
      version: '1.2',
      creator: { name: report.tool.name, version: report.tool.version },
      browser,
      pages: [{ startedDateTime: report.startedAt, id: 'page_1', title: report.page.url, pageTimings: { onContentLoad: -1, onLoad: -1 } }],
      entries: report.observations.requests.map((r) => entry(r, start)),
      comment: `Built by ${report.tool.name} from the requests its extension recorded (webRequest); _phase is the consent phase at the request's start, _timeMs its time from the start of navigation. Sizes and connection timings are not recorded (-1).`,
    },
  };
}
