import { basename } from 'node:path';
import type { AuditExport } from '../../lib/report/export';
import type { AuditOutcome } from './audit-run';

export function outputName(report: AuditExport, index: number): string {
  const host = (() => {
    try {
      return new URL(report.page.url).hostname;
    } catch {
      return 'page';
    }
  })();
  return `${String(index + 1).padStart(3, '0')}_${host.replace(/[^a-z0-9.-]/gi, '_')}.json`;
}

/** The one line per site the CLI prints: what was seen, what was found, where it went. */
export function summaryLine(outcome: AuditOutcome, file: string | null): string {
  if (!outcome.ok) return `✗ ${outcome.url}  ${outcome.error}`;
  const r = outcome.report;
  const cookies = r.observations.cookies;
  const third = cookies.filter((c) => !c.firstParty).length;
  const trackers = new Set(r.observations.requests.filter((q) => q.classification.tracker).map((q) => q.host)).size;
  const s = r.summary.bySeverity;
  const consent = r.consent.state === 'none' ? 'no consent' : `consent ${r.consent.state}`;
  return (
    `✓ ${r.page.site}  cookies ${cookies.length} (${third} third-party)  requests ${r.observations.requests.length}` +
    `  tracker hosts ${trackers}  storage ${r.observations.storage.length}  ${consent}` +
    `  findings high ${s.high} medium ${s.medium} low ${s.low} info ${s.info}` +
    (file ? `  -> ${basename(file)}` : '')
  );
}
