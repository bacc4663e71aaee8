import type { Category } from '../../model/types';
import type { RuleContext } from '../context';
import type { FindingDraft } from '../finding';

/**
 * No policy at all. Only once the search is over: while the policy is idle or loading the
 * popup shows progress, not a finding that would flicker away a second later.
 */
export function noPolicy(ctx: RuleContext): FindingDraft[] {
  const { policy, site } = ctx.input;
  if (ctx.policyFound || (policy.state !== 'not-found' && policy.state !== 'failed')) return [];
  const reason = policy.message?.trim() ?? '';
  return [
    {
      code: 'no-policy',
      severity: 'medium',
      subject: { kind: 'policy', name: policy.url ?? site, domain: site, vendor: null },
      phase: null,
      evidence: [],
      declared: null,
      messageKey: reason === '' ? 'no-policy' : 'no-policy.reason',
      messageParams: reason === '' ? [site] : [site, reason],
    },
  ];
}

/**
 * A policy that lists no cookie names, vendors or categories (DESIGN.md) cannot be checked at
 * all. Seed 004 mentions cookies only to call them non-personal data. A policy that names only
 * categories (seed 001) or only vendors does declare something, and the cookie-level findings
 * say what it leaves out, so it gets no such finding.
 */
export function policyWithoutCookieList(ctx: RuleContext): FindingDraft[] {
  const { policy, site, declarations } = ctx.input;
  if (!ctx.policyFound || ctx.index.hasCookieList) return [];
  if (declarations.categories.length > 0 || declarations.vendors.length > 0) return [];
  const categories: Category[] = [];
  for (const c of declarations.categories) if (!categories.includes(c.category)) categories.push(c.category);
  const name = policy.url ?? declarations.sources[0]?.url ?? site;
  return [
    {
      code: 'policy-without-cookie-list',
      severity: 'medium',
      subject: { kind: 'policy', name, domain: site, vendor: null },
      phase: null,
      evidence: [],
      declared: declarations.categories[0] ?? null,
      messageKey: categories.length > 0 ? 'policy-without-cookie-list.categories' : 'policy-without-cookie-list',
      messageParams: categories.length > 0 ? [site, categories.join(',')] : [site],
    },
  ];
}
