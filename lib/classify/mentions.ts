// Finds vendors named in policy text through the curated aliases. Each alias becomes a regex
// that tolerates case, "ё"/"е", the separators between words ("Яндекс.Метрика" / "Яндекс Метрика"
// / "Яндекс-Метрика") and Russian/Ukrainian case endings ("Яндекс.Метрики", "Метрикой").
// Word edges are checked with Unicode letter classes because \b only knows ASCII.
import type { PolicyLanguage, VendorMention } from '../model/types';
import type { AliasRow } from './types';

const CYRILLIC = /[\u0400-\u04ff]/;
const SEPARATOR = '[\\s.\\-\u2010-\u2014_\u00a0]*';
const LEFT_EDGE = '(?<![\\p{L}\\p{N}_])';
const RIGHT_EDGE = '(?![\\p{L}\\p{N}_])';

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Endings of the nouns that vendor names decline like (feminine in -а/-я, masculine, plural).
function inflect(token: string): string {
  if (!CYRILLIC.test(token) || token.length < 4) return letters(token);
  const last = token.slice(-1).toLowerCase();
  if (last === 'а' || last === 'я') return `${letters(token.slice(0, -1))}(?:а|я|и|ы|е|у|ю|ой|ою|ей|ею|і)`;
  if (last === 'и' || last === 'ы') return `${letters(token.slice(0, -1))}(?:и|ы|ов|ам|ами|ах|ів)`;
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) return `${letters(token)}(?:а|у|ом|е|і|ові|ы|ов|ам|ами|ах)?`;
  return letters(token);
}

function letters(text: string): string {
  return escapeRe(text).replace(/[её]/gi, (c) => (c === c.toLowerCase() ? '[её]' : '[ЕЁ]'));
}

export function aliasPattern(text: string): string {
  const tokens = text.split(/[\s.\-_\u00a0]+/).filter(Boolean);
  return tokens.map(inflect).join(SEPARATOR);
}

interface Alternative {
  pattern: string;
  vendor: number;
  length: number;
}

export interface MentionMatcher {
  find(text: string): { vendor: number; offset: number; matched: string }[];
}

function buildRegex(alts: Alternative[], flags: string): { re: RegExp; vendors: number[] } | null {
  if (alts.length === 0) return null;
  alts.sort((a, b) => b.length - a.length);
  // One named group per alternative would be slow; capture groups in order map back to vendors.
  const source = alts.map((a) => `(${a.pattern})`).join('|');
  return { re: new RegExp(`${LEFT_EDGE}(?:${source})${RIGHT_EDGE}`, flags), vendors: alts.map((a) => a.vendor) };
}

export function createMentionMatcher(aliases: readonly AliasRow[], lang: PolicyLanguage): MentionMatcher {
  const insensitive: Alternative[] = [];
  const sensitive: Alternative[] = [];
  const seen = new Set<string>();
  for (const [text, vendor, caseSensitive, langs] of aliases) {
    if (langs && !langs.split(',').includes(lang)) continue;
    // Two- and three-letter names ("VK", "GTM", "UIS") are words only in capitals.
    const strict = caseSensitive === 1 || text.replace(/[^\p{L}\p{N}]/gu, '').length <= 3;
    const pattern = aliasPattern(text);
    const key = `${strict ? 's' : 'i'}${pattern}`;
    if (!pattern || seen.has(key)) continue;
    seen.add(key);
    (strict ? sensitive : insensitive).push({ pattern, vendor, length: text.length });
  }
  const regexes = [buildRegex(insensitive, 'giu'), buildRegex(sensitive, 'gu')].filter((r) => r !== null);
  return {
    find(text) {
      const hits: { vendor: number; offset: number; matched: string }[] = [];
      for (const { re, vendors } of regexes) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const group = m.findIndex((g, i) => i > 0 && g !== undefined);
          const vendor = vendors[group - 1];
          if (vendor !== undefined) hits.push({ vendor, offset: m.index, matched: m[0] });
        }
      }
      return resolveOverlaps(hits);
    },
  };
}

// The two regexes can both claim a span ("VK Ads" vs "VK"): keep the longest, then the earliest.
function resolveOverlaps<T extends { offset: number; matched: string }>(hits: T[]): T[] {
  hits.sort((a, b) => a.offset - b.offset || b.matched.length - a.matched.length);
  const out: T[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.offset < end) continue;
    out.push(h);
    end = h.offset + h.matched.length;
  }
  return out;
}

export function toMentions(
  hits: { vendor: number; offset: number; matched: string }[],
  vendorAt: (index: number) => { id: string; name: string } | undefined,
): VendorMention[] {
  const out: VendorMention[] = [];
  for (const h of hits) {
    const v = vendorAt(h.vendor);
    if (v) out.push({ vendor: v.id, name: v.name, matched: h.matched, offset: h.offset, length: h.matched.length });
  }
  return out;
}
