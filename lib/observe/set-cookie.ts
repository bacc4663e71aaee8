// Parses one Set-Cookie header line or one `document.cookie = ...` assignment.
// We only need what the browser's cookie store does not tell us: the lifetime the site *asked for*
// (Chromium caps stored lifetimes at 400 days) and the name/domain for attributing a cookie change
// to the response or script that caused it. Malformed input yields null, never an exception.

export interface ParsedCookieWrite {
  name: string;
  valueSize: number;
  domain: string | null;
  path: string | null;
  /** Seconds from Max-Age (wins over Expires, RFC 6265 5.3 step 3). */
  maxAge: number | null;
  /** Epoch ms from Expires. */
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string | null;
  partitioned: boolean;
}

const MAX_HEADER = 8192;

export function parseCookieWrite(line: string): ParsedCookieWrite | null {
  if (typeof line !== 'string' || line.length === 0) return null;
  const text = line.length > MAX_HEADER ? line.slice(0, MAX_HEADER) : line;
  const parts = text.split(';');
  const pair = parts[0] ?? '';
  const eq = pair.indexOf('=');
  // A pair without "=" is a cookie with an empty name (RFC 6265bis); we keep the RFC 6265 rule and skip it.
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  if (!name || /[\s\u0000-\u001f\u007f]/.test(name)) return null;
  const write: ParsedCookieWrite = {
    name,
    valueSize: pair.length - eq - 1,
    domain: null,
    path: null,
    maxAge: null,
    expires: null,
    secure: false,
    httpOnly: false,
    sameSite: null,
    partitioned: false,
  };
  for (let i = 1; i < parts.length; i++) {
    const attr = parts[i] ?? '';
    const aeq = attr.indexOf('=');
    const key = (aeq < 0 ? attr : attr.slice(0, aeq)).trim().toLowerCase();
    const value = aeq < 0 ? '' : attr.slice(aeq + 1).trim();
    switch (key) {
      case 'domain':
        if (value) write.domain = value.replace(/^\./, '').toLowerCase();
        break;
      case 'path':
        if (value.startsWith('/')) write.path = value;
        break;
      case 'max-age': {
        if (/^-?\d{1,15}$/.test(value)) write.maxAge = Number(value);
        break;
      }
      case 'expires': {
        const t = Date.parse(value);
        if (Number.isFinite(t)) write.expires = t;
        break;
      }
      case 'secure':
        write.secure = true;
        break;
      case 'httponly':
        write.httpOnly = true;
        break;
      case 'samesite':
        write.sameSite = value.toLowerCase() || null;
        break;
      case 'partitioned':
        write.partitioned = true;
        break;
      default:
        break;
    }
  }
  return write;
}

/** Lifetime in seconds the write asked for, relative to `now` (epoch ms); null for a session cookie. */
export function requestedLifetime(write: ParsedCookieWrite, now: number): number | null {
  if (write.maxAge !== null) return write.maxAge;
  if (write.expires !== null) return Math.round((write.expires - now) / 1000);
  return null;
}

/** Whether a cookie whose stored domain is `cookieDomain` could have been written by `write` seen on `host`. */
export function writeMatchesCookie(write: ParsedCookieWrite, host: string, cookieDomain: string): boolean {
  const domain = cookieDomain.replace(/^\./, '').toLowerCase();
  const target = write.domain ?? host.toLowerCase();
  return target === domain;
}

/** Splits a raw Set-Cookie header value that Firefox joins with newlines. */
export function splitSetCookieHeader(value: string): string[] {
  return value.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
}
