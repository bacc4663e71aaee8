// Cookie tables with one row per cookie, from HTML or from Markdown / tab-separated text (both
// arrive as ExtractedTable): columns by their header words, else guessed from the content.
import { parseDuration } from '../duration';
import { cookiesFromTable } from '../cookie-table';
import type { CookieCandidate, ReadContext } from './context';
import { makeSectionCategory } from './section';
import { categoryFromLabel } from '../category-lexicon';
import { labelsOf } from './key-value-table';

export function columnTableCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  const storageOfSection = storageSections(ctx);
  ctx.doc.tables.forEach((table) => {
    if (labelsOf(table) !== null) return;
    const label = table.caption ?? null;
    const heading = label !== null && label.length < 80 ? categoryFromLabel(label) : section(table.offset);
    for (const d of cookiesFromTable(table, ctx.lang, heading)) {
      const c: CookieCandidate = {
        form: 'table',
        names: d.names,
        prefixes: d.prefixes,
        provider: d.provider,
        purpose: d.purpose,
        category: d.category,
        lifetime: d.lifetimeText === null ? (d.lifetime ?? null) : parseDuration(d.lifetimeText, ctx.lang),
        offset: d.offset,
      };
      const storage = d.storage ?? storageOfSection(table.offset);
      if (storage !== undefined) c.storage = storage;
      out.push(c);
    }
  });
  return out;
}

/** A table right after a sentence about local storage lists storage keys ("... (`localStorage`):"). */
function storageSections(ctx: ReadContext): (offset: number) => 'localStorage' | undefined {
  return (offset) => {
    const before = ctx.doc.text.slice(Math.max(0, offset - 300), offset).toLowerCase();
    const lastLine = before.slice(before.lastIndexOf('\n', before.length - 2) + 1);
    return /localstorage|local storage|локальн[\p{L}]* (?:хранилищ|сховищ)/u.test(lastLine) ? 'localStorage' : undefined;
  };
}
