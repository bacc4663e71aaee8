import type { DeclaredCookie, DeclaredStatement, DeclaredVendor, Declarations, DeniedItem } from '../model/types';
import { nameShape, parseDeclaredName } from './name-pattern';

/** One declared name and the row it came from (a row may declare several names). */
export interface NameEntry {
  declared: DeclaredCookie;
  name: string;
}

interface PatternEntry extends NameEntry {
  regex: RegExp;
}

/**
 * Declarations turned into lookup tables once per comparison, so matching 1,000 observed cookies
 * costs map lookups, not a scan of every row for every cookie.
 */
export interface DeclarationIndex {
  exact: Map<string, NameEntry>;
  lower: Map<string, NameEntry>;
  prefixes: Map<string, NameEntry>;
  lowerPrefixes: Map<string, NameEntry>;
  /** Distinct prefix lengths, longest first: the longest declared prefix wins. */
  prefixLengths: number[];
  patterns: PatternEntry[];
  shapes: Map<string, NameEntry>;
  /** Vendor id -> the declaration that names it (a vendor mention, else a cookie row). */
  vendors: Map<string, DeclaredVendor | DeclaredCookie>;
  /** Literal names in declaration order, for declared-not-observed. */
  literalNames: NameEntry[];
  /** Vendors from Declarations.vendors, first mention of each. */
  namedVendors: DeclaredVendor[];
  sessionOnly: DeclaredStatement | null;
  /** True when the policy names at least one cookie (name, prefix or pattern) or vendor. */
  hasCookieList: boolean;
  /** Vendor id -> the policy's statement that the site does not use it, first one of each. */
  deniedVendors: Map<string, DeniedItem>;
}

// First declaration wins: a later row repeating a name (seed 003 lists ANID twice) must not
// silently replace the one the auditor sees first.
function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function addPrefix(index: DeclarationIndex, prefix: string, entry: NameEntry): void {
  if (prefix.length === 0) return;
  setOnce(index.prefixes, prefix, entry);
  setOnce(index.lowerPrefixes, prefix.toLowerCase(), entry);
}

function buildIndex(declarations: Declarations): DeclarationIndex {
  const index: DeclarationIndex = {
    exact: new Map(),
    lower: new Map(),
    prefixes: new Map(),
    lowerPrefixes: new Map(),
    prefixLengths: [],
    patterns: [],
    shapes: new Map(),
    vendors: new Map(),
    literalNames: [],
    namedVendors: [],
    sessionOnly: null,
    hasCookieList: false,
    deniedVendors: new Map(),
  };
  // What the policy says the site does not use never counts as declared, even when the same text
  // also names it ("we no longer use Google Analytics" is a vendor mention and a denial at once):
  // a denied vendor must not cover its cookies, and must not be "declared, not seen".
  const deniedCookies = new Set<string>();
  for (const item of declarations.denied ?? []) {
    if (item.kind === 'vendor') setOnce(index.deniedVendors, item.value, item);
    else if (item.kind === 'cookie') deniedCookies.add(item.value);
  }
  for (const vendor of declarations.vendors) {
    if (index.vendors.has(vendor.vendor) || index.deniedVendors.has(vendor.vendor)) continue;
    index.vendors.set(vendor.vendor, vendor);
    index.namedVendors.push(vendor);
  }
  for (const declared of declarations.cookies) {
    for (const raw of declared.names) {
      if (deniedCookies.has(raw.trim())) continue;
      const form = parseDeclaredName(raw);
      if (form.kind === 'exact') {
        if (form.name.length === 0) continue;
        const entry = { declared, name: form.name };
        if (!index.exact.has(form.name)) index.literalNames.push(entry);
        setOnce(index.exact, form.name, entry);
        setOnce(index.lower, form.name.toLowerCase(), entry);
        const shape = nameShape(form.name);
        if (shape !== null) setOnce(index.shapes, shape, entry);
      } else if (form.kind === 'prefix') {
        addPrefix(index, form.prefix, { declared, name: raw.trim() });
      } else {
        index.patterns.push({ declared, name: raw.trim(), regex: form.regex });
      }
    }
    for (const prefix of declared.prefixes) {
      if (!deniedCookies.has(`${prefix}*`)) addPrefix(index, prefix, { declared, name: `${prefix}*` });
    }
    if (declared.vendor !== null && !index.deniedVendors.has(declared.vendor)) setOnce(index.vendors, declared.vendor, declared);
  }
  const lengths = new Set<number>();
  for (const prefix of index.prefixes.keys()) lengths.add(prefix.length);
  index.prefixLengths = [...lengths].sort((a, b) => b - a);
  index.sessionOnly = declarations.statements.find((s) => s.kind === 'session-only') ?? null;
  index.hasCookieList =
    index.exact.size > 0 || index.prefixes.size > 0 || index.patterns.length > 0 || index.vendors.size > 0;
  return index;
}

/** Builds the index; computeFindings calls it once per comparison. */
export function indexDeclarations(declarations: Declarations): DeclarationIndex {
  return buildIndex(declarations);
}

interface CachedIndex {
  fingerprint: string;
  index: DeclarationIndex;
}

const cache = new WeakMap<Declarations, CachedIndex>();

function fingerprint(d: Declarations): string {
  return `${d.cookies.length}/${d.vendors.length}/${d.statements.length}/${d.denied?.length ?? 0}/${d.cookies[0]?.names.join(',') ?? ''}`;
}

/**
 * For one-off lookups (a popup row asking "is this cookie declared?"): reuses the index while the
 * same Declarations object keeps its shape. A Svelte state proxy keeps its identity when edited,
 * so the row counts are checked too rather than trusting identity alone.
 */
export function cachedIndex(declarations: Declarations): DeclarationIndex {
  const print = fingerprint(declarations);
  const hit = cache.get(declarations);
  if (hit !== undefined && hit.fingerprint === print) return hit.index;
  const index = buildIndex(declarations);
  cache.set(declarations, { fingerprint: print, index });
  return index;
}
