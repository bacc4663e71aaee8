// HTML to structured text: headings, paragraphs, list items and table rows (cells kept apart),
// plus links with their place on the page. Runs anywhere (Node, a service worker): no DOM.
import { tokenizeHtml } from './html-tokenizer';
import type { DocumentBlock, ExtractedDocument, ExtractedLink, ExtractedTable, TableCell, BlockKind } from './types';

const SKIP = new Set(['script', 'style', 'svg', 'math', 'template', 'iframe', 'object', 'head', 'select']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'br', 'hr', 'address', 'figure', 'figcaption', 'form',
  'details', 'summary', 'fieldset', 'legend', 'body', 'center', 'button', 'label',
]);
/** How deep a closing tag looks for its opening one. */
const MAX_CLOSE_SEARCH = 64;
const APP_ROOT_IDS = new Set(['root', 'app', '__next', '__nuxt', '___gatsby', 'q-app', 'svelte', 'react-root', 'application', 'main-app']);
const APP_ROOT_ATTRS = ['ng-app', 'ng-version', 'data-reactroot', 'data-v-app', 'data-server-rendered'];

interface OpenElement {
  name: string;
  skip: boolean;
  noscript: boolean;
  footer: boolean;
}

interface TableContext {
  index: number;
  table: ExtractedTable;
  row: { text: string; header: boolean; rowspan: number; colspan: number }[] | null;
  cell: { text: string; header: boolean; rowspan: number; colspan: number } | null;
  caption: string | null;
  /** Cells of earlier rows that span down into the next ones, by column ("Яндекс.Метрика" over two rows). */
  carry: Map<number, { text: string; header: boolean; left: number }>;
}

/** Spans above this are layout, not a declaration: kept small so a hostile table costs little. */
const MAX_SPAN = 50;

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** A row with the cells spanning into it from above put back in their columns, and wide cells padded. */
function placeRow(ctx: TableContext, row: { text: string; header: boolean; rowspan: number; colspan: number }[]): { text: string; header: boolean }[] {
  if (ctx.carry.size === 0 && row.every((c) => c.rowspan === 1 && c.colspan === 1)) return row;
  const out: { text: string; header: boolean }[] = [];
  let k = 0;
  for (let col = 0; (k < row.length || [...ctx.carry.keys()].some((c) => c >= col)) && col < 200; col++) {
    const carried = ctx.carry.get(col);
    if (carried !== undefined) {
      out.push({ text: carried.text, header: carried.header });
      if (--carried.left <= 0) ctx.carry.delete(col);
      continue;
    }
    const c = row[k++];
    if (c === undefined) {
      out.push({ text: '', header: false });
      continue;
    }
    out.push({ text: c.text, header: c.header });
    if (c.rowspan > 1) ctx.carry.set(col, { text: c.text, header: c.header, left: c.rowspan - 1 });
    for (let extra = 1; extra < c.colspan; extra++) out.push({ text: '', header: c.header });
    col += c.colspan - 1;
  }
  while (out.length > 0 && out[out.length - 1]!.text === '' && out.length > row.length) out.pop();
  return out;
}

const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export interface ExtractOptions {
  /** Elements whose class matches read as headings: consent managers title their sections with divs. */
  headingClass?: RegExp;
}

export function extractDocument(html: string, baseUrl?: string, options: ExtractOptions = {}): ExtractedDocument {
  const parts: string[] = [];
  let len = 0;
  const blocks: DocumentBlock[] = [];
  const tables: ExtractedTable[] = [];
  const links: ExtractedLink[] = [];
  const appRootMarkers: string[] = [];
  const stack: OpenElement[] = [];
  const tableStack: TableContext[] = [];
  let skip = 0;
  let noscript = 0;
  let footer = 0;
  let buf = '';
  let kind: BlockKind = 'paragraph';
  let level = 0;
  let title: string | null = null;
  let titleBuf: string | null = null;
  let htmlLang: string | null = null;
  let base = baseUrl;
  let noscriptText = '';
  let lastHeading: string | null = null;
  let link: { href: string; text: string; inFooter: boolean; offset: number } | null = null;

  const append = (text: string): number => {
    const offset = len === 0 ? 0 : len + 1;
    if (len > 0) parts.push('\n');
    parts.push(text);
    len = offset + text.length;
    return offset;
  };

  const flush = (): void => {
    const text = collapse(buf);
    buf = '';
    if (text !== '') {
      const block: DocumentBlock = { kind, text, offset: append(text) };
      if (kind === 'heading') {
        block.level = level;
        lastHeading = text;
      }
      blocks.push(block);
    }
    kind = 'paragraph';
  };

  const endCell = (ctx: TableContext): void => {
    if (ctx.cell !== null && ctx.row !== null) ctx.row.push({ ...ctx.cell, text: collapse(ctx.cell.text) });
    ctx.cell = null;
  };

  const endRow = (ctx: TableContext): void => {
    endCell(ctx);
    const row = ctx.row === null ? null : placeRow(ctx, ctx.row);
    ctx.row = null;
    if (row === null || !row.some((c) => c.text !== '')) return;
    const text = row.map((c) => c.text).join('\t');
    const offset = append(text);
    const cells: TableCell[] = [];
    let at = offset;
    for (const c of row) {
      cells.push({ text: c.text, header: c.header, offset: at });
      at += c.text.length + 1;
    }
    blocks.push({ kind: 'table-row', text, offset, table: ctx.index, row: ctx.table.rows.length });
    ctx.table.rows.push(cells);
  };

  const endTable = (): void => {
    const ctx = tableStack.pop();
    if (ctx === undefined) return;
    endRow(ctx);
    ctx.table.caption = ctx.caption === null ? null : collapse(ctx.caption) || null;
  };

  const resolve = (href: string): string => {
    if (base === undefined) return href;
    try {
      return new URL(href, base).href;
    } catch {
      return href;
    }
  };

  const appendText = (t: string): void => {
    const ctx = tableStack[tableStack.length - 1];
    if (ctx !== undefined && captionOpen) ctx.caption = (ctx.caption ?? '') + t;
    else if (ctx?.cell) ctx.cell.text += t;
    else buf += t;
    if (link !== null) link.text += t;
  };
  let captionOpen = false;

  tokenizeHtml(html, {
    start(name, attrs, selfClosing) {
      if (name === 'html') htmlLang = attrs.get('lang')?.toLowerCase() ?? htmlLang;
      if (name === 'base' && attrs.has('href') && base !== undefined) base = resolve(attrs.get('href') ?? '');
      if (name === 'title' && titleBuf === null && title === null) titleBuf = '';
      const id = attrs.get('id') ?? '';
      if (APP_ROOT_IDS.has(id)) appRootMarkers.push('#' + id);
      for (const a of APP_ROOT_ATTRS) if (attrs.has(a)) appRootMarkers.push('[' + a + ']');
      if (skip > 0 || name === 'title') {
        if (!VOID.has(name) && !selfClosing && skip > 0) stack.push({ name, skip: SKIP.has(name), noscript: false, footer: false });
        if (SKIP.has(name) && skip > 0 && !VOID.has(name) && !selfClosing) skip++;
        return;
      }
      const ctx = tableStack[tableStack.length - 1];
      if (name === 'table') {
        if (ctx === undefined) flush();
        const table: ExtractedTable = { caption: null, heading: lastHeading, rows: [], offset: len === 0 ? 0 : len + 1 };
        tableStack.push({ index: tables.length, table, row: null, cell: null, caption: null, carry: new Map() });
        tables.push(table);
      } else if (ctx !== undefined && name === 'caption') {
        ctx.caption = '';
        captionOpen = true;
      } else if (ctx !== undefined && name === 'tr') {
        endRow(ctx);
        ctx.row = [];
      } else if (ctx !== undefined && (name === 'td' || name === 'th')) {
        endCell(ctx);
        ctx.row ??= [];
        ctx.cell = { text: '', header: name === 'th', rowspan: span(attrs.get('rowspan')), colspan: span(attrs.get('colspan')) };
      } else if (BLOCK.has(name)) {
        if (ctx?.cell) ctx.cell.text += ' ';
        else {
          flush();
          if (/^h[1-6]$/.test(name)) {
            kind = 'heading';
            level = Number(name[1]);
          } else if (options.headingClass?.test(attrs.get('class') ?? '') === true) {
            kind = 'heading';
            level = 3;
          } else if (name === 'li' || name === 'dt' || name === 'dd') kind = 'list-item';
        }
      }
      if (name === 'a' && attrs.has('href')) {
        if (link !== null) links.push({ ...link, text: collapse(link.text) });
        link = { href: resolve(attrs.get('href') ?? ''), text: '', inFooter: footer > 0, offset: len + (buf.length > 0 ? 1 : 0) };
      }
      if (VOID.has(name) || selfClosing) return;
      const cls = (attrs.get('class') ?? '') + ' ' + id;
      const isFooter = name === 'footer' || attrs.get('role') === 'contentinfo' || /footer|podval/i.test(cls);
      const el: OpenElement = { name, skip: SKIP.has(name), noscript: name === 'noscript', footer: isFooter };
      stack.push(el);
      if (el.skip) skip++;
      if (el.noscript) noscript++;
      if (el.footer) footer++;
    },
    end(name) {
      let at = -1;
      // a stray closing tag is searched for only near the top: broken markup ("</p><td>" repeated)
      // would otherwise rescan an ever-deeper stack on every tag
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH; k--) {
        if (stack[k]!.name === name) {
          at = k;
          break;
        }
      }
      if (at >= 0) {
        while (stack.length > at) {
          const el = stack.pop()!;
          if (el.skip) skip--;
          if (el.noscript) noscript--;
          if (el.footer) footer--;
        }
      }
      if (name === 'title' && titleBuf !== null) {
        title = collapse(titleBuf) || null;
        titleBuf = null;
      }
      if (skip > 0) return;
      const ctx = tableStack[tableStack.length - 1];
      if (name === 'a' && link !== null) {
        links.push({ ...link, text: collapse(link.text) });
        link = null;
      } else if (name === 'caption') captionOpen = false;
      else if (ctx !== undefined && (name === 'td' || name === 'th')) endCell(ctx);
      else if (ctx !== undefined && name === 'tr') endRow(ctx);
      else if (name === 'table') endTable();
      else if (BLOCK.has(name)) {
        if (ctx?.cell) ctx.cell.text += ' ';
        else flush();
      }
    },
    text(t) {
      if (titleBuf !== null) {
        titleBuf += t;
        return;
      }
      if (skip > 0) return;
      if (noscript > 0) {
        noscriptText += t;
        return;
      }
      appendText(t);
    },
  });
  while (tableStack.length > 0) endTable();
  flush();
  if (link !== null) links.push({ ...(link as ExtractedLink), text: collapse((link as ExtractedLink).text) });
  return { title, htmlLang, text: parts.join(''), blocks, tables, links, noscriptText: collapse(noscriptText), appRootMarkers };
}
