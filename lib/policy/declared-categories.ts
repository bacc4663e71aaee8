// Categories a policy declares in prose: "строго необходимые файлы cookie", "аналітичні файли
// cookie", "marketing cookies", "Cookies für Statistik". Only a category word right next to a
// cookie word counts; a purpose mentioned somewhere in the same sentence does not.
import type { Category, DeclaredCategory } from '../model/types';
import type { Locator } from './locate';
import { trimQuote } from './locate';
import type { Sentence } from './sentences';

const COOKIE_WORDS = ['cookie', 'cookies', 'куки', 'кукі', 'кук', 'файл'];
/** Category adjectives (not nouns: "реклама" in prose is not a declared category). */
const ADJECTIVES: ReadonlyArray<readonly [Exclude<Category, 'unknown'>, readonly string[]]> = [
  ['necessary', ['необходим', 'необхідн', 'обязательн', 'обов', 'технически', 'технічн', 'essential', 'essenziell', 'necessary', 'notwendig', 'erforderlich', 'required', 'technisch']],
  ['functional', ['функциональн', 'функціональн', 'functional', 'funktional', 'preference', 'präferenz', 'komfort', 'персонализ', 'персоналіз']],
  ['analytics', ['аналитическ', 'статистическ', 'аналітичн', 'статистичн', 'analytic', 'analytical', 'statistic', 'performance', 'statistik', 'analyse', 'leistung']],
  ['marketing', ['рекламн', 'маркетингов', 'таргетин', 'advertising', 'marketing', 'targeting', 'werbe', 'werbung', 'tracking']],
];
const LINKS = new Set(['for', 'für', 'zur', 'zu', 'для', 'of']);
const WORD_RE = /[\p{L}]+/gu;

export function declaredCategories(sents: Iterable<Sentence>, loc: Locator): DeclaredCategory[] {
  const out: DeclaredCategory[] = [];
  const seen = new Set<Category>();
  for (const s of sents) {
    if (seen.size === ADJECTIVES.length) break;
    if (!s.lower.includes('cookie') && !s.lower.includes('кук')) continue;
    const words = Array.from(s.lower.matchAll(WORD_RE), (m) => m[0]);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!COOKIE_WORDS.some((c) => w.startsWith(c))) continue;
      // the adjective before ("аналітичні файли cookie") or after a linking word ("cookies for analytics")
      const near = [words[i - 3], words[i - 2], words[i - 1]];
      if (words[i + 1] !== undefined && LINKS.has(words[i + 1]!)) near.push(words[i + 2], words[i + 3], words[i + 4]);
      for (const word of near) {
        if (word === undefined) continue;
        for (const [category, stems] of ADJECTIVES) {
          if (seen.has(category) || !stems.some((st) => word.startsWith(st))) continue;
          seen.add(category);
          out.push({ category, quote: trimQuote(s.text), location: loc.at(s.offset) });
        }
      }
    }
  }
  return out;
}
