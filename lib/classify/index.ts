// Public face of the classifier. The default instance is built on first use from the generated
// data (npm run build:kb), never at import time, so importing this module costs nothing until a
// cookie or request is classified.
import knowledgeJson from '../../generated/knowledge.json';
import filtersJson from '../../generated/filters.json';
import type { Classification, PolicyLanguage, VendorMention } from '../model/types';
import { createClassifier } from './classifier';
import { createFilterMatcher } from './filter-matcher';
import type { Classifier, FilterTable, KnowledgeData, VendorInfo } from './types';

export { createClassifier } from './classifier';
export { compileKnowledge } from './compile';
export { createFilterMatcher, EMPTY_FILTER_TABLE } from './filter-matcher';
export type { Classifier, FilterMatcher, FilterTable, KnowledgeData, VendorInfo } from './types';

const KNOWLEDGE = knowledgeJson as unknown as KnowledgeData;
const FILTERS = filtersJson as unknown as FilterTable;

/** e.g. "kb-1.0.0+ocd-0ee5a17f+ep-202608130529+ru-6e6dad18"; "missing" marks an absent data set. */
export const KB_VERSION: string = KNOWLEDGE.header.kbVersion;

let instance: Classifier | null = null;

/** The classifier over the generated data, created on first call. */
export function defaultClassifier(): Classifier {
  instance ??= createClassifier(KNOWLEDGE, FILTERS.lists.length ? createFilterMatcher(FILTERS) : undefined);
  return instance;
}

export function classifyCookie(name: string, domain: string, site: string): Classification {
  return defaultClassifier().classifyCookie(name, domain, site);
}

export function classifyRequest(url: string, type: string, site: string): Classification {
  return defaultClassifier().classifyRequest(url, type, site);
}

export function classifyStorageKey(key: string, site: string, origin?: string): Classification {
  return defaultClassifier().classifyStorageKey(key, site, origin);
}

export function findVendorMentions(text: string, lang: PolicyLanguage): VendorMention[] {
  return defaultClassifier().findVendorMentions(text, lang);
}

export function vendorById(id: string): VendorInfo | undefined {
  return defaultClassifier().vendorById(id);
}

/**
 * A cookie or storage name the knowledge base knows by name alone (the policy reader's test for a
 * bare word in prose): its curated vendor id, or null vendor for an Open Cookie Database name.
 */
export function knownCookieName(name: string): { vendor: string | null; vendorName: string | null } | null {
  const c = defaultClassifier().classifyStorageKey(name, '');
  if (c.source === 'curated') return { vendor: c.vendor, vendorName: c.vendorName };
  if (c.source === 'open-cookie-database') return { vendor: null, vendorName: null };
  return null;
}
