// Bytes to text with the page's own charset: the Content-Type header wins, then a byte order
// mark, then <meta charset> / <meta http-equiv> in the first bytes, then UTF-8. Russian and
// Ukrainian sites still serve windows-1251 and KOI8-R; when nothing is declared and the bytes
// are not valid UTF-8, the two are told apart by which one yields common Cyrillic letters.

export interface Decoded {
  text: string;
  charset: string;
  /** Set when the declared charset was unknown to the decoder or had to be guessed. */
  note?: string;
}

const META_SCAN = 4096;

export function charsetFromContentType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const m = /charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? null;
}

export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=..."> near the top. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, META_SCAN);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  const re = /<meta\b([^>]{0,400})>/gi;
  for (const m of head.matchAll(re)) {
    const attrs = m[1] ?? '';
    const direct = /charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(attrs);
    if (direct?.[1] !== undefined) return direct[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, headerCharset: string | null): Decoded {
  const declared = headerCharset ?? charsetFromBom(bytes) ?? charsetFromMeta(bytes);
  if (declared !== null) {
    const decoder = decoderFor(declared);
    if (decoder !== null) return { text: decoder.decode(bytes), charset: normalise(declared) };
    const fallback = decodeUndeclared(bytes);
    return { ...fallback, note: `The page declares charset "${declared}", which this browser cannot decode; read as ${fallback.charset}.` };
  }
  return decodeUndeclared(bytes);
}

function normalise(label: string): string {
  const l = label.toLowerCase();
  if (l === 'cp1251' || l === 'win-1251' || l === 'x-cp1251') return 'windows-1251';
  if (l === 'utf8') return 'utf-8';
  return l;
}

function decodeUndeclared(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    const cp = new TextDecoder('windows-1251').decode(bytes);
    const koi = new TextDecoder('koi8-r').decode(bytes);
    const pick = cyrillicScore(koi) > cyrillicScore(cp) ? { text: koi, charset: 'koi8-r' } : { text: cp, charset: 'windows-1251' };
    return { ...pick, note: `No charset was declared and the bytes are not UTF-8; read as ${pick.charset}.` };
  }
}

/** Lower-case vowels are the commonest Cyrillic letters; the wrong code page turns them into capitals. */
function cyrillicScore(text: string): number {
  let score = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if ('оеаиніт'.includes(c)) score += 2;
    else if (c >= 'А' && c <= 'Я') score -= 1;
  }
  return score;
}
