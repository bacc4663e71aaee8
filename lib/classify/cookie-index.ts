// Name lookup over cookie/storage rules: exact names in a Map, the rest bucketed by their first
// two literal characters so a lookup tests a handful of prefixes instead of hundreds.
import type { CookieRow } from './types';

export interface CookieRuleMatch {
  row: CookieRow;
  kind: 'exact' | 'pattern' | 'prefix' | 'case-insensitive';
}

interface PatternRule {
  row: CookieRow;
  literal: string;
  /** Set when "*" stands inside the name ("mp_*_mixpanel"); plain prefixes have none. */
  re: RegExp | null;
}

const BUCKET = 2;

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export class CookieIndex {
  private readonly exact = new Map<string, CookieRow[]>();
  private readonly lower = new Map<string, CookieRow[]>();
  private readonly buckets = new Map<string, PatternRule[]>();
  private readonly short: PatternRule[] = [];

  constructor(rows: readonly CookieRow[]) {
    for (const row of rows) {
      const name = row[0];
      const star = name.indexOf('*');
      if (star < 0) {
        push(this.exact, name, row);
        push(this.lower, name.toLowerCase(), row);
        continue;
      }
      const literal = name.slice(0, star);
      const isPrefix = star === name.length - 1;
      const rule: PatternRule = {
        row,
        literal,
        re: isPrefix ? null : new RegExp(`^${name.split('*').map(escape).join('.+')}$`),
      };
      if (literal.length < BUCKET) this.short.push(rule);
      else push(this.buckets, literal.slice(0, BUCKET), rule);
    }
    // Longest literal first, so "_ga_*" is tried before "_*", and embedded-id patterns before prefixes.
    const order = (a: PatternRule, b: PatternRule): number =>
      b.literal.length - a.literal.length || Number(b.re !== null) - Number(a.re !== null);
    for (const list of this.buckets.values()) list.sort(order);
    this.short.sort(order);
  }

  /** All rules for the name, best first: exact, then patterns by literal length, then case-folded. */
  match(name: string): CookieRuleMatch[] {
    const out: CookieRuleMatch[] = [];
    const exact = this.exact.get(name);
    if (exact) for (const row of exact) out.push({ row, kind: 'exact' });
    const bucket = this.buckets.get(name.slice(0, BUCKET));
    if (bucket) collect(bucket, name, out);
    if (this.short.length) collect(this.short, name, out);
    if (out.length === 0) {
      const folded = this.lower.get(name.toLowerCase());
      if (folded) for (const row of folded) out.push({ row, kind: 'case-insensitive' });
    }
    return out;
  }
}

function collect(rules: PatternRule[], name: string, out: CookieRuleMatch[]): void {
  for (const rule of rules) {
    if (!name.startsWith(rule.literal)) continue;
    if (rule.re) {
      if (rule.re.test(name)) out.push({ row: rule.row, kind: 'pattern' });
    } else if (name.length > rule.literal.length) {
      out.push({ row: rule.row, kind: 'prefix' });
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
