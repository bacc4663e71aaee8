// A cookie declaration kept as data (JSON, a JS array of cookie objects, a config literal in a
// component) becomes the text a reader expects: each list of cookie objects a table whose header
// row is the objects' keys ("name", "expiry", "provider"), each group's title a heading above it,
// each description a line. The ordinary readers then read it like any page, so a table in data
// and a table in HTML give the same declarations.
import { addPattern, looksLikeCookieName, looksLikeNameInProse, type NameSet } from './cookie-names';
import { RegexLiteral, type LooseObject, type LooseValue } from './loose-data';

/** Keys that hold a cookie's name (compared lower-case, without "_", "-" or spaces). */
const NAME_KEYS = new Set(['name', 'cookie', 'cookiename', 'cookiekey', 'key', 'storagekey', 'identifier']);
/** cookieconsent v2 rows: { col1: '^_ga', col2: 'google.com', ... }; their names stand in the first column. */
const FIRST_COLUMN = 'col1';
/** Keys that only a cookie's row has: how long it lives, what it is for, who sets it. */
const LIFETIME_KEYS = /^(?:expir\w*|expires\w*|expiry|duration|lifetime|lifespan|retention|maxage|maxstorageduration|storageduration|storageperiod|ttl|laufzeit|speicherdauer|ablauf|srok|term)$/;
const ROW_KEYS = /^(?:desc|description|purpose|zweck|beschreibung|provider|vendor|anbieter|domain|host|category|cookietype|service|company|owner)$/;
/** Words in a row's text that say it is about stored data, for rows with no lifetime and no cookie list above them. */
const STORAGE_WORDS = /cookie|куки|кукі|storage|хранит|зберіга|speicher|tracking|analytics|аналіт|аналит|statist|реклам|advertis|sitzung|session|сеанс|сесі/i;
/** Keys whose string names a group (a category, a service) above its cookies. */
const TITLE_KEYS = ['title', 'label', 'category', 'categoryname', 'groupname', 'group', 'heading', 'section', 'servicename', 'service', 'name'];
/** Keys whose string describes a group. */
const PROSE_KEYS = ['description', 'desc', 'text', 'purpose', 'details', 'info', 'content', 'body'];
/** Group keys that the cookies under them share (a host or provider written once for its list). */
const SHARED_KEYS = new Set(['host', 'domain', 'provider', 'vendor', 'company', 'owner', 'service', 'servicename']);
/** Keys of a plain list of cookie names (klaro's `cookies: [/^_ga/, '_gid']`). */
const NAME_LIST_KEY = /cookie|^names?$|keys$/;
const MAX_LINES = 20_000;

type Lines = string[];

/** The text lines that the data declares, or [] when it holds no cookie rows or name lists. */
export function dataToText(values: LooseValue[]): string {
  const lines: Lines = [];
  let rows = 0;
  const labels = new Map<string, string>();
  for (const v of values) collectHeaderLabels(v, labels, 0);
  const emitTable = (out: Lines, table: LooseObject[], shared: Map<string, string>): void => writeTable(out, table, shared, labels);
  const walk = (v: LooseValue, key: string, shared: Map<string, string>, depth: number): void => {
    if (lines.length > MAX_LINES || depth > 40) return;
    if (Array.isArray(v)) {
      const objects = v.filter(isObject);
      const table = objects.filter((o) => isCookieRow(o, key));
      if (table.length > 0) {
        rows += table.length;
        emitTable(lines, table, shared);
      }
      for (const o of objects) if (!table.includes(o)) walk(o, key, shared, depth + 1);
      const names = NAME_LIST_KEY.test(norm(key)) ? namesOf(v) : [];
      if (names.length > 0) {
        rows += names.length;
        // the list's intro gives its names the cookie context the list reader asks for
        lines.push('', 'Cookies:', ...names.map((n) => `- \`${n}\``), '');
        return;
      }
      for (const x of v) if (Array.isArray(x)) walk(x, key, shared, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (isCookieRow(v, key)) {
      rows++;
      emitTable(lines, [v], shared);
      return;
    }
    const keyed = cookiesByKey(v);
    if (keyed !== null) {
      rows += keyed.length;
      emitTable(lines, keyed, shared);
      return;
    }
    const title = firstString(v, TITLE_KEYS);
    // klaro's purposes: ['marketing'], cookieconsent's toggle: { value: 'analytics' } say the group's category
    const tags = categoryTags(v);
    if (title !== null && title.length <= 120) lines.push('', `${depth <= 2 ? '#' : '###'} ${title}${tags === '' ? '' : ` (${tags})`}`);
    const prose = firstString(v, PROSE_KEYS);
    if (prose !== null && prose !== title) lines.push(prose);
    const inner = new Map(shared);
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string' && SHARED_KEYS.has(norm(k)) && x.length <= 80) inner.set(k, x);
    for (const [k, x] of Object.entries(v)) if (typeof x === 'object' && x !== null && !(x instanceof RegexLiteral)) walk(x, k, inner, depth + 1);
  };
  for (const v of values) walk(v, '', new Map(), 0);
  return rows === 0 ? '' : lines.join('\n');
}

function isObject(v: LooseValue): v is LooseObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegexLiteral);
}

function norm(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

/** An object naming one cookie: a name key with a name in it, and a cookie's other facts (or a list meant for cookies). */
function isCookieRow(o: LooseObject, parentKey: string): boolean {
  const keys = Object.keys(o);
  const nameKey = nameKeyOf(keys);
  if (nameKey === undefined) return false;
  const name = o[nameKey];
  if (typeof name !== 'string' && !(name instanceof RegexLiteral)) return false;
  if (typeof name === 'string' && !looksLikeCookieName(name.trim().split(/[\s,]+/)[0] ?? '')) return false;
  // a group ({ name, cookies: [...] }) is not a row
  if (keys.some((k) => typeof o[k] === 'object' && o[k] !== null && !(o[k] instanceof RegexLiteral) && /cookie|list|items|entries|services/.test(norm(k)))) return false;
  const others = keys.filter((k) => k !== nameKey);
  if (/cookie|list|table|body|items|entries/.test(norm(parentKey))) return true;
  if (others.some((k) => LIFETIME_KEYS.test(norm(k)))) return true;
  // a name and a description alone are also a product, a plan, a form field: the row must speak of stored data
  if (!others.some((k) => ROW_KEYS.test(norm(k)))) return false;
  return (typeof name === 'string' && looksLikeNameInProse(name.trim())) || others.some((k) => typeof o[k] === 'string' && STORAGE_WORDS.test(o[k] as string));
}

function nameKeyOf(keys: string[]): string | undefined {
  return keys.find((k) => NAME_KEYS.has(norm(k))) ?? (keys.includes(FIRST_COLUMN) ? FIRST_COLUMN : undefined);
}

/** { "_ga": { expiry: "2 years" }, ... }: names as keys of objects holding a cookie's facts. */
function cookiesByKey(o: LooseObject): LooseObject[] | null {
  const entries = Object.entries(o).filter(([, x]) => isObject(x));
  if (entries.length === 0 || entries.length < Object.keys(o).length / 2) return null;
  const rows: LooseObject[] = [];
  for (const [k, x] of entries) {
    const inner = x as LooseObject;
    if (Object.keys(inner).some((ik) => NAME_KEYS.has(norm(ik)))) return null;
    if (!Object.keys(inner).some((ik) => ROW_KEYS.test(norm(ik)) || LIFETIME_KEYS.test(norm(ik)))) return null;
    if (!looksLikeCookieName(k) || !/[_.\d]|[a-z][A-Z]|^[A-Z0-9_-]+$/.test(k)) return null;
    rows.push({ name: k, ...inner });
  }
  return rows;
}

/** Short category words a group carries beside its title. */
function categoryTags(o: LooseObject): string {
  const out: string[] = [];
  for (const [k, x] of Object.entries(o)) {
    const n = norm(k);
    if (n === 'purposes' && Array.isArray(x)) out.push(...x.filter((y): y is string => typeof y === 'string' && y.length <= 40));
    if (n === 'toggle' && isObject(x) && typeof x.value === 'string') out.push(x.value);
    if ((n === 'linkedcategory' || n === 'categoryid') && typeof x === 'string') out.push(x);
  }
  return out.join(', ');
}

/**
 * Column labels a config gives its table keys: cookieconsent v2's cookie_table_headers
 * [{ col1: 'Name' }, ...], v3's cookieTable.headers { name: 'Name', ... }.
 */
function collectHeaderLabels(v: LooseValue, labels: Map<string, string>, depth: number): void {
  if (depth > 40 || v === null || typeof v !== 'object' || v instanceof RegexLiteral) return;
  if (Array.isArray(v)) {
    for (const x of v) collectHeaderLabels(x, labels, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (/headers?$/i.test(k)) {
      const pairs = Array.isArray(x) ? x.filter(isObject).flatMap((o) => Object.entries(o)) : isObject(x) ? Object.entries(x) : [];
      for (const [col, label] of pairs) if (typeof label === 'string' && label.length <= 60 && !labels.has(col)) labels.set(col, clean(label));
    } else collectHeaderLabels(x, labels, depth + 1);
  }
}

/** A table: the keys in order of first use as the header, a row per object; shared group facts fill missing columns. */
function writeTable(lines: Lines, rows: LooseObject[], shared: Map<string, string>, labels: Map<string, string>): void {
  const keys: string[] = [];
  for (const r of rows) for (const [k, x] of Object.entries(r)) if (!keys.includes(k) && cell(x) !== null && k !== 'is_regex') keys.push(k);
  for (const k of shared.keys()) if (!keys.some((x) => norm(x) === norm(k))) keys.push(k);
  // the name column first: the readers take a header that opens with "name" as a cookie table
  const nameKey = nameKeyOf(keys);
  keys.sort((a, b) => Number(b === nameKey) - Number(a === nameKey));
  lines.push('', keys.map((k) => (k === nameKey ? 'name' : headerWord(labels.get(k) ?? k))).join('\t'));
  for (const r of rows) {
    // cookieconsent marks a name written as a regular expression with is_regex
    const name = (k: string): string | null => (k === nameKey && r.is_regex === true && typeof r[k] === 'string' ? wildcard(new RegexLiteral(r[k] as string)) || null : null);
    lines.push(keys.map((k) => name(k) ?? cell(r[k]) ?? shared.get(k) ?? '').join('\t'));
  }
  lines.push('');
}

/** "maxAge" → "max age", "cookie_name" → "cookie name": header words the table reader knows. */
function headerWord(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  // a bare "key" or "cookie" header is the name column
  return words === 'key' || words === 'cookie' || words === 'id' ? 'name' : words || '-';
}

function cell(x: LooseValue | undefined): string | null {
  if (x === undefined || x === null) return null;
  if (x instanceof RegexLiteral) return wildcard(x);
  if (typeof x === 'string') return clean(x) || null;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) {
    const parts = x.map((y) => (typeof y === 'string' ? clean(y) : y instanceof RegexLiteral ? wildcard(y) : typeof y === 'number' ? String(y) : '')).filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

/** Markup and line breaks out of a cell: tabs and new lines would break the table. */
function clean(s: string): string {
  return s.replace(/<[^<>]{0,300}>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A regular expression as the written wildcard the readers know (/^_ga_/ → "_ga_*"). */
function wildcard(r: RegexLiteral): string {
  const set: NameSet = { names: [], prefixes: [] };
  try {
    addPattern(set, new RegExp(r.source));
  } catch {
    return '';
  }
  return [...set.names, ...set.prefixes.map((p) => `${p}*`)].join(', ');
}

/** Names in a list of strings, patterns, or [pattern, path, domain] triples. */
function namesOf(list: LooseValue[]): string[] {
  const out: string[] = [];
  for (const x of list) {
    const first = Array.isArray(x) ? x[0] : x;
    if (typeof first === 'string' && looksLikeCookieName(first.trim())) out.push(first.trim());
    else if (first instanceof RegexLiteral) {
      const w = wildcard(first);
      if (w !== '') out.push(...w.split(', '));
    }
  }
  return out;
}

function firstString(o: LooseObject, keys: string[]): string | null {
  for (const want of keys) {
    for (const [k, x] of Object.entries(o)) {
      if (norm(k) === want && typeof x === 'string') {
        const t = clean(x);
        if (t !== '') return t;
      }
    }
  }
  return null;
}
