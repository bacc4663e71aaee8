import type {
  CookieObservation,
  Declarations,
  Finding,
  FindingCode,
  FindingEvidence,
  FindingSubject,
  Phase,
  RequestObservation,
  Severity,
  SourceLocation,
  StorageObservation,
  WriteRecord,
} from '../model/types';
import type { Locale, MessageKey } from './catalog';
import { compactDuration } from './lifetime';
import { renderFinding } from './messages';

export interface Quoted {
  quote: string;
  location: SourceLocation;
}

export interface FindingDraft {
  code: FindingCode;
  severity: Severity;
  subject: FindingSubject;
  phase: Phase | null;
  evidence: FindingEvidence[];
  declared: Quoted | null;
  messageKey: MessageKey;
  messageParams: string[];
}

/** Turns a rule's draft into a Finding: resolves the quote's source URL and renders the message. */
export function finish(draft: FindingDraft, declarations: Declarations, locale: Locale): Finding {
  const declared =
    draft.declared === null
      ? null
      : {
          quote: draft.declared.quote,
          where: draft.declared.location.where,
          sourceUrl: declarations.sources[draft.declared.location.source]?.url ?? null,
        };
  return {
    code: draft.code,
    severity: draft.severity,
    subject: draft.subject,
    phase: draft.phase,
    evidence: [...draft.evidence].sort((a, b) => a.time - b.time),
    declared,
    messageKey: draft.messageKey,
    messageParams: draft.messageParams,
    message: renderFinding(draft.messageKey, draft.messageParams, locale),
  };
}

/** Observations of one subject together, in first-seen order: one finding per subject per code. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

// A cookie is identified by name and domain (".example.com" and "example.com" are two cookies:
// domain and host-only); the path is left out so one cookie written under several paths reads as
// one finding.
export const cookieKey = (c: CookieObservation): string => `${c.name}\u0000${c.domain}`;

export function earliest<T extends { time: number }>(items: readonly T[]): T {
  let first = items[0];
  if (first === undefined) throw new Error('earliest() of an empty group');
  for (const item of items) if (item.time < first.time) first = item;
  return first;
}

export function cookieSubject(c: CookieObservation): FindingSubject {
  return { kind: 'cookie', name: c.name, domain: c.domain, vendor: c.classification.vendor };
}

export function vendorLabel(c: { classification: { vendor: string | null; vendorName: string | null } }): string {
  return c.classification.vendorName ?? c.classification.vendor ?? '';
}

/** Evidence details are language-neutral key=value text: they are data for the auditor, not prose. */
export function cookieEvidence(c: CookieObservation): FindingEvidence {
  // Both lifetimes: the stored one is what the browser shows, the requested one what the policy
  // is held to (Chromium caps the stored one at 400 days).
  const requested = c.requestedLifetimeSeconds === null ? 'unknown' : compactDuration(c.requestedLifetimeSeconds);
  const parts = [
    `domain=${c.domain}`,
    `path=${c.path}`,
    c.session ? 'session' : `requested=${requested} stored=${compactDuration(c.lifetimeSeconds)}`,
    c.firstParty ? 'first-party' : 'third-party',
    `set-by=${c.setBy}`,
    `category=${c.classification.category}`,
  ];
  if (c.classification.vendor !== null) parts.push(`vendor=${c.classification.vendor}`);
  const detail = parts.join(' ');
  return { kind: 'cookie', name: c.name, time: c.time, phase: c.phase, initiator: c.initiator, detail };
}

/** Evidence of one write of a cookie: the write's own time, phase, setter and lifetimes. */
export function cookieWriteEvidence(c: CookieObservation, w: WriteRecord): FindingEvidence {
  const requested = w.requestedLifetimeSeconds == null ? 'unknown' : compactDuration(w.requestedLifetimeSeconds);
  const stored = w.lifetimeSeconds === undefined ? c.lifetimeSeconds : w.lifetimeSeconds;
  const parts = [
    `domain=${c.domain}`,
    `path=${c.path}`,
    stored === null ? 'session' : `requested=${requested} stored=${compactDuration(stored)}`,
    c.firstParty ? 'first-party' : 'third-party',
    `set-by=${w.setBy}`,
    `category=${c.classification.category}`,
  ];
  if (c.classification.vendor !== null) parts.push(`vendor=${c.classification.vendor}`);
  if (w.time !== c.time) parts.push('re-write');
  return { kind: 'cookie', name: c.name, time: w.time, phase: w.phase, initiator: w.initiator, detail: parts.join(' ') };
}

/** Evidence of one write of a storage key. */
export function storageWriteEvidence(s: StorageObservation, w: WriteRecord): FindingEvidence {
  const parts = [`area=${s.area}`, `origin=${s.origin}`, `size=${w.valueSize ?? 'unknown'}`, `writes=${w.count ?? 1}`];
  if (s.classification.vendor !== null) parts.push(`vendor=${s.classification.vendor}`);
  if (w.time !== s.time) parts.push('re-write');
  return { kind: 'storage', name: s.key, time: w.time, phase: w.phase, initiator: w.initiator, detail: parts.join(' ') };
}

export function requestEvidence(r: RequestObservation): FindingEvidence {
  const status = r.status === null ? 'pending' : r.status === 0 ? `failed${r.error ? `:${r.error}` : ''}` : String(r.status);
  const parts = [`${r.method} ${r.type}`, `status=${status}`, r.firstParty ? 'first-party' : 'third-party'];
  if (r.classification.vendor !== null) parts.push(`vendor=${r.classification.vendor}`);
  const detail = parts.join(' ');
  return { kind: 'request', name: r.url, time: r.time, phase: r.phase, initiator: r.initiator, detail };
}

export function storageEvidence(s: StorageObservation): FindingEvidence {
  const parts = [`area=${s.area}`, `origin=${s.origin}`, `size=${s.valueSize}`, `writes=${s.writes}`];
  if (s.classification.vendor !== null) parts.push(`vendor=${s.classification.vendor}`);
  const detail = parts.join(' ');
  return { kind: 'storage', name: s.key, time: s.time, phase: s.phase, initiator: s.scriptUrl, detail };
}
