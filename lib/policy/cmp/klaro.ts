// klaro: services[{name, title, purposes, required, cookies}] where a cookie is a name, a RegExp,
// or [pattern, path, domain]; titles and descriptions may sit in translations.<lang>.<service>.
// Older configs call the list "apps".
import type { Category, DeclaredCategory, DeclaredCookie, Declarations } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import { addPattern, type NameSet } from '../cookie-names';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';
import { makeVendorResolver } from '../vendors';
import { SyntheticText, isRecord, plain, toPattern } from './synthetic';
import { toLanguage } from './vanilla';

export function readKlaroConfig(config: unknown, pageUrl: string, deps: PolicyDeps): Declarations {
  if (!isRecord(config)) throw new Error('The klaro configuration is not an object.');
  const list = Array.isArray(config.services) ? config.services : Array.isArray(config.apps) ? config.apps : null;
  if (list === null) throw new Error('The klaro configuration has no "services" list.');
  const translations = isRecord(config.translations) ? config.translations : {};
  const locale = typeof config.lang === 'string' ? config.lang : Object.keys(translations).find((k) => k !== 'zz') ?? 'en';
  const lang = toLanguage(locale);
  const tr = (key: string): Record<string, unknown> => {
    for (const l of [locale, 'en', 'zz', ...Object.keys(translations)]) {
      const t = translations[l];
      if (isRecord(t) && isRecord(t[key])) return t[key];
    }
    return {};
  };
  const purposeLabel = (p: string): string => {
    for (const l of [locale, 'en', ...Object.keys(translations)]) {
      const t = translations[l];
      if (isRecord(t) && isRecord(t.purposes)) {
        const label = t.purposes[p];
        if (typeof label === 'string') return label;
        if (isRecord(label) && typeof label.title === 'string') return label.title;
      }
    }
    return p;
  };
  const syn = new SyntheticText();
  const loc = syn.locator();
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];

  list.forEach((svc, i) => {
    if (!isRecord(svc) || typeof svc.name !== 'string') return;
    const t = tr(svc.name);
    const title = plain(svc.title) || plain(t.title) || svc.name;
    const description = plain(svc.description) || plain(t.description) || null;
    const purposes = Array.isArray(svc.purposes) ? svc.purposes.filter((p): p is string => typeof p === 'string') : [];
    const category = categoryOf(purposes, purposeLabel, svc.required === true);
    const at = syn.add(`services[${i}] (${svc.name})`, `${title}${purposes.length > 0 ? ' — ' + purposes.map(purposeLabel).join(', ') : ''}`);
    if (category !== null && !categories.some((c) => c.category === category)) categories.push({ category, quote: loc.quote(at), location: loc.at(at) });
    if (!Array.isArray(svc.cookies)) return;
    svc.cookies.forEach((c, k) => {
      const pattern = toPattern(Array.isArray(c) ? c[0] : c);
      if (pattern === null) return;
      const set: NameSet = { names: [], prefixes: [] };
      addPattern(set, pattern);
      if (set.names.length + set.prefixes.length === 0) return;
      const offset = syn.add(`services[${i}].cookies[${k}] (${svc.name})`, `${title}: ${String(pattern)}`);
      cookies.push({
        ...set,
        provider: title,
        vendor: resolver.resolve(title, description, set.names) ?? resolver.resolve(svc.name as string, null, set.names),
        purpose: description,
        category,
        lifetime: null,
        quote: loc.quote(offset),
        location: loc.at(offset),
      });
    });
  });
  return {
    sources: [{ url: pageUrl, sha256: sha256Hex(syn.text), language: lang, kind: 'cmp', title: 'klaro configuration' }],
    cookies,
    vendors: syn.vendors(deps.findVendorMentions, lang),
    categories,
    statements: [],
  };
}

function categoryOf(purposes: string[], label: (p: string) => string, required: boolean): Category | null {
  for (const p of purposes) {
    const c = categoryFromLabel(p) ?? categoryFromLabel(label(p));
    if (c !== null) return c;
  }
  return required ? 'necessary' : purposes.length > 0 ? 'unknown' : null;
}
