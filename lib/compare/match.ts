import type { DeclaredCookie, DeclaredVendor, Declarations } from '../model/types';
import { cachedIndex, type DeclarationIndex, type NameEntry } from './declaration-index';
import { nameShape } from './name-pattern';

/** How an observed cookie was found in the declaration; the strongest way wins. */
export type MatchHow = 'exact' | 'case-insensitive' | 'prefix' | 'pattern' | 'shape' | 'vendor';

export type CookieMatch =
  | { how: Exclude<MatchHow, 'vendor'>; entry: NameEntry }
  | { how: 'vendor'; declared: DeclaredVendor | DeclaredCookie };

function longestPrefix(name: string, lengths: number[], table: Map<string, NameEntry>): NameEntry | null {
  for (const length of lengths) {
    if (length > name.length) continue;
    const entry = table.get(name.slice(0, length));
    if (entry !== undefined) return entry;
  }
  return null;
}

/**
 * Matching order, strongest first:
 *  1. the exact name, case-sensitive (cookie names are case-sensitive in browsers);
 *  2. the same name ignoring case (policies retype names: "_YM_UID", "Sid");
 *  3. the longest declared prefix ("_ga_" from "_ga_*" or "_ga_<container-id>"), case-sensitive
 *     then not;
 *  4. a declared pattern with a placeholder in the middle ("mp_{token}_mixpanel");
 *  5. the name's shape: id-like tokens replaced ("_gat_gtag_UA_135248891_1" covers
 *     "_gat_gtag_UA_999_1"), only when the declared name has such a token;
 *  6. the cookie's vendor, when the policy names that vendor or a row is attributed to it
 *     (a policy naming "Яндекс Метрика" declares _ym_uid, _ym_d, yandexuid).
 */
export function matchCookie(name: string, vendor: string | null, index: DeclarationIndex): CookieMatch | null {
  const exact = index.exact.get(name);
  if (exact !== undefined) return { how: 'exact', entry: exact };
  const lowerName = name.toLowerCase();
  const lower = index.lower.get(lowerName);
  if (lower !== undefined) return { how: 'case-insensitive', entry: lower };
  if (index.prefixLengths.length > 0) {
    const prefix =
      longestPrefix(name, index.prefixLengths, index.prefixes) ??
      longestPrefix(lowerName, index.prefixLengths, index.lowerPrefixes);
    if (prefix !== null) return { how: 'prefix', entry: prefix };
  }
  for (const pattern of index.patterns) {
    if (pattern.regex.test(name)) return { how: 'pattern', entry: pattern };
  }
  if (index.shapes.size > 0) {
    const shape = nameShape(name);
    const entry = shape === null ? undefined : index.shapes.get(shape);
    if (entry !== undefined) return { how: 'shape', entry };
  }
  if (vendor !== null) {
    const declared = index.vendors.get(vendor);
    if (declared !== undefined) return { how: 'vendor', declared };
  }
  return null;
}

/** The declaration that covers an observed cookie, or null when it is undeclared. */
export function matchDeclaredCookie(
  name: string,
  vendor: string | null,
  declarations: Declarations,
): DeclaredCookie | DeclaredVendor | null {
  const match = matchCookie(name, vendor, cachedIndex(declarations));
  if (match === null) return null;
  return match.how === 'vendor' ? match.declared : match.entry.declared;
}

/** The declared row behind a name match; vendor matches carry no per-cookie lifetime or category. */
export function matchedRow(match: CookieMatch | null): { row: DeclaredCookie; name: string } | null {
  if (match === null || match.how === 'vendor') return null;
  return { row: match.entry.declared, name: match.entry.name };
}
