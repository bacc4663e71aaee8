// vanilla-cookieconsent v3: categories.<name>.autoClear.cookies[{name}] and
// categories.<name>.services.<id>.cookies list the names; the preferences modal's sections may
// hold a cookieTable {headers, body} with lifetimes, linked to a category by linkedCategory.
import type { Category, DeclaredCategory, DeclaredCookie, Declarations, PolicyLanguage } from '../../model/types';
import { categoryFromLabel, categoryFromText, categoryOfPurposeCell } from '../category-lexicon';
import { headerColumns, type Column } from '../cookie-table';
import { addPattern, namesFromCell, type NameSet } from '../cookie-names';
import { parseDuration } from '../duration';
import { sha256Hex } from '../sha256';
import type { PolicyDeps } from '../types';
import { makeVendorResolver } from '../vendors';
import { SyntheticText, isRecord, plain, toPattern } from './synthetic';

export function readVanillaConfig(config: unknown, pageUrl: string, deps: PolicyDeps): Declarations {
  if (!isRecord(config)) throw new Error('The vanilla-cookieconsent configuration is not an object.');
  const cats = isRecord(config.categories) ? config.categories : {};
  const { locale, translation } = pickTranslation(config.language);
  const lang = toLanguage(locale);
  const sections = isRecord(translation) && isRecord(translation.preferencesModal) && Array.isArray(translation.preferencesModal.sections)
    ? translation.preferencesModal.sections.filter(isRecord)
    : [];
  const syn = new SyntheticText();
  const loc = syn.locator();
  const resolver = makeVendorResolver(deps.findVendorMentions, lang);
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];
  const covered = new Set<string>();
  const sectionOf = new Map<string, Record<string, unknown>>();
  for (const s of sections) if (typeof s.linkedCategory === 'string') sectionOf.set(s.linkedCategory, s);

  sections.forEach((section, i) => {
    const table = section.cookieTable;
    if (!isRecord(table) || !isRecord(table.headers) || !Array.isArray(table.body)) return;
    const keys = Object.keys(table.headers);
    const cols = headerColumns(keys.map((k, j) => ({ text: plain((table.headers as Record<string, unknown>)[k]) || k, header: true, offset: j })));
    if (cols === null) return;
    const keyOf = (c: Column): string | undefined => {
      const j = cols.get(c);
      return j === undefined ? undefined : keys[j];
    };
    const linked = typeof section.linkedCategory === 'string' ? section.linkedCategory : null;
    const category = linked === null ? categoryFromLabel(plain(section.title)) : categoryOfKey(linked, cats[linked], section);
    table.body.forEach((row, j) => {
      if (!isRecord(row)) return;
      const get = (c: Column): string | null => {
        const k = keyOf(c);
        const v = k === undefined ? '' : plain(row[k]);
        return v === '' ? null : v;
      };
      const set = namesFromCell(get('name') ?? '');
      if (set.names.length + set.prefixes.length === 0) return;
      set.names.forEach((n) => covered.add(n));
      const purpose = get('purpose');
      const provider = get('provider') ?? get('domain');
      const life = get('lifetime');
      const offset = syn.add(`preferencesModal.sections[${i}].cookieTable.body[${j}] (${locale})`, Object.values(row).map(plain).join(' | '));
      cookies.push({
        ...set,
        provider,
        vendor: resolver.resolve(provider, purpose, set.names),
        purpose,
        category: category ?? categoryOfPurposeCell(purpose),
        lifetime: life === null ? null : parseDuration(life, lang),
        quote: loc.quote(offset),
        location: loc.at(offset),
      });
    });
  });

  for (const [key, cat] of Object.entries(cats)) {
    const section = sectionOf.get(key);
    const category = categoryOfKey(key, cat, section);
    const title = plain(section?.title);
    const at = syn.add(`categories.${key}`, title === '' ? `category "${key}"` : `category "${key}": ${title}`);
    if (!categories.some((c) => c.category === category)) categories.push({ category, quote: loc.quote(at), location: loc.at(at) });
    if (!isRecord(cat)) continue;
    const purpose = plain(section?.description) || null;
    const add = (list: unknown, path: string, provider: string | null): void => {
      if (!Array.isArray(list)) return;
      list.forEach((item, k) => {
        const pattern = toPattern(isRecord(item) ? item.name : item);
        if (pattern === null) return;
        const set: NameSet = { names: [], prefixes: [] };
        addPattern(set, pattern);
        set.names = set.names.filter((n) => !covered.has(n));
        if (set.names.length + set.prefixes.length === 0) return;
        set.names.forEach((n) => covered.add(n));
        const offset = syn.add(`${path}[${k}]`, `${provider ?? key}: ${String(pattern)}`);
        cookies.push({ ...set, provider, vendor: resolver.resolve(provider, null, set.names), purpose, category, lifetime: null, quote: loc.quote(offset), location: loc.at(offset) });
      });
    };
    if (isRecord(cat.autoClear)) add(cat.autoClear.cookies, `categories.${key}.autoClear.cookies`, null);
    if (isRecord(cat.services)) {
      for (const [id, svc] of Object.entries(cat.services)) {
        if (!isRecord(svc)) continue;
        const label = plain(svc.label) || id;
        syn.add(`categories.${key}.services.${id}`, label);
        add(svc.cookies, `categories.${key}.services.${id}.cookies`, label);
      }
    }
  }
  const vendors = syn.vendors(deps.findVendorMentions, lang);
  return {
    sources: [{ url: pageUrl, sha256: sha256Hex(syn.text), language: lang, kind: 'cmp', title: 'vanilla-cookieconsent configuration' }],
    cookies,
    vendors,
    categories,
    statements: [],
  };
}

function categoryOfKey(key: string, cat: unknown, section: Record<string, unknown> | undefined): Category {
  const fromKey = categoryFromLabel(key) ?? categoryFromLabel(plain(section?.title));
  if (fromKey !== null) return fromKey;
  return isRecord(cat) && cat.readOnly === true ? 'necessary' : 'unknown';
}

function pickTranslation(language: unknown): { locale: string; translation: unknown } {
  if (!isRecord(language) || !isRecord(language.translations)) return { locale: 'en', translation: null };
  const tr = language.translations;
  const def = typeof language.default === 'string' ? language.default : '';
  // translations may be URLs or loader functions; only inline objects can be read here
  if (isRecord(tr[def])) return { locale: def, translation: tr[def] };
  const first = Object.entries(tr).find(([, v]) => isRecord(v));
  return first === undefined ? { locale: def || 'en', translation: null } : { locale: first[0], translation: first[1] };
}

export function toLanguage(locale: string): PolicyLanguage {
  const code = locale.slice(0, 2).toLowerCase();
  return code === 'ru' || code === 'uk' || code === 'en' || code === 'kk' || code === 'de' ? code : 'unknown';
}
