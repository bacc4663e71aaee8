// Reads a written lifetime ("2 роки", "Від 1 дня до 1 місяця", "1,5 року", "До закриття вікна",
// "13 months", "bis zu 2 Jahre") into seconds. It works on tokens, never on one big regular
// expression, so it stays linear on any input.
import type { Duration, PolicyLanguage } from '../model/types';
import {
  AND_WORDS, AT_LEAST, BROWSER_STEMS, CLOSE_STEMS, HALF_WORDS, HALF_YEAR_WORDS, LESS, MORE,
  NEGATION, PERSISTENT_STEMS, RANGE_OPEN, RANGE_SEP, SESSION_STEMS, UNKNOWN_STEMS, UP_TO, YEAR,
  numeralValue, unitSeconds,
} from './duration-words';

/** Lifetimes are short phrases; a longer input is cut so a pasted paragraph costs little. */
const MAX_INPUT = 400;
const TOKEN_RE = /(\d+(?:[.,]\d+)?)|([\p{L}'’]+)|([/–—\-,;])/gu;

type Token = { kind: 'num'; value: number; spelled: boolean; raw: string } | { kind: 'word' | 'mark'; raw: string };

interface Quantity {
  value: number;
  unit: number | null;
  start: number;
  end: number;
}

interface Span {
  min: number | null;
  max: number | null;
}

export function parseDuration(text: string, lang: PolicyLanguage): Duration | null {
  const source = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const shown = source.replace(/\s+/g, ' ').trim();
  if (shown === '') return null;
  const lower = shown.toLowerCase().replace(/ё/g, 'е');
  const tokens = tokenize(lower, lang);
  const quantities = findQuantities(tokens, lang);
  const spans = combine(tokens, quantities);
  if (spans.length > 0) return fromSpans(spans, shown);
  return wordsOnly(lower, tokens, lang, shown);
}

function tokenize(lower: string, lang: PolicyLanguage): Token[] {
  const out: Token[] = [];
  for (const m of lower.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) out.push({ kind: 'num', value: readNumber(m[1], lang), spelled: false, raw: m[1] });
    else if (m[2] !== undefined) {
      const word = m[2].replace(/’/g, "'");
      const spelled = numeralValue(word);
      out.push(spelled === null ? { kind: 'word', raw: word } : { kind: 'num', value: spelled, spelled: true, raw: word });
    } else if (m[3] !== undefined) out.push({ kind: 'mark', raw: m[3] });
  }
  return out;
}

/** "1,5" is one and a half everywhere but English, where "1,000" is a thousand. */
function readNumber(raw: string, lang: PolicyLanguage): number {
  const comma = raw.indexOf(',');
  if (comma >= 0 && lang === 'en' && raw.length - comma - 1 === 3) return Number(raw.replace(',', ''));
  return Number(raw.replace(',', '.'));
}

function findQuantities(tokens: Token[], lang: PolicyLanguage): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined) continue;
    if (tok.kind === 'num') {
      let j = i + 1;
      // "30-day", "24-hour"
      if (tokens[j]?.raw === '-' && isUnit(tokens[j + 1], lang)) j++;
      const unit = isUnit(tokens[j], lang) ? unitSeconds(tokens[j]!.raw, lang, true) : null;
      if (unit !== null) {
        out.push({ value: tok.value, unit, start: i, end: j + 1 });
        i = j;
      } else if (!tok.spelled || tok.raw !== 'a') out.push({ value: tok.value, unit: null, start: i, end: i + 1 });
      continue;
    }
    if (tok.kind !== 'word') continue;
    if (HALF_YEAR_WORDS.has(tok.raw)) out.push({ value: 0.5, unit: YEAR, start: i, end: i + 1 });
    else if (HALF_WORDS.has(tok.raw)) {
      // "half a year", "пів року", "halbes Jahr"
      const j = tokens[i + 1]?.raw === 'a' ? i + 2 : i + 1;
      const next = tokens[j];
      const unit = next?.kind === 'word' ? unitSeconds(next.raw, lang, false) : null;
      if (unit !== null) {
        out.push({ value: 0.5, unit, start: i, end: j + 1 });
        i = j;
      }
    }
  }
  return out;
}

function isUnit(tok: Token | undefined, lang: PolicyLanguage): boolean {
  return tok !== undefined && tok.kind === 'word' && unitSeconds(tok.raw, lang, true) !== null;
}

function combine(tokens: Token[], qs: Quantity[]): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    const next = qs[k + 1];
    const between = next === undefined ? [] : tokens.slice(q.end, next.start).map((t) => t.raw);
    const opener = tokens[q.start - 1]?.raw ?? '';
    if (next !== undefined && next.unit !== null && between.length <= 2 && isRangeJoin(between, opener)) {
      const unit = q.unit ?? next.unit;
      spans.push(ordered(q.value * unit, next.value * next.unit));
      k++;
      continue;
    }
    if (q.unit === null) continue;
    let total = q.value * q.unit;
    let last = q;
    // "1 year and 6 months", "1 год 6 месяцев": smaller units added on
    while (k + 1 < qs.length) {
      const n = qs[k + 1]!;
      const gap = tokens.slice(last.end, n.start).map((t) => t.raw);
      if (n.unit === null || last.unit === null || n.unit >= last.unit || gap.length > 1) break;
      if (gap.length === 1 && !AND_WORDS.has(gap[0]!) && gap[0] !== ',') break;
      total += n.value * n.unit;
      last = n;
      k++;
    }
    spans.push(bounded(tokens, q.start, total));
  }
  return spans;
}

function isRangeJoin(between: string[], opener: string): boolean {
  if (between.length === 0) return false;
  const last = between[between.length - 1]!;
  if (RANGE_SEP.has(last)) return true;
  return AND_WORDS.has(last) && RANGE_OPEN.has(opener);
}

function ordered(a: number, b: number): Span {
  return a <= b ? { min: a, max: b } : { min: b, max: a };
}

/** A single quantity, read with the words just before it: "до 2 лет", "не менее 1 года", "at least". */
function bounded(tokens: Token[], start: number, seconds: number): Span {
  const w1 = tokens[start - 1]?.raw ?? '';
  const w2 = tokens[start - 2]?.raw ?? '';
  const w3 = tokens[start - 3]?.raw ?? '';
  const negated = NEGATION.has(w2) || NEGATION.has(w3);
  const near = [w1, w2];
  if (near.some((w) => MORE.has(w))) return negated ? { min: null, max: seconds } : { min: seconds, max: null };
  if (near.some((w) => LESS.has(w))) return negated ? { min: seconds, max: null } : { min: null, max: seconds };
  if (w1 === 'zu' || w1 === 'to' ? UP_TO.has(w2) : UP_TO.has(w1)) return { min: null, max: seconds };
  if (w1 === 'least' || AT_LEAST.has(w1)) return { min: seconds, max: null };
  return { min: seconds, max: seconds };
}

function fromSpans(spans: Span[], text: string): Duration {
  let min: number | null = null;
  let max: number | null = null;
  let openLow = false;
  let openHigh = false;
  for (const s of spans) {
    if (s.min === null) openLow = true;
    else min = min === null ? s.min : Math.min(min, s.min);
    if (s.max === null) openHigh = true;
    else max = max === null ? s.max : Math.max(max, s.max);
  }
  const lo = openLow ? null : min;
  const hi = openHigh ? null : max;
  const kind = lo !== null && lo === hi ? 'fixed' : 'range';
  return { kind, minSeconds: lo, maxSeconds: hi, text };
}

/** "a few minutes", "несколько дней", "einige Tage": a lifetime without a number, so only "not a session". */
const FEW = new Set(['few', 'several', 'несколько', 'нескольких', 'кілька', 'кількох', 'декілька', 'einige', 'einigen', 'wenige', 'wenigen', 'бірнеше']);

function wordsOnly(lower: string, tokens: Token[], lang: PolicyLanguage, text: string): Duration | null {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.raw);
  for (let i = 0; i + 1 < words.length; i++) {
    if (FEW.has(words[i]!) && unitSeconds(words[i + 1]!, lang, false) !== null) return { kind: 'persistent', minSeconds: null, maxSeconds: null, text };
  }
  const has = (stems: readonly string[]): boolean => words.some((w) => stems.some((s) => w.startsWith(s)));
  if (has(SESSION_STEMS) || (has(CLOSE_STEMS) && has(BROWSER_STEMS))) {
    return { kind: 'session', minSeconds: null, maxSeconds: null, text };
  }
  if (PERSISTENT_STEMS.some((s) => lower.includes(s))) return { kind: 'persistent', minSeconds: null, maxSeconds: null, text };
  if (UNKNOWN_STEMS.some((s) => lower.includes(s))) return { kind: 'unknown', minSeconds: null, maxSeconds: null, text };
  // "в течение года", "ein Jahr" without a digit: one unit, but only in a short phrase
  if (words.length <= 4) {
    for (const w of words) {
      const unit = unitSeconds(w, lang, false);
      if (unit !== null) return { kind: 'fixed', minSeconds: unit, maxSeconds: unit, text };
    }
  }
  return null;
}
