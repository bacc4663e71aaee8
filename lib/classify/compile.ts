// Turns the curated base (and, when present, Open Cookie Database rows) into the tuple tables of
// KnowledgeData. Used by the build script and by tests that need a classifier without generated/.
import type { VendorFact } from '../../knowledge/schema';
import type { Category } from '../model/types';
import {
  COOKIE_LOCAL_STORAGE, COOKIE_RETIRED, COOKIE_SESSION_STORAGE, COOKIE_TRACKER, COOKIE_VENDOR_HOSTS_ONLY,
  type AliasRow, type CookieRow, type GeneratedHeader, type HostRow, type KnowledgeData, type VendorRow,
} from './types';
import type { OcdRow } from './ocd';
import { normaliseAlias } from './normalise';

export function cookieFlags(tracker: boolean, opts: { vendorHostsOnly?: boolean | undefined; retired?: boolean | undefined; storage?: string | undefined }): number {
  let flags = tracker ? COOKIE_TRACKER : 0;
  if (opts.vendorHostsOnly) flags |= COOKIE_VENDOR_HOSTS_ONLY;
  if (opts.retired) flags |= COOKIE_RETIRED;
  if (opts.storage === 'localStorage') flags |= COOKIE_LOCAL_STORAGE;
  if (opts.storage === 'sessionStorage') flags |= COOKIE_SESSION_STORAGE;
  return flags;
}

const SHORT_NAME = 4;
const TRACKING: ReadonlySet<Category> = new Set(['analytics', 'marketing']);

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

export function compileKnowledge(
  curated: readonly VendorFact[],
  ocdRows: readonly OcdRow[],
  header: GeneratedHeader,
): KnowledgeData {
  const vendors: VendorRow[] = [];
  const cookies: CookieRow[] = [];
  const hosts: HostRow[] = [];
  const aliases: AliasRow[] = [];
  const aliasToVendor = new Map<string, number>();

  for (const v of curated) {
    const index = vendors.length;
    vendors.push([v.id, v.name, v.category, v.tracker ? 1 : 0, v.source, v.kind ?? '']);
    for (const c of v.cookies) {
      const lifetime = c.lifetime === undefined ? -1 : c.lifetime;
      cookies.push([c.name, index, c.category, cookieFlags(c.tracker ?? v.tracker, c), lifetime]);
    }
    for (const h of v.hosts) {
      hosts.push([h.host, h.path ?? '', index, h.category ?? v.category, (h.tracker ?? v.tracker) ? 1 : 0]);
    }
    const names = [v.name, ...v.aliases.map((a) => (typeof a === 'string' ? a : a.text))];
    for (const name of names) aliasToVendor.set(normaliseAlias(name), index);
    for (const a of v.aliases) {
      if (typeof a === 'string') aliases.push([a, index, 0, '']);
      else aliases.push([a.text, index, a.caseSensitive ? 1 : 0, (a.langs ?? []).join(',')]);
    }
  }

  // Open Cookie Database platforms become vendors unless a curated vendor already goes by that name.
  const ocdVendor = new Map<string, number>();
  const ocdCookies: CookieRow[] = [];
  const ocdHosts = new Map<string, HostRow>();
  for (const row of ocdRows) {
    let index = aliasToVendor.get(normaliseAlias(row.platform)) ?? ocdVendor.get(row.platform);
    if (index === undefined) {
      index = vendors.length;
      ocdVendor.set(row.platform, index);
      vendors.push([`ocd-${slug(row.platform)}`, row.platform, row.category, TRACKING.has(row.category) ? 1 : 0, row.sourceUrl, 'ocd']);
    }
    const lifetime = row.lifetime === undefined ? -1 : row.lifetime;
    const pattern = row.wildcard ? `${row.name}*` : row.name;
    for (const host of row.hosts) {
      if (!ocdHosts.has(host)) ocdHosts.set(host, [host, '', index, row.category, TRACKING.has(row.category) ? 1 : 0]);
    }
    // Short or third-party-only names ("uid", "c") say nothing off the vendor's own domain.
    const hostsOnly = row.hosts.length > 0 && (row.thirdPartyOnly || row.name.length <= SHORT_NAME);
    ocdCookies.push([pattern, index, row.category, cookieFlags(TRACKING.has(row.category), { vendorHostsOnly: hostsOnly }), lifetime]);
  }
  dedupeIds(vendors);
  return { header, vendors, curated: { cookies, hosts, aliases }, ocd: { cookies: ocdCookies, hosts: [...ocdHosts.values()] } };
}

// Two OCD platforms can slug alike ("Hotjar" and "HotJar"); ids must stay unique.
function dedupeIds(vendors: VendorRow[]): void {
  const seen = new Map<string, number>();
  for (const row of vendors) {
    const count = seen.get(row[0]) ?? 0;
    seen.set(row[0], count + 1);
    if (count > 0) row[0] = `${row[0]}-${count + 1}`;
  }
}
