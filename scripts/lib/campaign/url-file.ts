// The campaign's URL file: one site a line. A line is a URL, a bare host name, or a ranked list
// row ("1,example.com" as in the Tranco list). Blank lines and "#" comments are skipped; every
// other line that is not a usable http(s) address is reported with its number and skipped, so one
// typo never stops a ten-thousand-site run.
import { parse } from 'tldts';

export interface UrlEntry {
  /** 1-based line number in the file. */
  line: number;
  url: string;
}

export interface UrlProblem {
  line: number;
  text: string;
  reason: string;
}

export interface UrlFile {
  entries: UrlEntry[];
  problems: UrlProblem[];
}

const MAX_SHOWN = 80;

export function parseUrlFile(text: string): UrlFile {
  const entries: UrlEntry[] = [];
  const problems: UrlProblem[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const result = urlOfLine(trimmed);
    if ('reason' in result) {
      problems.push({ line, text: shorten(trimmed), reason: result.reason });
      return;
    }
    const first = seen.get(result.url);
    if (first !== undefined) {
      problems.push({ line, text: shorten(trimmed), reason: `same as line ${first}` });
      return;
    }
    seen.set(result.url, line);
    entries.push({ line, url: result.url });
  });
  return { entries, problems };
}

function urlOfLine(text: string): { url: string } | { reason: string } {
  // "rank,host" rows of ranked lists.
  const ranked = /^\d+\s*[,;\t]\s*(\S+)$/.exec(text);
  const candidate = ranked ? ranked[1]! : text;
  if (/\s/.test(candidate)) return { reason: 'contains spaces' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(candidate);
  if (hasScheme && !/^https?:\/\//i.test(candidate)) return { reason: 'not an http(s) address' };
  let url: URL;
  try {
    url = new URL(hasScheme ? candidate : `https://${candidate}`);
  } catch {
    return { reason: 'not a valid URL' };
  }
  if (url.username || url.password) return { reason: 'has a user name or password' };
  const host = url.hostname;
  const info = parse(host);
  if (!info.isIp && !(info.domain && info.publicSuffix && host.includes('.'))) return { reason: `"${host}" is not a host name` };
  url.hash = '';
  return { url: url.href };
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
