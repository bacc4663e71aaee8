import { describe, expect, test } from 'vitest';
import { parseDuration } from '../../../lib/policy';
import type { Duration, PolicyLanguage } from '../../../lib/model/types';

const S = 1;
const MIN = 60;
const H = 3600;
const D = 86_400;
const W = 7 * D;
const MO = 30 * D;
const Y = 365 * D;

type Case = [text: string, lang: PolicyLanguage, kind: Duration['kind'], min: number | null, max: number | null];

const fixed = (text: string, lang: PolicyLanguage, s: number): Case => [text, lang, 'fixed', s, s];
const range = (text: string, lang: PolicyLanguage, min: number | null, max: number | null): Case => [text, lang, 'range', min, max];
const session = (text: string, lang: PolicyLanguage): Case => [text, lang, 'session', null, null];
const persistent = (text: string, lang: PolicyLanguage): Case => [text, lang, 'persistent', null, null];

const CASES: Case[] = [
  // Ukrainian: every plural form, decimal commas, ranges (seed 003's own phrases first)
  fixed('2 роки', 'uk', 2 * Y),
  fixed('1 місяць', 'uk', MO),
  fixed('1 рік', 'uk', Y),
  range('Від 1 дня до 1 місяця', 'uk', D, MO),
  range('Від 1 до 19 років', 'uk', Y, 19 * Y),
  fixed('1,5 року', 'uk', 1.5 * Y),
  fixed('14 днів', 'uk', 14 * D),
  fixed('1 день', 'uk', D),
  fixed('2 місяця', 'uk', 2 * MO),
  session('До закриття вікна Інтернет-сторінки', 'uk'),
  session('до закриття браузера', 'uk'),
  session('сесія', 'uk'),
  session('сеансовий', 'uk'),
  fixed('5 років', 'uk', 5 * Y),
  fixed('3 місяці', 'uk', 3 * MO),
  fixed('6 місяців', 'uk', 6 * MO),
  fixed('2 дні', 'uk', 2 * D),
  fixed('1 тиждень', 'uk', W),
  fixed('2 тижні', 'uk', 2 * W),
  fixed('5 тижнів', 'uk', 5 * W),
  fixed('24 години', 'uk', 24 * H),
  fixed('1 година', 'uk', H),
  fixed('5 годин', 'uk', 5 * H),
  fixed('24 год', 'uk', 24 * H),
  fixed('30 хвилин', 'uk', 30 * MIN),
  fixed('1 хвилина', 'uk', MIN),
  fixed('2 хвилини', 'uk', 2 * MIN),
  fixed('10 секунд', 'uk', 10 * S),
  fixed('два роки', 'uk', 2 * Y),
  fixed('півроку', 'uk', 0.5 * Y),
  range('до 2 років', 'uk', null, 2 * Y),
  range('не більше 1 року', 'uk', null, Y),
  persistent('постійний', 'uk'),
  persistent('безстроково', 'uk'),
  range('від 1 року', 'uk', Y, null),
  fixed('1 рік 6 місяців', 'uk', Y + 6 * MO),
  range('1-2 роки', 'uk', Y, 2 * Y),
  // Russian
  fixed('1 год', 'ru', Y),
  fixed('2 года', 'ru', 2 * Y),
  fixed('5 лет', 'ru', 5 * Y),
  fixed('1 месяц', 'ru', MO),
  fixed('3 месяца', 'ru', 3 * MO),
  fixed('12 месяцев', 'ru', 12 * MO),
  fixed('1 день', 'ru', D),
  fixed('2 дня', 'ru', 2 * D),
  fixed('30 дней', 'ru', 30 * D),
  fixed('1 неделя', 'ru', W),
  fixed('2 недели', 'ru', 2 * W),
  fixed('5 недель', 'ru', 5 * W),
  fixed('1 час', 'ru', H),
  fixed('2 часа', 'ru', 2 * H),
  fixed('24 часа', 'ru', 24 * H),
  fixed('5 часов', 'ru', 5 * H),
  fixed('1 минута', 'ru', MIN),
  fixed('30 минут', 'ru', 30 * MIN),
  fixed('2 минуты', 'ru', 2 * MIN),
  fixed('1 секунда', 'ru', S),
  fixed('30 секунд', 'ru', 30 * S),
  fixed('1,5 года', 'ru', 1.5 * Y),
  fixed('полгода', 'ru', 0.5 * Y),
  fixed('1 сутки', 'ru', D),
  fixed('2 г.', 'ru', 2 * Y),
  fixed('10 мин.', 'ru', 10 * MIN),
  fixed('в течение года', 'ru', Y),
  fixed('один год', 'ru', Y),
  fixed('две недели', 'ru', 2 * W),
  range('от 1 дня до 2 лет', 'ru', D, 2 * Y),
  range('от 1 до 3 месяцев', 'ru', MO, 3 * MO),
  range('до 2 лет', 'ru', null, 2 * Y),
  range('не более 1 года', 'ru', null, Y),
  range('не менее 6 месяцев', 'ru', 6 * MO, null),
  range('более 2 лет', 'ru', 2 * Y, null),
  range('1–2 года', 'ru', Y, 2 * Y),
  fixed('1 год и 6 месяцев', 'ru', Y + 6 * MO),
  session('сеанс', 'ru'),
  session('сессия', 'ru'),
  session('сессионный', 'ru'),
  session('до закрытия браузера', 'ru'),
  session('до окончания сессии', 'ru'),
  persistent('бессрочно', 'ru'),
  persistent('постоянный', 'ru'),
  // Kazakh-Russian sites
  fixed('1 год', 'kk', Y),
  fixed('1 жыл', 'kk', Y),
  fixed('30 күн', 'kk', 30 * D),
  fixed('6 ай', 'kk', 6 * MO),
  fixed('24 сағат', 'kk', 24 * H),
  // English
  fixed('1 year', 'en', Y),
  fixed('2 years', 'en', 2 * Y),
  fixed('13 months', 'en', 13 * MO),
  fixed('1 month', 'en', MO),
  fixed('1 week', 'en', W),
  fixed('2 weeks', 'en', 2 * W),
  fixed('1 day', 'en', D),
  fixed('30 days', 'en', 30 * D),
  fixed('1 hour', 'en', H),
  fixed('24 hours', 'en', 24 * H),
  fixed('1 minute', 'en', MIN),
  fixed('30 minutes', 'en', 30 * MIN),
  fixed('30 mins', 'en', 30 * MIN),
  fixed('10 seconds', 'en', 10 * S),
  fixed('1 second', 'en', S),
  fixed('an hour', 'en', H),
  fixed('a year', 'en', Y),
  fixed('half a year', 'en', 0.5 * Y),
  fixed('30-day', 'en', 30 * D),
  fixed('24h', 'en', 24 * H),
  fixed('2y', 'en', 2 * Y),
  fixed('3650 days', 'en', 3650 * D),
  fixed('1,000 days', 'en', 1000 * D),
  fixed('1.5 years', 'en', 1.5 * Y),
  fixed('1 year and 6 months', 'en', Y + 6 * MO),
  fixed('2 years after last activity', 'en', 2 * Y),
  fixed('two years', 'en', 2 * Y),
  range('1-2 years', 'en', Y, 2 * Y),
  range('from 1 day to 1 month', 'en', D, MO),
  range('between 1 and 2 years', 'en', Y, 2 * Y),
  range('up to 2 years', 'en', null, 2 * Y),
  range('at least 1 year', 'en', Y, null),
  range('180 days after last activity or 10 years when opting out', 'en', 180 * D, 10 * Y),
  range('1 day / 2 years', 'en', D, 2 * Y),
  session('Session', 'en'),
  session('session', 'en'),
  session('End of session (browser)', 'en'),
  session('Sessions', 'en'),
  session('until the browser is closed', 'en'),
  session('when you close your browser', 'en'),
  persistent('persistent', 'en'),
  persistent('Persistent', 'en'),
  persistent('forever', 'en'),
  persistent('Unlimited', 'en'),
  persistent('never expires', 'en'),
  ['Unknown', 'en', 'unknown', null, null],
  ['Varies', 'en', 'unknown', null, null],
  // German
  fixed('1 Jahr', 'de', Y),
  fixed('2 Jahre', 'de', 2 * Y),
  fixed('6 Monate', 'de', 6 * MO),
  fixed('1 Monat', 'de', MO),
  fixed('14 Tage', 'de', 14 * D),
  fixed('1 Tag', 'de', D),
  fixed('1 Woche', 'de', W),
  fixed('2 Wochen', 'de', 2 * W),
  fixed('24 Stunden', 'de', 24 * H),
  fixed('1 Stunde', 'de', H),
  fixed('30 Minuten', 'de', 30 * MIN),
  fixed('10 Sekunden', 'de', 10 * S),
  fixed('ein Jahr', 'de', Y),
  fixed('1,5 Jahre', 'de', 1.5 * Y),
  fixed('1 Jahr und 6 Monate', 'de', Y + 6 * MO),
  range('bis zu 2 Jahre', 'de', null, 2 * Y),
  range('von 1 bis 2 Jahren', 'de', Y, 2 * Y),
  range('nach 6 Monaten bis 1 Jahr', 'de', 6 * MO, Y),
  session('Sitzung', 'de'),
  session('Sitzungsende', 'de'),
  session('bis zum Schließen des Browsers', 'de'),
  persistent('dauerhaft', 'de'),
  persistent('unbegrenzt', 'de'),
];

describe('parseDuration', () => {
  test('covers at least 100 phrases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  test.each(CASES)('%s (%s) → %s %s..%s', (text, lang, kind, min, max) => {
    const d = parseDuration(text, lang);
    expect(d).not.toBeNull();
    expect(d).toMatchObject({ kind, minSeconds: min, maxSeconds: max });
    expect(d?.text).toBe(text.trim());
  });

  test.each([
    ['', 'en'],
    ['   ', 'ru'],
    ['Google', 'en'],
    ['HTTP Cookie', 'en'],
    ['Файл Cookie збирає інформацію', 'uk'],
    ['17.2', 'uk'],
  ] as const)('%j is not a duration', (text, lang) => {
    expect(parseDuration(text, lang)).toBeNull();
  });

  test('the language decides "год": a year in Russian, an hour in Ukrainian', () => {
    expect(parseDuration('24 год', 'ru')?.maxSeconds).toBe(24 * Y);
    expect(parseDuration('24 год', 'uk')?.maxSeconds).toBe(24 * H);
  });
});
