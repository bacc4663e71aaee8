// Statements about cookies as a whole, read sentence by sentence: "we use only session cookies",
// "consent may be requested on the first visit", "cookies are not personal data", "see our
// separate cookie policy". Each rule is a small test on one lower-cased sentence.
import type { DeclaredStatement, PolicySource, StatementKind } from '../model/types';
import type { Locator } from './locate';
import { trimQuote } from './locate';
import type { Sentence } from './sentences';
import type { ExtractedLink } from './types';

const COOKIE_RE = /cookie|куки|кукі/;
const SESSION_ADJ = /(сеансов|сессионн|сесійн|session|sitzungs)[\p{L}]*[\s-]+(?:[\p{L}]+\s+)?(?:файл[\p{L}]*\s+)?(?:cookie|куки|кукі)/u;
/** A statement about the site's practice uses a verb of use or "only"; a table cell "Session cookie" does not. */
const USE = /использ|примен|використ|застосов|(?:^|\s)(?:use|uses|using|used|only)(?:\s|$)|только|лише|тільки|verwend|setzen|nutzen|einsatz|ausschließlich|(?:^|\s)nur(?:\s|$)|қолдан/u;
const PERSISTENT = /постоянн|постійн|persistent|permanent|dauerhaft|долгосрочн|довгостроков|долговрем|длительн/;
const FIRST_VISIT = /перв[\p{L}]*\s+(?:[\p{L}]+\s+)?(?:посещ|визит|заход|вход)|перш[\p{L}]*\s+(?:[\p{L}]+\s+)?(?:відвідуван|візит|вход|заход)|first\s+(?:time\s+)?(?:you\s+)?visit|ersten\s+besuch|бірінші\s+рет/u;
const CONSENT = /соглас|згод|consent|einwillig|zustimm|келісім/;
const NOT_PERSONAL = /(?:^|[\s,(])(?:не|not|keine?|nicht)\s+(?:[\p{L}.]+\s+){0,3}(?:персональн|personal|personenbezog|дербес)/u;
const NOT_PERSONAL_VERB = /относ|явля|счита|вважа|відн|(?:^|\s)(?:є|are|is)(?:\s|$)|constitut|consider|sind|gelten|gilt|болып/u;
const COOKIE_POLICY = /(?:политик|політик|положени|правил)[\p{L}]*\s+(?:[\p{L}]+\s+){0,3}(?:cookie|куки|кукі)|cookie[\s-]?(?:policy|richtlinie|notice|statement|hinweis|erklärung|политик|політик)/u;
/** A pointer to another document: without one, "this cookie policy" is the page itself. */
const REFERENCE = /отдельн|окрем|separate|separat|ознаком|ознайом|следуйте|перейдите|перейдіть|дополнительн[\p{L}]* информац|додатков[\p{L}]* інформац|see |read |follow |find |details|more information|learn more|weitere informationen|подробн|детальн|докладн|finden sie|siehe|lesen sie|https?:\/\/|www\.|по ссылке|за посиланням|здесь|тут|here|hier|документ|document|dokument/u;

type Rule = (s: Sentence) => boolean;

const RULES: ReadonlyArray<readonly [StatementKind, Rule]> = [
  ['session-only', (s) => SESSION_ADJ.test(s.lower) && USE.test(s.lower) && !PERSISTENT.test(s.lower)],
  ['consent-first-visit', (s) => FIRST_VISIT.test(s.lower) && CONSENT.test(s.lower) && COOKIE_RE.test(s.lower)],
  ['not-personal-data', (s) => COOKIE_RE.test(s.lower) && NOT_PERSONAL.test(s.lower) && NOT_PERSONAL_VERB.test(s.lower)],
  ['separate-cookie-policy', (s) => COOKIE_POLICY.test(s.lower) && REFERENCE.test(s.lower)],
];

export function declaredStatements(
  sents: Iterable<Sentence>,
  loc: Locator,
  links: readonly ExtractedLink[],
  kind: PolicySource['kind'],
): DeclaredStatement[] {
  const out: DeclaredStatement[] = [];
  const seen = new Set<StatementKind>();
  for (const s of sents) {
    if (seen.size === RULES.length) break;
    for (const [statement, rule] of RULES) {
      if (seen.has(statement) || s.lower.length > 1500 || !rule(s)) continue;
      if (statement === 'separate-cookie-policy' && kind === 'cookie-policy' && !/отдельн|окрем|separate|separat/.test(s.lower)) continue;
      seen.add(statement);
      const found: DeclaredStatement = { kind: statement, quote: trimQuote(s.text), location: loc.at(s.offset) };
      if (statement === 'separate-cookie-policy') {
        const url = linkIn(s, links) ?? urlIn(s.text);
        if (url !== null) found.url = url;
      }
      out.push(found);
    }
  }
  return out;
}

/** A link inside the sentence's block whose text or address speaks of cookies. */
function linkIn(s: Sentence, links: readonly ExtractedLink[]): string | null {
  const from = s.block.offset;
  const to = s.block.offset + s.block.text.length + 1;
  for (const l of links) {
    if (l.offset < from || l.offset > to) continue;
    if (/cookie|куки|кукі/i.test(l.text + ' ' + l.href)) return l.href;
  }
  return null;
}

function urlIn(text: string): string | null {
  const m = /https?:\/\/[^\s<>"')]+/.exec(text);
  return m === null ? null : m[0].replace(/[.,;]+$/, '');
}
