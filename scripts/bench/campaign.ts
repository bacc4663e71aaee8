// Campaign throughput on the lab (sites per minute at concurrency 1, 2, 4; two queue workers
// against the in-process pool on the same jobs, in the same run), memory of one audit browser,
// and DuckDB insert and query times for 10,000 synthetic site results.
// The machine is shared: compare figures of one run with each other, not across runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { startLab, type Lab } from '../../test/lab/server';
import { LAB_SITES } from '../../test/lab/sites';
import { syntheticExport } from '../../test/unit/report/session';
import { assertExtensionBuilt, DEFAULT_EXTENSION_DIR } from '../lib/audit-run';
import { launchChromium, waitForServiceWorker } from '../lib/chromium';
import type { JobSettings } from '../lib/campaign/audit-job';
import { planJobs, type JobResult } from '../lib/campaign/jobs';
import { reportData } from '../lib/campaign/report-data';
import { runCampaign } from '../lib/campaign/run';
import { CampaignStore } from '../lib/campaign/store';
import type { Metric } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const WAIT_MS = 1000;
const SITES_PER_RUN = 12;
const SYNTHETIC = 10_000;

const quiet = new Writable({ write: (_c, _e, cb) => cb() }) as unknown as NodeJS.WriteStream;

function settings(lab: Lab): JobSettings {
  return {
    audit: { waitMs: WAIT_MS, ignoreCertErrors: true, navigationTimeoutMs: 30_000, hostResolverRules: `MAP * 127.0.0.1:${lab.port}` },
    timeoutMs: 60_000, retries: 1, backoffMs: 1000, evidence: null,
  };
}

function entries(n: number) {
  return LAB_SITES.slice(0, n).map((s, i) => ({ line: i + 1, url: `https://${s.host}${s.path}` }));
}

async function throughput(lab: Lab, concurrency: number, redis?: { url: string; queue: string }, sites = SITES_PER_RUN): Promise<{ perMinute: number; ok: number; jobs: number }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-campaign-'));
  try {
    const s = await runCampaign({
      outDir: out, entries: entries(sites), modes: ['none'], settings: settings(lab), extensionDir: DEFAULT_EXTENSION_DIR,
      concurrency, retryFailed: false, stop: new AbortController().signal, verbose: false, progressStream: quiet, ...(redis ? { redis } : {}),
    });
    return { perMinute: Number((s.done / (s.elapsedMs / 60_000)).toFixed(1)), ok: s.done - s.failed, jobs: s.done };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Proportional set size of every process whose command line names the profile folder. */
function pssOfProfile(userDataDir: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(userDataDir)) continue;
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += m ? Number(m[1]) : 0;
    } catch {
      /* gone meanwhile */
    }
  }
  return kb * 1024;
}

async function browserMemory(lab: Lab): Promise<number> {
  const b = await launchChromium({ extensionDir: DEFAULT_EXTENSION_DIR, ignoreCertErrors: true, hostResolverRules: lab.hostResolverRules });
  try {
    await waitForServiceWorker(b.context);
    const page = await b.context.newPage();
    await page.goto(lab.url('www.lab-shop.test', '/'), { waitUntil: 'load' });
    await page.waitForTimeout(WAIT_MS);
    return pssOfProfile(b.userDataDir);
  } finally {
    await b.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export async function twoWorkers(lab: Lab): Promise<Metric[]> {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const workers: ChildProcess[] = [];
  try {
    const ready = [0, 1].map(
      () =>
        new Promise<void>((res, rej) => {
          const w = spawn(process.execPath, ['--import', 'tsx', 'scripts/campaign.ts', 'worker', '--redis', url, '--queue', 'bench', '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
          workers.push(w);
          let err = '';
          w.stderr!.on('data', (d: Buffer) => {
            err += d.toString();
            if (err.includes('waiting for jobs')) res();
          });
          w.on('exit', () => rej(new Error(`worker exited: ${err}`)));
        }),
    );
    await Promise.all(ready);
    // Same jobs, same run, in the order queue, local, local, queue so drift in the machine's load
    // weighs on both alike: two queue workers of one slot each against the in-process pool of two.
    // A first job per worker process pays for loading the code and the first Chromium start.
    await throughput(lab, 1, { url, queue: 'bench' }, 2);
    const queued: { perMinute: number; ok: number; jobs: number }[] = [];
    const local: { perMinute: number; ok: number; jobs: number }[] = [];
    queued.push(await throughput(lab, 1, { url, queue: 'bench' }));
    local.push(await throughput(lab, 2));
    local.push(await throughput(lab, 2));
    queued.push(await throughput(lab, 1, { url, queue: 'bench' }));
    const rate = (xs: typeof queued) => Number((xs.reduce((a, x) => a + x.perMinute, 0) / xs.length).toFixed(1));
    const sum = (xs: typeof queued, k: 'ok' | 'jobs') => xs.reduce((a, x) => a + x[k], 0);
    return [
      { metric: 'campaign-two-workers-sites-per-minute', value: rate(queued), unit: 'sites/min', runs: queued.map((q) => q.perMinute), jobs: sum(queued, 'jobs'), ok: sum(queued, 'ok'), waitMs: WAIT_MS },
      { metric: 'campaign-in-process-2-sites-per-minute', value: rate(local), unit: 'sites/min', runs: local.map((q) => q.perMinute), jobs: sum(local, 'jobs'), ok: sum(local, 'ok'), waitMs: WAIT_MS },
      { metric: 'campaign-two-workers-vs-in-process', value: Number((rate(queued) / rate(local)).toFixed(2)), unit: 'ratio', target: 1 },
    ];
  } finally {
    for (const w of workers) w.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 1500));
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    redis.kill('SIGTERM');
  }
}

export async function database(): Promise<Metric[]> {
  const variants = await Promise.all([syntheticExport(), syntheticExport({ policyText: 'Мы используем Яндекс.Метрику (cookie _ym_uid, 1 год) и Google Analytics.' })]);
  const dir = mkdtempSync(join(tmpdir(), 'bench-campaign-db-'));
  try {
    const store = await CampaignStore.open(dir);
    const results: JobResult[] = [];
    for (let i = 0; i < SYNTHETIC; i++) {
      const report = structuredClone(variants[i % variants.length]!);
      const host = `www.site${i}.example`;
      report.page = { ...report.page, url: `https://${host}/`, site: `site${i}.example` };
      const [job] = planJobs([{ line: i + 1, url: `https://${host}/` }], ['none']);
      results.push({ job: job!, ok: true, error: null, failure: null, attempts: 1, durationMs: 4000, finishedAt: new Date().toISOString(), worker: 'bench', report });
    }
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < results.length; i += 500) {
      for (const r of results.slice(i, i + 500)) store.add({ result: r, reportFile: null });
      await store.flush();
    }
    const insertMs = performance.now() - t0;
    // CPU time of this process too: on a shared machine the wall time is mostly waiting for a core.
    const cpu = process.cpuUsage(cpu0);
    const insertCpuMs = (cpu.user + cpu.system) / 1000;
    const rows = (await store.query('SELECT (SELECT count(*) FROM findings) + (SELECT count(*) FROM cookies) + (SELECT count(*) FROM requests) + (SELECT count(*) FROM declarations) + (SELECT count(*) FROM sites) AS n')).rows[0]!.n as number;
    const t1 = performance.now();
    await store.query(`SELECT coalesce(cmp, '-') AS cmp, avg((tracker_requests_pre_consent > 0)::INT) AS share FROM sites WHERE ok GROUP BY 1`);
    const queryMs = performance.now() - t1;
    const t2 = performance.now();
    await reportData(store);
    const reportMs = performance.now() - t2;
    await store.close();
    return [
      { metric: 'campaign-db-insert-10k-results', value: Math.round(insertMs), unit: 'ms', cpuMs: Math.round(insertCpuMs), rows, batches: SYNTHETIC / 500 },
      { metric: 'campaign-db-query-tracker-share-by-cmp', value: Number(queryMs.toFixed(1)), unit: 'ms', results: SYNTHETIC },
      { metric: 'campaign-db-report-queries', value: Math.round(reportMs), unit: 'ms', results: SYNTHETIC },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Metric[]> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const metrics: Metric[] = [...(await database())];
  const lab = await startLab({ quiet: true });
  try {
    for (const c of [1, 2, 4]) {
      const t = await throughput(lab, c);
      metrics.push({ metric: `campaign-sites-per-minute-c${c}`, value: t.perMinute, unit: 'sites/min', ...(c > 1 ? { target: 20 } : {}), jobs: t.jobs, ok: t.ok, waitMs: WAIT_MS });
    }
    metrics.push({ metric: 'campaign-browser-memory', value: Math.round((await browserMemory(lab)) / 1024 / 1024), unit: 'MB (PSS)', site: 'www.lab-shop.test' });
    metrics.push(...(await twoWorkers(lab)));
  } finally {
    await lab.close();
  }
  return metrics;
}
