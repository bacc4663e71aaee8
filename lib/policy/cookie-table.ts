// Cookie tables: a header row says which column holds names, provider, purpose, lifetime and
// category, in any of the five languages; without a header the columns are guessed from their
// content (names look like names, lifetimes parse as durations). Tables that have no name
// column (a rights table, a retention table for documents) are left alone.
import type { Category, DeclaredCookie, Duration, PolicyLanguage } from '../model/types';
import { lifetimeInText } from './read/lifetime-in-text';
import { categoryFromLabel, categoryFromText, categoryOfPurposeCell } from './category-lexicon';
import { looksLikeCookieName, namesFromCell } from './cookie-names';
import { parseDuration } from './duration';
import type { Locator } from './locate';
import { trimQuote } from './locate';
import type { ExtractedTable, TableCell } from './types';
import type { VendorResolver } from './vendors';

export type Column = 'name' | 'provider' | 'purpose' | 'lifetime' | 'category' | 'domain';

/** Header words per column. Checked in this order: "Cookie name" is a name, "Cookie type" a category. */
const HEADER_WORDS: ReadonlyArray<readonly [Column, readonly string[]]> = [
  ['lifetime', ['lifetime', 'lifespan', 'expir', 'duration', 'retention', 'storage period', 'max. storage', 'срок', 'термін', 'строк', 'тривалість', 'час зберіган', 'время хранен', 'laufzeit', 'speicherdauer', 'ablauf', 'gültig', 'dauer', 'сақтау мерзім']],
  ['category', ['category', 'categor', 'type', 'тип', 'категор', 'kategorie', 'art', 'вид', 'санат']],
  ['purpose', ['purpose', 'description', 'function', 'used for', 'опис', 'описан', 'назначен', 'цель', 'мета', 'призначен', 'функци', 'функці', 'zweck', 'beschreibung', 'verwendung', 'мақсат', 'сипаттама']],
  ['provider', ['provider', 'vendor', 'owner', 'service', 'third part', 'controller', 'company', 'platform', 'провайдер', 'поставщик', 'постачальник', 'владел', 'власник', 'сервис', 'сервіс', 'компани', 'компані', 'anbieter', 'dienst', 'plattform', 'herausgeber', 'жеткізуші']],
  ['domain', ['domain', 'host', 'subgroup', 'домен', 'хост']],
  ['name', ['name', 'cookie', 'назва', 'назван', 'имя', 'наименован', "ім'я", 'ім’я', 'key', 'ключ', 'атау', 'bezeichnung', 'запис', 'entry', 'eintrag', 'файл']],
];

/** Cookie tables have a handful of columns; a wider "table" is layout or junk and is skipped. */
const MAX_COLUMNS = 24;
const GUESS_ROWS = 50;

export interface TableCookieDraft {
  names: string[];
  prefixes: string[];
  provider: string | null;
  purpose: string | null;
  category: Category | null;
  lifetimeText: string | null;
  /** A lifetime read from the purpose text when the table has no lifetime column. */
  lifetime?: Duration;
  /** "HTML Local Storage", "Pixel Tracker" in a type column: the row is not a cookie. */
  storage?: 'localStorage' | 'sessionStorage' | 'pixel';
  offset: number;
}

export function headerColumns(row: TableCell[]): Map<Column, number> | null {
  const cols = new Map<Column, number>();
  const nameCols: number[] = [];
  row.forEach((cell, i) => {
    const lower = cell.text.toLowerCase();
    if (lower.length > 60) return;
    for (const [column, words] of HEADER_WORDS) {
      if (column !== 'name' && cols.has(column)) continue;
      if (words.some((w) => startsWord(lower, w))) {
        if (column === 'name') nameCols.push(i);
        else cols.set(column, i);
        return;
      }
    }
  });
  if (nameCols.length === 0) return null;
  // "Cookie | Name | Purpose": a header that says "name" outright beats one that only says "cookie"
  const named = nameCols.find((i) => /name|назв|имя|ім.я|наимен|bezeichnung|атау/.test(row[i]!.text.toLowerCase()));
  cols.set('name', named ?? nameCols[0]!);
  return cols;
}

function startsWord(text: string, stem: string): boolean {
  let at = text.indexOf(stem);
  while (at >= 0) {
    if (at === 0 || !/[\p{L}]/u.test(text[at - 1]!)) return true;
    at = text.indexOf(stem, at + 1);
  }
  return false;
}

/** Columns guessed from the data when there is no header row. */
function guessColumns(allRows: TableCell[][], lang: PolicyLanguage): Map<Column, number> | null {
  // the first rows decide; a huge table costs no more to classify than a small one
  const rows = allRows.slice(0, GUESS_ROWS);
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  if (width < 2 || width > MAX_COLUMNS || rows.length === 0) return null;
  let nameCol = -1;
  let lifeCol = -1;
  for (let c = 0; c < width; c++) {
    const cells = rows.map((r) => r[c]?.text ?? '').filter((t) => t !== '');
    if (cells.length === 0) continue;
    const named = cells.filter((t) => {
      if (t.length >= 120) return false;
      const set = namesFromCell(t);
      return set.names.length + set.prefixes.length > 0;
    }).length;
    const timed = cells.filter((t) => t.length < 80 && parseDuration(t, lang) !== null).length;
    if (nameCol < 0 && named / cells.length >= 0.6) nameCol = c;
    else if (lifeCol < 0 && timed / cells.length >= 0.6) lifeCol = c;
  }
  if (nameCol < 0 || lifeCol < 0) return null;
  const cols = new Map<Column, number>([['name', nameCol], ['lifetime', lifeCol]]);
  // the longest remaining column reads as the purpose
  let purposeCol = -1;
  let longest = 0;
  for (let c = 0; c < width; c++) {
    if (c === nameCol || c === lifeCol) continue;
    const total = rows.reduce((s, r) => s + (r[c]?.text.length ?? 0), 0);
    if (total > longest) {
      longest = total;
      purposeCol = c;
    }
  }
  if (purposeCol >= 0) cols.set('purpose', purposeCol);
  return cols;
}

/** Drafts from one table, or [] when it is not a cookie table. */
export function cookiesFromTable(table: ExtractedTable, lang: PolicyLanguage, headingCategory: Category | null): TableCookieDraft[] {
  const rows = table.rows;
  if (rows.some((r) => r.length > MAX_COLUMNS)) return [];
  let start = 0;
  let cols: Map<Column, number> | null = null;
  // the header is usually the first row; a caption row spanning the table may come before it
  for (let r = 0; r < Math.min(rows.length, 3) && cols === null; r++) {
    cols = headerColumns(rows[r]!);
    if (cols !== null) start = r + 1;
  }
  cols ??= guessColumns(rows, lang);
  if (cols === null) return [];
  const nameCol = cols.get('name')!;
  const out: TableCookieDraft[] = [];
  const width = rows[start - 1]?.length ?? 0;
  for (let r = start; r < rows.length; r++) {
    let row = rows[r]!;
    // a row with more cells than its header carries empty or ":" cells the layout added
    if (width > 0 && row.length > width) {
      const kept = row.filter((c) => c.text !== '' && c.text !== ':');
      if (kept.length >= Math.min(width, 2)) row = kept;
    }
    const cell = (c: Column): string | null => {
      const i = cols.get(c);
      const t = i === undefined ? '' : (row[i]?.text ?? '');
      return t === '' ? null : t;
    };
    const nameCell = row[nameCol];
    if (nameCell === undefined) continue;
    const set = namesFromCell(nameCell.text.replace(/\s*\[x\d+\]/gi, ''));
    if (set.names.length + set.prefixes.length === 0) continue;
    let purpose = cell('purpose');
    const categoryLabel = cell('category');
    const category =
      (categoryLabel === null ? null : categoryFromLabel(categoryLabel)) ?? headingCategory ?? categoryOfPurposeCell(purpose);
    let lifetimeText = cell('lifetime');
    if (lifetimeText === null && purpose !== null) {
      // "2 Jahre. Registriert ...": a lifetime opening the purpose cell
      const lead = /^([^.;:]{1,30})[.;:]\s/.exec(purpose);
      const d = lead === null ? null : parseDuration(lead[1]!, lang);
      if (d !== null && d.kind !== 'unknown') {
        lifetimeText = lead![1]!;
        purpose = purpose.slice(lead![0].length);
      }
    }
    const lifetime = lifetimeText === null ? (purpose === null ? null : lifetimeInText(purpose, lang)) : null;
    const draft: TableCookieDraft = {
      names: set.names,
      prefixes: set.prefixes,
      provider: cell('provider') ?? cell('domain'),
      purpose: purpose === null ? null : trimQuote(purpose),
      category,
      lifetimeText,
      offset: row[0]?.offset ?? nameCell.offset,
    };
    // no lifetime column: a lifetime the purpose text states ("only lasting for a few minutes")
    if (lifetime !== null) draft.lifetime = lifetime;
    const storage = storageKind(row.map((c) => c.text).join(' '));
    if (storage !== null) draft.storage = storage;
    out.push(draft);
  }
  return out;
}

export function draftToCookie(d: TableCookieDraft, lang: PolicyLanguage, loc: Locator, vendors: VendorResolver): DeclaredCookie {
  return {
    names: d.names,
    prefixes: d.prefixes,
    provider: d.provider,
    vendor: vendors.resolve(d.provider, d.purpose, d.names),
    purpose: d.purpose,
    category: d.category,
    lifetime: d.lifetimeText === null ? null : parseDuration(d.lifetimeText, lang),
    quote: loc.quote(d.offset),
    location: loc.at(d.offset),
  };
}

export { looksLikeCookieName };

/** The storage kind a row states ("HTML Local Storage", "localStorage", "Pixel Tracker"), else null. */
export function storageKind(text: string): 'localStorage' | 'sessionStorage' | 'pixel' | null {
  const lower = text.toLowerCase();
  if (/local[\s_-]?storage|локальн[\p{L}]* хранилищ|локальн[\p{L}]* сховищ/u.test(lower)) return 'localStorage';
  if (/session[\s_-]?storage/.test(lower)) return 'sessionStorage';
  if (/pixel tracker|tracking pixel|^pixel$|\bpixel\b(?= tracker)/.test(lower)) return 'pixel';
  return null;
}
