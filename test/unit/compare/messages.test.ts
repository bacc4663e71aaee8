import { describe, expect, test } from 'vitest';
import { FINDING_CODES } from '../../../lib/compare/index';
import {
  CATALOGS,
  LOCALES,
  categoryName,
  findingExplanation,
  findingTitle,
  formatDuration,
  renderFinding,
  type Locale,
  type MessageKey,
} from '../../../lib/compare/messages';
import type { FindingCode } from '../../../lib/model/types';
import { DAY, MONTH, YEAR } from './builders';

const cases = LOCALES.flatMap((locale) => FINDING_CODES.map((code) => [locale, code] as [Locale, FindingCode]));
const keys = Object.keys(CATALOGS.en.messages) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{\d+(?::[a-z]+)?\}/g)].map((m) => m[0]).sort();

describe.each(cases)('%s %s', (locale, code) => {
  test('has a title, a one-sentence explanation and a message', () => {
    const title = findingTitle(code, locale);
    const explanation = findingExplanation(code, locale);
    expect(title.length).toBeGreaterThan(3);
    expect(title.length).toBeLessThan(60);
    expect(explanation).toMatch(/^\S.*[.!]$/);
    expect(explanation.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1)).toHaveLength(1);
    expect(CATALOGS[locale].messages[code].length).toBeGreaterThan(10);
    if (locale !== 'en') {
      expect(title).toMatch(/[а-яіїєґ]/i);
      expect(explanation).not.toBe(findingExplanation(code, 'en'));
    }
  });
});

test.each(LOCALES.flatMap((locale) => keys.map((key) => [locale, key] as const)))(
  '%s %s uses the same placeholders as English',
  (locale, key) => {
    expect(placeholders(CATALOGS[locale].messages[key])).toEqual(placeholders(CATALOGS.en.messages[key]));
  },
);

test.each(LOCALES)('%s has no Russian letters in Ukrainian and the reverse', (locale) => {
  const text = [...Object.values(CATALOGS[locale].titles), ...Object.values(CATALOGS[locale].explanations), ...Object.values(CATALOGS[locale].messages)].join(' ');
  if (locale === 'uk') expect(text).not.toMatch(/[ыэъё]/i);
  if (locale === 'ru') expect(text).not.toMatch(/[іїєґ]/i);
});

describe('formatDuration', () => {
  test.each<[number, Locale, string]>([
    [4 * YEAR, 'en', '4 years'],
    [YEAR, 'en', '1 year'],
    [1.5 * YEAR, 'en', '1.5 years'],
    [400 * DAY, 'en', '400 days'],
    [MONTH, 'en', '1 month'],
    [2 * MONTH, 'en', '2 months'],
    [14 * DAY, 'en', '14 days'],
    [20 * 60, 'en', '20 minutes'],
    [1, 'en', '1 second'],
    [4 * YEAR, 'ru', '4 года'],
    [YEAR, 'ru', '1 год'],
    [5 * YEAR, 'ru', '5 лет'],
    [21 * YEAR, 'ru', '21 год'],
    [1.5 * YEAR, 'ru', '1,5 года'],
    [400 * DAY, 'ru', '400 дней'],
    [2 * DAY, 'ru', '2 дня'],
    [3 * 3600, 'ru', '3 часа'],
    [4 * YEAR, 'uk', '4 роки'],
    [YEAR, 'uk', '1 рік'],
    [19 * YEAR, 'uk', '19 років'],
    [1.5 * YEAR, 'uk', '1,5 року'],
    [400 * DAY, 'uk', '400 днів'],
    [2 * MONTH, 'uk', '2 місяці'],
    [400 * DAY + 7 * 3600, 'en', '400.3 days'],
  ])('%d s in %s -> %s', (seconds, locale, expected) => {
    expect(formatDuration(seconds, locale)).toBe(expected);
  });
});

describe('renderFinding', () => {
  test.each<[MessageKey | string, string[], Locale, string]>([
    ['session-mismatch', ['sid', 'example.ru', String(30 * DAY)], 'en', 'Cookie sid (example.ru) is declared as a session cookie but lives 1 month.'],
    ['session-mismatch', ['sid', 'example.ru', String(30 * DAY)], 'ru', 'Cookie sid (example.ru) заявлен как сеансовый, но хранится 1 месяц.'],
    ['undeclared-cookie', ['uid', '.adriver.ru', 'unknown', ''], 'en', 'Cookie uid (.adriver.ru; unknown category, unknown vendor) matches no cookie name, pattern or vendor in the policy.'],
    ['undeclared-cookie', ['uid', '.adriver.ru', 'unknown', ''], 'uk', 'Cookie uid (.adriver.ru; категорія невідома, сервіс невідомий) не відповідає жодній назві, шаблону чи сервісу з політики.'],
    ['declared-not-observed.vendor', ['Jivo'], 'ru', 'Политика называет сервис Jivo, но во время этой проверки от него ничего не обнаружено.'],
    ['retention-exceeds', ['_ga', '.example.ru', 'not-a-number', '', ''], 'en', 'Cookie _ga (.example.ru) asks to live not-a-number (the browser keeps it ), but the policy declares .'],
    ['some-future-code', ['a', 'b'], 'en', 'some-future-code a b'],
  ])('%s %j in %s', (key, params, locale, expected) => {
    expect(renderFinding(key, params, locale)).toBe(expected);
  });

  test('an unexpected locale from storage falls back to English', () => {
    const stored = 'de' as Locale;
    expect(renderFinding('no-policy', ['example.de'], stored)).toBe('No cookie or privacy policy was found for example.de.');
    expect(findingTitle('no-policy', stored)).toBe('No policy found');
    expect(categoryName('marketing', stored)).toBe('marketing');
  });
});
