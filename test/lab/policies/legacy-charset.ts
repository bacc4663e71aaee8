// Encodes text in the single-byte Cyrillic charsets old Russian sites still serve (windows-1251,
// KOI8-R). Node can decode them (TextDecoder) but not encode, so the byte table is derived by
// decoding 0x80-0xFF once.
export type LegacyCharset = 'windows-1251' | 'koi8-r';

const tables = new Map<LegacyCharset, Map<string, number>>();

function table(charset: LegacyCharset): Map<string, number> {
  let map = tables.get(charset);
  if (!map) {
    map = new Map();
    const decoder = new TextDecoder(charset);
    for (let byte = 0x80; byte <= 0xff; byte++) map.set(decoder.decode(Uint8Array.of(byte)), byte);
    tables.set(charset, map);
  }
  return map;
}

/** Characters the charset cannot hold become "?", as a legacy CMS would write them. */
export function encodeLegacy(text: string, charset: LegacyCharset): Buffer {
  const map = table(charset);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    out.push(code < 0x80 ? code : (map.get(ch) ?? 0x3f));
  }
  return Buffer.from(out);
}
