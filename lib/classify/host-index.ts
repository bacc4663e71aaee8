// Curated host rules: a hostname matches a rule for itself or any parent domain, the longest
// host first; within one host, rules with a path prefix are tried before the host-wide rule.
import type { HostRow } from './types';

export interface HostRuleMatch {
  row: HostRow;
  /** True when the rule names this exact host rather than a parent domain. */
  exactHost: boolean;
}

export class HostIndex {
  private readonly byHost = new Map<string, HostRow[]>();
  /** Parent domain -> vendors serving from below it: a cookie on .yandex.ru is mc.yandex.ru's too. */
  private readonly below = new Map<string, Set<number>>();

  constructor(rows: readonly HostRow[]) {
    for (const row of rows) {
      for (let dot = row[0].indexOf('.'); dot >= 0; dot = row[0].indexOf('.', dot + 1)) {
        const parent = row[0].slice(dot + 1);
        if (!parent.includes('.')) break;
        const set = this.below.get(parent) ?? new Set<number>();
        set.add(row[2]);
        this.below.set(parent, set);
      }
      const list = this.byHost.get(row[0]);
      if (list) list.push(row);
      else this.byHost.set(row[0], [row]);
    }
    for (const list of this.byHost.values()) list.sort((a, b) => b[1].length - a[1].length);
  }

  /** The best rule for host+path; pass path null to ignore path-limited rules (cookie domains). */
  match(hostname: string, path: string | null): HostRuleMatch | null {
    let start = 0;
    while (start >= 0 && start < hostname.length) {
      const rows = this.byHost.get(start === 0 ? hostname : hostname.slice(start));
      if (rows) {
        for (const row of rows) {
          if (row[1] === '') return { row, exactHost: start === 0 };
          if (path !== null && path.startsWith(row[1])) return { row, exactHost: start === 0 };
        }
      }
      const dot = hostname.indexOf('.', start);
      start = dot < 0 ? -1 : dot + 1;
    }
    return null;
  }

  /** Vendor indexes serving from the hostname, a parent of it, or a host below it. */
  vendorsOf(hostname: string): Set<number> {
    const out = new Set<number>(this.below.get(hostname));
    let start = 0;
    while (start >= 0 && start < hostname.length) {
      const rows = this.byHost.get(start === 0 ? hostname : hostname.slice(start));
      if (rows) for (const row of rows) out.add(row[2]);
      const dot = hostname.indexOf('.', start);
      start = dot < 0 ? -1 : dot + 1;
    }
    return out;
  }
}
