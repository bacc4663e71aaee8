// Cookiebot's cookie declaration as its script holds it in the page: CookieConsentDialog.
// cookieTableNecessary / Preference / Statistics / Advertising / Unclassified, one array per
// category, each row [name, provider, purpose, expiry, type name, type id, ...] ("HTTP" cookies,
// "HTML" local storage, "Pixel" trackers, kept as the item's `storage` kind). The page hook copies
// the five arrays as they are.
import type { Category, DeclaredCategory, DeclaredCookie, Declarations } from '../../model/types';
import { addPattern, type NameSet } from '../cookie-names';
import { parseDuration } from '../duration';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';
import { makeVendorResolver } from '../vendors';
import { SyntheticText, isRecord, plain } from './synthetic';
import { toLanguage } from './vanilla';

/** The five tables and the category each stands for (Cookiebot's "preferences" are functional). */
export const COOKIEBOT_TABLES: ReadonlyArray<[key: string, category: Category]> = [
  ['cookieTableNecessary', 'necessary'],
  ['cookieTablePreference', 'functional'],
  ['cookieTableStatistics', 'analytics'],
  ['cookieTableAdvertising', 'marketing'],
  ['cookieTableUnclassified', 'unknown'],
];

/** The row's type: "HTTP Cookie" (id 1), "HTML Local Storage" (2), "Pixel Tracker" (5)... */
function storageOf(type: string, id: unknown): DeclaredCookie['storage'] {
  if (/session\s*storage/i.test(type)) return 'sessionStorage';
  if (id === 2 || /local\s*storage|indexed\s*db|^html\b/i.test(type)) return 'localStorage';
  if (id === 5 || /pixel/i.test(type)) return 'pixel';
  return undefined;
}

/** "_gat [x3]" lists three cookies of one shape; the count is not part of the name. */
const REPEAT = /\s*\[x\d+\]\s*$/i;

export function readCookiebotDialog(dialog: unknown, pageUrl: string, deps: PolicyDeps): Declarations {
  if (!isRecord(dialog)) throw new Error('The Cookiebot dialog data is not an object.');
  const tables = COOKIEBOT_TABLES.filter(([key]) => Array.isArray(dialog[key]));
  if (tables.length === 0) throw new Error('The Cookiebot dialog data has no cookie tables.');
  const lang = toLanguage(typeof dialog.lang === 'string' ? dialog.lang : '');
  const syn = new SyntheticText();
  const loc = syn.locator();
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];

  for (const [key, category] of tables) {
    const rows = dialog[key] as unknown[];
    const head = syn.add(key, `${key} (${rows.length})`);
    if (rows.length > 0) categories.push({ category, quote: loc.quote(head), location: loc.at(head) });
    rows.forEach((row, i) => {
      if (!Array.isArray(row)) return;
      const [name, provider, purpose, expiry, type] = row.slice(0, 5).map(plain);
      const set: NameSet = { names: [], prefixes: [] };
      addPattern(set, (name ?? '').replace(REPEAT, ''));
      if (set.names.length + set.prefixes.length === 0) return;
      const at = syn.add(`${key}[${i}]`, [name, provider, purpose, expiry, type].filter((s) => s).join(' | '));
      const storage = storageOf(type ?? '', row[5]);
      cookies.push({
        ...(storage ? { storage } : {}),
        ...set,
        provider: provider || null,
        vendor: resolver.resolve(provider || null, purpose || null, set.names),
        purpose: purpose || null,
        category,
        lifetime: expiry ? parseDuration(expiry, lang) : null,
        quote: loc.quote(at),
        location: loc.at(at),
      });
    });
  }
  return {
    sources: [{ url: pageUrl, sha256: sha256Hex(syn.text), language: lang, kind: 'cmp', title: 'Cookiebot cookie declaration (page data)' }],
    cookies,
    vendors: syn.vendors(deps.findVendorMentions, lang),
    categories,
    statements: [],
  };
}
