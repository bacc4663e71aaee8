// Guesses the language of a policy from letters and frequent short words. Letters decide the
// script; within Cyrillic, і/ї/є/ґ mark Ukrainian and ы/э/ъ Russian, while ә/ғ/қ/ң/ө/ұ/ү/һ mark
// Kazakh. Within Latin script, function words decide English against German.
import type { PolicyLanguage } from '../model/types';

/** Enough text to decide; a 1 MB page costs no more than its first part. */
const SAMPLE = 60_000;

const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'we', 'you', 'your', 'is', 'are', 'for', 'with', 'this', 'our', 'that', 'cookies', 'use', 'by']);
const DE_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'wir', 'sie', 'mit', 'für', 'von', 'nicht', 'auf', 'ihre', 'unsere', 'werden', 'zu', 'den', 'dem', 'des', 'ein', 'eine']);
const UK_WORDS = new Set(['та', 'що', 'як', 'або', 'це', 'ми', 'які', 'який', 'дані', 'даних', 'для', 'щодо', 'його', 'також']);
const RU_WORDS = new Set(['и', 'что', 'как', 'или', 'это', 'мы', 'которые', 'данные', 'данных', 'для', 'также', 'его', 'не']);

export function detectLanguage(text: string): PolicyLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let cyr = 0;
  let lat = 0;
  let uk = 0;
  let ru = 0;
  let kk = 0;
  let umlaut = 0;
  for (const ch of sample) {
    const c = ch.toLowerCase();
    if (c >= 'а' && c <= 'я') cyr++;
    else if (c >= 'a' && c <= 'z') lat++;
    if ('іїєґ'.includes(c)) uk++;
    else if ('ыэъё'.includes(c)) ru++;
    else if ('әғқңөұүһ'.includes(c)) kk++;
    else if ('äöüß'.includes(c)) umlaut++;
  }
  const words = countWords(sample);
  if (cyr + uk + kk > lat && cyr + uk + kk >= 10) {
    // Kazakh shares і with Ukrainian, so its own letters are checked first
    if (kk >= 3 && kk * 30 >= cyr + uk + kk) return 'kk';
    const ukScore = uk * 2 + words.uk * 3;
    const ruScore = ru * 2 + words.ru * 3;
    return ukScore > ruScore ? 'uk' : 'ru';
  }
  if (lat >= 20) {
    const deScore = words.de * 2 + umlaut;
    const enScore = words.en * 2;
    return deScore > enScore ? 'de' : 'en';
  }
  return 'unknown';
}

function countWords(sample: string): { en: number; de: number; uk: number; ru: number } {
  const counts = { en: 0, de: 0, uk: 0, ru: 0 };
  for (const m of sample.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    const w = m[0];
    if (EN_WORDS.has(w)) counts.en++;
    if (DE_WORDS.has(w)) counts.de++;
    if (UK_WORDS.has(w)) counts.uk++;
    if (RU_WORDS.has(w)) counts.ru++;
  }
  return counts;
}
