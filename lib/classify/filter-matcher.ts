// Runtime side of the compiled filter lists: a hashed host table per list plus a small
// host -> path-pattern map. Loading decodes base64 into sorted Float64Arrays (no per-host objects),
// which keeps the service worker's start-up short.
import { decodeKeys, hasKey, suffixHashes } from './host-hash';
import type { FilterHit, FilterMatcher, FilterTable } from './types';

// "^" is Adblock Plus's separator: anything but a letter, digit or _-.% , or the end.
function compilePath(pattern: string): RegExp {
  let anchoredEnd = false;
  let p = pattern;
  if (p.endsWith('|')) {
    anchoredEnd = true;
    p = p.slice(0, -1);
  }
  const source = p
    .split('*')
    .map((part) => part.replace(/[.+?${}()[\]\\/|]/g, '\\$&').replace(/\^/g, '(?:[^\\w.%-]|$)'))
    .join('.*');
  return new RegExp(`^${source}${anchoredEnd ? '$' : ''}`);
}

export function createFilterMatcher(table: FilterTable): FilterMatcher {
  const hostKeys = table.hostHashes.map(decodeKeys);
  const compiled = new Map<string, RegExp[]>();
  const pathsFor = (list: number, host: string): RegExp[] | undefined => {
    const patterns = table.paths[list]?.[host];
    if (!patterns) return undefined;
    const key = `${list}\u0000${host}`;
    let res = compiled.get(key);
    if (!res) {
      res = patterns.map(compilePath);
      compiled.set(key, res);
    }
    return res;
  };
  const hasPaths = table.paths.some((p) => Object.keys(p).length > 0);

  return {
    lists: table.lists,
    match(hostname: string, path: string): FilterHit | null {
      const suffixes = suffixHashes(hostname);
      // Most specific suffix first: the array runs from the registrable end outwards, so walk it backwards.
      for (let s = suffixes.length - 1; s >= 0; s--) {
        const { start, key } = suffixes[s]!;
        for (let list = 0; list < hostKeys.length; list++) {
          if (hasKey(hostKeys[list]!, key)) return { list: table.lists[list]!, rule: `||${hostname.slice(start)}^` };
        }
      }
      if (!hasPaths) return null;
      for (let s = suffixes.length - 1; s >= 0; s--) {
        const host = hostname.slice(suffixes[s]!.start);
        for (let list = 0; list < table.paths.length; list++) {
          const patterns = pathsFor(list, host);
          if (!patterns) continue;
          const i = patterns.findIndex((re) => re.test(path));
          if (i >= 0) return { list: table.lists[list]!, rule: `||${host}${table.paths[list]![host]![i]!}` };
        }
      }
      return null;
    },
  };
}

export const EMPTY_FILTER_TABLE: FilterTable = {
  header: { generatedBy: 'none', note: 'no filter lists', kbVersion: '', sources: [] },
  lists: [],
  hostHashes: [],
  paths: [],
};
