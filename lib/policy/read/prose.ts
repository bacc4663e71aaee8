// Names in running text: every sentence that speaks of cookies or storage gives the names it
// holds, with the lifetime stated in the same sentence. Sentences about other sites' cookies
// and samples introduced as examples give none.
import { categoryFromText } from '../category-lexicon';
import type { Category } from '../../model/types';
import type { NameSet } from '../cookie-names';
import { trimQuote } from '../locate';
import type { Sentence } from '../sentences';
import type { CookieCandidate, ReadContext } from './context';
import { COOKIE_CONTEXT, OTHER_SITES } from './cues';
import { sampleBlocks } from './samples';
import { lifetimeInText } from './lifetime-in-text';
import { namesInText } from './names-in-text';
import { makeSectionCategory } from './section';


export function proseCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  const skip = sampleBlocks(ctx.doc);
  const seen = new Set<string>();
  const later: typeof ctx.sentences[number][] = [];
  for (const s of ctx.sentences) {
    if (s.block.kind === 'table-row' || s.lower.length > 1000 || skip.has(s.block.offset)) continue;
    if (OTHER_SITES.test(s.lower)) continue;
    if (!COOKIE_CONTEXT.test(s.lower)) {
      later.push(s);
      continue;
    }
    const set = namesInText(s.text, ctx.knownCookie);
    if (set.names.length + set.prefixes.length === 0) continue;
    for (const n of set.names) seen.add(n);
    out.push(candidate(s, set, ctx, section));
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
      const c = candidate(s, set, ctx, section);
      if (c.lifetime !== null) out.push(c);
    }
  }
  return out;
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
    category: section(s.offset) ?? categoryFromText(s.text),
    lifetime: lifetimeInText(s.text, ctx.lang),
    offset: s.offset,
  };
}

