// Turns an offset in the extracted text into a SourceLocation a person can follow ("table 1,
// row 5", "line 131", "section 'Cookies'") and cuts short quotes around it.
import type { SourceLocation } from '../model/types';
import type { DocumentBlock, ExtractedDocument } from './types';

const QUOTE_MAX = 300;

export interface Locator {
  block(offset: number): DocumentBlock | null;
  at(offset: number, source?: number): SourceLocation;
  /** The sentence (or row) around `offset`, trimmed to ~300 characters. */
  quote(offset: number, length?: number): string;
}

export function makeLocator(doc: ExtractedDocument, source = 0): Locator {
  const blocks = doc.blocks;
  const headings: (string | null)[] = [];
  let last: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'heading') last = b.text;
    headings.push(last);
  }
  const indexOf = (offset: number): number => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.offset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return {
    block(offset) {
      const i = indexOf(offset);
      return i < 0 ? null : blocks[i]!;
    },
    at(offset, src = source) {
      const i = indexOf(offset);
      const b = i < 0 ? undefined : blocks[i];
      return { source: src, offset, where: describe(b, i, headings[i] ?? null) };
    },
    quote(offset, length = 0) {
      const i = indexOf(offset);
      const b = i < 0 ? undefined : blocks[i];
      if (b === undefined) return trimQuote(doc.text.slice(offset, offset + QUOTE_MAX));
      if (b.text.length <= QUOTE_MAX) return trimQuote(b.text.replace(/\t/g, ' | '));
      return sentenceAround(b.text, offset - b.offset, length);
    },
  };
}

function describe(b: DocumentBlock | undefined, index: number, heading: string | null): string {
  if (b === undefined) return 'start of text';
  if (b.kind === 'table-row' && b.table !== undefined && b.row !== undefined) {
    const place = `table ${b.table + 1}, row ${b.row + 1}`;
    return b.line === undefined ? place : `${place} (line ${b.line})`;
  }
  if (b.line !== undefined) return `line ${b.line}`;
  if (heading !== null && b.kind !== 'heading') return `section '${shorten(heading, 60)}', block ${index + 1}`;
  return `block ${index + 1}`;
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

export function trimQuote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_MAX ? t : t.slice(0, QUOTE_MAX - 1) + '…';
}

/** The sentence holding [rel, rel+length) in `text`, or a window around it. */
export function sentenceAround(text: string, rel: number, length = 0): string {
  let start = rel;
  while (start > 0 && rel - start < QUOTE_MAX && !isSentenceEnd(text, start - 1)) start--;
  let end = rel + length;
  while (end < text.length && end - start < QUOTE_MAX && !isSentenceEnd(text, end)) end++;
  if (end < text.length) end++;
  return trimQuote(text.slice(start, end));
}

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  // a table cell ends where the next begins
  if (c === '\t') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== ';') return false;
  const next = text[i + 1];
  return next === undefined || next === ' ';
}
