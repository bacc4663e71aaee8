// How a cookie name written in a policy is turned into something an observed name can be tested
// against. Policies write names three ways:
//   - literally ("_ym_uid", "1P_JAR");
//   - with a placeholder for the part that varies per site ("_ga_<container-id>", "_ga_*",
//     "mp_{token}_mixpanel", "_ga_XXXXXXXXXX");
//   - with the site's own account id copied in ("_gat_gtag_UA_135248891_1"), which on another
//     property of the same vendor is "_gat_gtag_UA_999_1".
// The first is an exact name, the second a pattern, the third matches through its "shape", where
// id-like tokens are replaced by one marker.

/** Placeholder spellings seen in cookie tables: `*`, `<...>`, `{...}`, `[...]`, and XXX runs. */
const PLACEHOLDER = /\*|<[^<>]*>|\{[^{}]*\}|\[[^[\]]*\]|X{3,}/g;

export type DeclaredNameForm =
  | { kind: 'exact'; name: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'pattern'; source: string; regex: RegExp };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Classifies one declared name; a pattern whose only placeholder is at the end is a prefix. */
export function parseDeclaredName(raw: string): DeclaredNameForm {
  let name = raw.trim();
  // "UA-XXXXXX-X": once a name uses X runs as placeholders, a lone X token is one too.
  if (/X{3,}/.test(name)) name = name.replace(/(^|[_\-.])X{1,2}(?=$|[_\-.])/g, '$1XXX');
  const parts = name.split(PLACEHOLDER);
  if (parts.length === 1) return { kind: 'exact', name };
  const literals = parts.filter((p) => p.length > 0);
  // A name that is nothing but a placeholder ("*") would cover every cookie: treat it as a
  // literal so it can only match itself rather than silently declaring everything.
  if (literals.length === 0) return { kind: 'exact', name };
  const last = parts[parts.length - 1];
  if (parts.length === 2 && last === '' && parts[0] !== undefined) return { kind: 'prefix', prefix: parts[0] };
  // "*" may stand for nothing ("_ga_*" also covers "_ga_"); a named placeholder stands for something.
  let source = '^';
  const placeholders = name.match(PLACEHOLDER) ?? [];
  parts.forEach((part, i) => {
    source += escapeRegex(part);
    const ph = placeholders[i];
    if (ph !== undefined) source += ph === '*' ? '.*' : '.+';
  });
  source += '$';
  return { kind: 'pattern', source, regex: new RegExp(source, 'i') };
}

const SEPARATOR = /([_\-.:|])/;

/**
 * A token looks like an account, container or project id when it is a run of 3+ digits
 * (UA-135248891-1) or 6+ letters and digits mixed (GA4 "2B7Q3L0X9T", a PostHog key, a Mixpanel
 * token). Words ("gtag", "session") and short counters ("1") stay as they are.
 */
function isIdToken(token: string): boolean {
  if (/^\d{3,}$/.test(token)) return true;
  return token.length >= 6 && /^[A-Za-z0-9]+$/.test(token) && /\d/.test(token) && /[A-Za-z]/.test(token);
}

/** The name with id-like tokens replaced by "#"; null when the name has no such token. */
export function nameShape(name: string): string | null {
  const pieces = name.split(SEPARATOR);
  let changed = false;
  const out = pieces.map((piece, i) => {
    // Odd indexes are the captured separators.
    if (i % 2 === 1 || !isIdToken(piece)) return piece;
    changed = true;
    return '#';
  });
  return changed ? out.join('').toLowerCase() : null;
}
