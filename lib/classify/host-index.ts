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

  constructor(rows: readonly HostRow[]) {
    for (const row of rows) {
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

  /** Vendor indexes owning the hostname or a parent of it (path-limited rules included). */
  vendorsOf(hostname: string): Set<number> {
    const out = new Set<number>();
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
