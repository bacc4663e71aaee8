// Vendors named in a policy, through the knowledge base's aliases (lib/classify's
// findVendorMentions, injected). One declaration per vendor, quoting its first mention.
import type { DeclaredCookie, DeclaredVendor, FindVendorMentions, PolicyLanguage } from '../model/types';
import type { Locator } from './locate';

export interface VendorResolver {
  /** The vendor a cookie row names: its provider cell first, else its purpose text. */
  resolve(provider: string | null, purpose: string | null, names: string[]): string | null;
}

export function makeVendorResolver(find: FindVendorMentions, lang: PolicyLanguage): VendorResolver {
  // tables repeat the same provider on many rows; one lookup per distinct text
  const memo = new Map<string, string | null>();
  const first = (text: string | null): string | null => {
    if (text === null || text === '') return null;
    let hit = memo.get(text);
    if (hit === undefined) {
      hit = safeFind(find, text, lang)[0]?.vendor ?? null;
      memo.set(text, hit);
    }
    return hit;
  };
  return {
    resolve(provider, purpose) {
      return first(provider) ?? first(purpose);
    },
  };
}

/** Vendors named in the text, skipping mentions inside denials ([start, end) spans): "we do not use X" declares nothing. */
export function declaredVendors(text: string, lang: PolicyLanguage, find: FindVendorMentions, loc: Locator, inDenial: (offset: number) => boolean = () => false, mentions = safeFind(find, text, lang)): DeclaredVendor[] {
  const out: DeclaredVendor[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.vendor)) continue;
    if (inDenial(m.offset)) continue;
    seen.add(m.vendor);
    out.push({
      vendor: m.vendor,
      name: m.name,
      matched: m.matched,
      quote: loc.quote(m.offset, m.length),
      location: loc.at(m.offset),
    });
  }
  return out;
}

/** A knowledge base bug must not cost the user the rest of the declaration. */
export function safeFind(find: FindVendorMentions, text: string, lang: PolicyLanguage): ReturnType<FindVendorMentions> {
  try {
    return find(text, lang).slice().sort((a, b) => a.offset - b.offset);
  } catch {
    return [];
  }
}

/** Vendors that declared cookies belong to (a Cookiebot row's provider, a name the knowledge base knows), added once. */
export function vendorsOfCookies(vendors: DeclaredVendor[], cookies: readonly DeclaredCookie[], find: FindVendorMentions, lang: PolicyLanguage, nameOf: (id: string) => string | null = () => null): DeclaredVendor[] {
  const seen = new Set(vendors.map((v) => v.vendor));
  const out = [...vendors];
  for (const c of cookies) {
    if (c.vendor === null || seen.has(c.vendor)) continue;
    seen.add(c.vendor);
    const named = c.provider === null ? undefined : safeFind(find, c.provider, lang).find((m) => m.vendor === c.vendor);
    out.push({ vendor: c.vendor, name: named?.name ?? nameOf(c.vendor) ?? c.vendor, matched: named?.matched ?? (c.provider ?? c.names[0] ?? c.vendor), quote: c.quote, location: c.location });
  }
  return out;
}
