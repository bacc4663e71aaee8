// id-sharing, the observation side: which identifier values the page holds (cookie store values,
// storage values the isolated world read) and which third-party requests carry one. Either can
// come first (the worker hears of a cookie and of the pixel carrying it in any order), so a new
// identifier is looked for in the requests already seen, and a new request in the identifiers.
import type { CarriedIdentifier } from '../model/types';
import { findIdentifier, identifierCandidates, needlesFor, type Needle } from '../detect/identifier';
import { siteOf, hostOf } from './party';
import { type HeldIdentifier, LIMITS, type SessionState, type TrackedRequest } from './state';

const needleCache = new Map<string, Needle[]>();
function needles(value: string): Needle[] {
  let n = needleCache.get(value);
  if (!n) {
    if (needleCache.size > 2000) needleCache.clear();
    n = needlesFor(value);
    needleCache.set(value, n);
  }
  return n;
}

/** The identifier's own site: a third party's cookie sent back to that third party is not shared. */
function ownSite(id: HeldIdentifier): string {
  return siteOf(id.kind === 'cookie' ? id.domain.replace(/^\./, '') : hostOf(id.domain));
}

function carry(request: TrackedRequest, id: HeldIdentifier, body: string | null): boolean {
  if (request.firstParty || request.site === ownSite(id)) return false;
  if (request.carries?.some((c) => c.kind === id.kind && c.name === id.name && c.domain === id.domain)) return false;
  const found = findIdentifier(needles(id.value), request.url, body);
  if (!found) return false;
  const entry: CarriedIdentifier = { kind: id.kind, name: id.name, domain: id.domain, ...found };
  (request.carries ??= []).push(entry);
  return true;
}

/** Adds what a cookie or storage value holds; returns the requests it was found in already. */
export function holdValue(
  state: SessionState,
  kind: HeldIdentifier['kind'],
  name: string,
  domain: string,
  value: string,
  bodies: ReadonlyMap<string, string>,
  userAgent = '',
): number {
  const held = (state.identifiers ??= []);
  let changed = 0;
  for (const candidate of identifierCandidates(value, [state.url, userAgent])) {
    if (held.some((h) => h.kind === kind && h.name === name && h.domain === domain && h.value === candidate)) continue;
    if (held.length >= LIMITS.identifiers) return changed;
    const id: HeldIdentifier = { kind, name, domain, value: candidate };
    held.push(id);
    for (const r of state.requests) if (carry(r, id, bodies.get(r.requestId) ?? null)) changed++;
  }
  return changed;
}

/** Looks for every held identifier in a new request. */
export function checkRequest(state: SessionState, request: TrackedRequest, body: string | null): boolean {
  let found = false;
  for (const id of state.identifiers ?? []) if (carry(request, id, body)) found = true;
  return found;
}
