// The classifier: curated base first, then the Open Cookie Database, then the filter lists, then
// name/path heuristics. Built from plain data (and an optional filter matcher) so the extension,
// the CLI and the tests each construct it the same way.
import type { Category, Classification, ClassificationSource, PolicyLanguage } from '../model/types';
import { UNCLASSIFIED } from '../model/types';
import { CookieIndex, type CookieRuleMatch } from './cookie-index';
import { guessCookie, looksLikeTrackingRequest } from './heuristics';
import { HostIndex } from './host-index';
import { createMentionMatcher, toMentions, type MentionMatcher } from './mentions';
import {
  COOKIE_LOCAL_STORAGE, COOKIE_SESSION_STORAGE, COOKIE_TRACKER, COOKIE_VENDOR_HOSTS_ONLY,
  type Classifier, type CookieRow, type FilterMatcher, type KnowledgeData, type VendorInfo,
} from './types';
import { matchSignature } from './signatures';
import { cookieHost, createSiteOf, splitUrl } from './url';

const CONFIDENCE: Record<CookieRuleMatch['kind'], number> = { exact: 1, pattern: 0.95, prefix: 0.85, 'case-insensitive': 0.75 };
const OCD_FACTOR = 0.8;
/** Filter lists only say "tracks"; they never say for what. Counting and profiling is analytics. */
const FILTER_LIST_CATEGORY: Category = 'analytics';

export function createClassifier(data: KnowledgeData, filterMatcher?: FilterMatcher): Classifier {
  const vendors: VendorInfo[] = data.vendors.map(([id, name, category, tracker, source, kind]) => ({
    id, name, category, tracker: tracker === 1, source, kind: kind || null,
    origin: kind === 'ocd' ? 'open-cookie-database' : 'curated',
  }));
  const byId = new Map(vendors.map((v) => [v.id, v]));
  const indexById = new Map(vendors.map((v, i) => [v.id, i]));
  const isStorage = (row: CookieRow): boolean => (row[3] & (COOKIE_LOCAL_STORAGE | COOKIE_SESSION_STORAGE)) !== 0;
  const curatedCookies = new CookieIndex(data.curated.cookies.filter((r) => !isStorage(r)));
  const curatedStorage = new CookieIndex(data.curated.cookies.filter(isStorage));
  const ocdCookies = new CookieIndex(data.ocd.cookies);
  const hosts = new HostIndex(data.curated.hosts);
  const ocdHosts = new HostIndex(data.ocd.hosts);
  const ownersOf = (host: string): Set<number> => {
    const owners = hosts.vendorsOf(host);
    for (const v of ocdHosts.vendorsOf(host)) owners.add(v);
    return owners;
  };
  const siteOf = createSiteOf();
  const mentionMatchers = new Map<PolicyLanguage, MentionMatcher>();

  const answer = (
    vendorIndex: number | null, category: Category, tracker: boolean, source: ClassificationSource,
    confidence: number, lifetime?: number | null,
  ): Classification => {
    const v = vendorIndex === null ? undefined : vendors[vendorIndex];
    const out: Classification = { vendor: v?.id ?? null, vendorName: v?.name ?? null, category, tracker, source, confidence };
    if (lifetime !== undefined) out.typicalLifetimeSeconds = lifetime;
    return out;
  };

  // Among the rules for a name, prefer one whose vendor owns the cookie's domain; rules marked
  // vendor-hosts-only ("NID", "uid", "i") never apply elsewhere.
  const pick = (matches: CookieRuleMatch[], owners: Set<number>): CookieRuleMatch | undefined => {
    let fallback: CookieRuleMatch | undefined;
    for (const m of matches) {
      if (owners.has(m.row[1])) return m;
      if (!fallback && (m.row[3] & COOKIE_VENDOR_HOSTS_ONLY) === 0) fallback = m;
    }
    return fallback;
  };

  const fromRule = (m: CookieRuleMatch, source: ClassificationSource, factor: number): Classification => {
    const [, vendor, category, flags, lifetime] = m.row;
    return answer(vendor, category, (flags & COOKIE_TRACKER) !== 0, source, CONFIDENCE[m.kind] * factor, lifetime === -1 ? undefined : lifetime);
  };

  const byName = (index: CookieIndex, ocd: CookieIndex, name: string, owners: Set<number>): Classification | null => {
    const curated = pick(index.match(name), owners);
    if (curated) return fromRule(curated, 'curated', 1);
    const fromOcd = pick(ocd.match(name), owners);
    if (fromOcd) return fromRule(fromOcd, 'open-cookie-database', OCD_FACTOR);
    return null;
  };

  const byHost = (hostname: string, thirdParty: boolean): Classification | null => {
    const hit = hosts.match(hostname, null);
    if (hit) {
      const [, , vendor, category, tracker] = hit.row;
      return answer(vendor, category, tracker === 1, 'curated', 0.6);
    }
    const ocdHit = ocdHosts.match(hostname, null);
    if (ocdHit) {
      const [, , vendor, category, tracker] = ocdHit.row;
      return answer(vendor, category, tracker === 1, 'open-cookie-database', 0.5);
    }
    if (thirdParty && filterMatcher?.match(hostname, '/')) return answer(null, FILTER_LIST_CATEGORY, true, 'filter-list', 0.5);
    return null;
  };

  const guess = (name: string): Classification | null => {
    const g = guessCookie(name);
    return g ? answer(null, g.category, g.tracker, 'heuristic', 0.3) : null;
  };

  return {
    version: data.header.kbVersion,

    classifyCookie(name, domain, site) {
      const host = cookieHost(domain);
      const thirdParty = host !== '' && site !== '' && siteOf(host) !== site;
      const owners = host ? ownersOf(host) : new Set<number>();
      return byName(curatedCookies, ocdCookies, name, owners)
        ?? (host ? byHost(host, thirdParty) : null)
        ?? guess(name)
        ?? UNCLASSIFIED;
    },

    classifyStorageKey(key, site, origin) {
      const host = origin ? (splitUrl(origin)?.hostname ?? '') : '';
      const owners = host ? ownersOf(host) : new Set<number>();
      const thirdParty = host !== '' && site !== '' && siteOf(host) !== site;
      const curated = pick(curatedStorage.match(key), owners) ?? pick(curatedCookies.match(key), owners);
      if (curated) return fromRule(curated, 'curated', 1);
      const fromOcd = pick(ocdCookies.match(key), owners);
      if (fromOcd) return fromRule(fromOcd, 'open-cookie-database', OCD_FACTOR);
      return (host && thirdParty ? byHost(host, true) : null) ?? UNCLASSIFIED;
    },

    classifyRequest(url, type, site) {
      const parts = splitUrl(url);
      if (!parts) return UNCLASSIFIED;
      const { hostname, path } = parts;
      const firstParty = site !== '' && (hostname === site || siteOf(hostname) === site);
      const hit = hosts.match(hostname, path);
      if (hit && !firstParty) {
        const [, rulePath, vendor, category, tracker] = hit.row;
        return answer(vendor, category, tracker === 1, 'curated', hit.exactHost || rulePath ? 1 : 0.9);
      }
      // A known tracker's hit by its shape, whatever host it goes to: through the site's own
      // domain it is a disguised tracker (knowledge/signatures.ts), not the site's own business.
      const signature = matchSignature(path);
      const signed = signature ? indexById.get(signature.vendor) : undefined;
      if (signature && signed !== undefined) {
        const v = vendors[signed]!;
        return { ...answer(signed, v.category, true, 'curated', 0.9), signature: signature.id };
      }
      if (hit) {
        const [, , vendor, category] = hit.row;
        // A site's requests to itself are its own business, even when it is the vendor.
        return answer(vendor, category, false, 'curated', 0.5);
      }
      if (firstParty) return UNCLASSIFIED;
      if (filterMatcher?.match(hostname, path)) return answer(null, FILTER_LIST_CATEGORY, true, 'filter-list', 0.7);
      if (looksLikeTrackingRequest(path, type)) return answer(null, 'unknown', true, 'heuristic', 0.3);
      return UNCLASSIFIED;
    },

    findVendorMentions(text, lang) {
      let matcher = mentionMatchers.get(lang);
      if (!matcher) {
        matcher = createMentionMatcher(data.curated.aliases, lang);
        mentionMatchers.set(lang, matcher);
      }
      return toMentions(matcher.find(text), (i) => vendors[i]);
    },

    vendorById: (id) => byId.get(id),
    vendors: () => vendors.slice(),
  };
}
