// One policy source (HTML, text, pasted text) to Declarations: cookie tables and flattened rows,
// vendors named anywhere, categories and statements. Every item quotes its source text and says
// where it stands.
import type { Category, DeclaredCookie, Declarations, PolicyLanguage, PolicySource } from '../model/types';
import { categoryFromLabel, categoryFromText } from './category-lexicon';
import { cookiesFromTable, draftToCookie } from './cookie-table';
import { declaredCategories } from './declared-categories';
import { extractDocument } from './extract';
import { parseFlatRow } from './flat-rows';
import { detectLanguage } from './language';
import { makeLocator, trimQuote } from './locate';
import { sentences } from './sentences';
import { sha256Hex } from './sha256';
import { declaredStatements } from './statements';
import { textToDocument } from './text-document';
import type { ExtractedDocument, ParsePolicyInput, PolicyDeps } from './types';
import { declaredVendors, makeVendorResolver } from './vendors';

export interface DocumentMeta {
  url: string | null;
  kind: PolicySource['kind'];
  sha256: string;
  lang?: PolicyLanguage;
  fetchedAt?: string;
  truncated?: boolean;
}

export function parsePolicy(input: ParsePolicyInput, deps: PolicyDeps): Declarations {
  const raw = input.html ?? input.text ?? '';
  const doc = input.html !== undefined ? extractDocument(input.html, input.url ?? undefined) : textToDocument(raw);
  const meta: DocumentMeta = { url: input.url, kind: input.kind, sha256: sha256Hex(raw) };
  if (input.lang !== undefined) meta.lang = input.lang;
  if (input.fetchedAt !== undefined) meta.fetchedAt = input.fetchedAt;
  if (input.truncated !== undefined) meta.truncated = input.truncated;
  return declarationsFromDocument(doc, meta, deps);
}

/** Pasted text in the popup or options page: the same parser, labelled as pasted. */
export function parsePastedText(text: string, deps: PolicyDeps, lang?: PolicyLanguage): Declarations {
  const input: ParsePolicyInput = { text, url: null, kind: 'pasted' };
  if (lang !== undefined) input.lang = lang;
  return parsePolicy(input, deps);
}

export function declarationsFromDocument(doc: ExtractedDocument, meta: DocumentMeta, deps: PolicyDeps): Declarations {
  const lang = meta.lang ?? languageOf(doc);
  const source: PolicySource = { url: meta.url, sha256: meta.sha256, language: lang, kind: meta.kind };
  if (meta.fetchedAt !== undefined) source.fetchedAt = meta.fetchedAt;
  if (meta.truncated !== undefined) source.truncated = meta.truncated;
  if (doc.title !== null) source.title = doc.title;
  const loc = makeLocator(doc);
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies: DeclaredCookie[] = [];
  // cookie rows are read as rows; prose rules must not read "session cookie" in a row as a statement
  const rowOffsets = new Set<number>();

  doc.tables.forEach((table) => {
    const label = table.caption ?? table.heading;
    const headingCategory = label !== null && label.length < 80 ? categoryFromLabel(label) : null;
    for (const draft of cookiesFromTable(table, lang, headingCategory)) {
      cookies.push(draftToCookie(draft, lang, loc, resolver));
      rowOffsets.add(loc.block(draft.offset)?.offset ?? draft.offset);
    }
  });
  for (const block of doc.blocks) {
    if (block.kind === 'table-row' || block.kind === 'heading') continue;
    const row = parseFlatRow(block.text, lang);
    if (row === null) continue;
    rowOffsets.add(block.offset);
    const purpose = row.purpose === '' ? null : trimQuote(row.purpose);
    cookies.push({
      names: row.set.names,
      prefixes: row.set.prefixes,
      provider: null,
      vendor: resolver.resolve(null, purpose, row.set.names),
      purpose,
      category: purpose === null ? null : categoryFromText(purpose),
      lifetime: row.lifetime,
      quote: loc.quote(block.offset),
      location: loc.at(block.offset),
    });
  }
  return {
    sources: [source],
    cookies,
    vendors: declaredVendors(doc.text, lang, deps.findVendorMentions, loc),
    categories: declaredCategories(sentences(doc.blocks, rowOffsets), loc),
    statements: declaredStatements(sentences(doc.blocks, rowOffsets), loc, doc.links, meta.kind),
  };
}

function languageOf(doc: ExtractedDocument): PolicyLanguage {
  const detected = detectLanguage(doc.text);
  if (detected !== 'unknown' || doc.htmlLang === null) return detected;
  const code = doc.htmlLang.slice(0, 2);
  return code === 'ru' || code === 'uk' || code === 'en' || code === 'kk' || code === 'de' ? code : 'unknown';
}

/** Two declarations as one (a privacy policy and the cookie policy it points to). */
export function mergeDeclarations(a: Declarations, b: Declarations): Declarations {
  const shift = a.sources.length;
  const moved = <T extends { location: { source: number; offset: number; where: string } }>(x: T): T => ({
    ...x,
    location: { ...x.location, source: x.location.source + shift },
  });
  const vendorIds = new Set(a.vendors.map((v) => v.vendor));
  const cats = new Set<Category>(a.categories.map((c) => c.category));
  const kinds = new Set(a.statements.map((s) => s.kind));
  return {
    sources: [...a.sources, ...b.sources],
    cookies: [...a.cookies, ...b.cookies.map(moved)],
    vendors: [...a.vendors, ...b.vendors.filter((v) => !vendorIds.has(v.vendor)).map(moved)],
    categories: [...a.categories, ...b.categories.filter((c) => !cats.has(c.category)).map(moved)],
    statements: [...a.statements, ...b.statements.filter((s) => !kinds.has(s.kind)).map(moved)],
  };
}
