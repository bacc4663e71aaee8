import { getDomain, getHostname } from 'tldts';

// eTLD+1 via the Public Suffix List. Hosts without a registrable domain (IPs, "localhost",
// single labels) are their own site, so they still compare correctly.
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^\./, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return getHostname(url)?.toLowerCase() ?? '';
  }
}

/** RFC 6265 domain-match: does `host` fall under cookie domain `domain`? */
export function domainMatches(host: string, domain: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith('.' + d);
}
