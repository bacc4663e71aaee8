// What a consent-banner button means, from its visible label, in the five audit languages
// (ru, uk, kk, en, de). This ships in every page's content script, so it is word stems and
// a few rules rather than a phrase table: banners say "Принять все cookie-файлы и продолжить"
// as often as "Принять".

export type ButtonMeaning = 'accept' | 'reject' | 'settings' | 'acknowledge';

/** Lower case, ё -> е, punctuation and symbols to spaces, runs of spaces collapsed. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Stems are matched at the start of a word. Kazakh Cyrillic letters (қ, ұ, ә ...) are kept by
// normaliseLabel because they are letters.
const ACCEPT = [
  'accept', 'allow', 'agree', 'consent', 'yes',
  'приня', 'приним', 'соглас', 'соглаш', 'разреш',
  'прийня', 'погодж', 'згод', 'дозвол',
  'akzept', 'annehm', 'zustimm', 'zulass', 'erlaub', 'einverstanden', 'stimme',
  'қабылда', 'келіс', 'рұқсат',
];
const REJECT = [
  'reject', 'decline', 'deny', 'refuse', 'disagree', 'disallow', 'opt out', 'optout',
  'отклон', 'отказ', 'запрет', 'відхил', 'відмов', 'заборон',
  'ablehn', 'verweiger', 'widersprech',
  'бас тарт', 'қабылдама',
];
// A negation before an accept stem turns it into a refusal ("не принимать", "do not accept",
// "продолжить без согласия", "continue without accepting").
const NEGATION = ['не', 'not', 'dont', 'без', 'without', 'nicht', 'ohne', 'no', 'нет', 'ні', 'nein'];
// "Only necessary" is the reject button of most banners that have no word "reject".
const ONLY = ['only', 'just', 'только', 'лише', 'тільки', 'лиш', 'nur', 'тек', 'necessary only', 'essential only'];
const NECESSARY = [
  'necessary', 'essential', 'required', 'strictly', 'needed',
  'необходим', 'обязательн', 'технич', 'необхідн', 'обовязков',
  'notwendig', 'essenziell', 'essentiell', 'erforderlich', 'nötig',
  'қажетт', 'міндетт',
];
// Choosing selectively or opening preferences: the outcome is read from the consent cookie.
const SETTINGS = [
  'setting', 'preference', 'customi', 'manage', 'option', 'configur', 'personali', 'save', 'selected', 'selection', 'purposes',
  'настро', 'параметр', 'управл', 'сохран', 'выбран', 'примен', 'персонал',
  'налашт', 'керув', 'зберег', 'вибран',
  'einstellung', 'anpass', 'verwalt', 'optionen', 'speicher', 'auswahl', 'individuell', 'präferenz',
  'баптау', 'параметрлер', 'сақта', 'таңдал',
];
const ACKNOWLEDGE = [
  'ok', 'okay', 'okey', 'got it', 'understood', 'i understand', 'understand', 'fine', 'dismiss', 'close', 'continue',
  'ок', 'окей', 'понятно', 'ясно', 'хорошо', 'понял', 'поняла', 'закрыть', 'продолжить',
  'зрозуміло', 'добре', 'зрозумів', 'закрити', 'продовжити',
  'verstanden', 'alles klar', 'schließen', 'weiter',
  'түсінікті', 'жарайды', 'жабу',
];

function startsWord(text: string, stem: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(stem, from);
    if (at < 0) return false;
    if (at === 0 || text[at - 1] === ' ') return true;
    from = at + 1;
  }
}

const anyStem = (text: string, stems: readonly string[]): boolean => stems.some((s) => startsWord(text, s));
const anyWhole = (words: readonly string[], text: string, list: readonly string[]): boolean =>
  list.some((w) => (w.includes(' ') ? ` ${text} `.includes(` ${w} `) : words.includes(w)));

/**
 * Classify a button label. null when the text is not a consent choice (links to the policy,
 * "more info", a whole paragraph that merely contains the word "accept").
 */
export function classifyButtonText(text: string): ButtonMeaning | null {
  const t = normaliseLabel(text);
  if (t === '' || t.length > 80) return null;
  const words = t.split(' ');
  if (words.length > 9) return null;

  if (anyWhole(words, t, ONLY) && anyStem(t, NECESSARY)) return 'reject';
  if (anyStem(t, REJECT)) return 'reject';
  const accepts = anyStem(t, ACCEPT);
  if (accepts && anyWhole(words, t, NEGATION)) return 'reject';
  if (anyStem(t, SETTINGS)) return 'settings';
  if (accepts) return 'accept';
  // "Nein, danke" / "No thanks" without any accept word.
  if (words[0] === 'no' || words[0] === 'nein' || words[0] === 'нет' || words[0] === 'ні') return words.length <= 3 ? 'reject' : null;
  if (anyWhole(words, t, ACKNOWLEDGE)) return words.length <= 4 ? 'acknowledge' : null;
  return null;
}
