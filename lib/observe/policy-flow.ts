import type { Declarations, FindVendorMentions, PolicyStatus } from '../model/types';
import { EMPTY_DECLARATIONS } from '../model/types';
import { fetchPolicy, findCookiePolicyLink, mergeDeclarations, parsePolicy, rankPolicyLinks, extractDocument } from '../policy';
import type { KnownCookie, PolicyDeps } from '../policy/types';

// Finds and reads the audited site's declaration: the auditor's override first, else the best
// policy link on the page (and one hop to a separate cookie policy). Pure orchestration: the
// fetch function and the vendor matcher are injected, so it runs in the worker, the CLI and tests.

export type PolicyOverride =
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string; label: string }
  | { kind: 'declarations'; declarations: Declarations; label: string };

export interface PolicyFlowDeps {
  fetch: typeof fetch;
  findVendorMentions: FindVendorMentions;
  /** The knowledge base's cookie names, so a bare name in prose ("NID") is read as one. */
  knownCookie?: KnownCookie;
  now(): Date;
  timeoutMs?: number;
}

export interface PolicyResult {
  status: PolicyStatus;
  declarations: Declarations;
}

const MAX_CANDIDATES = 3;

async function readUrl(url: string, kind: 'privacy-policy' | 'cookie-policy', deps: PolicyFlowDeps) {
  const fetched = await fetchPolicy(url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? 15_000 });
  if (!fetched.ok) return { ok: false as const, message: fetched.message };
  if (fetched.needsJavaScript) {
    return { ok: false as const, message: `${fetched.url} renders its text with JavaScript, which the extension does not run when it fetches a policy. Open the policy in a tab and paste its text, or give another URL.` };
  }
  const input = {
    url: fetched.url,
    kind,
    fetchedAt: deps.now().toISOString(),
    truncated: fetched.truncated,
    ...(fetched.html !== undefined ? { html: fetched.html } : { text: fetched.text ?? '' }),
  };
  const declarations = await parsePolicy(input, policyDeps(deps));
  return { ok: true as const, url: fetched.url, html: fetched.html ?? null, declarations, note: fetched.note ?? null };
}

function status(state: PolicyStatus['state'], origin: PolicyStatus['origin'], url: string | null, message: string | null, now: Date): PolicyStatus {
  return { state, origin, url, message, readAt: state === 'found' ? now.toISOString() : null };
}

export async function resolvePolicy(
  pageUrl: string,
  links: { href: string; text: string; inFooter: boolean }[],
  override: PolicyOverride | null,
  deps: PolicyFlowDeps,
): Promise<PolicyResult> {
  const now = deps.now();
  if (override?.kind === 'declarations') {
    return { status: status('found', 'import', null, override.label, now), declarations: override.declarations };
  }
  if (override?.kind === 'html') {
    const declarations = await parsePolicy({ html: override.html, url: null, kind: 'file' }, policyDeps(deps));
    return { status: status('found', 'cli', null, override.label, now), declarations };
  }
  if (override?.kind === 'text') {
    const declarations = await parsePolicy({ text: override.text, url: null, kind: 'pasted' }, policyDeps(deps));
    return { status: status('found', 'pasted', null, null, now), declarations };
  }
  const candidates = override?.kind === 'url' ? [{ href: override.url, kind: 'privacy-policy' as const }] : rankPolicyLinks(links, pageUrl).slice(0, MAX_CANDIDATES).map((l) => ({ href: l.href, kind: l.kind }));
  const origin: PolicyStatus['origin'] = override?.kind === 'url' ? 'override-url' : 'discovered';
  if (candidates.length === 0) {
    return { status: status('not-found', origin, null, 'No link to a privacy or cookie policy was found on this page.', now), declarations: EMPTY_DECLARATIONS };
  }
  const failures: string[] = [];
  for (const candidate of candidates) {
    const first = await readUrl(candidate.href, candidate.kind === 'cookie-policy' ? 'cookie-policy' : 'privacy-policy', deps);
    if (!first.ok) {
      failures.push(first.message);
      continue;
    }
    let declarations = first.declarations;
    // Seeds 000 and 001 describe cookies in a separate document: follow that one link.
    const next = first.html ? findCookiePolicyLink(extractDocument(first.html, first.url), first.url) : null;
    if (next && next !== first.url) {
      const second = await readUrl(next, 'cookie-policy', deps);
      if (second.ok) declarations = mergeDeclarations(declarations, second.declarations);
      else failures.push(second.message);
    }
    return { status: status('found', origin, first.url, first.note, now), declarations };
  }
  return { status: status('failed', origin, candidates[0]?.href ?? null, failures.join(' '), now), declarations: EMPTY_DECLARATIONS };
}

function policyDeps(deps: PolicyFlowDeps): PolicyDeps {
  return deps.knownCookie === undefined ? { findVendorMentions: deps.findVendorMentions } : { findVendorMentions: deps.findVendorMentions, knownCookie: deps.knownCookie };
}
