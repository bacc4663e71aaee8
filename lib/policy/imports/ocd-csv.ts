// Imports a cookie table in the Open Cookie Database's CSV layout (jkwakman/Open-Cookie-Database:
// ID, Platform, Category, Cookie / Data Key name, Domain, Description, Retention period,
// Data Controller, User Privacy & GDPR Rights Portals, Wildcard match). Auditors keep their own
// site tables in this layout; the retention column is free English text.
import type { Category, DeclaredCategory, DeclaredCookie, Declarations } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import { addName, type NameSet } from '../cookie-names';
import { parseDuration } from '../duration';
import { trimQuote } from '../locate';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';
import { makeVendorResolver } from '../vendors';
import { parseCsv } from './csv';

const NAME = 'cookie / data key name';
const REQUIRED = [NAME, 'category', 'retention period'];

export function parseOcdCsv(text: string, deps?: PolicyDeps): Declarations {
  if (typeof text !== 'string' || text.trim() === '') throw new Error('The CSV file is empty.');
  const rows = parseCsv(text);
  const header = rows[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (missing.length > 0) {
    throw new Error(
      `This is not a CSV in the Open Cookie Database layout: the first line must name the columns, and "${missing.join('", "')}" ${missing.length === 1 ? 'is' : 'are'} missing (found: ${header.slice(0, 10).join(', ') || 'nothing'}).`,
    );
  }
  const col = (name: string): number => header.indexOf(name);
  const ix = { name: col(NAME), platform: col('platform'), category: col('category'), domain: col('domain'), description: col('description'), retention: col('retention period'), controller: col('data controller'), wildcard: col('wildcard match') };
  const resolver = deps === undefined ? null : makeVendorResolver(deps.findVendorMentions, 'en');
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];
  const seen = new Set<Category>();
  for (const row of rows.slice(1)) {
    const get = (i: number): string => (i < 0 ? '' : (row.cells[i] ?? '').trim());
    const raw = get(ix.name);
    if (raw === '') continue;
    const set: NameSet = { names: [], prefixes: [] };
    // the wildcard flag means "this name is a prefix"
    if (get(ix.wildcard) === '1') addName(set, raw.endsWith('*') ? raw : raw + '*');
    else addName(set, raw);
    if (set.names.length + set.prefixes.length === 0) continue;
    const provider = get(ix.controller) || get(ix.platform) || null;
    const purpose = get(ix.description) || null;
    const category = categoryFromLabel(get(ix.category));
    const retention = get(ix.retention);
    const location = { source: 0, offset: row.offset, where: `row ${row.line}` };
    const quote = trimQuote(row.cells.filter((c) => c.trim() !== '').join(' | '));
    cookies.push({
      ...set,
      provider,
      vendor: resolver?.resolve(provider, get(ix.platform) || null, set.names) ?? null,
      purpose,
      category,
      lifetime: retention === '' ? null : parseDuration(retention, 'en'),
      quote,
      location,
    });
    if (category !== null && !seen.has(category)) {
      seen.add(category);
      categories.push({ category, quote, location });
    }
  }
  if (cookies.length === 0) throw new Error('The CSV has the Open Cookie Database columns but no row with a cookie name.');
  return {
    sources: [{ url: null, sha256: sha256Hex(text), language: 'en', kind: 'import', title: 'Open Cookie Database CSV' }],
    cookies,
    vendors: [],
    categories,
    statements: [],
  };
}
