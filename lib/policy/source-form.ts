// The forms a policy arrives in: HTML, plain text, Markdown, and page sources with template or
// component syntax left in (Blade/PHP tags, JSX `className`, `{' '}`), as users paste them or a
// repository holds them. Template syntax is dropped; markup-heavy text is read as HTML so its
// tables keep their rows and cells; everything else is read as text (Markdown included).
import { dataToText } from './data-document';
import { extractDocument } from './extract';
import { looseLiterals } from './loose-data';
import { textToDocument } from './text-document';
import type { ExtractedDocument } from './types';

/** Share of non-empty lines that open with markup above which text is a page source. */
const MARKUP_SHARE = 0.25;
const SAMPLE_LINES = 2000;

export function documentOf(input: { html?: string; text?: string; url: string | null }): ExtractedDocument {
  const source = input.html ?? input.text ?? '';
  const data = dataOf(source);
  // a file that is data through and through (JSON, a JS module of cookie objects) is read as its data alone
  if (data !== null && data.share >= DATA_SHARE && !isPageSource(source)) return textToDocument(data.text);
  let doc: ExtractedDocument;
  if (input.html !== undefined) doc = extractDocument(withoutTemplates(input.html), input.url ?? undefined);
  else if (isPageSource(source)) doc = extractDocument(withoutTemplates(withoutCode(source)), input.url ?? undefined);
  else doc = textToDocument(source);
  return data === null ? doc : appendDocument(doc, textToDocument(data.text));
}

/** Share of a source's characters inside data literals above which the file is data, not a page. */
const DATA_SHARE = 0.6;
/**
 * A key/value pair in code: `name: '_ga'`, `"expiry": "2 years"`. Cheap test before the data is
 * read; the key's length is bounded, or a long run of letters costs quadratic time to reject.
 */
const DATA_HINT = /(?<![\w$])["']?[A-Za-z_$][\w$-]{0,60}["']?[ \t]*(?::|=>)[ \t]*["'`/[{]/;

/** The cookie rows and name lists in the source's object and array literals, as text, with the literals' share of the source. */
function dataOf(source: string): { text: string; share: number } | null {
  if (!DATA_HINT.test(source) || !/cookie|name|key/i.test(source)) return null;
  const found = looseLiterals(source);
  if (found.length === 0) return null;
  const text = dataToText(found.map((f) => f.value));
  if (text === '') return null;
  const inside = found.reduce((n, f) => n + (f.end - f.start), 0);
  return { text, share: inside / Math.max(1, source.trim().length) };
}

/** Two documents as one: the second's offsets moved past the first's text. */
export function appendDocument(a: ExtractedDocument, b: ExtractedDocument): ExtractedDocument {
  const shift = a.text.length + 1;
  const tableShift = a.tables.length;
  return {
    ...a,
    text: `${a.text}\n${b.text}`,
    blocks: [...a.blocks, ...b.blocks.map((x) => ({ ...x, offset: x.offset + shift, ...(x.table === undefined ? {} : { table: x.table + tableShift }) }))],
    tables: [...a.tables, ...b.tables.map((t) => ({ ...t, offset: t.offset + shift, rows: t.rows.map((r) => r.map((c) => ({ ...c, offset: c.offset + shift }))) }))],
    links: [...a.links, ...b.links.map((l) => ({ ...l, offset: l.offset + shift }))],
  };
}

/** Text whose lines mostly open with tags (a .tsx, .blade.php or saved .html read as text). */
export function isPageSource(text: string): boolean {
  let lines = 0;
  let markup = 0;
  let at = 0;
  while (at < text.length && lines < SAMPLE_LINES) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trimStart();
    at = end + 1;
    if (line === '') continue;
    lines++;
    if (/^(?:<\/?[A-Za-z][\w.-]*[\s>/]|<\/?>|\{\/\*|\{\{|@[a-z]+)/.test(line)) markup++;
  }
  return lines >= 5 && markup / lines >= MARKUP_SHARE;
}

const SFC_OPEN = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*<template[\s>]/;

const TEMPLATE_RES: RegExp[] = [
  /<\?(?:php|=)[\s\S]*?(?:\?>|$)/g, // PHP blocks and echoes
  /\{\{--[\s\S]*?--\}\}/g, // Blade comments
  /\{!![\s\S]{0,500}?!!\}/g, // Blade raw echoes
  /\{\{[^{}]{0,500}\}\}/g, // Blade echoes (and JSX double-brace style objects inside tags)
  /\{\s*\/\*[\s\S]*?\*\/\s*\}/g, // JSX comments
  /^[ \t]*@(?:if|elseif|else|endif|foreach|endforeach|for|endfor|section|endsection|extends|include|yield|push|endpush|php|endphp|csrf|auth|endauth|guest|endguest)\b.*$/gm,
];

/** Template and component syntax removed; JSX spacing `{' '}` kept as a space. */
export function withoutTemplates(source: string): string {
  let s = source.replace(/\{\s*(['"`])(\s*)\1\s*\}/g, ' ');
  // a single-file component (Vue, Svelte) opens with <template>: there it is the page, not inert markup
  if (SFC_OPEN.test(s)) s = s.replace(/<\/?template\b[^<>]{0,300}>/g, ' ');
  for (const re of TEMPLATE_RES) s = s.replace(re, ' ');
  return s;
}

/** Lines of script around a component's markup (imports, declarations, closing braces). */
function withoutCode(text: string): string {
  if (!/className=|<\/?[A-Z][A-Za-z]+[\s/>]|=>\s*[{(]/.test(text)) return text;
  return text.replace(
    /^[ \t]*(?:import\s.*|export\s+(?:default\s+)?(?:const|function|class|type|interface)\b.*|(?:const|let|var)\s+\w+\s*=.*|return\s*\(?\s*|['"]use [a-z]+['"];?|[})\]]+\s*[;,)]*\s*|\w+\.\w+\(.*\);?)$/gm,
    '',
  );
}
