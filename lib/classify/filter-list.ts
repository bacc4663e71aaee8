// Build-time reader for Adblock Plus syntax lists (EasyPrivacy, RU AdList Counters). Keeps what
// says "this host (or host+path) tracks everywhere"; see DROPPED for everything else.
export interface ParsedFilterList {
  version: string;
  hosts: Set<string>;
  /** host -> path patterns following it ("/count/", "/pixel.gif^"). */
  paths: Map<string, Set<string>>;
  stats: Record<string, number>;
}

/** Rule kinds the compact table leaves out, with the reason, for the build log and report. */
export const DROPPED = {
  cosmetic: 'element hiding (##, #@#, #?#): nothing to do with requests',
  generic: 'URL patterns without a host anchor (/pixel.gif?, &ev=PageView): too broad to name a tracker host',
  siteSpecific: 'rules limited with $domain=: they say a host tracks on some sites only',
  pathException: '@@ exceptions for paths or with $domain=: the table has no per-site state',
  wildcardHost: 'host anchors with * or a regex: not a plain host',
  modifiers: 'redirect/removeparam/csp/rewrite and other non-blocking modifiers',
} as const;

const HOST_RULE = /^\|\|([a-z0-9][a-z0-9.-]*[a-z0-9])\^?(?:\|)?(?:\$(.*))?$/;
const PATH_RULE = /^\|\|([a-z0-9][a-z0-9.-]*[a-z0-9])(\/[^$]*)(?:\$(.*))?$/;
const NON_BLOCKING = /(^|,)(redirect|redirect-rule|removeparam|csp|rewrite|replace|cookie|badfilter)(=|,|$)/;

function bump(stats: Record<string, number>, key: string): void {
  stats[key] = (stats[key] ?? 0) + 1;
}

export function parseFilterList(text: string): ParsedFilterList {
  const hosts = new Set<string>();
  const paths = new Map<string, Set<string>>();
  const exceptions = new Set<string>();
  const stats: Record<string, number> = {};
  let version = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('[')) continue;
    if (line.startsWith('!')) {
      const v = /^!\s*Version:\s*(\S+)/i.exec(line);
      if (v && !version) version = v[1]!;
      continue;
    }
    if (/#[@?$%]?#/.test(line)) {
      bump(stats, 'cosmetic');
      continue;
    }
    const exception = line.startsWith('@@');
    const body = exception ? line.slice(2) : line;
    const hostMatch = HOST_RULE.exec(body.toLowerCase());
    const pathMatch = hostMatch ? null : PATH_RULE.exec(body);
    const options = (hostMatch?.[2] ?? pathMatch?.[3] ?? '').toLowerCase();
    if (!hostMatch && !pathMatch) {
      bump(stats, body.startsWith('||') ? 'wildcardHost' : 'generic');
      continue;
    }
    if (/(^|,)domain=/.test(options)) {
      bump(stats, exception ? 'pathException' : 'siteSpecific');
      continue;
    }
    if (NON_BLOCKING.test(options)) {
      bump(stats, 'modifiers');
      continue;
    }
    if (hostMatch) {
      if (exception) exceptions.add(hostMatch[1]!);
      else hosts.add(hostMatch[1]!);
      bump(stats, exception ? 'hostException' : 'host');
      continue;
    }
    if (exception) {
      bump(stats, 'pathException');
      continue;
    }
    const host = pathMatch![1]!.toLowerCase();
    const set = paths.get(host) ?? new Set<string>();
    set.add(pathMatch![2]!);
    paths.set(host, set);
    bump(stats, 'path');
  }
  for (const host of exceptions) hosts.delete(host);
  return { version, hosts, paths, stats };
}

/** Drops hosts whose parent domain is already listed: the suffix walk finds the parent anyway. */
export function withoutCoveredHosts(hosts: Iterable<string>): string[] {
  const all = new Set(hosts);
  const kept: string[] = [];
  for (const host of all) {
    let covered = false;
    for (let i = host.indexOf('.'); i >= 0 && !covered; i = host.indexOf('.', i + 1)) {
      if (all.has(host.slice(i + 1))) covered = true;
    }
    if (!covered) kept.push(host);
  }
  return kept.sort();
}
