// A lifetime stated in running text ("_ym_uid и _ym_d хранятся 1 год", "expire after two years"):
// the duration parser on the sentence, accepted only for a number with a unit, a persistent word,
// or a session that the words tie to cookies or closing the browser.
import type { Duration, PolicyLanguage } from '../../model/types';
import { parseDuration } from '../duration';
import { SESSION_LIFETIME } from './cues';

const MAX_SECONDS = 100 * 365 * 86_400;
const SHOWN = 120;
const AFTER_SESSION = /(?:after|beyond|nach|после|після|по завершении)\s+(?:the\s+|dem\s+)?(?:end|ende|окончани|завершени|закінченн|кінц)/u;

export function lifetimeInText(text: string, lang: PolicyLanguage): Duration | null {
  const d = parseDuration(text, lang);
  if (d === null) return null;
  const phrase = d.kind === 'fixed' || d.kind === 'range' ? statedPhrase(d, lang) : null;
  const shown = phrase ?? (d.text.length > SHOWN ? d.text.slice(0, SHOWN - 1) + '…' : d.text);
  if (d.kind === 'fixed' || d.kind === 'range') {
    const top = d.maxSeconds ?? d.minSeconds;
    if (top === null || top > MAX_SECONDS || top < 1) return null;
    return { ...d, text: shown };
  }
  if (d.kind === 'persistent') return { ...d, text: shown };
  if (d.kind === 'session') {
    const lower = text.toLowerCase();
    if (!SESSION_LIFETIME.test(lower)) return null;
    // "keeps you signed in after the session ends": outliving the session is the opposite
    if (AFTER_SESSION.test(lower)) return { kind: 'persistent', minSeconds: null, maxSeconds: null, text: shown };
    return { ...d, text: shown };
  }
  return null;
}

/** A number, an optional second one, and the word after: "1 год", "від 1 до 19 років", "up to 2 years", "13-14 Monate". */
const QUANTITY = /(?:(?:up to|at most|not more than|до|не более|не больше|не більше|протягом|в течение|bis zu|höchstens)\s+)?(?:(?:from|von|от|від)\s+)?\d+(?:[.,]\d+)?\s*(?:(?:[-–—]|to|bis|до)\s*\d+(?:[.,]\d+)?\s*)?[\p{L}]+\.?/giu;

/**
 * The words of a sentence that state its lifetime, for display: "срок хранения 1 год" shows as
 * "1 год", not as the whole sentence (the quote keeps the sentence). Only a phrase that reads as the
 * same lifetime on its own is taken.
 */
function statedPhrase(d: Duration, lang: PolicyLanguage): string | null {
  if (d.text.length <= 40) return null;
  for (const m of d.text.matchAll(QUANTITY)) {
    const alone = parseDuration(m[0], lang);
    if (alone !== null && alone.minSeconds === d.minSeconds && alone.maxSeconds === d.maxSeconds) return m[0].trim();
  }
  return null;
}
