// Names in running text: every sentence that speaks of cookies or storage gives the names it
// holds, with the lifetime stated in the same sentence. Sentences about other sites' cookies
// and samples introduced as examples give none.
import { categoryNamedIn } from '../category-lexicon';
import type { Category } from '../../model/types';
import type { NameSet } from '../cookie-names';
import { trimQuote } from '../locate';
import type { Sentence } from '../sentences';
import type { CookieCandidate, ReadContext } from './context';
import { COOKIE_CONTEXT, OTHER_SITES } from './cues';
import { sampleBlocks } from './samples';
import { lifetimeInText } from './lifetime-in-text';
import { namesInText } from './names-in-text';
import { clauseLifetimes, key, namedBracket, parenLifetimes, type ParenLifetime } from './clause-lifetimes';
import { addWritten, isExcluded } from './name-tokens';
import { makeSectionCategory } from './section';


export function proseCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  const skip = sampleBlocks(ctx.doc);
  const seen = new Set<string>();
  const later: typeof ctx.sentences[number][] = [];
  let previous: { block: unknown; text: string; context: boolean } | null = null;
  for (const s of ctx.sentences) {
    if (s.block.kind === 'table-row' || s.lower.length > 1000 || skip.has(s.block.offset)) continue;
    if (OTHER_SITES.test(s.lower)) continue;
    const parens = parenLifetimes(s.text, ctx.lang);
    // "The _ga cookie expires after 2 years; _gid after 24 hours": a clause after ";" keeps its sentence's subject
    const context: boolean = COOKIE_CONTEXT.test(s.lower) || (previous !== null && previous.block === s.block && previous.context && previous.text.endsWith(';'));
    previous = { block: s.block, text: s.text, context };
    // "Необхідні: sessionid (сесія), csrftoken (1 рік)": a name with its lifetime in brackets declares it
    if (!context && parens.length === 0 && !namedBracket(s.text, ctx.lang)) {
      later.push(s);
      continue;
    }
    const set = namesInText(s.text, ctx.knownCookie);
    for (const p of parens) if (bracketedName(p, s.text)) addWritten(set, p.word, false);
    if (set.names.length + set.prefixes.length === 0) {
      if (!context) later.push(s);
      continue;
    }
    for (const n of set.names) seen.add(n);
    out.push(...bound(s, set, ctx, section, parens));
  }
  // a sentence without a cookie word still speaks about a name declared elsewhere ("`_ga` expires after 2 years")
  if (seen.size > 0) {
    const named = namePattern(seen);
    for (const s of later) {
      if (!named.test(s.text)) continue;
      const set = namesInText(s.text, ctx.knownCookie);
      set.names = set.names.filter((n) => seen.has(n));
      set.prefixes = [];
      if (set.names.length === 0) continue;
      for (const c of bound(s, set, ctx, section, parenLifetimes(s.text, ctx.lang))) if (c.lifetime !== null) out.push(c);
    }
  }
  return out;
}

/** A plain Latin word before a bracketed lifetime in Cyrillic text names a cookie ("sessionid (сесія)"). */
function bracketedName(p: ParenLifetime, text: string): boolean {
  return /[\u0400-\u04ff]/.test(text) && /^[a-z][a-z0-9_.-]{2,40}$/.test(p.word) && !isExcluded(p.word);
}

/** One candidate per lifetime when the sentence binds lifetimes to its own clauses or brackets. */
function bound(s: Sentence, set: NameSet, ctx: ReadContext, section: (offset: number) => Category | null, parens: ParenLifetime[]): CookieCandidate[] {
  const whole = candidate(s, set, ctx, section);
  const written = [...set.names, ...set.prefixes];
  const each = clauseLifetimes(s.text, written, ctx.lang, parens);
  if (each === null) return [whole];
  const groups = new Map<string, CookieCandidate>();
  for (const w of written) {
    const d = each.get(w) ?? null;
    const k = key(d);
    let c = groups.get(k);
    if (c === undefined) {
      c = { ...whole, names: [], prefixes: [], lifetime: d };
      groups.set(k, c);
    }
    if (set.prefixes.includes(w)) c.prefixes.push(w);
    else c.names.push(w);
  }
  return [...groups.values()];
}

/** One test for "does this sentence hold any of these names". */
function namePattern(names: Set<string>): RegExp {
  const escaped = [...names].slice(0, 500).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^|[^\\w.-])(?:${escaped.join('|')})(?![\\w-])`);
}

function candidate(s: Sentence, set: NameSet, ctx: ReadContext, section: (offset: number) => Category | null): CookieCandidate {
  return {
    form: 'prose',
    names: set.names,
    prefixes: set.prefixes,
    provider: null,
    purpose: trimQuote(s.text),
    category: section(s.offset) ?? categoryNamedIn(s.text),
    lifetime: lifetimeInText(s.text, ctx.lang),
    offset: s.offset,
  };
}

