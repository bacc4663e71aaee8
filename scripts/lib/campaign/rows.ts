// How a job result becomes database rows: one table per kind, every row carrying the job key,
// the site (eTLD+1) and the consent mode so any table can be grouped without a join.
import { siteOf } from '../../../lib/observe/party';
import type { JobResult } from './jobs';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'BOOLEAN' | 'DOUBLE' | 'TIMESTAMP';
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export const TABLES = {
  sites: {
    key: 'VARCHAR', site: 'VARCHAR', url: 'VARCHAR', mode: 'VARCHAR', line: 'INTEGER', ok: 'BOOLEAN', error: 'VARCHAR', failure: 'VARCHAR',
    attempts: 'INTEGER', duration_ms: 'INTEGER', audited_at: 'TIMESTAMP', worker: 'VARCHAR', final_url: 'VARCHAR', title: 'VARCHAR',
    cmp: 'VARCHAR', consent_state: 'VARCHAR', banner_found: 'BOOLEAN', banner_clicked: 'VARCHAR', policy_state: 'VARCHAR',
    policy_url: 'VARCHAR', policy_language: 'VARCHAR', cookies: 'INTEGER', third_party_cookies: 'INTEGER', requests: 'INTEGER',
    tracker_requests_pre_consent: 'INTEGER', storage: 'INTEGER', findings: 'INTEGER', high: 'INTEGER', medium: 'INTEGER',
    low: 'INTEGER', info: 'INTEGER', report_file: 'VARCHAR', evidence_dir: 'VARCHAR', evidence_error: 'VARCHAR',
  },
  findings: {
    key: 'VARCHAR', site: 'VARCHAR', mode: 'VARCHAR', code: 'VARCHAR', severity: 'VARCHAR', subject_kind: 'VARCHAR', subject: 'VARCHAR',
    subject_domain: 'VARCHAR', vendor: 'VARCHAR', phase: 'VARCHAR', message: 'VARCHAR',
  },
  cookies: {
    key: 'VARCHAR', site: 'VARCHAR', mode: 'VARCHAR', name: 'VARCHAR', domain: 'VARCHAR', first_party: 'BOOLEAN', phase: 'VARCHAR',
    vendor: 'VARCHAR', vendor_name: 'VARCHAR', category: 'VARCHAR', tracker: 'BOOLEAN', session: 'BOOLEAN', lifetime_seconds: 'BIGINT',
    set_by: 'VARCHAR', time_ms: 'INTEGER',
  },
  requests: {
    key: 'VARCHAR', site: 'VARCHAR', mode: 'VARCHAR', url: 'VARCHAR', host: 'VARCHAR', request_site: 'VARCHAR', type: 'VARCHAR',
    method: 'VARCHAR', first_party: 'BOOLEAN', phase: 'VARCHAR', status: 'INTEGER', vendor: 'VARCHAR', vendor_name: 'VARCHAR',
    category: 'VARCHAR', tracker: 'BOOLEAN', time_ms: 'INTEGER',
  },
  declarations: {
    key: 'VARCHAR', site: 'VARCHAR', mode: 'VARCHAR', kind: 'VARCHAR', name: 'VARCHAR', vendor: 'VARCHAR', category: 'VARCHAR',
    purpose: 'VARCHAR', lifetime: 'VARCHAR', source_url: 'VARCHAR', language: 'VARCHAR',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type Rows = Record<TableName, Row[]>;

/** Longest URL kept in the requests table: tracking URLs can be kilobytes of query string. */
const MAX_URL = 1000;

export function siteOfUrl(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return url;
  }
}

export function rowsOf(result: JobResult, reportFile: string | null): Rows {
  const { job, report } = result;
  const site = report?.page.site || siteOfUrl(job.url);
  const base = { key: job.key, site, mode: job.mode };
  const r = report;
  const sites: Row = {
    ...base, url: job.url, line: job.line, ok: result.ok, error: result.error, failure: result.failure, attempts: result.attempts,
    duration_ms: Math.round(result.durationMs), audited_at: result.finishedAt, worker: result.worker,
    final_url: r?.page.url ?? null, title: r?.page.title ?? null, cmp: r?.consent.cmp ?? null, consent_state: r?.consent.state ?? null,
    banner_found: r?.consent.automation?.bannerFound ?? null, banner_clicked: r?.consent.automation?.clicked ?? null,
    policy_state: r?.policy.state ?? null, policy_url: r?.policy.url ?? null, policy_language: r?.declarations.sources[0]?.language ?? null,
    cookies: r?.observations.cookies.length ?? null, third_party_cookies: r ? r.observations.cookies.filter((c) => !c.firstParty).length : null,
    requests: r?.observations.requests.length ?? null,
    tracker_requests_pre_consent: r ? r.observations.requests.filter((q) => q.classification.tracker && q.phase === 'pre-consent').length : null,
    storage: r?.observations.storage.length ?? null, findings: r?.findings.length ?? null,
    high: r?.summary.bySeverity.high ?? null, medium: r?.summary.bySeverity.medium ?? null, low: r?.summary.bySeverity.low ?? null,
    info: r?.summary.bySeverity.info ?? null, report_file: reportFile,
    evidence_dir: result.evidence?.dir ?? null, evidence_error: result.evidence && result.evidence.dir === null ? result.evidence.error : null,
  };
  if (!r) return { sites: [sites], findings: [], cookies: [], requests: [], declarations: [] };
  const sourceUrl = (i: number) => r.declarations.sources[i]?.url ?? null;
  const sourceLang = (i: number) => r.declarations.sources[i]?.language ?? null;
  return {
    sites: [sites],
    findings: r.findings.map((f) => ({
      ...base, code: f.code, severity: f.severity, subject_kind: f.subject.kind, subject: f.subject.name, subject_domain: f.subject.domain,
      vendor: f.subject.vendor, phase: f.phase, message: f.message,
    })),
    cookies: r.observations.cookies.map((c) => ({
      ...base, name: c.name, domain: c.domain, first_party: c.firstParty, phase: c.phase, vendor: c.classification.vendor,
      vendor_name: c.classification.vendorName, category: c.classification.category, tracker: c.classification.tracker, session: c.session,
      lifetime_seconds: c.lifetimeSeconds, set_by: c.setBy, time_ms: Math.round(c.time),
    })),
    requests: r.observations.requests.map((q) => ({
      ...base, url: q.url.length > MAX_URL ? q.url.slice(0, MAX_URL) : q.url, host: q.host, request_site: q.site, type: q.type, method: q.method,
      first_party: q.firstParty, phase: q.phase, status: q.status, vendor: q.classification.vendor, vendor_name: q.classification.vendorName,
      category: q.classification.category, tracker: q.classification.tracker, time_ms: Math.round(q.time),
    })),
    declarations: [
      ...r.declarations.cookies.map((d) => ({
        ...base, kind: 'cookie', name: [...d.names, ...d.prefixes.map((p) => `${p}*`)].join(', '), vendor: d.vendor, category: d.category,
        purpose: d.purpose, lifetime: d.lifetime?.text ?? null, source_url: sourceUrl(d.location.source), language: sourceLang(d.location.source),
      })),
      ...r.declarations.vendors.map((d) => ({
        ...base, kind: 'vendor', name: d.name, vendor: d.vendor, category: null, purpose: null, lifetime: null,
        source_url: sourceUrl(d.location.source), language: sourceLang(d.location.source),
      })),
      ...r.declarations.categories.map((d) => ({
        ...base, kind: 'category', name: d.category, vendor: null, category: d.category, purpose: null, lifetime: null,
        source_url: sourceUrl(d.location.source), language: sourceLang(d.location.source),
      })),
      ...(r.declarations.denied ?? []).map((d) => ({
        ...base, kind: `denied-${d.kind}`, name: d.name, vendor: d.kind === 'vendor' ? d.value : null, category: d.kind === 'category' ? d.value : null,
        purpose: null, lifetime: null, source_url: sourceUrl(d.location.source), language: sourceLang(d.location.source),
      })),
    ],
  };
}
