// Past one machine: the same jobs in a BullMQ queue on Redis. `run --redis` enqueues them and
// collects what workers return (a job's return value is its result, report included), so the run
// process stays the only writer of the campaign database. Job ids are derived from job keys, so
// enqueueing again on resume adds nothing twice; a result leaves Redis only after it is stored.
// A worker that dies stops renewing its job locks; BullMQ's stalled-job check then hands those
// jobs to another worker.
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { isRetriable, runJobOnce, WORKER_NAME, type JobSettings } from './audit-job';
import { jobId, type CampaignJob, type JobResult } from './jobs';

export const DEFAULT_QUEUE = 'consent-auditor';

export interface QueueJobData {
  job: CampaignJob;
  settings: JobSettings;
}

export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--redis takes redis://HOST:PORT, got "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--redis takes redis://HOST:PORT, got "${url}"`);
  const db = Number(u.pathname.slice(1) || 0);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers block on Redis; BullMQ requires this to be null for them.
    maxRetriesPerRequest: null,
  };
}

export async function enqueue(queue: Queue<QueueJobData>, jobs: readonly CampaignJob[], settings: JobSettings): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < jobs.length; i += CHUNK) {
    await queue.addBulk(
      jobs.slice(i, i + CHUNK).map((job) => ({
        name: 'audit',
        data: { job, settings },
        opts: {
          jobId: jobId(job.key),
          attempts: settings.retries + 1,
          backoff: { type: 'exponential', delay: settings.backoffMs, jitter: 0.25 },
          removeOnComplete: false,
          removeOnFail: false,
        },
      })),
    );
  }
}

/** Finished jobs waiting to be stored: results (completed) and jobs BullMQ gave up on (failed). */
export async function takeFinished(queue: Queue<QueueJobData>, max = 200): Promise<{ results: JobResult[]; jobs: Job<QueueJobData>[] }> {
  const completed = (await queue.getJobs(['completed'], 0, max - 1, true)) as Job<QueueJobData>[];
  const failed = (await queue.getJobs(['failed'], 0, max - 1, true)) as Job<QueueJobData>[];
  const results: JobResult[] = [];
  const jobs: Job<QueueJobData>[] = [];
  for (const j of completed) {
    if (!j?.returnvalue) continue;
    results.push(j.returnvalue as JobResult);
    jobs.push(j);
  }
  for (const j of failed) {
    if (!j?.data?.job) continue;
    // Only a job that stalled too often (its workers died) or whose processor threw unexpectedly.
    const stalled = /stalled/i.test(j.failedReason ?? '');
    results.push({
      job: j.data.job,
      ok: false,
      error: j.failedReason || 'failed in the queue',
      failure: stalled ? 'crash' : 'page',
      attempts: j.attemptsMade,
      durationMs: j.finishedOn && j.processedOn ? j.finishedOn - j.processedOn : 0,
      finishedAt: new Date(j.finishedOn ?? Date.now()).toISOString(),
      worker: 'queue',
      report: null,
    });
    jobs.push(j);
  }
  return { results, jobs };
}

export interface WorkerOptions {
  connection: ConnectionOptions;
  queue: string;
  concurrency: number;
  extensionDir: string;
  /** How long a job stays locked without renewal before it counts as stalled (a dead worker). */
  lockMs: number;
  onResult?(result: JobResult): void;
}

export function startWorker(opts: WorkerOptions): Worker<QueueJobData, JobResult> {
  const worker = new Worker<QueueJobData, JobResult>(
    opts.queue,
    async (job) => {
      const attempt = job.attemptsMade + 1;
      const once = await runJobOnce(job.data.job, job.data.settings, opts.extensionDir);
      // Throwing hands the retry (with backoff) to BullMQ, which may give it to another machine.
      if (isRetriable(once) && attempt < (job.opts.attempts ?? 1)) throw new Error(once.error ?? 'failed');
      const result = { ...once, attempts: attempt };
      opts.onResult?.(result);
      return result;
    },
    {
      connection: opts.connection,
      concurrency: opts.concurrency,
      lockDuration: opts.lockMs,
      stalledInterval: Math.max(1000, Math.round(opts.lockMs / 2)),
      maxStalledCount: 2,
      name: WORKER_NAME,
    },
  );
  return worker;
}
