// The lab's own tiny request/response vocabulary. Every host (a lab site or a vendor) is a plain
// function from LabRequest to LabResponse, so the server stays one dispatch table and each
// site or vendor file can be read on its own.

export interface LabRequest {
  method: string;
  host: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  cookies: Record<string, string>;
  body: Buffer;
}

export interface LabResponse {
  status?: number;
  /** Content-Type; defaults to text/html; charset=utf-8 when a body is given. */
  type?: string;
  headers?: Record<string, string>;
  /** Each entry is one Set-Cookie header. */
  setCookies?: string[];
  body?: string | Buffer;
  /** Record this request in the beacon sink (vendors' collection endpoints). */
  beacon?: boolean;
}

/** A handler answers null for paths it does not know, so the server can send a 404. */
export type HostHandler = (req: LabRequest) => LabResponse | null | Promise<LabResponse | null>;

export interface Beacon {
  time: number;
  method: string;
  host: string;
  path: string;
  bodySize: number;
}

export const YEAR = 365 * 24 * 3600;
export const DAY = 24 * 3600;

export function html(body: string, extra: Omit<LabResponse, 'body'> = {}): LabResponse {
  return { type: 'text/html; charset=utf-8', ...extra, body };
}

export function js(body: string | Buffer, extra: Omit<LabResponse, 'body'> = {}): LabResponse {
  return { type: 'text/javascript; charset=utf-8', ...extra, body };
}

export function json(value: unknown, extra: Omit<LabResponse, 'body'> = {}): LabResponse {
  return { type: 'application/json', ...extra, body: JSON.stringify(value) };
}

export function css(body: string | Buffer): LabResponse {
  return { type: 'text/css; charset=utf-8', body };
}

// The smallest valid transparent GIF, what counters answer to an <img> hit.
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function pixel(extra: Omit<LabResponse, 'body'> = {}): LabResponse {
  return { type: 'image/gif', ...extra, body: GIF_1X1, beacon: true };
}

export function notFound(message = 'Not found'): LabResponse {
  return { status: 404, type: 'text/html; charset=utf-8', body: `<!doctype html><title>404</title><h1>404</h1><p>${escapeHtml(message)}</p>` };
}

export interface CookieOptions {
  maxAge?: number;
  domain?: string;
  path?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'None' | 'Lax' | 'Strict';
}

export function setCookie(name: string, value: string, opts: CookieOptions = {}): string {
  const parts = [`${name}=${value}`, `Path=${opts.path ?? '/'}`];
  if (opts.maxAge !== undefined) parts.push(`Max-Age=${opts.maxAge}`);
  if (opts.domain) parts.push(`Domain=${opts.domain}`);
  if (opts.httpOnly) parts.push('HttpOnly');
  // SameSite=None is only accepted together with Secure.
  if (opts.secure || opts.sameSite === 'None') parts.push('Secure');
  if (opts.sameSite) parts.push(`SameSite=${opts.sameSite}`);
  return parts.join('; ');
}

export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A random id in the style counters use (digits only), so values look like the real ones. */
export function numericId(digits = 10): string {
  let out = String(1 + Math.floor(Math.random() * 9));
  while (out.length < digits) out += String(Math.floor(Math.random() * 10));
  return out;
}
