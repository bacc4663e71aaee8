// Lifetimes bound to the names they follow within one sentence. A parenthesised lifetime belongs
// to the name just before it ("_ga (2 роки) та _gid (24 години)"); otherwise each clause (cut at
// commas and semicolons) gives its lifetime to its own names, and a clause without one takes the
// next clause's ("_ym_uid и _ym_d хранятся 1 год, _ym_isad — 2 дня": 1 year, 1 year, 2 days).
import type { Duration, PolicyLanguage } from '../../model/types';
import { parseDuration } from '../duration';
import { lifetimeInText } from './lifetime-in-text';

const PAREN = /([!#$%&*+\-.^_|~0-9A-Za-z<>{}[\]`]+)\s*\(([^()\n]{1,40})\)/g;
const CLAUSE_END = /[;,](?:\s|$)/g;
/** A cookie name in the bracket: a token with letters and an inner "_" or "." ("_pk_id", "_ga_*"), not "1.5". */
const NAME_INSIDE = /(?:^|[\s,;:`])(?=[\w.*-]*[A-Za-z])[\w-]*[_.][\w.*-]+/;

export interface ParenLifetime {
  /** The word right before the parenthesis, backticks dropped. */
  word: string;
  duration: Duration;
  start: number;
  end: number;
}

/** "name (2 years)" pairs of a sentence: the parenthesis holds only a lifetime. */
export function parenLifetimes(text: string, lang: PolicyLanguage): ParenLifetime[] {
  const out: ParenLifetime[] = [];
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(PAREN)) {
    const inner = m[2]!.trim();
    const d = parseDuration(inner, lang);
    if (d === null) continue;
    // the parenthesis must be the lifetime itself, not a remark that happens to hold a number
    if (d.kind !== 'session' && d.kind !== 'persistent' && !/\d|year|month|day|hour|minute|год|лет|рік|рок|міс|мес|дн|день|час|годин|хвил|минут|jahr|monat|tag|stunde|minute|жыл|ай|күн|сағат/iu.test(inner)) continue;
    if (d.text.replace(/\s+/g, ' ').length < inner.replace(/\s+/g, ' ').length * 0.5) continue;
    // "Matomo (_pk_id, 13 months)": the bracket holds the name with its lifetime, not a lifetime of the word before
    if (NAME_INSIDE.test(inner)) continue;
    out.push({ word: m[1]!.replace(/`/g, ''), duration: { ...d, text: inner }, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "Matomo (_pk_id, 13 months)": a bracket that holds a name and its lifetime speaks of a cookie. */
export function namedBracket(text: string, lang: PolicyLanguage): boolean {
  if (!text.includes('(')) return false;
  for (const m of text.matchAll(/\(([^()\n]{3,80})\)/g)) if (NAME_INSIDE.test(m[1]!) && lifetimeInText(m[1]!, lang) !== null) return true;
  return false;
}

/**
 * The lifetime of each name (a prefix is looked up as written) in one sentence, or null when the
 * sentence gives its names one lifetime and the caller's whole-sentence reading stands.
 */
export function clauseLifetimes(text: string, names: readonly string[], lang: PolicyLanguage, parens: readonly ParenLifetime[]): Map<string, Duration | null> | null {
  // blank the parenthesised lifetimes so the clauses see only their own words
  let rest = text;
  for (const p of parens) rest = rest.slice(0, p.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end);
  const clauses: { start: number; end: number; lifetime: Duration | null }[] = [];
  let start = 0;
  for (const m of rest.matchAll(CLAUSE_END)) {
    clauses.push({ start, end: m.index, lifetime: null });
    start = m.index + 1;
  }
  clauses.push({ start, end: rest.length, lifetime: null });
  for (const c of clauses) c.lifetime = lifetimeInText(rest.slice(c.start, c.end), lang);
  const timed = clauses.filter((c) => c.lifetime !== null);
  const distinct = new Set(timed.map((c) => key(c.lifetime)));
  if (parens.length === 0 && distinct.size < 2) return null;
  const out = new Map<string, Duration | null>();
  for (const name of names) {
    const own = parens.find((p) => p.word === name || p.word.startsWith(name));
    if (own !== undefined) {
      out.set(name, own.duration);
      continue;
    }
    const at = mentions(rest, name);
    // "_cmg_csst и _comagic_id (срок — 1 год)": a bracket closing a list of names in the same clause
    const clause = at.length === 0 ? undefined : clauses.find((c) => at[0]! >= c.start && at[0]! < c.end);
    const closing = clause === undefined ? undefined : parens.find((p) => p.start > at[0]! && p.start <= clause.end);
    if (closing !== undefined) {
      out.set(name, closing.duration);
      continue;
    }
    let found: Duration | null = null;
    // the last clause naming it that states a lifetime, else the first timed clause after its first mention
    for (const c of clauses) if (c.lifetime !== null && at.some((i) => i >= c.start && i < c.end)) found = c.lifetime;
    if (found === null && at.length > 0) found = clauses.find((c) => c.lifetime !== null && c.end > at[0]!)?.lifetime ?? null;
    if (found === null && parens.length === 0) found = timed[0]?.lifetime ?? null;
    out.set(name, found);
  }
  return out;
}

function mentions(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0 && out.length < 50; i = text.indexOf(name, i + name.length)) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    if (!/[\w.-]/.test(before)) out.push(i);
  }
  return out;
}

export function key(d: Duration | null): string {
  return d === null ? '-' : `${d.kind}:${d.minSeconds}:${d.maxSeconds}`;
}
