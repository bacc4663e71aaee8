// Names in running text: every sentence that speaks of cookies or storage gives the names it
// holds, with the lifetime stated in the same sentence. Sentences about other sites' cookies
// and samples introduced as examples give none.
import { categoryFromText } from '../category-lexicon';
import type { Category } from '../../model/types';
import type { NameSet } from '../cookie-names';
import { trimQuote } from '../locate';
import type { Sentence } from '../sentences';
import type { CookieCandidate, ReadContext } from './context';
import { COOKIE_CONTEXT, EXAMPLE_INTRO, OTHER_SITES } from './cues';
import { lifetimeInText } from './lifetime-in-text';
import { namesInText } from './names-in-text';
import { makeSectionCategory } from './section';

const SAMPLE_BLOCKS = 10;

export function proseCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  const skip = sampleBlocks(ctx);
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
    for (const s of later) {
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

/** Blocks after an "for example, cookie data look like this:" line, up to the next heading or paragraph. */
function sampleBlocks(ctx: ReadContext): Set<number> {
  const skip = new Set<number>();
  const blocks = ctx.doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (!EXAMPLE_INTRO.test(blocks[i]!.text.toLowerCase())) continue;
    for (let j = i + 1; j < blocks.length && j <= i + SAMPLE_BLOCKS; j++) {
      const b = blocks[j]!;
      if (b.kind === 'heading' || (b.text.length > 200 && /[.!?]$/.test(b.text))) break;
      skip.add(b.offset);
    }
  }
  return skip;
}
