// Word lists for the duration parser. Units are keyed by every inflected form that policies use,
// because Slavic numerals govern case ("1 рік", "2 роки", "5 років", "1,5 року") and a stem match
// would also hit unrelated words ("годный", "часто").
import type { PolicyLanguage } from '../model/types';

export const SECOND = 1;
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;
export const WEEK = 7 * DAY;
/** DESIGN.md: 1 month = 30 days, 1 year = 365 days. */
export const MONTH = 30 * DAY;
export const YEAR = 365 * DAY;

const UNIT_FORMS: ReadonlyArray<readonly [number, string]> = [
  [YEAR, 'year years yr yrs y года лет г рік роки років року р jahr jahre jahren jahres jahrs j жыл жылға жылы жылдан'],
  [MONTH, 'month months mo mos mth mths месяц месяца месяцев месяцу месяцы мес місяць місяці місяців місяця міс monat monate monaten monats mon ай айға айы айдан'],
  [WEEK, 'week weeks wk wks w неделя недели недель неделю нед тиждень тижні тижнів тижня тиж woche wochen апта аптаға'],
  [DAY, 'day days d день дня дней дни днем дн сут сутки суток дні днів діб доба доби tag tage tagen tages tg күн күнге күннен'],
  [HOUR, 'hour hours hr hrs h час часа часов ч година години годин годину std stunde stunden сағат сағатқа'],
  [MINUTE, 'minute minutes min mins минута минуты минут минуту мин хвилина хвилини хвилин хвилину хв minuten'],
  [SECOND, 'second seconds sec secs s секунда секунды секунд секунду сек секунди с sekunde sekunden sek'],
];

const UNITS = new Map<string, number>();
for (const [seconds, forms] of UNIT_FORMS) for (const form of forms.split(' ')) UNITS.set(form, seconds);

/** Abbreviations of one letter read as units only right after a number ("2 г.", "24h"). */
const SHORT = new Set(['y', 'w', 'd', 'h', 's', 'г', 'р', 'ч', 'с', 'j']);

/**
 * Seconds for a unit word, or null. "год" is a year in Russian (and in the Russian of Kazakh
 * sites) but the genitive plural of "година" (hour) in Ukrainian: "24 год" on a Ukrainian page.
 */
export function unitSeconds(word: string, lang: PolicyLanguage, afterNumber: boolean): number | null {
  if (word === 'год') return lang === 'uk' ? HOUR : YEAR;
  if (!afterNumber && SHORT.has(word)) return null;
  return UNITS.get(word) ?? null;
}

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1, 'one a an один одна одно одного одну одной ein eine einen einem einer бір'],
  [2, 'two два две двух дві двох zwei екі'],
  [3, 'three три трех трёх трьох drei үш'],
  [4, 'four четыре четырех чотири чотирьох vier төрт'],
  [5, "five пять пяти п'ять п’ять fünf бес"],
  [6, 'six шесть шести шість sechs алты'],
  [7, 'seven семь семи сім sieben жеті'],
  [8, 'eight восемь восьми вісім acht сегіз'],
  [9, "nine девять девяти дев'ять дев’ять neun тоғыз"],
  [10, 'ten десять десяти zehn он'],
  [12, 'twelve двенадцать дванадцять zwölf'],
  [13, 'thirteen тринадцать тринадцять dreizehn'],
  [14, 'fourteen четырнадцать чотирнадцять vierzehn'],
  [18, 'eighteen восемнадцать вісімнадцять achtzehn'],
  [24, 'двадцать-четыре'],
  [30, 'thirty тридцать тридцати тридцять dreißig отыз'],
  [60, 'sixty шестьдесят шістдесят sechzig'],
  [90, 'ninety девяносто дев’яносто дев\'яносто neunzig'],
];

const NUMBER_WORDS = new Map<string, number>();
for (const [value, forms] of NUMERALS) for (const form of forms.split(' ')) NUMBER_WORDS.set(form, value);

export function numeralValue(word: string): number | null {
  return NUMBER_WORDS.get(word) ?? null;
}

/** "полгода", "півроку": half a year in one word. */
export const HALF_YEAR_WORDS = new Set(['полгода', 'полугода', 'півроку', 'пiвроку']);
export const HALF_WORDS = new Set(['half', 'пів', 'пол', 'halbes', 'halbe', 'halben']);

/** Words that open a range: "від 1 дня до 1 місяця", "from 1 to 2 years", "zwischen 1 und 2". */
export const RANGE_OPEN = new Set(['від', 'вiд', 'от', 'from', 'von', 'between', 'zwischen', 'між', 'между']);
/** Words and marks between the two ends of a range. */
export const RANGE_SEP = new Set(['до', 'to', 'bis', '-', '–', '—', 'till', 'until', 'по']);
/** Only after a RANGE_OPEN word ("between 1 and 2"): elsewhere these join a sum ("1 year and 6 months"). */
export const AND_WORDS = new Set(['and', 'und', 'и', 'і', 'й', 'та', 'і']);
/** Upper bound only: "до 2 лет", "up to 2 years", "bis zu 2 Jahre", "не более 1 года". */
export const UP_TO = new Set(['до', 'up', 'upto', 'max', 'maximum', 'максимум', 'максимально', 'bis', 'höchstens', 'maximal', 'within', 'under', 'unter']);
/** Lower bound only: "at least 1 year", "mindestens 1 Jahr", "від 1 року". */
export const AT_LEAST = new Set(['least', 'mindestens', 'minimum', 'минимум', 'мінімум', 'від', 'от', 'from', 'von', 'ab']);
/** "more"/"less" words: their sense flips after a negation ("не более" is at most). */
export const MORE = new Set(['более', 'больше', 'більше', 'понад', 'more', 'mehr', 'over', 'über']);
export const LESS = new Set(['менее', 'меньше', 'менше', 'less', 'weniger']);
export const NEGATION = new Set(['не', 'no', 'not', 'nicht']);

/** Words that make a lifetime a session: "сеанс", "до закриття вікна", "end of session", "Sitzung". */
export const SESSION_STEMS = ['сеанс', 'сесси', 'сессия', 'сесі', 'сесія', 'session', 'sitzung', 'sessio'];
/** Closing the browser/window/tab: a session in every language that says it. */
export const CLOSE_STEMS = ['закрыти', 'закритт', 'закрива', 'закрыва', 'close', 'closing', 'schließ', 'schliess', 'beenden', 'жабыл'];
export const BROWSER_STEMS = ['браузер', 'вікн', 'окн', 'вкладк', 'browser', 'window', 'tab', 'fenster', 'терез', 'сторін', 'страниц'];

export const PERSISTENT_STEMS = ['до очистки', 'до видалення', 'до удаления', 'until cleared', 'until you clear', 'until deleted', 'bis zur löschung', 'persistent', 'permanent', 'бессрочн', 'безсрочн', 'безстроков', 'постоянн', 'постійн', 'forever', 'unlimited', 'indefinite', 'never expire', 'dauerhaft', 'unbegrenzt', 'unbefristet', 'тұрақты', 'мерзімсіз'];
export const UNKNOWN_STEMS = ['unknown', 'varies', 'variable', 'неизвестн', 'невідом', 'unbekannt', 'variiert', 'undefined', 'n/a'];
