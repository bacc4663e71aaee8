// OneTrust's cookie list as its SDK holds it in the page: OneTrust.GetDomainData().Groups, each
// group with its first-party cookies (`Cookies`, `FirstPartyCookies` in the raw domain JSON),
// third-party hosts with theirs (`Hosts[].Cookies`) and nested `SubGroups`. A cookie carries
// `Name`, `Host`, `IsSession`, `Length` (days) and `description`.
import type { Category, DeclaredCategory, DeclaredCookie, Declarations, Duration } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import { addPattern, type NameSet } from '../cookie-names';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';
import { makeVendorResolver } from '../vendors';
import { SyntheticText, isRecord, plain } from './synthetic';
import { toLanguage } from './vanilla';

/** OneTrust's default group ids, for groups whose names the lexicon does not know. */
const GROUP_IDS: Record<string, Category> = { C0001: 'necessary', C0002: 'analytics', C0003: 'functional', C0004: 'marketing', C0005: 'marketing' };
const DAY = 86_400;
/** Groups nest one level in practice; the bound only guards against a cyclic or hostile object. */
const MAX_DEPTH = 4;

function lifetimeOf(c: Record<string, unknown>): Duration | null {
  if (c.IsSession === true) return { kind: 'session', minSeconds: null, maxSeconds: null, text: 'IsSession' };
  const days = typeof c.Length === 'number' ? c.Length : typeof c.Length === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(c.Length) ? Number(c.Length) : NaN;
  if (!Number.isFinite(days) || days <= 0) return null;
  return { kind: 'fixed', minSeconds: days * DAY, maxSeconds: days * DAY, text: `Length ${days} (days)` };
}

export function readOneTrustDomainData(data: unknown, pageUrl: string, deps: PolicyDeps): Declarations {
  if (!isRecord(data)) throw new Error('The OneTrust domain data is not an object.');
  if (!Array.isArray(data.Groups)) throw new Error('The OneTrust domain data has no "Groups" list.');
  const lang = toLanguage(typeof data.Language === 'string' ? data.Language : isRecord(data.Language) && typeof data.Language.Culture === 'string' ? data.Language.Culture : '');
  const syn = new SyntheticText();
  const loc = syn.locator();
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];

  const readCookies = (list: unknown, path: string, category: Category, host: string | null): void => {
    if (!Array.isArray(list)) return;
    list.forEach((c, i) => {
      if (!isRecord(c)) return;
      const name = plain(c.Name);
      const set: NameSet = { names: [], prefixes: [] };
      addPattern(set, name);
      if (set.names.length + set.prefixes.length === 0) return;
      const provider = host ?? (plain(c.Host) || null);
      const purpose = plain(c.description) || null;
      const lifetime = lifetimeOf(c);
      const at = syn.add(`${path}[${i}]`, [name, provider, purpose, lifetime?.text].filter((s) => s).join(' | '));
      cookies.push({ ...set, provider, vendor: resolver.resolve(provider, purpose, set.names), purpose, category, lifetime, quote: loc.quote(at), location: loc.at(at) });
    });
  };
  const readGroup = (group: unknown, path: string, depth: number): void => {
    if (!isRecord(group) || depth > MAX_DEPTH) return;
    const name = plain(group.GroupName);
    const id = typeof group.CustomGroupId === 'string' ? group.CustomGroupId : typeof group.OptanonGroupId === 'string' ? group.OptanonGroupId : '';
    const category = categoryFromLabel(name) ?? GROUP_IDS[id] ?? 'unknown';
    const head = syn.add(path, `${name || id} (${id})`);
    if (!categories.some((c) => c.category === category)) categories.push({ category, quote: loc.quote(head), location: loc.at(head) });
    readCookies(Array.isArray(group.Cookies) ? group.Cookies : group.FirstPartyCookies, `${path}.Cookies`, category, null);
    if (Array.isArray(group.Hosts)) {
      group.Hosts.forEach((h, j) => {
        if (isRecord(h)) readCookies(h.Cookies, `${path}.Hosts[${j}].Cookies`, category, plain(h.HostName) || plain(h.DisplayName) || null);
      });
    }
    if (Array.isArray(group.SubGroups)) group.SubGroups.forEach((g, k) => readGroup(g, `${path}.SubGroups[${k}]`, depth + 1));
  };
  data.Groups.forEach((g, i) => readGroup(g, `Groups[${i}]`, 0));
  return {
    sources: [{ url: pageUrl, sha256: sha256Hex(syn.text), language: lang, kind: 'cmp', title: 'OneTrust domain data (page data)' }],
    cookies,
    vendors: syn.vendors(deps.findVendorMentions, lang),
    categories,
    statements: [],
  };
}
