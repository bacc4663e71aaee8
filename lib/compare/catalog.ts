import type { Category, FindingCode } from '../model/types';

export type Locale = 'en' | 'ru' | 'uk';
export const LOCALES: readonly Locale[] = ['en', 'ru', 'uk'];

/**
 * A finding's message key: its code, or a variant of the code when the same finding reads
 * differently (session-only by cookie or by statement, policy with or without categories).
 */
export type MessageKey =
  | FindingCode
  | 'session-mismatch.statement'
  | 'declared-not-observed.vendor'
  | 'no-policy.reason'
  | 'policy-without-cookie-list.categories'
  | 'consent-signal-mismatch.after-reject'
  | 'consent-signal-mismatch.stored';

export type DurationUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** Word forms by Intl.PluralRules category; `other` is the fallback (and fractions in ru/uk). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Everything one language needs. Templates use `{i}` for parameter i, and `{i:kind}` to format
 * it: `duration` (seconds), `category` (an id), `categories` (comma-separated ids), `vendor`
 * (a name, empty when unknown). Parameters stay language-neutral so the popup can re-render a
 * stored finding in another language.
 */
export interface Catalog {
  titles: Record<FindingCode, string>;
  explanations: Record<FindingCode, string>;
  messages: Record<MessageKey, string>;
  categories: Record<Category, string>;
  units: Record<DurationUnit, PluralForms>;
  unknownVendor: string;
  listSeparator: string;
}
