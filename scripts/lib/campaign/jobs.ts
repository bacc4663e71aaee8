// A campaign job is one site in one consent mode. Its key ("accept https://example.com/") is what
// resume bookkeeping, the database and the queue all agree on.
import { createHash } from 'node:crypto';
import type { AuditExport } from '../../../lib/report/export';
import type { ConsentMode } from '../audit-options';
import type { FailureKind } from '../audit-run';
import type { UrlEntry } from './url-file';

export interface CampaignJob {
  key: string;
  url: string;
  mode: ConsentMode;
  /** Line of the URL file the site came from. */
  line: number;
}

/** What a job produced, as the database stores it; travels back from queue workers as is. */
export interface JobResult {
  job: CampaignJob;
  ok: boolean;
  error: string | null;
  failure: FailureKind | null;
  attempts: number;
  durationMs: number;
  finishedAt: string;
  /** Host name of the machine (and pid) that ran it. */
  worker: string;
  report: AuditExport | null;
  /** The job's evidence bundle folder (with --evidence), or why it could not be written. Absent in older results. */
  evidence?: { dir: string } | { dir: null; error: string };
}

export function jobKey(mode: ConsentMode, url: string): string {
  return `${mode} ${url}`;
}

/** A short id safe for queue job ids and file names. */
export function jobId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** Every site in every mode, site by site, so an interrupted run leaves whole sites behind it. */
export function planJobs(entries: readonly UrlEntry[], modes: readonly ConsentMode[]): CampaignJob[] {
  return entries.flatMap((e) => modes.map((mode) => ({ key: jobKey(mode, e.url), url: e.url, mode, line: e.line })));
}

/** The jobs still to do: those without a stored result (and the failed ones again when asked). */
export function remainingJobs(plan: readonly CampaignJob[], done: ReadonlySet<string>): CampaignJob[] {
  return plan.filter((j) => !done.has(j.key));
}
