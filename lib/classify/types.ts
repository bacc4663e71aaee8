// The compiled knowledge base as the build writes it to generated/knowledge.json and the
// classifier reads it. Rows are tuples, not objects: the file is shipped in the service worker
// bundle, and tuples keep it small and cheap for the TypeScript checker to infer.
import type { Category, Classification, PolicyLanguage, VendorMention } from '../model/types';

/** [id, display name, category, tracker 0|1, source URL, kind ('' when none)] */
export type VendorRow = [string, string, Category, 0 | 1, string, string];

/** Bits of CookieRow[3]. */
export const COOKIE_TRACKER = 1;
export const COOKIE_VENDOR_HOSTS_ONLY = 2;
export const COOKIE_RETIRED = 4;
export const COOKIE_LOCAL_STORAGE = 8;
export const COOKIE_SESSION_STORAGE = 16;

/** [name pattern ("*" = any run of characters), vendor index, category, flags, lifetime seconds; null session; -1 unknown] */
export type CookieRow = [string, number, Category, number, number | null];

/** [host, path prefix ('' for any), vendor index, category, tracker 0|1] */
export type HostRow = [string, string, number, Category, 0 | 1];

/** [text, vendor index, case-sensitive 0|1, languages joined by "," ('' for all)] */
export type AliasRow = [string, number, 0 | 1, string];

export interface DataSourceInfo {
  name: string;
  /** Commit, list version or "missing". */
  version: string;
  file?: string;
  license?: string;
  rows?: number;
}

export interface GeneratedHeader {
  generatedBy: string;
  note: string;
  kbVersion: string;
  sources: DataSourceInfo[];
}

export interface KnowledgeData {
  header: GeneratedHeader;
  vendors: VendorRow[];
  curated: { cookies: CookieRow[]; hosts: HostRow[]; aliases: AliasRow[] };
  /** hosts: the Open Cookie Database's domain column, for telling whose cookie a generic name is. */
  ocd: { cookies: CookieRow[]; hosts: HostRow[] };
}

/** Host and host+path rules compiled from EasyPrivacy and RU AdList Counters. */
export interface FilterTable {
  header: GeneratedHeader;
  /** One entry per list, in the order list indexes refer to. */
  lists: string[];
  /** Per list: base64 of sorted 48-bit host hashes, 6 bytes each, big-endian. */
  hostHashes: string[];
  /** Per list: host -> path patterns after the host ("/metrika/watch.js", "/count/*.gif^"). */
  paths: Record<string, string[]>[];
}

export interface FilterHit {
  list: string;
  /** The rule as the list would write it, rebuilt from what matched ("||host^"). */
  rule: string;
}

export interface FilterMatcher {
  readonly lists: readonly string[];
  match(hostname: string, path: string): FilterHit | null;
}

export interface VendorInfo {
  id: string;
  name: string;
  category: Category;
  tracker: boolean;
  source: string;
  kind: string | null;
  /** Where the vendor came from: the curated base or an Open Cookie Database platform. */
  origin: 'curated' | 'open-cookie-database';
}

export interface Classifier {
  readonly version: string;
  classifyCookie(name: string, domain: string, site: string): Classification;
  classifyRequest(url: string, type: string, site: string): Classification;
  classifyStorageKey(key: string, site: string, origin?: string): Classification;
  findVendorMentions(text: string, lang: PolicyLanguage): VendorMention[];
  vendorById(id: string): VendorInfo | undefined;
  vendors(): VendorInfo[];
}
