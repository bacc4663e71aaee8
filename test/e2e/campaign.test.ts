// Campaigns over the lab: interrupted and resumed, a hanging site, and the same campaign through
// Redis with two workers (one of them killed mid-job). Real Chromium, real Redis, real DuckDB.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath } from '../../scripts/lib/chromium';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR, withLab } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
// Ten sites with banners, in two modes: twenty jobs.
const SITES = ['cc', 'klaro', 'osano', 'tcf', 'ru-banner'].flatMap((c) => [`https://www.${c}-honours.test/`, `https://www.${c}-violates.test/`]);
const MODES = 'none,reject';

interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number>;
}

function campaign(args: string[]): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/campaign.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number>((res) => child.on('exit', (code, signal) => res(code ?? (signal ? 128 : -1))));
  return { child, stdout: () => out, stderr: () => err, exited };
}

// Hang guards, not speed targets: each test runs whole campaigns (20 jobs, twice for a resume)
// and the first waits up to 150 s for its first results; under CI load they outlast the 120 s default.
const CTRL_C_MS = 420_000;
const SLOW_SITES_MS = 240_000;
const QUEUE_MS = 300_000;

const resultLines = (text: string) => text.split('\n').filter((l) => /^\[(none|accept|reject)\] [✓✗]/.test(l));

async function until(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function query(out: string, sql: string): Promise<Record<string, unknown>[]> {
  const p = campaign(['query', '--out', out, '--json', sql]);
  expect(await p.exited, p.stderr()).toBe(0);
  return JSON.parse(p.stdout()) as Record<string, unknown>[];
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

describe('campaigns', () => {
  let lab: Lab;
  let work: string;
  let urls: string;
  let common: string[];
  let localKeys: { key: string; ok: boolean }[] = [];
  beforeAll(async () => {
    lab = await withLab();
    work = mkdtempSync(join(tmpdir(), 'campaign-e2e-'));
    urls = join(work, 'urls.txt');
    writeFileSync(urls, `# ten lab sites\n${SITES.join('\n')}\n`);
    // The violating sites fire their trackers in reaction to the reject: on a loaded machine that can
    // take longer than half a second, and the after-reject count below must not depend on it.
    common = ['--urls', urls, '--modes', MODES, '--wait', '1500', '--ignore-cert-errors', '--resolve', `*=127.0.0.1:${lab.port}`];
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('a 20-job campaign stopped with Ctrl-C midway and run again has exactly 20 results, none twice', async () => {
    const out = join(work, 'local');
    const first = campaign(['run', ...common, '--out', out, '--concurrency', '2']);
    await until('six results', () => resultLines(first.stdout()).length >= 6, 150_000);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(130);
    expect(first.stderr()).toMatch(/stopped: run again to resume/);
    const firstCount = resultLines(first.stdout()).length;
    expect(firstCount).toBeGreaterThanOrEqual(6);
    expect(firstCount).toBeLessThan(20);
    expect(existsSync(join(out, 'report.html'))).toBe(false);

    const second = campaign(['run', ...common, '--out', out, '--concurrency', '2']);
    expect(await second.exited, second.stderr()).toBe(0);
    expect(resultLines(second.stdout())).toHaveLength(20 - firstCount);
    expect(second.stderr()).toContain(`${20 - firstCount} job(s) done in this run`);
    expect(second.stderr()).toContain(`${firstCount} done before, 20 planned`);

    const [counts] = await query(out, 'SELECT count(*) AS n, count(DISTINCT key) AS keys, count(DISTINCT site) AS sites, count(*) FILTER (WHERE ok) AS ok FROM sites');
    expect(counts).toEqual({ n: 20, keys: 20, sites: 10, ok: 20 });
    // Every job's findings are stored once: a re-audited job would double its rows.
    const perKey = await query(out, 'SELECT s.key, s.findings, count(f.key) AS rows FROM sites s LEFT JOIN findings f USING (key) GROUP BY ALL HAVING s.findings <> count(f.key)');
    expect(perKey).toEqual([]);
    const violators = await query(out, `SELECT count(DISTINCT site) AS n FROM findings WHERE code = 'after-reject-tracker'`);
    expect(violators[0]!.n).toBeGreaterThanOrEqual(4);
    localKeys = (await query(out, 'SELECT key, ok FROM sites ORDER BY key')) as { key: string; ok: boolean }[];

    // The report: self-contained, three languages, linked per-site exports that exist.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const links = [...html.matchAll(/href="(sites\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(out, decodeURI(link)))).toBe(true);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const headings = { en: 'Share of sites with each finding', ru: 'Доля сайтов с каждым нарушением', uk: 'Частка сайтів із кожним порушенням' };
      for (const [lang, heading] of Object.entries(headings)) {
        await page.goto(`file://${join(out, 'report.html')}#${lang}`);
        await expect.poll(() => page.getByText(heading, { exact: true }).isVisible()).toBe(true);
        expect(await page.locator(`section#${lang} .chart svg`).count()).toBeGreaterThanOrEqual(4);
        await page.screenshot({ path: join(OUTPUT_DIR, `campaign-report-${lang}.png`), fullPage: true });
      }
    } finally {
      await browser.close();
    }

    const csv = join(work, 'csv');
    const exported = campaign(['export', '--out', out, '--csv', csv]);
    expect(await exported.exited, exported.stderr()).toBe(0);
    expect(readFileSync(join(csv, 'sites.csv'), 'utf8').trim().split('\n')).toHaveLength(21);
  }, CTRL_C_MS);

  test('a site that never answers times out, bad lines are reported, and the campaign goes on', async () => {
    const sockets: Socket[] = [];
    const hang: Server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const hangPort = (hang.address() as { port: number }).port;
    try {
      const file = join(work, 'hang.txt');
      writeFileSync(file, ['https://www.seed001.test/', 'https://www.hangs.test/', 'not a url at all', 'mailto:x@y.z', 'https://www.seed002.test/'].join('\n'));
      const out = join(work, 'hang');
      const p = campaign(['run', '--urls', file, '--out', out, '--wait', '500', '--timeout', '6000', '--ignore-cert-errors', '--evidence',
        '--resolve', `www.hangs.test=127.0.0.1:${hangPort}`, '--resolve', `*=127.0.0.1:${lab.port}`]);
      expect(await p.exited, p.stderr()).toBe(0);
      expect(p.stderr()).toContain(`${file}:3: skipped "not a url at all": contains spaces`);
      expect(p.stderr()).toContain(`${file}:4: skipped "mailto:x@y.z": not an http(s) address`);
      const rows = await query(out, 'SELECT url, ok, failure, attempts, duration_ms FROM sites ORDER BY line');
      expect(rows.map((r) => [r.url, r.ok, r.failure])).toEqual([
        ['https://www.seed001.test/', true, null],
        ['https://www.hangs.test/', false, 'timeout'],
        ['https://www.seed002.test/', true, null],
      ]);
      expect(rows[1]!.attempts).toBe(1);
      // --evidence: a bundle per audited site, none for the one that timed out.
      const bundles = await query(out, 'SELECT evidence_dir FROM sites ORDER BY line');
      expect(bundles[1]!.evidence_dir).toBeNull();
      for (const b of [bundles[0]!, bundles[2]!]) expect(existsSync(join(String(b.evidence_dir), 'manifest.json'))).toBe(true);
      expect(Number(rows[1]!.duration_ms)).toBeLessThan(20_000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => hang.close(r));
    }
  }, SLOW_SITES_MS);

  test('through Redis with two workers (one killed mid-job and replaced) the campaign has the same results', async () => {
    // The ten sites in mode none: the in-process run's results for those jobs are the reference.
    const expected = localKeys.filter((k) => k.key.startsWith('none '));
    expect(expected).toHaveLength(10);
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const workers: Proc[] = [];
    try {
      const url = `redis://127.0.0.1:${port}`;
      const worker = () => {
        const w = campaign(['worker', '--redis', url, '--queue', 'e2e', '--lock-ms', '3000']);
        workers.push(w);
        return w;
      };
      const w1 = worker();
      worker();
      await until('two workers ready', () => workers.every((w) => /waiting for jobs/.test(w.stderr())), 60_000);
      const out = join(work, 'redis');
      const run = campaign(['run', ...common.map((a) => (a === MODES ? 'none' : a)), '--out', out, '--redis', url, '--queue', 'e2e']);
      // Kill a worker while it holds a job: its lock lapses and another worker gets the job.
      await until('a first result', () => resultLines(run.stdout()).length >= 1, 120_000);
      w1.child.kill('SIGKILL');
      worker();
      expect(await run.exited, run.stderr()).toBe(0);
      expect(run.stderr()).toMatch(/10\/10 done/);
      const rows = (await query(out, 'SELECT key, ok FROM sites ORDER BY key')) as { key: string; ok: boolean }[];
      expect(rows).toEqual(expected);
      const byWorker = await query(out, 'SELECT count(DISTINCT worker) AS n FROM sites');
      expect(byWorker[0]!.n).toBeGreaterThanOrEqual(2);
      const report = readFileSync(join(out, 'report.html'), 'utf8');
      expect(report).toContain('Share of sites with each finding');
    } finally {
      for (const w of workers) {
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGINT');
      }
      await Promise.all(workers.map((w) => Promise.race([w.exited, new Promise((r) => setTimeout(r, 20_000))])));
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      redis.kill('SIGTERM');
    }
  }, QUEUE_MS);
});
