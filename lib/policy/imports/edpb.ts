// Imports a knowledge base of the EDPB Website Auditing Tool (code.europa.eu/edpb/website-auditing-tool).
// Its model: a knowledge base {name, author, category: 'cookie' | 'localstorage', knowledges[]},
// each cookie knowledge {kind: 'cookie', name, domain, category, source, controller, policy,
// reference, comment, wildcard_match: 0 | 1}. Accepted here: one knowledge base, a list of them,
// a bare list of knowledges, or the same as JSON text. Local-storage entries are skipped.
import type { Category, DeclaredCategory, DeclaredCookie, Declarations } from '../../model/types';
import { categoryFromLabel } from '../category-lexicon';
import { addName, type NameSet } from '../cookie-names';
import { trimQuote } from '../locate';
import { sha256Hex } from '../sha256';
import { isRecord } from '../cmp/synthetic';

const SHAPE = 'expected a knowledge base ({"knowledges": [...]}), a list of knowledge bases, or a list of cookie entries';

export function parseEdpbKnowledgeBase(json: unknown): Declarations {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch (e) {
      throw new Error(`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  const entries = collect(data);
  const cookies: DeclaredCookie[] = [];
  const categories: DeclaredCategory[] = [];
  const seen = new Set<Category>();
  entries.forEach(({ entry, path, baseKind }, i) => {
    const kind = typeof entry.kind === 'string' ? entry.kind : baseKind;
    if (kind !== 'cookie' && kind !== '') return;
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (name === '') return;
    const set: NameSet = { names: [], prefixes: [] };
    const wildcard = entry.wildcard_match === 1 || entry.wildcard_match === '1' || entry.wildcard_match === true;
    addName(set, wildcard && !name.endsWith('*') ? name + '*' : name);
    if (set.names.length + set.prefixes.length === 0) return;
    const str = (k: string): string | null => (typeof entry[k] === 'string' && (entry[k] as string).trim() !== '' ? (entry[k] as string).trim() : null);
    const category = str('category') === null ? null : categoryFromLabel(str('category')!);
    const location = { source: 0, offset: i, where: path };
    const quote = trimQuote([name, str('domain'), str('category'), str('controller'), str('comment')].filter((x) => x !== null).join(' | '));
    cookies.push({ ...set, provider: str('controller') ?? str('domain'), vendor: null, purpose: str('comment'), category, lifetime: null, quote, location });
    if (category !== null && !seen.has(category)) {
      seen.add(category);
      categories.push({ category, quote, location });
    }
  });
  if (cookies.length === 0) {
    throw new Error(entries.length === 0 ? `This is not an EDPB Website Auditing Tool knowledge base: ${SHAPE}.` : 'The knowledge base holds no cookie entries (only local-storage ones, or entries without a name).');
  }
  return {
    sources: [{ url: null, sha256: sha256Hex(JSON.stringify(data)), language: 'en', kind: 'import', title: 'EDPB Website Auditing Tool knowledge base' }],
    cookies,
    vendors: [],
    categories,
    statements: [],
  };
}

interface Entry {
  entry: Record<string, unknown>;
  path: string;
  baseKind: string;
}

function collect(data: unknown): Entry[] {
  const out: Entry[] = [];
  const fromBase = (kb: Record<string, unknown>, prefix: string): void => {
    const baseKind = typeof kb.category === 'string' ? kb.category : '';
    const list = kb.knowledges;
    if (!Array.isArray(list)) return;
    list.forEach((k, i) => {
      if (isRecord(k)) out.push({ entry: k, path: `${prefix}knowledges[${i}]`, baseKind });
    });
  };
  if (isRecord(data)) {
    if (!Array.isArray(data.knowledges)) throw new Error(`This is not an EDPB Website Auditing Tool knowledge base: ${SHAPE}; the object has no "knowledges" list.`);
    fromBase(data, '');
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => {
      if (!isRecord(item)) return;
      if (Array.isArray(item.knowledges)) fromBase(item, `[${i}].`);
      else out.push({ entry: item, path: `[${i}]`, baseKind: '' });
    });
  } else {
    throw new Error(`This is not an EDPB Website Auditing Tool knowledge base: ${SHAPE}.`);
  }
  return out;
}
