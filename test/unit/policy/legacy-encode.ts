// Test helper: encodes text into a single-byte code page with a byte map built from Node's own
// TextDecoder (there is no TextEncoder for legacy charsets), to make windows-1251 and KOI8-R pages.
export function encodeLegacy(text: string, charset: 'windows-1251' | 'koi8-r'): Uint8Array {
  const decoder = new TextDecoder(charset);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const byte = map.get(ch);
    if (byte === undefined) throw new Error(`"${ch}" has no byte in ${charset}`);
    out.push(byte);
  }
  return new Uint8Array(out);
}
