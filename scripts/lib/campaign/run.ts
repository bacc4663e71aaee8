// `campaign run`: plan the jobs, skip what the database already holds, audit the rest (in this
// process, or through the queue) and store every result as it arrives.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { summaryLine } from '../audit-summary';
import type { ConsentMode } from '../audit-options';
import type { JobSettings } from './audit-job';
import { jobId, planJobs, remainingJobs, type CampaignJob, type JobResult } from './jobs';
import { runLocalPool } from './local-pool';
import { CampaignProgress } from './progress-bar';
import { enqueue, redisConnection, takeFinished, type QueueJobData } from './queue';
import { CampaignStore } from './store';
import type { UrlEntry } from './url-file';

export interface CampaignRunOptions {
  outDir: string;
  entries: readonly UrlEntry[];
  modes: readonly ConsentMode[];
  settings: JobSettings;
  extensionDir: string;
  concurrency: number;
  retryFailed: boolean;
  redis?: { url: string; queue: string };
  stop: AbortSignal;
  /** Per-site summary lines on stdout (default true). */
  verbose?: boolean;
  progressStream?: NodeJS.WriteStream;
}

export interface CampaignRunSummary {
  planned: number;
  before: number;
  done: number;
  failed: number;
  stopped: boolean;
  elapsedMs: number;
}

const FLUSH_MS = 1000;

export async function runCampaign(opts: CampaignRunOptions): Promise<CampaignRunSummary> {
  const started = Date.now();
  await mkdir(opts.outDir, { recursive: true });
  const store = await CampaignStore.open(opts.outDir);
  try {
    const plan = planJobs(opts.entries, opts.modes);
    if (opts.retryFailed) await store.forgetFailed(plan.map((j) => j.key));
    const todo = remainingJobs(plan, store.doneKeys());
    const before = plan.length - todo.length;
    const progress = new CampaignProgress(plan.length, before, opts.progressStream);
    let done = 0;
    let failed = 0;
    const planKeys = new Set(plan.map((j) => j.key));
    const record = async (result: JobResult): Promise<boolean> => {
      const reportFile = result.report ? await writeSiteReport(opts.outDir, result) : null;
      if (!store.add({ result, reportFile })) return false;
      if (planKeys.has(result.job.key)) {
        done += 1;
        if (!result.ok) failed += 1;
        progress.finished(result.ok);
      }
      if (opts.verbose !== false) {
        const line = summaryLine(result.ok ? { ok: true, url: result.job.url, report: result.report! } : { ok: false, url: result.job.url, error: result.error ?? 'failed' }, reportFile);
        progress.note(`[${result.job.mode}] ${line}`);
      }
      return true;
    };
    const flusher = setInterval(() => void store.flush().catch((e: unknown) => progress.note(`database: ${String(e)}`, process.stderr)), FLUSH_MS);
    try {
      if (todo.length > 0) {
        if (opts.redis) await runThroughQueue(opts, todo, store, progress, record);
        else await runLocalPool(todo, opts.settings, { concurrency: opts.concurrency, extensionDir: opts.extensionDir, stop: opts.stop }, { onResult: record });
      }
    } finally {
      clearInterval(flusher);
      await store.flush();
      progress.stop();
    }
    const stopped = opts.stop.aborted && remainingJobs(plan, store.doneKeys()).length > 0;
    if (!stopped) {
      const { writeReport } = await import('./report');
      await writeReport(store, opts.outDir);
    }
    return { planned: plan.length, before, done, failed, stopped, elapsedMs: Date.now() - started };
  } finally {
    await store.close();
  }
}

async function runThroughQueue(
  opts: CampaignRunOptions,
  todo: CampaignJob[],
  store: CampaignStore,
  progress: CampaignProgress,
  record: (r: JobResult) => Promise<boolean>,
): Promise<void> {
  const queue = new Queue<QueueJobData>(opts.redis!.queue, { connection: redisConnection(opts.redis!.url) });
  try {
    await enqueue(queue, todo, opts.settings);
    const waitingFor = new Set(todo.map((j) => j.key));
    while (!opts.stop.aborted && waitingFor.size > 0) {
      const { results, jobs } = await takeFinished(queue);
      for (const r of results) {
        await record(r);
        waitingFor.delete(r.job.key);
      }
      // Removed from Redis only once stored: a crash in between re-reads them on resume.
      await store.flush();
      await Promise.all(jobs.map((j) => j.remove().catch(() => undefined)));
      const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
      progress.queueState(counts.active ?? 0, (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0));
      // A job id may be gone from Redis without a stored result (removed by hand): enqueue again.
      if (results.length === 0 && (counts.active ?? 0) + (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0) === 0) {
        const lost = todo.filter((j) => waitingFor.has(j.key));
        const present = await Promise.all(lost.map((j) => queue.getJob(jobId(j.key))));
        const missing = lost.filter((_, i) => !present[i]);
        if (missing.length) await enqueue(queue, missing, opts.settings);
      }
      if (results.length === 0) await sleep(250, opts.stop);
    }
  } finally {
    await queue.close();
  }
}

/** Per-site JSON export, named so a person can find a site: sites/<mode>/<host>_<id>.json. */
async function writeSiteReport(outDir: string, result: JobResult): Promise<string> {
  const host = (() => {
    try {
      return new URL(result.job.url).hostname.replace(/[^a-z0-9.-]/gi, '_');
    } catch {
      return 'site';
    }
  })();
  const rel = join('sites', result.job.mode, `${host}_${jobId(result.job.key).slice(0, 8)}.json`);
  await mkdir(join(outDir, 'sites', result.job.mode), { recursive: true });
  await writeFile(join(outDir, rel), JSON.stringify(result.report));
  return rel;
}

function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    }
    stop.addEventListener('abort', done, { once: true });
  });
}
