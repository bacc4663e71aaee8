// Runs one campaign job: the usual audit (scripts/lib/audit-run.ts, a fresh browser and profile
// for every job) under a hard per-job timeout. Which failures deserve another try is decided here,
// for the in-process pool and the queue workers alike.
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { SharedAuditOptions } from '../audit-options';
import { auditUrl, AuditTimeout, type AuditOutcome } from '../audit-run';
import { jobId, type CampaignJob, type JobResult } from './jobs';

/** Everything a job needs besides the job itself; plain data so it can ride in a queue job. */
export interface JobSettings {
  audit: SharedAuditOptions;
  /** Hard limit for the whole job (browser start to export read), ms. */
  timeoutMs: number;
  /** Further tries after a network error or a browser crash. */
  retries: number;
  /** First retry delay, doubled for each further try (plus jitter). */
  backoffMs: number;
  /**
   * `--evidence`: bundle folder root (the campaign's evidence/, a shared path when workers run on
   * other machines) and the bundle's language; null when not asked for. Carried in every job so
   * queue workers see it and write the bundles themselves (so give workers a shared folder).
   */
  evidence: { dir: string; lang: 'en' | 'ru' | 'uk' } | null;
}

export function defaultTimeoutMs(audit: SharedAuditOptions): number {
  return audit.navigationTimeoutMs + audit.waitMs + 30_000;
}

export const WORKER_NAME = `${hostname()}:${process.pid}`;

/** One try of a job. `stop` is the campaign's stop signal (Ctrl-C); the timeout is added here. */
export async function runJobOnce(job: CampaignJob, settings: JobSettings, extensionDir: string, stop?: AbortSignal): Promise<Omit<JobResult, 'attempts'>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new AuditTimeout(`timed out after ${Math.round(settings.timeoutMs / 1000)} s`)), settings.timeoutMs);
  const onStop = () => controller.abort(new Error('stopped'));
  if (stop?.aborted) onStop();
  stop?.addEventListener('abort', onStop, { once: true });
  const started = Date.now();
  let outcome: AuditOutcome;
  try {
    outcome = await auditUrl(job.url, {
      ...settings.audit,
      navigationTimeoutMs: Math.min(settings.audit.navigationTimeoutMs, settings.timeoutMs),
      extensionDir,
      consent: job.mode,
      signal: controller.signal,
      handleSignals: false,
      ...(settings.evidence ? { evidence: { locale: settings.evidence.lang, dirFor: () => evidenceDir(settings.evidence!.dir, job) } } : {}),
    });
  } catch (error) {
    outcome = { ok: false, url: job.url, error: error instanceof Error ? error.message.split('\n')[0]! : String(error), failure: 'page' };
  } finally {
    clearTimeout(timer);
    stop?.removeEventListener('abort', onStop);
  }
  return {
    job,
    ok: outcome.ok,
    error: outcome.ok ? null : outcome.error,
    failure: outcome.ok ? null : (outcome.failure ?? 'page'),
    durationMs: Date.now() - started,
    finishedAt: new Date().toISOString(),
    worker: WORKER_NAME,
    report: outcome.ok ? outcome.report : null,
    ...(outcome.ok && outcome.evidence ? { evidence: outcome.evidence.dir !== null ? { dir: outcome.evidence.dir } : { dir: null, error: outcome.evidence.error } } : {}),
  };
}

/** evidence/<mode>/<host>_<id>: next to the export's name in sites/<mode>/, so the two are easy to pair. */
export function evidenceDir(root: string, job: CampaignJob): string {
  let host = 'site';
  try {
    host = new URL(job.url).hostname.replace(/[^a-z0-9.-]/gi, '_');
  } catch {
    /* keep "site" */
  }
  return join(root, job.mode, `${host}_${jobId(job.key).slice(0, 8)}`);
}

/**
 * Network errors and browser crashes are often passing (a reset connection, an overloaded
 * machine); a certificate the browser refuses, a page that breaks or a timeout will fail the same
 * way again, and a hanging site retried would cost its timeout once more.
 */
export function isRetriable(result: Pick<JobResult, 'ok' | 'failure' | 'error'>): boolean {
  if (result.ok) return false;
  if (result.failure === 'crash') return true;
  return result.failure === 'network' && !/certificate/i.test(result.error ?? '');
}

/** Delay before try number `attempt + 1` (attempt >= 1), with up to 25 % jitter so retries spread out. */
export function backoffDelay(settings: Pick<JobSettings, 'backoffMs'>, attempt: number, random: () => number = Math.random): number {
  return Math.round(settings.backoffMs * 2 ** (attempt - 1) * (1 + random() * 0.25));
}
