import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { uiLocale } from '../../../lib/report/locale';

describe('uiLocale', () => {
  // Tags as browsers report them: chrome.i18n.getUILanguage() gives "ru", "en-US", "uk";
  // Firefox gives "ru-RU"; an underscore form appears in _locales folder names ("pt_BR").
  test.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['ru-KZ', 'ru'],
    ['ru-BY', 'ru'],
    ['RU', 'ru'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['uk_UA', 'uk'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['kk', 'en'],
    ['kk-KZ', 'en'],
    ['be-BY', 'en'],
    // "ukr"/"rus" are not the ISO 639-1 tags a browser reports; they must not slip through.
    ['ukr', 'en'],
    ['russian', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%j -> %s', (tag, expected) => {
    expect(uiLocale(tag)).toBe(expected);
  });

  test('any tag gives one of the three UI languages, decided by its first subtag only', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const got = uiLocale(tag);
        expect(['en', 'ru', 'uk']).toContain(got);
        const first = tag.toLowerCase().split(/[-_]/)[0];
        expect(got === 'en' || got === first).toBe(true);
      }),
    );
  });
});
