// One resolver for the candidates of every extractor: a name declared by a table row is not
// declared again by a sentence; a candidate without a lifetime takes the lifetime another
// candidate states for the same name, else the document's default ("all cookies expire after two
// years"); its category comes from the row, the section or the purpose; its vendor from the
// provider, the purpose or the knowledge base; denied names are dropped.
import type { DeclaredCookie, DeniedItem, Duration } from '../../model/types';
import { categoryOfPurposeCell } from '../category-lexicon';
import type { VendorResolver } from '../vendors';
import { FORM_RANK, type CookieCandidate, type ReadContext } from './context';
import { ALL_COOKIES } from './cues';
import { lifetimeInText } from './lifetime-in-text';

/** A declaration longer than this is junk or a repeated page; the rest is not read (bounds work on 1 MB inputs). */
const MAX_COOKIES = 5000;

export function resolveCookies(candidates: CookieCandidate[], denied: DeniedItem[], ctx: ReadContext, vendors: VendorResolver): DeclaredCookie[] {
  const deniedNames = new Set(denied.filter((d) => d.kind === 'cookie').map((d) => d.value.toLowerCase()));
  // Array.prototype.sort is stable: within a form, document order stays
  const ordered = candidates.slice().sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form]);
  // the lifetime each name is given anywhere, by the best form that gives one
  const lifetimes = new Map<string, Duration>();
  for (const c of ordered) {
    if (c.lifetime === null) continue;
    for (const key of keys(c)) if (!lifetimes.has(key)) lifetimes.set(key, c.lifetime);
  }
  const fallback = documentDefault(ctx);
  const claimed = new Set<string>();
  const out: { cookie: DeclaredCookie; offset: number }[] = [];
  for (const c of ordered) {
    if (out.length >= MAX_COOKIES) break;
    // table forms keep their rows whole (a row may repeat a name); looser forms add only new names
    const fresh = (key: string): boolean => !deniedNames.has(key.slice(2)) && (FORM_RANK[c.form] <= 1 || !claimed.has(key));
    const names = c.names.filter((n) => fresh('n:' + n.toLowerCase()));
    const prefixes = c.prefixes.filter((p) => fresh('p:' + p.toLowerCase()));
    if (names.length + prefixes.length === 0) continue;
    for (const n of names) claimed.add('n:' + n.toLowerCase());
    for (const p of prefixes) claimed.add('p:' + p.toLowerCase());
    if (c.lifetime === null && FORM_RANK[c.form] >= 2 && names.length + prefixes.length > 1) {
      // a sentence naming several cookies without a lifetime: each takes the lifetime stated for it elsewhere
      for (const n of names) out.push({ cookie: declare(c, [n], [], ctx, vendors, firstLifetime(['n:' + n.toLowerCase()], lifetimes) ?? fallback), offset: c.offset });
      for (const p of prefixes) out.push({ cookie: declare(c, [], [p], ctx, vendors, firstLifetime(['p:' + p.toLowerCase()], lifetimes) ?? fallback), offset: c.offset });
      continue;
    }
    const lifetime = c.lifetime ?? firstLifetime([...names.map((n) => 'n:' + n.toLowerCase()), ...prefixes.map((p) => 'p:' + p.toLowerCase())], lifetimes) ?? fallback;
    out.push({ cookie: declare(c, names, prefixes, ctx, vendors, lifetime), offset: c.offset });
  }
  return out.sort((a, b) => a.offset - b.offset).map((x) => x.cookie);
}

function declare(c: CookieCandidate, names: string[], prefixes: string[], ctx: ReadContext, vendors: VendorResolver, lifetime: Duration | null): DeclaredCookie {
  const cookie: DeclaredCookie = {
    names,
    prefixes,
    provider: c.provider,
    vendor: vendors.resolve(c.provider, c.purpose, names) ?? knownVendor(names, ctx)?.vendor ?? null,
    purpose: c.purpose,
    category: c.category ?? categoryOfPurposeCell(c.purpose),
    lifetime,
    quote: ctx.loc.quote(c.offset),
    location: ctx.loc.at(c.offset),
  };
  if (c.storage !== undefined && c.storage !== 'cookie') cookie.storage = c.storage;
  return cookie;
}

function keys(c: CookieCandidate): string[] {
  return [...c.names.map((n) => 'n:' + n.toLowerCase()), ...c.prefixes.map((p) => 'p:' + p.toLowerCase())];
}

function firstLifetime(keys: string[], lifetimes: Map<string, Duration>): Duration | null {
  for (const k of keys) {
    const d = lifetimes.get(k);
    if (d !== undefined) return d;
  }
  return null;
}

function knownVendor(names: string[], ctx: ReadContext): { vendor: string; vendorName: string | null } | null {
  for (const n of names) {
    const k = ctx.knownCookie(n);
    if (k?.vendor) return { vendor: k.vendor, vendorName: k.vendorName };
  }
  return null;
}

const ALL_WORD = /all|все|всі|усі|барлық/;

/** A lifetime the text gives every cookie at once, or null. */
function documentDefault(ctx: ReadContext): Duration | null {
  for (const s of ctx.sentences) {
    if (s.block.kind === 'table-row' || s.lower.length > 600 || !ALL_WORD.test(s.lower) || !ALL_COOKIES.test(s.lower)) continue;
    const d = lifetimeInText(s.text, ctx.lang);
    if (d !== null && (d.kind === 'fixed' || d.kind === 'range')) return d;
  }
  return null;
}
