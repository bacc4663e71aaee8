// Purpose words to categories, in the five languages. Stems, matched at word starts, so case
// endings do not matter ("статистичної", "статистические", "Statistik"). Adjective stems only
// where the noun would be too broad ("рекламн" for "рекламные", not "реклама" in general prose).
import type { Category } from '../model/types';

type Lexicon = ReadonlyArray<readonly [Exclude<Category, 'unknown'>, readonly string[]]>;

/** Words that say what a cookie is for (purpose text in tables, descriptions). */
export const PURPOSE_LEXICON: Lexicon = [
  ['marketing', ['реклам', 'маркетинг', 'таргет', 'ретаргет', 'advertis', 'marketing', 'targeting', 'retarget', 'remarketing', 'ads', 'werbe', 'werbung', 'doubleclick', 'conversion tracking', 'жарнам']],
  ['analytics', ['статист', 'аналит', 'аналіт', 'analytic', 'statistic', 'statist', 'analyse', 'analysis', 'measure', 'performance', 'конверс', 'conversion', 'отслежив', 'відстеж', 'tracking', 'reichweit', 'besucherz', 'metrik', 'метрик']],
  ['functional', ['функциональн', 'функціональн', 'functional', 'functionality', 'preference', 'предпочтен', 'налаштуван', 'настройк', 'personaliz', 'personalis', 'funktional', 'präferenz', 'komfort', 'видео', 'відео', 'video', 'чат', 'chat', 'язык', 'мов', 'language', 'sprache']],
  ['necessary', ['необходим', 'необхідн', 'обязательн', 'обов', 'технически', 'технічн', 'essential', 'necessary', 'strictly', 'required', 'notwendig', 'erforderlich', 'essenziell', 'unbedingt', 'безопасн', 'безпек', 'security', 'sicherheit', 'авториз', 'authent', 'login', 'sign', 'вход', 'вхід', 'аккаунт', 'обліков', 'учетн', 'account', 'сеанс', 'сесі', 'сесси', 'session', 'соглас', 'згод', 'consent', 'einwillig', 'load balanc', 'балансир', 'csrf', 'захист', 'защит']],
];

/** Category labels of consent managers, imports and headings ("Statistics", "Targeting Cookies"). */
export const LABEL_LEXICON: Lexicon = [
  // "целевые"/"цільові" are the ru/uk words CMP translations use for targeting cookies
  ['marketing', ['marketing', 'advertis', 'targeting', 'ads', 'реклам', 'маркетинг', 'таргет', 'целев', 'цільов', 'werbung', 'werbe', 'social', 'жарнам']],
  // "производительности"/"продуктивності"/"Leistung": performance cookies in ru/uk/de translations
  ['analytics', ['analytic', 'statistic', 'statist', 'performance', 'measurement', 'аналит', 'аналіт', 'статист', 'производительн', 'продуктивн', 'statistik', 'analyse', 'leistung']],
  ['functional', ['functional', 'preference', 'personaliz', 'personalis', 'функциональ', 'функціональ', 'предпочтен', 'персонализ', 'персоналіз', 'funktional', 'präferenz', 'komfort']],
  ['necessary', ['necessary', 'essential', 'strictly', 'required', 'security', 'technical', 'необходим', 'необхідн', 'обязательн', 'обов', 'технически', 'технічн', 'notwendig', 'erforderlich', 'essenziell', 'sicherheit', 'қажетті']],
];

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The category whose stems occur most in `text`; ties go to the more intrusive category. */
export function categoryFromText(text: string, lexicon: Lexicon = PURPOSE_LEXICON): Category | null {
  if (text === '') return null;
  const lower = text.toLowerCase();
  const words = Array.from(lower.matchAll(WORD_RE), (m) => m[0]);
  let best: Category | null = null;
  let bestScore = 0;
  for (const [category, stems] of lexicon) {
    let score = 0;
    for (const stem of stems) {
      if (stem.includes(' ')) {
        if (lower.includes(stem)) score++;
      } else if (words.some((w) => w.startsWith(stem))) score++;
    }
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}

export function categoryFromLabel(label: string): Category | null {
  const lower = label.toLowerCase();
  if (/unclassified|uncategori|не классиф|некласиф|nicht klassifiz|unknown|unbekannt/.test(lower)) return 'unknown';
  return categoryFromText(label, LABEL_LEXICON);
}

/**
 * The category a purpose cell files a cookie under, only when the cell is a category label
 * ("Analytics", "Строго необходимые"). A longer description is not a filing: "keeps your session"
 * does not declare a cookie necessary, and a guessed category would put words in the policy's mouth
 * (purpose-mismatch quotes the declared category as the policy's own).
 */
export function categoryOfPurposeCell(purpose: string | null): Category | null {
  if (purpose === null) return null;
  const t = purpose.trim().replace(/[.:]+$/, '');
  if (t.length > 40 || t.split(/\s+/).length > 4) return null;
  return categoryFromLabel(t);
}

const LEAD_LABEL = /^([^:.!?]{2,40}):\s/u;
/** "marketing partners", "аналітичні файли cookie", "Werbe-Cookies": a category word before the cookie word. */
const NAMED_KIND = /([\p{L}-]{3,30})[\s-]+(?:cookies?|partners?|tools?|services?|technolog\p{L}*|файл\p{L}*|cookie|куки|кукі|сервис\p{L}*|сервіс\p{L}*|технолог\p{L}*|партн[её]р\p{L}*|dienste?|partner)(?![\p{L}])/giu;

/**
 * The category a sentence itself files its cookies under: a category label leading it
 * ("Необхідні: sessionid, csrftoken") or a category word naming the cookies or their setters
 * ("our marketing partners may set _gcl_au"). Not a guess from what the cookie does.
 */
export function categoryNamedIn(sentence: string): Category | null {
  const lead = LEAD_LABEL.exec(sentence);
  if (lead !== null) {
    const c = categoryFromLabel(lead[1]!);
    if (c !== null) return c;
  }
  for (const m of sentence.matchAll(NAMED_KIND)) {
    const c = categoryFromLabel(m[1]!);
    if (c !== null) return c;
  }
  return null;
}
