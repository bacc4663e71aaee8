// Plain text (a saved policy, pasted text) to the same ExtractedDocument shape as HTML, so one
// parser reads both. Tab- or pipe-separated lines become table rows: that is how tables survive
// copying out of a browser. Stray HTML tags left in saved text are dropped.
import { decodeEntities } from './entities';
import type { DocumentBlock, ExtractedDocument, ExtractedTable, TableCell } from './types';

const TAG_RE = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,500})?\/?>/g;

export function textToDocument(input: string): ExtractedDocument {
  const blocks: DocumentBlock[] = [];
  const tables: ExtractedTable[] = [];
  const parts: string[] = [];
  let len = 0;
  let table: ExtractedTable | null = null;
  let lastHeading: string | null = null;
  const lines = withoutFrontMatter(input.split(/\r\n|\r|\n/));
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const cells = splitCells(raw);
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
  return markdownToText(decodeEntities(line.replace(TAG_RE, ' '))).replace(/[\s\u00a0]+/g, ' ').trim();
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
