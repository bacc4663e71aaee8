// Cookie and storage names as they stand in running text, lists and code spans. A token is a
// name when it looks like an identifier (underscore, inner dot, lower camelCase), stands in a
// code span, follows a cookie word directly, or is a name the knowledge base knows. Header words,
// category words, technology words and web addresses are never names.
import { addName, looksLikeCookieName, type NameSet } from '../cookie-names';
import type { KnownCookie } from '../types';

/** Words that look like identifiers in policies but name technologies, not cookies. */
const TECH_WORDS = new Set([
  'localstorage', 'sessionstorage', 'indexeddb', 'javascript', 'typescript', 'wordpress', 'woocommerce', 'iphone', 'ipad', 'ios', 'macos',
  'jquery', 'youtube', 'linkedin', 'hubspot', 'paypal', 'github', 'gitlab', 'ebay', 'iframe', 'webview', 'json', 'https', 'http', 'html',
  'url', 'urls', 'api', 'sdk', 'ip', 'id', 'gdpr', 'dsgvo', 'ccpa', 'eu', 'eea', 'usa', 'uk', 'css', 'js', 'php', 'sms', 'faq', 'pdf', 'seo',
  'google', 'yandex', 'facebook', 'instagram', 'whatsapp', 'telegram', 'viber', 'tiktok', 'vkontakte', 'wechat', 'onetrust', 'cookiebot',
  'true', 'false', 'null', 'undefined', 'yes', 'no', 'on', 'off', 'de', 'en', 'ru', 'uk', 'kk', 'http_cookie', 'html_local_storage',
  'cookie', 'cookies', 'name', 'names', 'provider', 'purpose', 'type', 'expiry', 'expires', 'duration', 'domain', 'category', 'service', 'country',
]);
const TLD = /\.(?:com|net|org|ru|ua|by|kz|de|io|co|uk|eu|info|biz|me|app|dev|su|рф|gov|edu|at|ch|pl|fr|it|es|nl|us|tv|ai|ms|cloud|site|online|shop|store)$/i;
const EMAILISH = /@/;
const FILE_EXT = /\.(?:pdf|html?|php|aspx?|jsp|js|css|docx?|xlsx?|png|jpe?g|gif|svg|txt|md)$/i;

/** True for a token that reads as a cookie or storage name without any other help. */
export function identifierLike(word: string, known: KnownCookie): boolean {
  if (!looksLikeCookieName(word) || isExcluded(word)) return false;
  const core = word.replace(/[*#<{[].*$/, '');
  if (core.includes('_')) return /[A-Za-z]/.test(core) && !/^_+$/.test(core);
  if (/^\.[A-Za-z]/.test(core)) return true;
  if (/^[a-z]+[A-Z]/.test(core) && /[a-z]/.test(core)) return true;
  // a known name counts only when it does not read as an ordinary word ("store", "Login", "Consent")
  return !/^[A-Za-z][a-z]+$/.test(core) && known(word) !== null;
}

/** Names a code span (`x`) may hold: anything cookie-shaped that is not excluded. */
export function codeSpanName(word: string): boolean {
  // a code span may hold a plain word as a name (`cookies`, `design`): only the token shape is checked
  return /^[!#$%&'*+\-.^_|~0-9A-Za-z][!#$%&'*+\-.^_|~0-9A-Za-z/<>{}[\]]{1,127}$/.test(word) && /[A-Za-z]/.test(word) && !CODE_VALUES.has(word.toLowerCase()) && !isUrl(word) && !/^\d/.test(word);
}

/** Code spans that hold values or storage APIs, not names (`true`, `localStorage`). */
const CODE_VALUES = new Set(['true', 'false', 'null', 'undefined', 'yes', 'no', 'on', 'off', 'localstorage', 'sessionstorage', 'indexeddb', 'document.cookie', 'httponly', 'secure', 'samesite']);

function isUrl(word: string): boolean {
  return EMAILISH.test(word) || /^https?:/i.test(word) || /^www\./i.test(word) || (TLD.test(word) && !word.includes('_'));
}

export function isExcluded(word: string): boolean {
  const lower = word.toLowerCase();
  if (TECH_WORDS.has(lower)) return true;
  if (EMAILISH.test(word) || /^https?:/i.test(word) || /^www\./i.test(word)) return true;
  if (TLD.test(word) && !word.includes('_')) return true;
  // paths and file names in running text ("example.com/cookie_policy", "cookie_policy.pdf")
  if (word.includes('/') || FILE_EXT.test(word)) return true;
  // analytics property ids and tag ids, not cookie names
  if (/^(?:UA|G|GTM|AW|DC|GT)-[A-Z0-9-]+$/.test(word)) return true;
  return false;
}

/** Tokens of a text with their offsets: words, code spans and quoted words. */
export interface Token {
  text: string;
  offset: number;
  /** In backticks: a code span is a name in a cookie sentence. */
  code: boolean;
  /** In quotes: a name only right after a cookie word or when it looks like one. */
  quoted?: boolean;
}

const TOKEN_RE = /`([^`\n]{1,128})`|[«"“„']([!#$%&*+\-.^_|~0-9A-Za-z/<>{}[\]]{2,128})[»"”“']|([!#$%&*+\-.^_|~0-9A-Za-z/<>{}[\]]+)/g;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) out.push({ text: m[1].trim(), offset: m.index + 1, code: true });
    else if (m[2] !== undefined) out.push({ text: m[2], offset: m.index + 1, code: false, quoted: true });
    else out.push({ text: m[3]!.replace(/[.,:;)\]}>]+$/, '').replace(/^[(<[{]+/, ''), offset: m.index, code: false });
  }
  return out;
}

/** Adds a written name (wildcards allowed), dropping Cookiebot's "[x2]" count and trailing marks. */
export function addWritten(set: NameSet, word: string, asPrefix: boolean, code = false): void {
  const w = word.replace(/\[x\d+\]$/i, '').replace(/[,:;]+$|(?<=[^.])\.+$/g, '');
  if (w === '') return;
  if (code && !asPrefix && !/[*#<{[]/.test(w) && !looksLikeCookieName(w)) {
    if (!set.names.includes(w)) set.names.push(w);
    return;
  }
  if (asPrefix && !/[*#<{[]/.test(w)) {
    if (looksLikeCookieName(w) && !set.prefixes.includes(w)) set.prefixes.push(w);
    return;
  }
  addName(set, w);
}
