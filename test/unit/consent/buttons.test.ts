import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { classifyButtonText, normaliseLabel } from '../../../lib/consent/buttons';
import labels from '../../fixtures/consent/button-labels.json';

type Case = [lang: string, text: string, expected: string | null];
const cases = labels.cases as Case[];

describe('classifyButtonText', () => {
  test.each(cases)('[%s] %j -> %s', (_lang, text, expected) => {
    expect(classifyButtonText(text)).toBe(expected);
  });

  test('the table covers every language and meaning', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['ru', 'uk', 'kk', 'en', 'de']) {
      const meanings = new Set(cases.filter((c) => c[0] === lang).map((c) => c[2]));
      expect([...meanings].sort()).toEqual(expect.arrayContaining(['accept', 'reject', 'settings', 'acknowledge']));
    }
  });

  test.each([
    ['  Принять\n\tвсё  ', 'accept'],
    ['ПРИНЯТЬ ВСЁ', 'accept'],
    ['«Отклонить»', 'reject'],
    ['Accept all →', 'accept'],
    ['✓ OK', 'acknowledge'],
  ])('is robust to case, whitespace and symbols: %j', (text, expected) => {
    expect(classifyButtonText(text)).toBe(expected);
  });
});

describe('normaliseLabel', () => {
  test.each([
    ['Принять  всё!', 'принять все'],
    ["Don't allow", 'dont allow'],
    ['Cookie-Einstellungen', 'cookie einstellungen'],
    ['Тільки обов’язкові', 'тільки обовязкові'],
  ])('%j -> %j', (input, out) => {
    expect(normaliseLabel(input)).toBe(out);
  });
});

describe('fuzz', () => {
  const meanings = new Set(['accept', 'reject', 'settings', 'acknowledge', null]);
  test('never throws and answers from the vocabulary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (s) => {
        expect(meanings.has(classifyButtonText(s))).toBe(true);
      }),
    );
  });
  test('decoration around a known label does not change its meaning', () => {
    const known = cases.filter((c) => c[2] !== null && c[1].length < 40);
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.constantFrom('', ' ', '\n', '!', ' »', '✓ '), (c, pad) => {
        expect(classifyButtonText(pad + c[1] + pad)).toBe(c[2]);
      }),
    );
  });
  test('normalising twice changes nothing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => normaliseLabel(normaliseLabel(s)) === normaliseLabel(s)));
  });
});
