// What the policy says the site does not use: "Ми не використовуємо Яндекс.Метрику", "we no
// longer use Google Analytics", "wir verwenden keine Marketing-Cookies", "Google Signals вимкнено".
// A sentence is cut into clauses at contrast words ("..., а используем ..."), and only the
// negated clause denies. Vendors, cookie names and categories in it become denied items.
import type { Category, DeniedItem, VendorMention } from '../../model/types';
import type { Locator } from '../locate';
import { trimQuote } from '../locate';
import type { Sentence } from '../sentences';
import type { KnownCookie } from '../types';
import { namesInText } from './names-in-text';

const NEGATED_USE = new RegExp(
  [
    'не\\s+(?:использу(?:ем|ет|ют|ются|ется)|примен(?:яем|яет|яются)|устанавлива(?:ем|ет|ются)|подключа(?:ем|ет))',
    'не\\s+(?:використову(?:ємо|є|ють|ються|ється)|застосову(?:ємо|є|ються)|встановлю(?:ємо|є|ються)|підключа(?:ємо|є))',
    '(?:отключ[её]н|отключен[аоы]?|вимкнен[оіа]?|відключен[оіа]?)(?:\\s|$|[.,;])',
    "(?:^|\\s)(?:we|this (?:web)?site|the (?:web)?site|our (?:web)?sites?)\\s+(?:do|does|did)\\s+not\\s+use",
    "(?:^|\\s)(?:we|this (?:web)?site|the (?:web)?site|our (?:web)?sites?)\\s+(?:don['’]t|doesn['’]t|no longer|never)\\s+use",
    '(?:is|are)\\s+not\\s+used|(?:is|are)\\s+(?:disabled|turned off)|(?:^|\\s)not\\s+using\\s',
    '(?:verwenden|nutzen|setzen|benutzen|gebrauchen)\\s+(?:wir\\s+)?(?:\\p{L}+\\s+){0,2}?(?:keine?n?|nicht)(?:\\s|$)',
    '(?:wird|werden)\\s+(?:\\p{L}+\\s+){0,2}?nicht\\s+(?:verwendet|eingesetzt|genutzt)|ist\\s+deaktiviert|sind\\s+deaktiviert',
    'қолданбаймыз|пайдаланбаймыз',
  ].join('|'),
  'u',
);
/** A cheap first test: every negated use holds one of these. */
const NEGATION_WORD = /не |not|n['’]t|no longer|never|kein|nicht|вимкн|отключ|відключ|disabled|turned off|deaktiv|бай/;
const CONTRAST = /,\s+(?:а|но|але|однак|однако|but|instead|aber|sondern|jedoch)\s|\s(?:instead|sondern|but)\s|;\s/u;

const CATEGORY_WORDS: ReadonlyArray<readonly [Exclude<Category, 'unknown'>, RegExp]> = [
  ['marketing', /рекламн|маркетинг|таргет|advertising|marketing|targeting|werbe|marketing-cookies/u],
  ['analytics', /аналитическ|статистическ|аналітичн|статистичн|analytic|statistic|performance cookies|statistik|analyse-cookies/u],
  ['functional', /функциональн|функціональн|functional cookies|funktional/u],
];
const COOKIE_WORD = /cookie|куки|кукі/;

export interface DenialRead {
  denied: DeniedItem[];
  /** [start, end) offsets in doc.text of the negated clauses: vendors named only there are not declared. */
  spans: [number, number][];
}

/** `mentions`: the vendors named anywhere in doc.text, by offset (found once for the whole document). */
export function readDenials(sents: readonly Sentence[], mentions: readonly VendorMention[], known: KnownCookie, loc: Locator): DenialRead {
  const denied: DeniedItem[] = [];
  const spans: [number, number][] = [];
  const seen = new Set<string>();
  const push = (item: DeniedItem): void => {
    const key = `${item.kind}:${item.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    denied.push(item);
  };
  for (const s of sents) {
    if (s.lower.length > 1000 || !NEGATION_WORD.test(s.lower) || !NEGATED_USE.test(s.lower)) continue;
    let at = 0;
    for (const clause of splitClauses(s.text)) {
      const start = at;
      at += clause.length;
      const lower = clause.toLowerCase();
      if (!NEGATED_USE.test(lower)) continue;
      const offset = s.offset + start;
      spans.push([offset, offset + clause.length]);
      const quote = trimQuote(s.text);
      const location = loc.at(offset);
      for (const m of mentionsIn(mentions, offset, offset + clause.length)) push({ kind: 'vendor', value: m.vendor, name: m.name, quote, location });
      const names = namesInText(clause, known);
      for (const n of [...names.names, ...names.prefixes]) push({ kind: 'cookie', value: n, name: n, quote, location });
      if (COOKIE_WORD.test(lower)) {
        for (const [category, re] of CATEGORY_WORDS) if (re.test(lower)) push({ kind: 'category', value: category, name: category, quote, location });
      }
    }
  }
  return { denied, spans };
}

/** Clauses cut before each contrast word; their lengths add up to the sentence. */
function splitClauses(text: string): string[] {
  const cuts = [0];
  for (const m of text.matchAll(new RegExp(CONTRAST.source, 'gu'))) if (m.index > 0 && cuts.length < 20) cuts.push(m.index);
  cuts.push(text.length);
  return cuts.slice(0, -1).map((c, i) => text.slice(c, cuts[i + 1]));
}

function mentionsIn(mentions: readonly VendorMention[], from: number, to: number): VendorMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.offset < from) lo = mid + 1;
    else hi = mid;
  }
  const out: VendorMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.offset < to; i++) out.push(mentions[i]!);
  return out;
}

/** True when `offset` lies in one of the sorted, non-overlapping [start, end) spans. */
export function inSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = spans[mid]!;
    if (offset < from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return true;
  }
  return false;
}
