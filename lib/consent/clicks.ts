import type { ConsentEvent } from '../model/types';
import { classifyButtonText } from './buttons';

// The worker's half of banner detection: the content script reports what it saw (a banner, a
// click with its label), and the meaning of the label is decided here.

export type DetectorReport =
  | { kind: 'banner'; cmp: string }
  /** `role`: the button matched the CMP's own accept or reject selector. */
  | { kind: 'click'; cmp: string; label: string; role: 'accept' | 'reject' | null };

const MAX_LABEL = 120;
const MAX_CMP = 40;

/** Shape check for what arrives from a content script (its strings come from the page). */
export function isDetectorReport(r: unknown): r is DetectorReport {
  if (typeof r !== 'object' || r === null) return false;
  const v = r as Record<string, unknown>;
  if (typeof v.cmp !== 'string' || v.cmp.length > MAX_CMP) return false;
  if (v.kind === 'banner') return true;
  return v.kind === 'click' && typeof v.label === 'string' && v.label.length <= MAX_LABEL && (v.role === 'accept' || v.role === 'reject' || v.role === null);
}

/** The consent event a report stands for; null for a click on a button that is not a choice. */
export function consentFromReport(r: DetectorReport): Omit<ConsentEvent, 'time'> | null {
  if (r.kind === 'banner') return { state: 'banner-shown', signal: `cmp:${r.cmp}` };
  const meaning = r.role ?? classifyButtonText(r.label);
  const state = meaning === 'accept' ? 'accepted' : meaning === 'reject' ? 'rejected' : meaning === 'acknowledge' ? 'notice-acknowledged' : null;
  return state && { state, signal: 'click', detail: `${r.cmp}: ${r.label}` };
}
