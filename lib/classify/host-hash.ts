// 48-bit hashes of host names, computed from the last character backwards so one pass over a
// hostname yields the hash of every dot-suffix ("a.b.example.com", "b.example.com", ...).
// 48 bits keep false hits below one in a billion lookups for ~50,000 hosts, in 6 bytes a host.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface SuffixHash {
  /** Index in the hostname where this suffix starts. */
  start: number;
  key: number;
}

/** Hash keys of the hostname's suffixes that start after a dot (and of the whole name). */
export function suffixHashes(hostname: string, minLabels = 2): SuffixHash[] {
  const out: SuffixHash[] = [];
  let h1 = FNV_OFFSET;
  let h2 = 5381;
  let labels = 1;
  for (let i = hostname.length - 1; i >= 0; i--) {
    const c = hostname.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME) >>> 0;
    h2 = (Math.imul(h2, 33) ^ c) >>> 0;
    if (i === 0 || hostname.charCodeAt(i - 1) === 46) {
      if (labels >= minLabels) out.push({ start: i, key: h1 * 65536 + (h2 & 0xffff) });
      labels++;
    }
  }
  return out;
}

export function hostKey(hostname: string): number {
  const all = suffixHashes(hostname, 1);
  return all[all.length - 1]!.key;
}

export function encodeKeys(keys: readonly number[]): string {
  const sorted = [...new Set(keys)].sort((a, b) => a - b);
  const bytes = new Uint8Array(sorted.length * 6);
  sorted.forEach((key, i) => {
    const hi = Math.floor(key / 65536);
    const lo = key % 65536;
    bytes[i * 6] = hi >>> 24;
    bytes[i * 6 + 1] = (hi >>> 16) & 255;
    bytes[i * 6 + 2] = (hi >>> 8) & 255;
    bytes[i * 6 + 3] = hi & 255;
    bytes[i * 6 + 4] = lo >>> 8;
    bytes[i * 6 + 5] = lo & 255;
  });
  return toBase64(bytes);
}

export function decodeKeys(base64: string): Float64Array {
  const bytes = fromBase64(base64);
  const keys = new Float64Array(Math.floor(bytes.length / 6));
  for (let i = 0; i < keys.length; i++) {
    const o = i * 6;
    const hi = ((bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!) >>> 0;
    keys[i] = hi * 65536 + ((bytes[o + 4]! << 8) | bytes[o + 5]!);
  }
  return keys;
}

export function hasKey(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// atob/btoa exist in service workers, browsers and Node 16+; chunked to stay off the call-stack limit.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
