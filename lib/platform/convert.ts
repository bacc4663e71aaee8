import type { Cookies, WebRequest } from './browser';
import type { PlainCookie, PlainCookieChange } from '../observe/cookies';
import type { PlainRequest } from '../observe/requests';
import type { SameSite } from '../model/types';
import { consentCookieCmp } from '../consent/cmps';
import { looksLikeIdentifier } from '../detect/identifier';

// Browser objects -> our types, in one place (STYLE.md 2).

const SAME_SITE: Record<string, SameSite> = { no_restriction: 'no_restriction', lax: 'lax', strict: 'strict' };

export function toPlainCookie(c: Cookies.Cookie): PlainCookie {
  return {
    name: c.name,
    valueSize: c.value.length,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: SAME_SITE[c.sameSite ?? ''] ?? 'unspecified',
    partitionSite: c.partitionKey?.topLevelSite ?? null,
    session: c.session,
    expirationDate: typeof c.expirationDate === 'number' ? c.expirationDate : null,
    // Other cookies' values are never kept: they can be identifiers, and the audit needs only sizes.
    ...(consentCookieCmp(c.name) !== null ? { consentValue: c.value.slice(0, 4096) } : {}),
    // Identifier-like values stay in the worker's session to find them in requests (id-sharing).
    ...(looksLikeIdentifier(c.value) ? { idValue: c.value } : {}),
  };
}

export function toPlainCookieChange(info: Cookies.OnChangedChangeInfoType): PlainCookieChange {
  return { removed: info.removed, cause: info.cause, cookie: toPlainCookie(info.cookie) };
}

export function toPlainRequest(d: WebRequest.OnBeforeRequestDetailsType): PlainRequest {
  return {
    requestId: d.requestId,
    url: d.url,
    type: d.type,
    method: d.method,
    // Chrome reports `initiator` (an origin); Firefox reports `originUrl`.
    initiator: d.initiator ?? d.originUrl ?? null,
    frameId: d.frameId,
    timeStamp: d.timeStamp,
    ...(d.requestBody ? { body: requestBodyText(d.requestBody) } : {}),
  };
}

/** Bodies are read for identifiers and consent signals only; the first few KB say enough. */
const MAX_BODY = 8192;

function requestBodyText(b: NonNullable<WebRequest.OnBeforeRequestDetailsType['requestBody']>): string {
  if (b.formData) {
    const parts: string[] = [];
    for (const [k, values] of Object.entries(b.formData)) for (const v of values) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
    return parts.join('&').slice(0, MAX_BODY);
  }
  let text = '';
  for (const part of b.raw ?? []) {
    if (!part.bytes || text.length >= MAX_BODY) continue;
    text += new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(part.bytes as ArrayBuffer).subarray(0, MAX_BODY - text.length));
  }
  return text.slice(0, MAX_BODY);
}

export function setCookieLines(headers: WebRequest.HttpHeaders | undefined): string[] {
  if (!headers) return [];
  const lines: string[] = [];
  for (const h of headers) {
    if (h.name.toLowerCase() !== 'set-cookie' || typeof h.value !== 'string') continue;
    // Firefox joins several Set-Cookie headers with newlines into one.
    for (const line of h.value.split('\n')) if (line.trim()) lines.push(line.trim());
  }
  return lines;
}
