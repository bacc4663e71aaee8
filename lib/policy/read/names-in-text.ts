// Names in one sentence, list lead or cell of running text: code spans, identifier-like tokens,
// names the knowledge base knows, and (in Cyrillic text) the Latin word right after a cookie word
// ("файл cookie_consent", "cookie cart запоминает"). A sentence about prefixes gives prefixes.
import type { NameSet } from '../cookie-names';
import type { KnownCookie } from '../types';
import { PREFIX_CUE } from './cues';
import { addWritten, codeSpanName, identifierLike, isExcluded, tokens } from './name-tokens';

const COOKIE_WORD = /^(?:cookie|cookies|куки|кукі|файл|файлы|файли|файлу|файла|localstorage|named|called|namens|под названием|с именем|з назвою|з ім'ям)$/i;
const CYRILLIC = /[\u0400-\u04ff]/;
const MARKS = /[`_'"«“„]|[a-z][A-Z]|[A-Z]{2}|\.[A-Za-z]|[A-Za-z]\d|\d[A-Za-z]/;

export function namesInText(text: string, known: KnownCookie): NameSet {
  const set: NameSet = { names: [], prefixes: [] };
  const cyrillic = CYRILLIC.test(text);
  // most sentences hold no mark a name would carry: skip them before tokenising
  if (!MARKS.test(text) && !(cyrillic && /[a-z]{2}/.test(text))) return set;
  const lower = text.toLowerCase();
  const asPrefix = PREFIX_CUE.test(lower);
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (t.text === '') continue;
    const bare = t.text.replace(/\[x\d+\]$/i, '');
    let take = false;
    if (t.code) take = codeSpanName(bare);
    else if (identifierLike(bare, known)) take = true;
    else if (((cyrillic && /^[a-z][a-z0-9_-]{1,40}$/.test(bare)) || (t.quoted === true && /^[A-Za-z][\w-]{1,40}$/.test(bare))) && !isExcluded(bare)) {
      // a Latin word right after a cookie word in Cyrillic text, or a quoted one anywhere, names that cookie
      const prev = previousWord(text, t.offset);
      take = prev !== null && COOKIE_WORD.test(prev);
    }
    if (take) addWritten(set, bare, asPrefix, t.code);
  }
  return set;
}

function previousWord(text: string, offset: number): string | null {
  const before = text.slice(Math.max(0, offset - 40), offset).trimEnd();
  const m = /([\p{L}]+)$/u.exec(before);
  return m === null ? null : m[1]!;
}
