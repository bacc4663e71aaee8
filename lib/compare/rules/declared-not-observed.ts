import type { RuleContext } from '../context';
import type { FindingDraft } from '../finding';

/**
 * Declared names and vendors that this audit never saw. Informational: a page visit without
 * consent rarely sets everything a policy lists, but a long tail of these suggests a stale list.
 * Prefixes and patterns are left out: "_ga_*" promises nothing in particular.
 */
export function declaredNotObserved(ctx: RuleContext): FindingDraft[] {
  const seenNames = new Set<string>();
  for (const match of ctx.cookieMatches) {
    if (match === null) continue;
    // Exact, case-insensitive and shape matches hit a literal declared name; mark that name.
    if (match.how === 'exact' || match.how === 'case-insensitive' || match.how === 'shape') {
      seenNames.add(match.entry.name);
    }
  }
  const { cookies, requests, storage } = ctx.input.observations;
  const seenVendors = new Set<string>();
  for (const o of [...cookies, ...requests, ...storage]) {
    if (o.classification.vendor !== null) seenVendors.add(o.classification.vendor);
  }

  const drafts: FindingDraft[] = [];
  for (const { name, declared } of ctx.index.literalNames) {
    if (seenNames.has(name)) continue;
    drafts.push({
      code: 'declared-not-observed',
      severity: 'info',
      subject: { kind: 'cookie', name, domain: null, vendor: declared.vendor },
      phase: null,
      evidence: [],
      declared,
      messageKey: 'declared-not-observed',
      messageParams: [name],
    });
  }
  for (const vendor of ctx.index.namedVendors) {
    if (seenVendors.has(vendor.vendor)) continue;
    drafts.push({
      code: 'declared-not-observed',
      severity: 'info',
      subject: { kind: 'vendor', name: vendor.name, domain: null, vendor: vendor.vendor },
      phase: null,
      evidence: [],
      declared: vendor,
      messageKey: 'declared-not-observed.vendor',
      messageParams: [vendor.name],
    });
  }
  return drafts;
}
