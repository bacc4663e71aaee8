// Cookie tables flattened to lines (copied out of a browser): names first, lifetime last.
import { parseFlatRow } from '../flat-rows';
import { trimQuote } from '../locate';
import type { CookieCandidate, ReadContext } from './context';

export function flatRowCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind === 'table-row' || block.kind === 'heading') continue;
    const row = parseFlatRow(block.text, ctx.lang);
    if (row === null) continue;
    out.push({
      form: 'flat-row',
      names: row.set.names,
      prefixes: row.set.prefixes,
      provider: null,
      purpose: row.purpose === '' ? null : trimQuote(row.purpose),
      category: null,
      lifetime: row.lifetime,
      offset: block.offset,
    });
  }
  return out;
}
