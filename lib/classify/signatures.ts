// Request signatures (knowledge/signatures.ts) compiled once and matched on the request hot path.
// Most requests fail the path test, so the query is parsed only for the few that pass it.
import type { RequestSignatureFact } from '../../knowledge/schema';
import { REQUEST_SIGNATURES } from '../../knowledge/signatures';

export interface SignatureHit {
  id: string;
  vendor: string;
  shape: string;
}

interface Compiled extends SignatureHit {
  path: RegExp;
  params: [string, RegExp][];
}

function compile(facts: readonly RequestSignatureFact[]): Compiled[] {
  return facts.map((f) => ({
    id: f.id,
    vendor: f.vendor,
    shape: f.shape,
    path: new RegExp(f.path),
    params: Object.entries(f.params).map(([k, v]) => [k, new RegExp(v)] as [string, RegExp]),
  }));
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Query parameters split on `&` and `;` (Top.Mail.Ru uses semicolons); the first value wins. */
export function queryParams(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of query.split(/[&;]/)) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!out.has(key)) out.set(key, eq < 0 ? '' : decode(part.slice(eq + 1)));
  }
  return out;
}

export function createSignatureMatcher(facts: readonly RequestSignatureFact[] = REQUEST_SIGNATURES): (pathAndQuery: string) => SignatureHit | null {
  const compiled = compile(facts);
  return (pathAndQuery) => {
    const hash = pathAndQuery.indexOf('#');
    const full = hash < 0 ? pathAndQuery : pathAndQuery.slice(0, hash);
    const q = full.indexOf('?');
    const path = q < 0 ? full : full.slice(0, q);
    let params: Map<string, string> | null = null;
    for (const sig of compiled) {
      if (!sig.path.test(path)) continue;
      params ??= queryParams(q < 0 ? '' : full.slice(q + 1));
      if (sig.params.every(([k, re]) => re.test(params!.get(k) ?? '') && params!.has(k))) return { id: sig.id, vendor: sig.vendor, shape: sig.shape };
    }
    return null;
  };
}

let defaultMatcher: ((pathAndQuery: string) => SignatureHit | null) | null = null;

/** The signature a request's path and query match, or null. */
export function matchSignature(pathAndQuery: string): SignatureHit | null {
  defaultMatcher ??= createSignatureMatcher();
  return defaultMatcher(pathAndQuery);
}

/** Display shape of a signature id, for messages. */
export function signatureShape(id: string): string {
  return REQUEST_SIGNATURES.find((s) => s.id === id)?.shape ?? id;
}
