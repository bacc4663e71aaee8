// The in-process default: N slots take jobs from a list; a job that failed for a passing reason
// goes back in the list with a later start time (backoff) so the slot moves on meanwhile.
import { backoffDelay, isRetriable, runJobOnce, type JobSettings } from './audit-job';
import type { CampaignJob, JobResult } from './jobs';

export interface PoolHooks {
  onStart?(job: CampaignJob): void;
  onResult(result: JobResult): unknown;
}

interface Pending {
  job: CampaignJob;
  attempt: number;
  readyAt: number;
}

export async function runLocalPool(
  jobs: readonly CampaignJob[],
  settings: JobSettings,
  opts: { concurrency: number; extensionDir: string; stop: AbortSignal },
  hooks: PoolHooks,
): Promise<void> {
  const queue: Pending[] = jobs.map((job) => ({ job, attempt: 1, readyAt: 0 }));
  let running = 0;
  const slot = async (): Promise<void> => {
    while (!opts.stop.aborted) {
      const now = Date.now();
      const index = queue.findIndex((p) => p.readyAt <= now);
      if (index < 0) {
        // Nothing ready: done when nothing waits and no slot may still put a retry back.
        if (queue.length === 0 && running === 0) return;
        const wait = queue.length ? Math.max(20, Math.min(...queue.map((p) => p.readyAt)) - now) : 100;
        await sleep(Math.min(wait, 250), opts.stop);
        continue;
      }
      const [next] = queue.splice(index, 1);
      const { job, attempt } = next!;
      running += 1;
      try {
        hooks.onStart?.(job);
        const once = await runJobOnce(job, settings, opts.extensionDir, opts.stop);
        // A job cut short by Ctrl-C is not a result: it runs again on resume.
        if (opts.stop.aborted && once.failure === 'stopped') return;
        if (isRetriable(once) && attempt <= settings.retries) {
          queue.push({ job, attempt: attempt + 1, readyAt: Date.now() + backoffDelay(settings, attempt) });
          continue;
        }
        await hooks.onResult({ ...once, attempts: attempt });
      } finally {
        running -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, jobs.length)) }, slot));
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
