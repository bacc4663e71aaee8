import { computeFindings, summarize } from '../compare';
import { phaseLookup, reduceConsent } from '../consent/timeline';
import type { SessionState } from '../observe/state';
import { type AuditExport, TOOL_NAME } from './export';
import { cmpDeclarations } from './cmp-declarations';
import type { Declarations, FindVendorMentions, Phase, WriteRecord } from '../model/types';
import { mergeDeclarations } from '../policy';

export interface ReportContext {
  /** Enables reading the consent manager's own cookie table into the declarations. */
  findVendorMentions?: FindVendorMentions;
  toolVersion: string;
  knowledgeBaseVersion: string;
  browser: string;
  locale: 'en' | 'ru' | 'uk';
}

/**
 * Turns a live session into the DESIGN.md export. Phases are derived here, from the whole consent
 * timeline, because a consent signal can arrive after the observations it decides (a consent
 * cookie read late, a TCF event relayed after the click).
 */
export function buildExport(state: SessionState, ctx: ReportContext): AuditExport {
  const consent = reduceConsent(state.consentEvents);
  consent.cmp ??= state.cmp;
  const phaseAt = phaseLookup(consent);
  const cookies = state.cookies.map((c) => withHistoryPhases({ ...c, phase: phaseAt(c.time) }, phaseAt));
  const requests = state.requests.map(({ requestId: _id, ...r }) => ({ ...r, phase: phaseAt(r.time) }));
  const storage = state.storage.map((s) => withHistoryPhases({ ...s, phase: phaseAt(s.time) }, phaseAt));
  const fingerprinting = (state.fingerprinting ?? []).map((f) => ({ ...f, phase: phaseAt(f.time) }));
  const watchers = (state.watchers ?? []).map((w) => ({ ...w, phase: phaseAt(w.time) }));
  const observations = { cookies, requests, storage, ...(fingerprinting.length > 0 ? { fingerprinting } : {}), ...(watchers.length > 0 ? { watchers } : {}) };
  const fromCmp = ctx.findVendorMentions ? cmpDeclarations(state, ctx.findVendorMentions) : null;
  const declarations = fromCmp ? withCmp(state.declarations, fromCmp) : state.declarations;
  const findings = computeFindings({
    site: state.site,
    observations,
    declarations,
    policy: state.policy,
    consent,
    locale: ctx.locale,
  });
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: ctx.toolVersion, knowledgeBaseVersion: ctx.knowledgeBaseVersion },
    page: { url: state.url, site: state.site, title: state.title },
    startedAt: new Date(state.startedAt).toISOString(),
    browser: ctx.browser,
    fresh: state.fresh,
    consent,
    policy: state.policy,
    observations,
    truncated: state.truncated,
    worker: { restarts: state.workerRestarts, recoveredCookies: state.recovered },
    declarations,
    findings,
    summary: summarize(findings),
  };
}

/**
 * The policy's declarations plus the consent manager's list. What the policy denies stays denied
 * when a CMP list joins it (a CMP list denies nothing; the policy's sources come first, so its
 * denials keep their places).
 */
function withCmp(policy: Declarations, cmp: Declarations): Declarations {
  const merged = mergeDeclarations(policy, cmp);
  return merged.denied === undefined && policy.denied !== undefined ? { ...merged, denied: policy.denied } : merged;
}

/** Each write in a history gets the phase in force at its own time. */
function withHistoryPhases<T extends { history?: WriteRecord[] }>(item: T, phaseAt: (time: number) => Phase): T {
  if (!item.history) return item;
  return { ...item, history: item.history.map((w) => ({ ...w, phase: phaseAt(w.time) })) };
}
