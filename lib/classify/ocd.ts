// Reads the Open Cookie Database CSV into rows the compiler can merge under the curated base.
import type { Category } from '../model/types';
import { parseCsv } from './csv';
import { parseRetention } from './retention';

export interface OcdRow {
  platform: string;
  category: Category;
  name: string;
  /** The database's wildcard flag: the name is a prefix. */
  wildcard: boolean;
  domain: string;
  /** Hosts read from the domain column ("adform.net (3rd party)" -> adform.net). */
  hosts: string[];
  /** The database says the cookie lives on the vendor's own domain, seen as a third party. */
  thirdPartyOnly: boolean;
  lifetime: number | null | undefined;
  sourceUrl: string;
}

const OCD_HOME = 'https://github.com/jkwakman/Open-Cookie-Database';

/** The database mixes labels: Functional, Security and Necessary all mean the site needs it. */
export function normaliseOcdCategory(label: string): Category {
  switch (label.trim().toLowerCase()) {
    case 'functional':
    case 'security':
    case 'necessary':
    case 'strictly necessary':
      return 'necessary';
    case 'personalization':
    case 'personalisation':
    case 'preferences':
      return 'functional';
    case 'analytics':
    case 'statistics':
    case 'performance':
      return 'analytics';
    case 'marketing':
    case 'advertising':
      return 'marketing';
    default:
      return 'unknown';
  }
}

// Prefixes this short ("SR", "CT") would swallow unrelated names.
const MIN_WILDCARD_PREFIX = 3;

export interface OcdParseResult {
  rows: OcdRow[];
  skipped: { reason: string; name: string }[];
}

export function parseOpenCookieDatabase(csv: string): OcdParseResult {
  const table = parseCsv(csv);
  const head = table[0] ?? [];
  const col = (label: string): number => head.findIndex((h) => h.trim().toLowerCase() === label);
  const iPlatform = col('platform');
  const iCategory = col('category');
  const iName = col('cookie / data key name');
  const iDomain = col('domain');
  const iRetention = col('retention period');
  const iPortal = col('user privacy & gdpr rights portals');
  const iWildcard = col('wildcard match');
  const rows: OcdRow[] = [];
  const skipped: OcdParseResult['skipped'] = [];
  if ([iPlatform, iCategory, iName].some((i) => i < 0)) return { rows, skipped: [{ reason: 'missing columns', name: '' }] };
  for (const r of table.slice(1)) {
    const name = (r[iName] ?? '').trim();
    if (!name) continue;
    const category = normaliseOcdCategory(r[iCategory] ?? '');
    const wildcard = (r[iWildcard] ?? '').trim() === '1';
    if (category === 'unknown') {
      skipped.push({ reason: `category ${r[iCategory] ?? ''}`, name });
      continue;
    }
    if (wildcard && name.length < MIN_WILDCARD_PREFIX) {
      skipped.push({ reason: 'wildcard prefix too short', name });
      continue;
    }
    const portal = (r[iPortal] ?? '').trim();
    const domain = (r[iDomain] ?? '').trim();
    rows.push({
      platform: (r[iPlatform] ?? '').trim() || 'Unknown platform',
      category,
      name,
      wildcard,
      domain,
      hosts: domainHosts(domain),
      thirdPartyOnly: /3rd party|third.party/i.test(domain),
      lifetime: parseRetention(r[iRetention] ?? ''),
      sourceUrl: /^https?:\/\//.test(portal) ? portal : OCD_HOME,
    });
  }
  return { rows, skipped };
}

const HOSTNAME = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function domainHosts(domain: string): string[] {
  return domain
    .toLowerCase()
    .split(/\s+or\s+|[,;]/)
    .map((part) => part.replace(/\(.*?\)/g, '').trim().replace(/^\*?\.+/, ''))
    .filter((h) => HOSTNAME.test(h));
}
