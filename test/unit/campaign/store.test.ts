import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { backoffDelay, isRetriable } from '../../../scripts/lib/campaign/audit-job';
import { jobKey, planJobs, remainingJobs, type CampaignJob, type JobResult } from '../../../scripts/lib/campaign/jobs';
import { CampaignProgress, formatDuration } from '../../../scripts/lib/campaign/progress-bar';
import { renderReport } from '../../../scripts/lib/campaign/report';
import { reportData } from '../../../scripts/lib/campaign/report-data';
import { rowsOf } from '../../../scripts/lib/campaign/rows';
import { CampaignStore } from '../../../scripts/lib/campaign/store';
import type { AuditExport } from '../../../lib/report/export';
import { syntheticExport } from '../report/session';

const POLICY = `Политика в отношении файлов cookie. Мы используем Яндекс.Метрику (cookie _ym_uid, срок хранения 1 год) для статистики.`;

let exportWithPolicy: AuditExport;
let exportWithout: AuditExport;
beforeAll(async () => {
  exportWithPolicy = await syntheticExport({ policyText: POLICY });
  exportWithout = await syntheticExport();
});

function result(job: CampaignJob, report: AuditExport | null, over: Partial<JobResult> = {}): JobResult {
  return {
    job, ok: report !== null, error: report ? null : 'unreachable: connection refused', failure: report ? null : 'network', attempts: 1,
    durationMs: 1234, finishedAt: '2026-11-28T04:00:00.000Z', worker: 'test:1', report, ...over,
  };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'campaign-store-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('jobs and resume bookkeeping', () => {
  const entries = [
    { line: 2, url: 'https://a.example.com/' },
    { line: 5, url: 'https://b.example.com/' },
  ];
  test('one job per site and mode, site by site', () => {
    expect(planJobs(entries, ['none', 'reject']).map((j) => j.key)).toEqual([
      'none https://a.example.com/', 'reject https://a.example.com/', 'none https://b.example.com/', 'reject https://b.example.com/',
    ]);
  });
  test('what is stored is not planned again, whatever the order of the file', () => {
    const plan = planJobs(entries, ['none', 'accept']);
    const done = new Set([jobKey('accept', 'https://b.example.com/'), jobKey('none', 'https://a.example.com/'), 'none https://gone.example.com/']);
    expect(remainingJobs(plan, done).map((j) => j.key)).toEqual(['accept https://a.example.com/', 'none https://b.example.com/']);
  });
  test('retries: network errors and crashes, not certificates, pages or timeouts', () => {
    const r = (failure: JobResult['failure'], error = 'x') => ({ ok: false, failure, error });
    expect(isRetriable(r('network', 'unreachable: connection refused'))).toBe(true);
    expect(isRetriable(r('network', 'unreachable: certificate not trusted (try --ignore-cert-errors)'))).toBe(false);
    expect(isRetriable(r('crash'))).toBe(true);
    expect(isRetriable(r('timeout'))).toBe(false);
    expect(isRetriable(r('page'))).toBe(false);
    expect(isRetriable({ ok: true, failure: null, error: null })).toBe(false);
  });
  test('backoff doubles per try with at most 25 % jitter', () => {
    expect([1, 2, 3].map((a) => backoffDelay({ backoffMs: 1000 }, a, () => 0))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay({ backoffMs: 1000 }, 2, () => 1)).toBe(2500);
  });
  test('progress: done, failed, rate and time left', () => {
    const sink = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    const p = new CampaignProgress(100, 10, sink);
    const t0 = Date.now();
    for (let i = 0; i < 9; i++) p.finished(i !== 4, t0 + 1000 * i);
    const line = p.line(t0 + 60_000);
    expect(line).toMatch(/ 19\/100 done {2}1 failed {2}9\.0 sites\/min {2}ETA 9:00$/);
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});

describe('campaign database', () => {
  const jobs = planJobs([{ line: 1, url: 'https://www.shop-example.ru/' }, { line: 2, url: 'https://down.example.com/' }], ['none', 'reject']);

  test('a result becomes one sites row and one row per finding, cookie, request and declaration', async () => {
    const dir = tempDir();
    const store = await CampaignStore.open(dir);
    store.add({ result: result(jobs[0]!, exportWithPolicy), reportFile: 'sites/none/x.json' });
    store.add({ result: result(jobs[2]!, null), reportFile: null });
    await store.flush();
    const r = exportWithPolicy;
    const counts = (await store.query(`SELECT (SELECT count(*) FROM findings) f, (SELECT count(*) FROM cookies) c, (SELECT count(*) FROM requests) q, (SELECT count(*) FROM declarations) d`)).rows[0];
    const expected = rowsOf(result(jobs[0]!, r), null);
    expect(counts).toEqual({ f: r.findings.length, c: r.observations.cookies.length, q: r.observations.requests.length, d: expected.declarations.length });
    expect(expected.declarations.length).toBeGreaterThan(0);
    const sites = (await store.query(`SELECT site, mode, ok, error, high, cookies, report_file, audited_at FROM sites ORDER BY key`)).rows;
    expect(sites).toEqual([
      { site: 'example.com', mode: 'none', ok: false, error: 'unreachable: connection refused', high: null, cookies: null, report_file: null, audited_at: '2026-11-28T04:00:00.000Z' },
      { site: 'shop-example.ru', mode: 'none', ok: true, error: null, high: r.summary.bySeverity.high, cookies: r.observations.cookies.length, report_file: 'sites/none/x.json', audited_at: '2026-11-28T04:00:00.000Z' },
    ]);
    const byCode = (await store.query(`SELECT code, count(*) n FROM findings GROUP BY code`)).rows;
    expect(Object.fromEntries(byCode.map((b) => [b.code, b.n]))).toEqual(r.summary.byCode);
    await store.close();
  });

  test('resume: reopened, the store knows what is done; a second delivery of a result is ignored', async () => {
    const dir = tempDir();
    let store = await CampaignStore.open(dir);
    expect(store.add({ result: result(jobs[0]!, exportWithout), reportFile: null })).toBe(true);
    expect(store.add({ result: result(jobs[0]!, exportWithout), reportFile: null })).toBe(false);
    await store.close();
    store = await CampaignStore.open(dir);
    expect([...store.doneKeys()]).toEqual([jobs[0]!.key]);
    expect(store.add({ result: result(jobs[0]!, exportWithout), reportFile: null })).toBe(false);
    expect(remainingJobs(jobs, store.doneKeys())).toHaveLength(3);
    await store.flush();
    expect((await store.query('SELECT count(*) n FROM sites')).rows).toEqual([{ n: 1 }]);
    await store.close();
  });

  test('--retry-failed forgets failed results, rows of every table included, and keeps the good ones', async () => {
    const dir = tempDir();
    const store = await CampaignStore.open(dir);
    store.add({ result: result(jobs[0]!, exportWithout), reportFile: null });
    store.add({ result: result(jobs[1]!, null), reportFile: null });
    await store.flush();
    expect(await store.forgetFailed(jobs.map((j) => j.key))).toBe(1);
    expect([...store.doneKeys()]).toEqual([jobs[0]!.key]);
    expect((await store.query('SELECT count(*) n FROM sites')).rows).toEqual([{ n: 1 }]);
    await store.close();
  });

  test('a batch is stored whole or not at all', async () => {
    const dir = tempDir();
    const store = await CampaignStore.open(dir);
    const good = rowsOf(result(jobs[0]!, exportWithout), null);
    const broken = { ...good, cookies: [...good.cookies, { ...good.cookies[0]!, lifetime_seconds: 'not a number' }] };
    await expect(store.writeRows(broken)).rejects.toThrow();
    expect((await store.query('SELECT (SELECT count(*) FROM sites) s, (SELECT count(*) FROM findings) f')).rows).toEqual([{ s: 0, f: 0 }]);
    await store.close();
  });

  test('a campaign begun by an older version gets the columns added since, and takes results again', async () => {
    const dir = tempDir();
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const old = await DuckDBInstance.create(join(dir, 'campaign.duckdb'));
    const c = await old.connect();
    await c.run(`CREATE TABLE sites (key VARCHAR, site VARCHAR, url VARCHAR, mode VARCHAR, line INTEGER, ok BOOLEAN)`);
    await c.run(`INSERT INTO sites VALUES ('none https://old.example.com/', 'example.com', 'https://old.example.com/', 'none', 1, true)`);
    c.closeSync();
    old.closeSync();
    const store = await CampaignStore.open(dir);
    expect([...store.doneKeys()]).toEqual(['none https://old.example.com/']);
    store.add({ result: result(jobs[0]!, exportWithout), reportFile: 'sites/none/a.json' });
    await store.flush();
    expect((await store.query(`SELECT key, report_file FROM sites ORDER BY line`)).rows).toEqual([
      { key: 'none https://old.example.com/', report_file: null },
      { key: jobs[0]!.key, report_file: 'sites/none/a.json' },
    ]);
    await store.close();
  });

  test('a closed campaign opens read-only for queries and exports', async () => {
    const dir = tempDir();
    const store = await CampaignStore.open(dir);
    await store.close();
    const reader = await CampaignStore.open(dir, { readOnly: true });
    expect((await reader.query('SELECT count(*) n FROM sites')).rows).toEqual([{ n: 0 }]);
    await reader.close();
  });

  test('the report shows totals, codes, vendors, CMPs and languages in three languages with Vega-Lite charts', async () => {
    const dir = tempDir();
    const store = await CampaignStore.open(dir);
    store.add({ result: result(jobs[0]!, exportWithPolicy), reportFile: 'sites/none/shop.json' });
    store.add({ result: result(jobs[1]!, exportWithout), reportFile: 'sites/reject/shop.json' });
    store.add({ result: result(jobs[2]!, null), reportFile: null });
    await store.flush();
    const data = await reportData(store);
    expect(data.totals).toMatchObject({ sites: 1, jobs: 3, ok: 2, failed: 1 });
    expect(data.codes.find((c) => c.code === 'pre-consent-cookie')).toEqual({ code: 'pre-consent-cookie', sites: 1, share: 1 });
    expect(data.vendors.map((v) => v.vendor)).toContain('Yandex Metrika');
    expect(data.languages.map((l) => l.language).sort()).toEqual(['-', 'ru']);
    expect(data.worst[0]).toMatchObject({ site: 'shop-example.ru', reportFile: expect.stringMatching(/^sites\//) });
    const html = await renderReport(data, new Date('2026-11-28T05:00:00Z'));
    for (const lang of ['en', 'ru', 'uk']) expect(html).toContain(`<section class="lang" id="${lang}" lang="${lang}">`);
    expect(html).toContain('Доля сайтов с каждым нарушением');
    expect(html).toContain('Частка сайтів із кожним порушенням');
    expect(html.match(/<svg[^>]*class="marks"/g)?.length).toBeGreaterThanOrEqual(12);
    expect(html).toContain('href="sites/none/shop.json"');
    expect(html).not.toMatch(/<script|(src|href)="https?:/);
    await store.close();
  });
});
