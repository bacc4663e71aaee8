// Cookie names as policies write them: one or several per cell ("1P_JAR, DV"), wildcards and
// placeholders ("_ga_*", "_ga_<container-id>", "_pk_id.{site}"), or a regular expression from a
// consent manager's config (/^_pk_.*$/). Each becomes exact names plus name prefixes.

/** RFC 6265 token characters (and inner slashes: pixel paths stand beside cookies in CMP declarations). */
const TOKEN_RE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z][!#$%&'*+\-.^_`|~0-9A-Za-z/]*$/;
const PLACEHOLDER_OPEN = ['*', '<', '{', '[', '#'];
const PLACEHOLDER_RUN = /(?<=[_.-])(?:X{3,}|x{3,}|1234(?:5\d*)?)(?=$|[_.-])/;
/** Words that fill a name column but are not names ("Cookie", "Name", "n/a"). */
const NOT_NAMES = new Set([
  'cookie', 'cookies', 'name', 'names', 'n/a', 'na', 'none', 'other', 'various', '-', 'and', 'or', 'und', 'oder',
  // column labels of cookie declarations: a label is never a name, even where it stands in a name cell
  'provider', 'purpose', 'type', 'expiry', 'expires', 'expiration', 'duration', 'lifetime', 'domain', 'category', 'service', 'country',
  'description', 'vendor', 'host', 'zweck', 'anbieter', 'laufzeit', 'ablauf', 'kategorie', 'typ',
]);

export interface NameSet {
  names: string[];
  prefixes: string[];
}

/** True when `word` could be a cookie name written in a policy (placeholders allowed). */
export function looksLikeCookieName(word: string): boolean {
  if (word.length < 2 || word.length > 128) return false;
  const base = stripPlaceholder(word);
  if (base === null || !TOKEN_RE.test(base) || !/[A-Za-z]/.test(base)) return false;
  return !NOT_NAMES.has(base.toLowerCase());
}

/**
 * A name as it stands in prose, where ordinary words also appear: it must carry a mark that a
 * word does not (underscore, dot, digit, inner capital, all capitals), as "_ga", "1P_JAR",
 * "catAccCookies", "NID" and ".ASPXAUTH" do.
 */
export function looksLikeNameInProse(word: string): boolean {
  if (!looksLikeCookieName(word)) return false;
  if (/[_.$\d*<{[]/.test(word)) return true;
  if (/[a-z][A-Z]/.test(word)) return true;
  return word.length >= 2 && word.length <= 16 && /^[A-Z][A-Z0-9-]+$/.test(word);
}

/** "_ga_*" → "_ga_"; "_ga_<id>" → "_ga_"; "name" → "name"; null when nothing usable is left. */
function stripPlaceholder(word: string): string | null {
  let cut = word.length;
  for (const open of PLACEHOLDER_OPEN) {
    const at = word.indexOf(open);
    if (at >= 0 && at < cut) cut = at;
  }
  // a run of placeholder letters after a separator stands for an id: "_ga_XXXXXXX", "_hs_xxxxxx.", "_pk_id.123456"
  const run = PLACEHOLDER_RUN.exec(word.slice(0, cut));
  if (run !== null) cut = run.index;
  const base = word.slice(0, cut);
  return base === '' ? null : base;
}

/** Adds one written name to the set: exact when it has no wildcard, else its literal prefix. */
export function addName(set: NameSet, word: string): void {
  const w = word.trim().replace(/^["'«“„`]+|["'»”“`:]+$/g, '');
  if (!looksLikeCookieName(w)) return;
  const base = stripPlaceholder(w)!;
  if (base.length < w.length) {
    if (!set.prefixes.includes(base)) set.prefixes.push(base);
  } else if (!set.names.includes(w)) set.names.push(w);
}

/** Splits a name cell: commas, semicolons, slashes between spaces, line breaks and "and"-words. */
export function namesFromCell(cell: string): NameSet {
  const set: NameSet = { names: [], prefixes: [] };
  const pieces = cell.split(/[,;\n\t]| \/ |\s+(?:and|und|or|oder|и|або|или|і|та)\s+/);
  for (const piece of pieces) {
    const p = piece.trim();
    if (p === '') continue;
    if (!/\s/.test(p)) {
      addName(set, p);
      continue;
    }
    // "_ga (Google Analytics)": the first word is the name, the rest a note
    const first = p.split(/\s+/)[0] ?? '';
    const rest = p.slice(first.length).trim();
    if (rest.startsWith('(') || rest.startsWith('–') || rest.startsWith('-') || looksLikeNameInProse(first)) addName(set, first);
  }
  return set;
}

/** A name from a consent manager config: a string, or a RegExp / its source such as "^_pk_.*$". */
export function addPattern(set: NameSet, pattern: string | RegExp): void {
  if (typeof pattern === 'string') {
    addName(set, pattern);
    return;
  }
  const src = pattern.source;
  const anchored = src.startsWith('^');
  let literal = '';
  let i = anchored ? 1 : 0;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && /[.\-_$^*+?()[\]{}|/]/.test(src[i + 1]!)) {
      literal += src[++i];
      continue;
    }
    if (/[.*+?()[\]{}|$\\]/.test(c)) break;
    literal += c;
  }
  const rest = src.slice(i);
  if (anchored && rest === '$' && TOKEN_RE.test(literal)) {
    if (!set.names.includes(literal)) set.names.push(literal);
  } else if (anchored && literal.length >= 2 && TOKEN_RE.test(literal)) {
    if (!set.prefixes.includes(literal)) set.prefixes.push(literal);
  } else if (!anchored && rest === '' && TOKEN_RE.test(literal)) {
    // an unanchored regex without metacharacters matches the literal anywhere; keep it as a name
    if (!set.names.includes(literal)) set.names.push(literal);
  }
}
