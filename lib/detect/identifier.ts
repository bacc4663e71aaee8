// Identifier values and where they travel: the pieces of the id-sharing detector that look at
// values (cookie syncing). Pure functions; the worker feeds them cookie-store values, storage
// values read by the isolated world, and request URLs and bodies.

const MIN_LENGTH = 8;
const MAX_LENGTH = 256;
/** Shannon entropy per character below which a value reads like a word or a repeated filler. */
const MIN_BITS_PER_CHAR = 2.5;
const ID_CHARS = /^[A-Za-z0-9._~:|+/=%-]+$/;
// Epoch seconds or milliseconds from 2001 to 2286: a time, not an identifier.
const TIMESTAMP = /^1\d{9}(\d{3})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A value that can identify a visitor: 8 to 256 id-like characters, varied enough (entropy), not
 * a timestamp or a date, and not a substring of what every request carries anyway (the page URL,
 * the user agent).
 */
export function looksLikeIdentifier(value: string, context: readonly string[] = []): boolean {
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH || !ID_CHARS.test(value)) return false;
  if (TIMESTAMP.test(value) || ISO_DATE.test(value)) return false;
  if (/^(true|false|null|undefined)$/i.test(value)) return false;
  if (entropy(value) < MIN_BITS_PER_CHAR) return false;
  return !context.some((c) => c.includes(value));
}

/**
 * Identifier candidates inside a stored value: the value itself, or for JSON (SDKs keep objects in
 * storage: {"distinct_id": "..."}) its string leaves, at most a few.
 */
export function identifierCandidates(value: string, context: readonly string[] = []): string[] {
  if (looksLikeIdentifier(value, context)) return [value];
  const t = value.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (out.length >= 5 || depth > 3) return;
    if (typeof v === 'string') {
      if (looksLikeIdentifier(v, context) && !out.includes(v)) out.push(v);
    } else if (Array.isArray(v)) for (const x of v.slice(0, 20)) walk(x, depth + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v).slice(0, 50)) walk(x, depth + 1);
  };
  walk(parsed, 0);
  return out;
}

export type Encoding = 'plain' | 'url' | 'base64';

export interface Needle {
  text: string;
  encoding: Encoding;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * The forms an identifier takes in a request: as is, URL-encoded, and base64 (standard and
 * URL-safe) at any byte offset inside a longer encoded payload: for each of the three alignments
 * only the characters that depend on the identifier's bytes alone are kept.
 */
export function needlesFor(value: string): Needle[] {
  const needles: Needle[] = [{ text: value, encoding: 'plain' }];
  const encoded = encodeURIComponent(value);
  if (encoded !== value) needles.push({ text: encoded, encoding: 'url' });
  const bytes = new TextEncoder().encode(value);
  for (let k = 0; k < 3; k++) {
    const padded = new Uint8Array(k + bytes.length);
    padded.set(bytes, k);
    const b64 = toBase64(padded);
    const start = [0, 2, 3][k]!;
    const end = Math.floor(padded.length / 3) * 4;
    const core = b64.slice(start, end);
    if (core.length < MIN_LENGTH) continue;
    needles.push({ text: core, encoding: 'base64' });
    const urlSafe = core.replace(/\+/g, '-').replace(/\//g, '_');
    if (urlSafe !== core) needles.push({ text: urlSafe, encoding: 'base64' });
  }
  return needles;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface Found {
  encoding: Encoding;
  where: 'url' | 'body';
}

/** How an identifier appears in a request's URL or body, or null when it does not. */
export function findIdentifier(needles: readonly Needle[], url: string, body: string | null): Found | null {
  const texts: [string, 'url' | 'body'][] = body ? [[url, 'url'], [body, 'body']] : [[url, 'url']];
  for (const n of needles) for (const [t, where] of texts) if (t.includes(n.text)) return { encoding: n.encoding, where };
  // Percent-encoded inside a parameter or a form body: the plain value shows once decoded.
  const decoded = texts.map(([t, where]) => [safeDecode(t), where] as const).filter(([t], i) => t !== texts[i]![0]);
  for (const n of needles) for (const [t, where] of decoded) if (t.includes(n.text)) return { encoding: n.encoding === 'plain' ? 'url' : n.encoding, where };
  return null;
}
