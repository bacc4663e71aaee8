// Splits blocks into sentences with their offsets, so statement and category rules read one
// sentence at a time and quote exactly that sentence.
import type { DocumentBlock } from './types';

export interface Sentence {
  text: string;
  lower: string;
  offset: number;
  block: DocumentBlock;
}

/** Longer sentences are cut: the rules look for short phrases and must stay cheap on junk. */
const MAX_SENTENCE = 1500;

export function* sentences(blocks: readonly DocumentBlock[], skip: ReadonlySet<number> = new Set()): Generator<Sentence> {
  for (const block of blocks) {
    if (skip.has(block.offset)) continue;
    const t = block.text;
    let start = 0;
    for (let i = 0; i <= t.length; i++) {
      const end = i === t.length || t[i] === '\t' || (isStop(t[i]) && (i + 1 === t.length || t[i + 1] === ' ') && !isAbbrev(t, i));
      if (!end && i - start < MAX_SENTENCE) continue;
      let from = start;
      while (from <= i && from < t.length && /\s/.test(t[from]!)) from++;
      const piece = t.slice(from, i + 1).trimEnd();
      if (piece !== '') yield { text: piece, lower: piece.toLowerCase(), offset: block.offset + from, block };
      start = i + 1;
    }
  }
}

function isStop(c: string | undefined): boolean {
  return c === '.' || c === '!' || c === '?' || c === ';';
}

/** "т.е.", "п.", "z.B.", "e.g.": a dot after a short lower-case word does not end a sentence. */
function isAbbrev(t: string, i: number): boolean {
  if (t[i] !== '.') return false;
  let j = i - 1;
  while (j >= 0 && /[\p{L}]/u.test(t[j]!)) j--;
  const word = t.slice(j + 1, i);
  return word.length > 0 && word.length <= 2 && word === word.toLowerCase();
}
