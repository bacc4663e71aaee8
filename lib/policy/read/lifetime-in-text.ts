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
  const shown = d.text.length > SHOWN ? d.text.slice(0, SHOWN - 1) + '…' : d.text;
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
