// Plain text (a saved policy, pasted text) to the same ExtractedDocument shape as HTML, so one
// parser reads both. Tab- or pipe-separated lines become table rows: that is how tables survive
// copying out of a browser. Stray HTML tags left in saved text are dropped.
import { headerColumns } from './cookie-table';
import { decodeEntities } from './entities';
import type { DocumentBlock, ExtractedDocument, ExtractedTable, TableCell } from './types';

const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?:\s[^<>]{0,500})?\/?>/g;
/**
 * Element names a saved page leaves in its text. Any other lower-case "<id>" is a placeholder
 * ("_ga_<id>", "_pk_id.<site>") that names a cookie's variable part and must stay.
 */
const HTML_TAGS = new Set(
  ('a abbr address article aside audio b bdi bdo blockquote body br button caption center cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li link main mark meta nav nobr ' +
    'noscript ol p path picture pre q s samp script section small source span strong style sub summary sup svg table tbody td template tfoot th ' +
    'thead time title tr u ul var video wbr').split(' '),
);

export function textToDocument(input: string): ExtractedDocument {
  const blocks: DocumentBlock[] = [];
  const tables: ExtractedTable[] = [];
  const parts: string[] = [];
  let len = 0;
  let table: ExtractedTable | null = null;
  let lastHeading: string | null = null;
  const lines = withoutFrontMatter(input.split(/\r\n|\r|\n/));
  const labelled = labelledRuns(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const pair = labelled.get(i);
    // a run of "Label: value" lines about one cookie reads as its key/value table
    if (pair !== undefined && pair.first) table = null;
    // a grid table's border (reStructuredText "+----+====+") sits between rows of one table
    if (pair === undefined && table !== null && GRID_BORDER.test(raw)) continue;
    // a grid row that only continues a cell of the row above ("|  | | the docs. | |") keeps the table going
    if (pair === undefined && table !== null && /^\s*\|.*\|\s*$/.test(raw) && splitCells(raw) === null) continue;
    const cells = pair !== undefined ? [pair.label, pair.value] : splitCells(raw);
    if (cells === null) {
      const text = clean(raw);
      table = null;
      if (text === '') continue;
      const offset = len === 0 ? 0 : len + 1;
      append(text);
      const listed = LIST_MARK.test(text);
      const heading = !listed && isHeading(text);
      if (heading) lastHeading = text;
      blocks.push({ kind: heading ? 'heading' : listed ? 'list-item' : 'line', text, offset, line: i + 1 });
      continue;
    }
    if (cells.every((c) => /^[-:=\s]*$/.test(c))) continue;
    const offset = len === 0 ? 0 : len + 1;
    if (table === null) {
      table = { caption: null, heading: lastHeading, rows: [], offset };
      tables.push(table);
    }
    const row: TableCell[] = [];
    let at = offset;
    for (const c of cells) {
      row.push({ text: c, header: table.rows.length === 0, offset: at });
      at += c.length + 1;
    }
    const text = cells.join('\t');
    append(text);
    blocks.push({ kind: 'table-row', text, offset, line: i + 1, table: tables.length - 1, row: table.rows.length });
    table.rows.push(row);
  }
  return { title: null, htmlLang: null, text: parts.join(''), blocks, tables, links: [], noscriptText: '', appRootMarkers: [] };

  function append(text: string): void {
    if (len > 0) {
      parts.push('\n');
      len++;
    }
    parts.push(text);
    len += text.length;
  }
}

/** Bullets of plain-text and Markdown lists ("- ", "* ", "• ", "1. "): kept in the text, read as list items. */
export const LIST_MARK = /^(?:[-*•+]|\d{1,2}[.)])\s+/;

/** A Markdown file's YAML/TOML front matter (title, slug, aliases) is metadata, not text; lines keep their numbers. */
function withoutFrontMatter(lines: string[]): string[] {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return lines;
  const end = lines.findIndex((l, i) => i > 0 && i < 60 && l.trim() === fence);
  if (end < 0) return lines;
  return lines.map((l, i) => (i <= end ? '' : l));
}

function clean(line: string): string {
  const untagged = line.replace(TAG_RE, (tag, name: string) => (HTML_TAGS.has(name.toLowerCase()) || /^[A-Z]/.test(name) ? ' ' : tag));
  return markdownToText(decodeEntities(untagged)).replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Markdown emphasis and escapes dropped ("\\_pk_id", "**bold**", "[text](url)"), code spans kept
 * in backticks: the readers take a code span as a name. "__" is bold only against a backtick,
 * because cookie names themselves open with "__" ("__utma").
 */
export function markdownToText(line: string): string {
  if (!/[\\*_`[]/.test(line)) return line;
  return line
    .replace(/\\([\\_*`#|[\]()<>~!.+-])/g, '$1')
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/__(?=`)|(?<=`)__/g, '')
    .replace(/(^|[\s(,+])_(?=`)/g, '$1')
    .replace(/(?<=`)_(?=[\s,.:;)+]|$)/g, '');
}

const GRID_BORDER = /^\s*\+[-=+:]{3,}\+\s*$/;
const LABEL_LINE = /^(?:[-*•+]\s+)?([\p{L}][\p{L} ./'’()-]{0,38}?)\s*:\s+(\S.*)$/u;

/**
 * Runs of "Label: value" lines ("**Cookie**: _ga", "**Duration**: 2 years") whose labels are a
 * cookie table's column words, with a name among them: the way Markdown writes a key/value table.
 */
function labelledRuns(lines: string[]): Map<number, { label: string; value: string; first: boolean }> {
  const out = new Map<number, { label: string; value: string; first: boolean }>();
  let run: { i: number; label: string; value: string }[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const cols = run.map((r) => labelColumn(r.label));
      const known = cols.filter((c) => c !== null).length;
      // a name and at least one other kind of fact: "Cookie name: _fbp. Provider: …" repeated is prose, not a table
      if (cols.includes('name') && new Set(cols.filter((c) => c !== null)).size >= 2 && known >= run.length * 0.6) {
        run.forEach((r, k) => out.set(r.i, { label: r.label, value: r.value, first: k === 0 || cols[k] === 'name' }));
      }
    }
    run = [];
  };
  lines.forEach((raw, i) => {
    if (raw.length > 600 || !raw.includes(':')) {
      flush();
      return;
    }
    const m = LABEL_LINE.exec(clean(raw));
    if (m === null) flush();
    else run.push({ i, label: m[1]!.trim(), value: m[2]!.trim() });
  });
  flush();
  return out;
}

function labelColumn(label: string): string | null {
  if (headerColumns([{ text: label, header: true, offset: 0 }])?.get('name') === 0) return 'name';
  // other columns are asked with a dummy name cell beside the label, as the key/value reader does
  const cols = headerColumns([{ text: label, header: true, offset: 0 }, { text: 'name', header: true, offset: 0 }]);
  if (cols === null) return null;
  for (const [column, i] of cols) if (i === 0) return column;
  return null;
}

/** Cells of a tab- or pipe-separated line, or null for an ordinary line. */
function splitCells(raw: string): string[] | null {
  let pieces: string[] | null = null;
  if (raw.includes('\t')) pieces = raw.split('\t');
  else if (/^\s*\|.*\|\s*$/.test(raw)) pieces = raw.trim().slice(1, -1).split('|');
  if (pieces === null) return null;
  const cells = pieces.map(clean);
  // Trailing empty cells are padding from the copied layout, not columns.
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.filter((c) => c !== '').length >= 2 ? cells : null;
}

/** Upper-case lines and markdown headings read as section titles, for "where" in quotes. */
function isHeading(text: string): boolean {
  if (text.startsWith('#')) return true;
  if (text.length > 120 || text.length < 4) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
