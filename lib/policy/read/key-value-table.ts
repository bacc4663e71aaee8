// Key/value tables, one small table per cookie with the labels down the first column (Termly:
// Name / Purpose / Provider / Service / Country / Type / Expires in). A separator cell (":")
// between label and value is skipped. A "Name" row starts a new cookie.
import { categoryFromLabel, categoryOfPurposeCell } from '../category-lexicon';
import { headerColumns, storageKind, type Column } from '../cookie-table';
import { namesFromCell } from '../cookie-names';
import { parseDuration } from '../duration';
import { trimQuote } from '../locate';
import type { ExtractedTable, TableCell } from '../types';
import type { CookieCandidate, ReadContext } from './context';
import { makeSectionCategory } from './section';

const MAX_ROWS = 40;

export function keyValueCandidates(ctx: ReadContext): CookieCandidate[] {
  const out: CookieCandidate[] = [];
  const section = makeSectionCategory(ctx.doc);
  for (const table of ctx.doc.tables) {
    const labelled = labelsOf(table);
    if (labelled === null) continue;
    let current: { fields: Map<Column, string>; type: string; offset: number } | null = null;
    const flush = (): void => {
      if (current === null) return;
      const c = toCandidate(current.fields, current.type, current.offset, ctx, section(table.offset));
      if (c !== null) out.push(c);
      current = null;
    };
    table.rows.forEach((row, i) => {
      const l = labelled[i];
      if (l === null || l === undefined) return;
      if (l.column === 'name') {
        flush();
        current = { fields: new Map(), type: '', offset: row[0]!.offset };
      }
      if (current === null) return;
      if (l.label === 'type') current.type = l.value;
      if (!current.fields.has(l.column)) current.fields.set(l.column, l.value);
    });
    flush();
  }
  return out;
}

/** Each row's label and value when the table is a key/value table, else null. */
export function labelsOf(table: ExtractedTable): ({ column: Column; label: string; value: string } | null)[] | null {
  if (table.rows.length < 2 || table.rows.length > MAX_ROWS) return null;
  const labelled = table.rows.map(labelOf);
  if (labelled.filter((l) => l !== null).length < Math.max(2, table.rows.length * 0.6)) return null;
  return labelled.some((l) => l?.column === 'name') && labelled.some((l) => l !== null && l.column !== 'name') ? labelled : null;
}

/** A row "Label | : | value": the column its label names and the value, or null. */
function labelOf(row: TableCell[]): { column: Column; label: string; value: string } | null {
  const cells = row.filter((c) => c.text !== '' && c.text !== ':');
  if (cells.length !== 2) return null;
  const label = cells[0]!.text.replace(/:$/, '');
  if (label.length > 40) return null;
  const cols = headerColumns([{ ...cells[0]!, text: label }]);
  const column = cols?.get('name') === 0 ? 'name' : columnOf(label);
  if (column === null) return null;
  return { column, label: label.toLowerCase(), value: cells[1]!.text };
}

function columnOf(label: string): Column | null {
  // headerColumns needs a name column; ask it with a dummy name cell beside the label
  const cols = headerColumns([{ text: label, header: true, offset: 0 }, { text: 'name', header: true, offset: 0 }]);
  if (cols === null) return null;
  for (const [column, i] of cols) if (i === 0) return column;
  return null;
}

function toCandidate(fields: Map<Column, string>, type: string, offset: number, ctx: ReadContext, sectionCategory: ReturnType<ReturnType<typeof makeSectionCategory>>): CookieCandidate | null {
  const set = namesFromCell(fields.get('name') ?? '');
  if (set.names.length + set.prefixes.length === 0) return null;
  const purposeRaw = fields.get('purpose') ?? null;
  const purpose = purposeRaw === null || /^[_\-\s]*$/.test(purposeRaw) ? null : trimQuote(purposeRaw);
  const label = fields.get('category');
  const lifetimeText = fields.get('lifetime');
  const c: CookieCandidate = {
    form: 'key-value',
    names: set.names,
    prefixes: set.prefixes,
    provider: fields.get('provider') ?? fields.get('domain') ?? null,
    purpose,
    category: (label === undefined ? null : categoryFromLabel(label)) ?? sectionCategory ?? categoryOfPurposeCell(purpose),
    lifetime: lifetimeText === undefined ? null : parseDuration(lifetimeText, ctx.lang),
    offset,
  };
  const storage = storageKind(type);
  if (storage !== null) c.storage = storage;
  return c;
}
