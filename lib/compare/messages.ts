import { CATEGORIES, type Category, type FindingCode } from '../model/types';
import type { Catalog, DurationUnit, Locale, MessageKey } from './catalog';
import { en } from './messages-en';
import { ru } from './messages-ru';
import { uk } from './messages-uk';

export type { Locale, MessageKey } from './catalog';
export { LOCALES } from './catalog';

export const CATALOGS: Record<Locale, Catalog> = { en, ru, uk };

const MESSAGE_KEYS = new Set<string>(Object.keys(en.messages));

// Stored findings and UI settings cross process boundaries untyped; an unexpected language
// renders in English rather than throwing from Intl.
function known(locale: string): Locale {
  return Object.hasOwn(CATALOGS, locale) ? (locale as Locale) : 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return MESSAGE_KEYS.has(key);
}

// Policies count a month as 30 days and a year as 365 (see Duration in lib/model/types.ts), so
// the same units read the numbers back the way the policy wrote them.
const UNITS: ReadonlyArray<[DurationUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

function isTenth(value: number): boolean {
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

// Intl constructors cost tens of microseconds each; a page with hundreds of findings would spend
// most of its comparison time building them.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function intl(locale: Locale): { number: Intl.NumberFormat; plural: Intl.PluralRules } {
  let number = numberFormats.get(locale);
  if (number === undefined) {
    number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, number);
  }
  let plural = pluralRules.get(locale);
  if (plural === undefined) {
    plural = new Intl.PluralRules(locale);
    pluralRules.set(locale, plural);
  }
  return { number, plural };
}

/**
 * "4 years", "1,5 года", "400 днів": the largest unit that states the value exactly to a tenth
 * in under a thousand (so 400 days is not "9,600 hours"); otherwise days to a tenth.
 */
export function formatDuration(seconds: number, requested: Locale): string {
  const locale = known(requested);
  const catalog = CATALOGS[locale];
  const abs = Math.abs(seconds);
  const exact = UNITS.find(
    ([unit, size]) => abs / size >= 1 && (unit === 'year' || abs / size < 1000) && isTenth(abs / size),
  );
  const fallback = UNITS.find(([unit, size]) => abs >= size || unit === 'second') ?? ['second', 1];
  const [unit, size] = exact ?? (abs >= 86_400 ? (['day', 86_400] as const) : fallback);
  const value = Math.round((abs / size) * 10) / 10;
  const { number: format, plural } = intl(locale);
  const number = format.format(value);
  const rule = plural.select(value);
  const forms = catalog.units[unit];
  return `${number} ${forms[rule] ?? forms.other}`;
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function categoryName(category: string, locale: Locale): string {
  return isCategory(category) ? CATALOGS[known(locale)].categories[category] : category;
}

function formatParam(value: string, kind: string | undefined, locale: Locale): string {
  const catalog = CATALOGS[locale];
  switch (kind) {
    case 'duration': {
      const seconds = Number(value);
      return value.trim() !== '' && Number.isFinite(seconds) ? formatDuration(seconds, locale) : value;
    }
    case 'category':
      return categoryName(value, locale);
    case 'categories':
      return value
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c.length > 0)
        .map((c) => categoryName(c, locale))
        .join(catalog.listSeparator);
    case 'vendor':
      return value.trim() === '' ? catalog.unknownVendor : value;
    default:
      return value;
  }
}

/** The finding's message in a language; an unknown key falls back to the key and its params. */
export function renderFinding(key: MessageKey | string, params: readonly string[], requested: Locale): string {
  const locale = known(requested);
  const catalog = CATALOGS[locale];
  if (!isMessageKey(key)) return [key, ...params].join(' ');
  return catalog.messages[key].replace(/\{(\d+)(?::([a-z]+))?\}/g, (_all, index: string, kind?: string) =>
    formatParam(params[Number(index)] ?? '', kind, locale),
  );
}

export function findingTitle(code: FindingCode, locale: Locale): string {
  return CATALOGS[known(locale)].titles[code];
}

export function findingExplanation(code: FindingCode, locale: Locale): string {
  return CATALOGS[known(locale)].explanations[code];
}
