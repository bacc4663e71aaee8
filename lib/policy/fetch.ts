// Fetches one policy page without cookies, within a time and size budget, and says plainly what
// went wrong: not found, timeout, a PDF, a page that needs JavaScript to show its text.
import { charsetFromContentType, decodeBytes } from './charset';
import { extractDocument } from './extract';
import type { FetchedPolicy } from './types';

const DEFAULT_TIMEOUT = 15_000;
const DEFAULT_MAX = 2 * 1024 * 1024;
/** A declared body this many times over the cap is not a policy page; it is refused unread. */
const REFUSE_FACTOR = 16;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', 'application/xml', 'text/xml']);

export interface FetchPolicyOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export async function fetchPolicy(url: string, opts: FetchPolicyOptions): Promise<FetchedPolicy> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timeout = (): FetchedPolicy => ({ ok: false, url, status: null, error: 'timeout', message: `The policy page did not answer within ${seconds} s: ${url}` });
  try {
    let res: Response;
    try {
      res = await opts.fetch(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch (e) {
      if (timedOut) return timeout();
      return { ok: false, url, status: null, error: 'network', message: `The policy page could not be reached (${errorText(e)}): ${url}` };
    }
    const finalUrl = res.url !== '' ? res.url : url;
    if (res.status === 404 || res.status === 410) {
      return { ok: false, url: finalUrl, status: res.status, error: 'not-found', message: `The policy page does not exist (HTTP ${res.status}): ${finalUrl}` };
    }
    if (!res.ok) {
      return { ok: false, url: finalUrl, status: res.status, error: 'http-error', message: `The server answered HTTP ${res.status} for the policy page: ${finalUrl}` };
    }
    const contentType = res.headers.get('content-type') ?? '';
    const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (mime === 'application/pdf' || (mime === '' && /\.pdf(?:$|[?#])/i.test(finalUrl))) return pdf(finalUrl, res.status);
    if (mime !== '' && !HTML_TYPES.has(mime) && mime !== 'text/plain') {
      return { ok: false, url: finalUrl, status: res.status, error: 'unsupported-type', message: `The policy link points to a ${mime} file, not a web page; only HTML and plain text can be read: ${finalUrl}` };
    }
    const declaredLength = Number(res.headers.get('content-length') ?? '');
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes * REFUSE_FACTOR) {
      return { ok: false, url: finalUrl, status: res.status, error: 'too-large', message: `The policy page is ${mb(declaredLength)}, far over the ${mb(maxBytes)} limit; it was not read: ${finalUrl}` };
    }
    let body: { bytes: Uint8Array; truncated: boolean };
    try {
      body = await readCapped(res, maxBytes, controller.signal);
    } catch (e) {
      if (timedOut) return timeout();
      return { ok: false, url: finalUrl, status: res.status, error: 'network', message: `The policy page broke off while loading (${errorText(e)}): ${finalUrl}` };
    }
    if (body.bytes.length === 0) return { ok: false, url: finalUrl, status: res.status, error: 'empty', message: `The policy page is empty: ${finalUrl}` };
    if (startsWithPdf(body.bytes)) return pdf(finalUrl, res.status);
    const decoded = decodeBytes(body.bytes, charsetFromContentType(contentType));
    const notes: string[] = [];
    if (body.truncated) notes.push(`Only the first ${mb(maxBytes)} of the policy page were read; the rest was cut off.`);
    if (decoded.note !== undefined) notes.push(decoded.note);
    const isText = mime === 'text/plain' || (mime === '' && !/<html|<body|<p[\s>]|<div/i.test(decoded.text.slice(0, 2000)));
    const result: FetchedPolicy = {
      ok: true,
      url: finalUrl,
      status: res.status,
      contentType,
      charset: decoded.charset,
      truncated: body.truncated,
      needsJavaScript: isText ? false : needsJavaScript(decoded.text),
    };
    if (isText) result.text = decoded.text;
    else result.html = decoded.text;
    if (result.needsJavaScript) notes.push('The page shows almost no text without JavaScript; read the rendered page from an open tab instead.');
    if (notes.length > 0) result.note = notes.join(' ');
    return result;
  } finally {
    clearTimeout(timer);
  }
}

function pdf(url: string, status: number): FetchedPolicy {
  return { ok: false, url, status, error: 'unsupported-type', message: `The policy is a PDF document; reading PDF policies is not supported yet. Paste its text instead: ${url}` };
}

function startsWithPdf(b: Uint8Array): boolean {
  return b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;
}

async function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  // not every fetch ties its body stream to the signal, so each read also races the abort
  const aborted = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(new Error('aborted'));
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  aborted.catch(() => undefined);
  if (res.body === null) {
    const all = new Uint8Array(await Promise.race([res.arrayBuffer(), aborted]));
    return all.length > maxBytes ? { bytes: all.slice(0, maxBytes), truncated: true } : { bytes: all, truncated: false };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]).catch(async (e: unknown) => {
      await reader.cancel().catch(() => undefined);
      throw e;
    });
    if (done) break;
    if (total + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, truncated };
}

/** Very little text plus an empty app root or a <noscript> asking for JavaScript. */
export function needsJavaScript(html: string): boolean {
  const doc = extractDocument(html);
  const visible = doc.text.replace(/\s+/g, ' ').trim().length;
  if (visible >= 500) return false;
  const asks = /javascript|\bjs\b/i.test(doc.noscriptText);
  return asks || doc.appRootMarkers.length > 0 || visible < 40;
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
