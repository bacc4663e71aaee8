// A small, tolerant HTML tokenizer. The extension's service worker has no DOMParser, so policy
// pages are read with this: it never throws, never backtracks, and treats broken markup as text.
import { decodeEntities } from './entities';

export interface TagHandler {
  start(name: string, attrs: Map<string, string>, selfClosing: boolean): void;
  end(name: string): void;
  text(text: string): void;
}

/** Elements whose content is raw text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function tokenizeHtml(html: string, handler: TagHandler): void {
  const lower = html.toLowerCase();
  const n = html.length;
  let i = 0;
  // start of text not yet handed over: a stray '<' stays inside its text run, so "<<<<" is one call
  let textStart = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47 /* / */ && isAsciiLetter(html.charCodeAt(lt + 2));
    if (!(next === 33 /* ! */ || next === 63 /* ? */ || closing || isAsciiLetter(next))) {
      i = lt + 1;
      continue;
    }
    if (lt > textStart) handler.text(decodeEntities(html.slice(textStart, lt)));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
    } else if (next === 33 || next === 63) {
      const close = html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
    } else if (closing) {
      const close = html.indexOf('>', lt + 2);
      const end = close < 0 ? n : close;
      handler.end(readName(lower, lt + 2, end));
      i = end + 1;
    } else {
      i = readStartTag(html, lower, lt + 1, handler);
    }
    textStart = i;
  }
  if (textStart < n) handler.text(decodeEntities(html.slice(textStart)));
}

function readName(lower: string, from: number, limit: number): string {
  let j = from;
  while (j < limit) {
    const c = lower.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 47 || c === 62) break;
    j++;
  }
  return lower.slice(from, j);
}

/** Reads a start tag from the character after '<'; returns the index after it (and its raw text). */
function readStartTag(html: string, lower: string, from: number, handler: TagHandler): number {
  const n = html.length;
  const name = readName(lower, from, n);
  let j = from + name.length;
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) {
      j++;
      break;
    }
    if (c === 47 /* / */) {
      selfClosing = html.charCodeAt(j + 1) === 62;
      j++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      j++;
      continue;
    }
    // attribute name
    const nameStart = j;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === 61 || d === 62 || d === 47 || d === 32 || d === 9 || d === 10 || d === 13 || d === 12) break;
      j++;
    }
    if (j === nameStart) j++;
    const attrName = lower.slice(nameStart, j);
    while (j < n && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 10 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 13)) j++;
    let value = '';
    if (html.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < n && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 10 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 13)) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        const end = close < 0 ? n : close;
        value = html.slice(j + 1, end);
        j = end + 1;
      } else {
        const vs = j;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (d === 62 || d === 32 || d === 9 || d === 10 || d === 13 || d === 12) break;
          j++;
        }
        value = html.slice(vs, j);
      }
    }
    if (attrName !== '' && !attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
  handler.start(name, attrs, selfClosing);
  if (RAW_TEXT.has(name) && !selfClosing) {
    const close = lower.indexOf('</' + name, j);
    const end = close < 0 ? n : close;
    const raw = html.slice(j, end);
    // title and textarea hold text; script and style hold code that is never shown
    if (name === 'title' || name === 'textarea') handler.text(decodeEntities(raw));
    if (close < 0) return n;
    const gt = html.indexOf('>', close);
    handler.end(name);
    return gt < 0 ? n : gt + 1;
  }
  return j;
}
