// List items that open with the names they describe: "`_ga` + `_gid`: Google Analytics ...",
// "_ym_uid – идентификатор ...", "**REMEMBERME**: ...". The lead holds only names (code spans,
// identifier-like tokens or names the knowledge base knows) joined by commas, "+", "/" or "and";
// the rest of the item, or the line after it, is the purpose. In a section about cookies, a
// paragraph or a definition term that opens with names reads the same way.
import { categoryFromLabel, categoryOfPurposeCell } from '../category-lexicon';
import type { NameSet } from '../cookie-names';
import { trimQuote } from '../locate';
import { LIST_MARK } from '../text-document';
import type { CookieCandidate, ReadContext } from './context';
import { COOKIE_CONTEXT, PREFIX_CUE } from './cues';
import { lifetimeInText } from './lifetime-in-text';
import { addWritten, codeSpanName, identifierLike, isExcluded, tokens } from './name-tokens';
import { sampleBlocks } from './samples';
import { makeSectionCategory } from './section';

const LEAD_MAX = 160;
const JOINERS = /\s*(?:[,+&/;]|\s(?:and|und|or|oder|и|или|і|та|або)\s)\s*/;

export function listItemCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  const blocks = ctx.doc.blocks;
  const samples = sampleBlocks(ctx.doc);
  let intro = '';
  // the list's earlier items opened with names: a plain lower-case lead ("csrftoken – …") is one too
  let namedList = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'list-item') namedList = false;
    // a list whose later item opens with a name ("django_language – …") names its plain leads from the first item on
    else if (blocks[i - 1]?.kind !== 'list-item') namedList = runHasNames(blocks, i, ctx, COOKIE_CONTEXT.test(intro));
    if (samples.has(b.offset)) continue;
    // the heading or the introducing line ("Folgende Cookies werden verwendet:") sets the list's context
    const text = b.text.replace(LIST_MARK, '');
    // paragraphs and lines in a cookie section read like items too ("_ga — ...", "<dt>_ga</dt><dd>...</dd>")
    const listed = b.kind === 'list-item';
    if (b.kind === 'heading' || b.kind === 'table-row' || text.length > 2000 || (!listed && !COOKIE_CONTEXT.test(intro))) {
      if (b.kind === 'heading' || (!listed && b.kind !== 'table-row' && /:\s*$/.test(b.text))) intro = b.text.toLowerCase();
      continue;
    }
    const split = leadSplit(text) ?? (text.length <= LEAD_MAX ? { lead: text.trim(), rest: '' } : null);
    const set = split === null ? null : leadNames(split.lead, ctx, COOKIE_CONTEXT.test(intro) || COOKIE_CONTEXT.test(text.toLowerCase()), listed && namedList && split.rest !== '');
    if (!listed && /:\s*$/.test(b.text) && set === null) intro = b.text.toLowerCase();
    if (split === null || set === null) continue;
    if (listed) namedList = true;
    let purpose = split.rest;
    const next = blocks[i + 1];
    // the description on the next line, or in the <dd> after a <dt> that holds only the name
    const alone = split.lead === text.trim();
    if (purpose === '' && next !== undefined && next.kind !== 'heading' && next.kind !== 'table-row' && (next.kind !== 'list-item' || alone)) purpose = next.text;
    out.push({
      form: 'list',
      names: set.names,
      prefixes: set.prefixes,
      provider: null,
      purpose: purpose === '' ? null : trimQuote(purpose),
      category: section(b.offset) ?? categoryOfPurposeCell(purpose === '' ? null : purpose),
      lifetime: purpose === '' ? null : lifetimeInText(purpose, ctx.lang),
      offset: b.offset,
    });
  }
  return out;
}

/** True when an item of the list starting at `start` opens with names a plain reading accepts. */
function runHasNames(blocks: ReadContext['doc']['blocks'], start: number, ctx: ReadContext, cookieContext: boolean): boolean {
  for (let j = start; j < blocks.length && j < start + 200 && blocks[j]!.kind === 'list-item'; j++) {
    const text = blocks[j]!.text.replace(LIST_MARK, '');
    const split = leadSplit(text);
    if (split !== null && split.rest !== '' && leadNames(split.lead, ctx, cookieContext || COOKIE_CONTEXT.test(text.toLowerCase())) !== null) return true;
  }
  return false;
}

/** A lower-case single word that is no category or technology word ("csrftoken", not "analytics"). */
function plainLead(word: string): boolean {
  return /^[a-z][a-z0-9_.-]{2,40}$/.test(word) && !isExcluded(word) && categoryFromLabel(word) === null;
}

function leadSplit(text: string): { lead: string; rest: string } | null {
  const m = /^(.{1,160}?)(?::\s|:$|\s[–—-]\s)/.exec(text);
  if (m === null || m[1]!.length > LEAD_MAX) return null;
  return { lead: m[1]!.trim(), rest: text.slice(m[0].length).trim() };
}

/** The names of a lead, or null when any piece of it is not a name. */
function leadNames(lead: string, ctx: ReadContext, cookieContext: boolean, amongNames = false): NameSet | null {
  const set: NameSet = { names: [], prefixes: [] };
  const asPrefix = PREFIX_CUE.test(lead.toLowerCase());
  for (const piece of lead.split(JOINERS)) {
    const p = piece.trim();
    if (p === '') continue;
    const ts = tokens(p);
    if (ts.length !== 1) return null;
    const t = ts[0]!;
    const ok = t.code
      ? codeSpanName(t.text) && cookieContext
      : (identifierLike(t.text, ctx.knownCookie) && (cookieContext || ctx.knownCookie(t.text) !== null)) || (amongNames && plainLead(t.text));
    if (!ok) return null;
    addWritten(set, t.text, asPrefix, t.code);
  }
  return set.names.length + set.prefixes.length > 0 ? set : null;
}
