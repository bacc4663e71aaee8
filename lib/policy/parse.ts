// One policy source (HTML, text, Markdown, a page source with template syntax) to Declarations, as
// a short pipeline: the source form becomes a document; one extractor per form (column table,
// key/value table, flattened row, list item, prose sentence) gives candidate rows with their
// quotes; denials are read; one resolver merges the candidates into declared cookies. Vendors,
// categories and statements are read from the text around them.
import type { Category, Declarations, PolicyLanguage, PolicySource } from '../model/types';
import { declaredCategories } from './declared-categories';
import { detectLanguage } from './language';
import { makeLocator } from './locate';
import { columnTableCandidates } from './read/column-table';
import type { CookieCandidate, ReadContext } from './read/context';
import { inSpans, readDenials } from './read/denials';
import { flatRowCandidates } from './read/flat-row';
import { keyValueCandidates } from './read/key-value-table';
import { listItemCandidates } from './read/list-item';
import { proseCandidates } from './read/prose';
import { resolveCookies } from './read/resolve';
import { sentences, type Sentence } from './sentences';
import { sha256Hex } from './sha256';
import { documentOf } from './source-form';
import { declaredStatements } from './statements';
import type { ExtractedDocument, ParsePolicyInput, PolicyDeps } from './types';
import { declaredVendors, makeVendorResolver, safeFind, vendorsOfCookies } from './vendors';

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
  const doc = documentOf(input);
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

const EXTRACTORS: ReadonlyArray<(ctx: ReadContext) => CookieCandidate[]> = [
  keyValueCandidates,
  columnTableCandidates,
  flatRowCandidates,
  listItemCandidates,
  proseCandidates,
];

export function declarationsFromDocument(doc: ExtractedDocument, meta: DocumentMeta, deps: PolicyDeps): Declarations {
  const lang = meta.lang ?? languageOf(doc);
  const source: PolicySource = { url: meta.url, sha256: meta.sha256, language: lang, kind: meta.kind };
  if (meta.fetchedAt !== undefined) source.fetchedAt = meta.fetchedAt;
  if (meta.truncated !== undefined) source.truncated = meta.truncated;
  if (doc.title !== null) source.title = doc.title;
  const loc = makeLocator(doc);
  const ctx: ReadContext = { doc, lang, loc, knownCookie: deps.knownCookie ?? (() => null), sentences: [...sentences(doc.blocks)] };
  const candidates = EXTRACTORS.flatMap((extract) => extract(ctx));
  const mentions = safeFind(deps.findVendorMentions, doc.text, lang);
  const { denied, spans } = readDenials(ctx.sentences, mentions, ctx.knownCookie, loc);
  const inDenial = (offset: number): boolean => inSpans(spans, offset);
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies = resolveCookies(candidates, denied, ctx, resolver);
  // cookie rows are read as rows: prose rules must not read "session cookie" in a row as a statement
  const rowOffsets = new Set(candidates.filter((c) => c.form !== 'prose' && c.form !== 'list').map((c) => loc.block(c.offset)?.offset ?? c.offset));
  const prose = (): Sentence[] => ctx.sentences.filter((s) => !rowOffsets.has(s.block.offset));
  const declared: Declarations = {
    sources: [source],
    cookies,
    vendors: vendorsOfCookies(declaredVendors(doc.text, lang, deps.findVendorMentions, loc, inDenial, mentions), cookies, deps.findVendorMentions, lang, vendorNames(ctx, cookies)),
    categories: declaredCategories(withoutDenials(prose(), inDenial), loc),
    statements: declaredStatements(prose(), loc, doc.links, meta.kind),
  };
  const deniedCategories = new Set<Category>(denied.filter((d) => d.kind === 'category').map((d) => d.value as Category));
  declared.categories = declared.categories.filter((c) => !deniedCategories.has(c.category) || cookies.some((k) => k.category === c.category));
  if (denied.length > 0) declared.denied = denied;
  return declared;
}

/** Sentences outside denials: "we do not use advertising cookies" declares no category. */
function* withoutDenials<S extends { offset: number; text: string }>(sents: Iterable<S>, inDenial: (offset: number) => boolean): Generator<S> {
  for (const s of sents) if (!inDenial(s.offset) && !inDenial(s.offset + s.text.length - 1)) yield s;
}

/** Display names of vendors the knowledge base gave cookies, by id. */
function vendorNames(ctx: ReadContext, cookies: Declarations['cookies']): (id: string) => string | null {
  const names = new Map<string, string>();
  for (const c of cookies) for (const n of c.names) {
    const k = ctx.knownCookie(n);
    if (k?.vendor && k.vendorName) names.set(k.vendor, k.vendorName);
  }
  return (id) => names.get(id) ?? null;
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
    // A denial in either document stays a denial; absent on both sides stays absent (older exports).
    ...(a.denied || b.denied ? { denied: [...(a.denied ?? []), ...(b.denied ?? []).map(moved)] } : {}),
  };
}
