// Cookie tables flattened to lines, as when a policy is copied out of a browser (seed 003):
// "1P_JAR, DV Ці файли Cookies ... Під час входу на сторінку / Від 1 дня до 1 місяця".
// A line qualifies when it opens with cookie names and ends with a lifetime.
import type { Duration, PolicyLanguage } from '../model/types';
import { addName, looksLikeCookieName, looksLikeNameInProse, type NameSet } from './cookie-names';
import { parseDuration } from './duration';

export interface FlatRow {
  set: NameSet;
  purpose: string;
  lifetime: Duration;
  lifetimeText: string;
}

/** Longer lines are prose, not a row; this also bounds the work per line. */
const MAX_ROW = 2000;
const MAX_LIFETIME = 80;

export function parseFlatRow(line: string, lang: PolicyLanguage): FlatRow | null {
  if (line.length > MAX_ROW) return null;
  const lead = leadingNames(line);
  if (lead === null) return null;
  const rest = line.slice(lead.end).trim();
  if (rest.length < 3) return null;
  const split = splitLifetime(rest, lang);
  if (split === null) return null;
  return { set: lead.set, purpose: split.purpose, lifetime: split.lifetime, lifetimeText: split.tail };
}

function leadingNames(line: string): { set: NameSet; end: number } | null {
  const set: NameSet = { names: [], prefixes: [] };
  let i = 0;
  const n = line.length;
  let first = true;
  for (;;) {
    while (i < n && line[i] === ' ') i++;
    const start = i;
    while (i < n && line[i] !== ' ' && line[i] !== ',' && line[i] !== '\t') i++;
    const word = line.slice(start, i);
    if (first ? !looksLikeNameInProse(word) : !looksLikeCookieName(word)) return first ? null : { set, end: start };
    addName(set, word);
    first = false;
    let j = i;
    while (j < n && line[j] === ' ') j++;
    if (line[j] !== ',') return { set, end: i };
    i = j + 1;
  }
}

function splitLifetime(rest: string, lang: PolicyLanguage): { purpose: string; lifetime: Duration; tail: string } | null {
  const sep = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\t'), rest.lastIndexOf('|'));
  if (sep > 0) {
    const tail = rest.slice(sep + 1).trim();
    if (tail.length > 0 && tail.length <= MAX_LIFETIME) {
      const d = parseDuration(tail, lang);
      if (d !== null && d.kind !== 'unknown') return { purpose: rest.slice(0, sep).trim(), lifetime: d, tail };
    }
  }
  // no separator: a number and unit closing the line ("... users. 2 years")
  const words = rest.split(' ');
  for (let k = 2; k <= 5 && k < words.length; k++) {
    const tailWords = words.slice(words.length - k);
    if (!/^\d/.test(tailWords[0] ?? '')) continue;
    const tail = tailWords.join(' ');
    const d = parseDuration(tail, lang);
    if (d !== null && (d.kind === 'fixed' || d.kind === 'range')) {
      return { purpose: words.slice(0, words.length - k).join(' ').trim(), lifetime: d, tail };
    }
  }
  return null;
}
