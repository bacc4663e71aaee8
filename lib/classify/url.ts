// Fast pieces of URL and cookie-domain handling for the hot path. new URL() costs several
// microseconds per call; requests arrive by the thousand, and the benchmark's budget is two.
import { getDomain } from 'tldts';

export interface UrlParts {
  hostname: string;
  /** Path and query, starting with "/". */
  path: string;
}

export function splitUrl(url: string): UrlParts | null {
  const scheme = url.indexOf('://');
  if (scheme < 0) return null;
  let start = scheme + 3;
  let end = start;
  const n = url.length;
  while (end < n) {
    const c = url.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // / ? #
    end++;
  }
  let authority = url.slice(start, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let hostname: string;
  if (authority.startsWith('[')) {
    hostname = authority.slice(0, authority.indexOf(']') + 1);
  } else {
    const colon = authority.indexOf(':');
    hostname = colon >= 0 ? authority.slice(0, colon) : authority;
  }
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  hostname = hostname.toLowerCase();
  if (!hostname) return null;
  const rest = url.slice(end);
  const path = rest.startsWith('/') ? rest : `/${rest.startsWith('#') ? '' : rest}`;
  return { hostname, path };
}

/** Cookie domains arrive as ".example.com" for domain cookies. */
export function cookieHost(domain: string): string {
  let d = domain.trim().toLowerCase();
  while (d.startsWith('.')) d = d.slice(1);
  if (d.endsWith('.')) d = d.slice(0, -1);
  return d;
}

const SITE_CACHE_LIMIT = 20_000;

/** eTLD+1 lookups memoised: a page asks about the same few dozen hosts over and over. */
export function createSiteOf(): (hostname: string) => string {
  const cache = new Map<string, string>();
  return (hostname: string): string => {
    let site = cache.get(hostname);
    if (site === undefined) {
      site = getDomain(hostname, { allowPrivateDomains: false }) ?? hostname;
      if (cache.size >= SITE_CACHE_LIMIT) cache.clear();
      cache.set(hostname, site);
    }
    return site;
  };
}
