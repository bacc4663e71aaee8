// npm run campaign -- run|worker|query|export|report  (see README "Campaigns")
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { intFlag, one, parseArgs, UsageError, type ParsedArgs } from './lib/args';
import { AUDIT_BOOLEAN_FLAGS, AUDIT_OPTIONS_USAGE, consentModeOf, extensionDirOf, sharedAuditOptions } from './lib/audit-options';
import { assertExtensionBuilt } from './lib/audit-run';
import { defaultTimeoutMs, WORKER_NAME, type JobSettings } from './lib/campaign/audit-job';
import { DEFAULT_QUEUE, redisConnection, startWorker } from './lib/campaign/queue';
import { runCampaign } from './lib/campaign/run';
import { DB_FILE, CampaignStore } from './lib/campaign/store';
import { TABLE_NAMES } from './lib/campaign/rows';
import { parseUrlFile } from './lib/campaign/url-file';

const USAGE = `usage: npm run campaign -- <command> [options]

  run --urls FILE [options]    audit every site of FILE in every mode; run again to resume
    --out DIR                  campaign folder: database, per-site exports, report.html (default: campaign-out)
    --modes none,accept,reject consent modes, one job per site and mode (default: none)
    --timeout MS               hard limit per job (default: navigation timeout + wait + 30 s)
    --retries N                further tries after a network error or a browser crash (default: 2)
    --backoff MS               first retry delay, doubled each time (default: 2000)
    --retry-failed             run the jobs that failed in an earlier run again
    --evidence                 write an evidence bundle per job under DIR/evidence/<mode>/ (see npm run audit --evidence)
    --lang en|ru|uk            language of the evidence bundles (default: en)
    --redis redis://HOST:PORT  put the jobs in a BullMQ queue for "worker" processes instead of auditing here
    --queue NAME               queue name (default: ${DEFAULT_QUEUE})
    --quiet                    no per-site lines on stdout
${AUDIT_OPTIONS_USAGE.replace(/^/gm, '  ')}
  worker --redis redis://HOST:PORT [--queue NAME] [--concurrency N] [--extension DIR] [--lock-ms MS]
                               take jobs from the queue until Ctrl-C
  query --out DIR "SQL" [--json]   ask the campaign database (tables: ${TABLE_NAMES.join(', ')})
  export --out DIR --parquet|--csv TARGET   write every table to TARGET/<table>.parquet|csv
  report --out DIR             write report.html again`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest, [...AUDIT_BOOLEAN_FLAGS, 'help', 'retry-failed', 'evidence', 'json', 'quiet']);
  if (!command || command === '--help' || args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'run':
      return run(args);
    case 'worker':
      return worker(args);
    case 'query':
      return query(args);
    case 'export':
      return exportTables(args);
    case 'report':
      return report(args);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function outDir(args: ParsedArgs, mustExist: boolean): string {
  const dir = resolve(one(args, 'out') ?? 'campaign-out');
  if (mustExist && !existsSync(join(dir, DB_FILE))) throw new UsageError(`no campaign database in ${dir} (give --out DIR of a campaign)`);
  return dir;
}

/** First Ctrl-C: stop starting jobs, store what finished. Second: quit at once. */
function stopSignal(what: string): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      process.stderr.write('\nquitting now\n');
      process.exit(130);
    }
    process.stderr.write(`\n${signal}: ${what} (Ctrl-C again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

async function run(args: ParsedArgs): Promise<number> {
  const urlsFile = one(args, 'urls');
  if (!urlsFile) throw new UsageError('run needs --urls FILE');
  if (!existsSync(urlsFile)) throw new UsageError(`--urls: no such file: ${urlsFile}`);
  const { entries, problems } = parseUrlFile(readFileSync(urlsFile, 'utf8'));
  for (const p of problems) console.error(`${urlsFile}:${p.line}: skipped "${p.text}": ${p.reason}`);
  if (entries.length === 0) throw new UsageError(`${urlsFile} has no usable URL`);
  const modes = [...new Set((one(args, 'modes') ?? 'none').split(',').map((m) => consentModeOf(m.trim())))];
  const audit = sharedAuditOptions(args);
  const settings: JobSettings = {
    audit,
    timeoutMs: intFlag(args, 'timeout', defaultTimeoutMs(audit), 1000),
    retries: intFlag(args, 'retries', 2),
    backoffMs: intFlag(args, 'backoff', 2000),
    evidence: args.flags.has('evidence') ? { dir: join(outDir(args, false), 'evidence'), lang: reportLang(one(args, 'lang') ?? 'en') } : null,
  };
  const redisUrl = one(args, 'redis');
  const extensionDir = extensionDirOf(args);
  if (!redisUrl) assertExtensionBuilt(extensionDir);
  const out = outDir(args, false);
  mkdirSync(out, { recursive: true });
  const stop = stopSignal('stopping after the jobs under way; run again to resume');
  const summary = await runCampaign({
    outDir: out,
    entries,
    modes,
    settings,
    extensionDir,
    concurrency: intFlag(args, 'concurrency', 1, 1),
    retryFailed: args.flags.has('retry-failed'),
    ...(redisUrl ? { redis: { url: redisUrl, queue: one(args, 'queue') ?? DEFAULT_QUEUE } } : {}),
    stop,
    verbose: !args.flags.has('quiet'),
  });
  const minutes = summary.elapsedMs / 60_000;
  console.error(
    `${summary.done} job(s) done in this run (${summary.failed} failed), ${summary.before} done before, ${summary.planned} planned; ` +
      `${minutes > 0 ? (summary.done / minutes).toFixed(1) : '0'} sites/min; ${summary.stopped ? 'stopped: run again to resume' : `report: ${join(out, 'report.html')}`}`,
  );
  return summary.stopped ? 130 : 0;
}

function reportLang(value: string): 'en' | 'ru' | 'uk' {
  if (value !== 'en' && value !== 'ru' && value !== 'uk') throw new UsageError(`--lang must be en, ru or uk, got "${value}"`);
  return value;
}

async function worker(args: ParsedArgs): Promise<number> {
  const redisUrl = one(args, 'redis');
  if (!redisUrl) throw new UsageError('worker needs --redis redis://HOST:PORT');
  const extensionDir = extensionDirOf(args);
  assertExtensionBuilt(extensionDir);
  const queue = one(args, 'queue') ?? DEFAULT_QUEUE;
  let done = 0;
  const w = startWorker({
    connection: redisConnection(redisUrl),
    queue,
    concurrency: intFlag(args, 'concurrency', 1, 1),
    extensionDir,
    lockMs: intFlag(args, 'lock-ms', 30_000, 1000),
    onResult: (r) => {
      done += 1;
      if (!args.flags.has('quiet')) console.log(`${r.ok ? '✓' : '✗'} [${r.job.mode}] ${r.job.url}${r.ok ? '' : `  ${r.error}`}`);
    },
  });
  w.on('error', (e) => console.error(`worker: ${e.message}`));
  await w.waitUntilReady();
  console.error(`worker ${WORKER_NAME} on ${redisUrl} queue "${queue}": waiting for jobs (Ctrl-C to stop)`);
  await new Promise<void>((resolveStop) => {
    const signal = stopSignal('finishing the jobs under way');
    signal.addEventListener('abort', () => resolveStop(), { once: true });
  });
  await w.close();
  console.error(`worker stopped after ${done} job(s)`);
  return 0;
}

async function query(args: ParsedArgs): Promise<number> {
  const sql = args.positionals.join(' ').trim();
  if (!sql) throw new UsageError('query needs SQL, e.g. "SELECT count(*) FROM sites"');
  const store = await CampaignStore.open(outDir(args, true), { readOnly: true });
  try {
    const { columns, rows } = await store.query(sql);
    if (args.flags.has('json')) console.log(JSON.stringify(rows, null, 2));
    else console.log(formatTable(columns, rows));
  } finally {
    await store.close();
  }
  return 0;
}

async function exportTables(args: ParsedArgs): Promise<number> {
  const parquet = one(args, 'parquet');
  const csv = one(args, 'csv');
  if ((parquet === undefined) === (csv === undefined)) throw new UsageError('export needs one of --parquet TARGET or --csv TARGET');
  const target = resolve((parquet ?? csv)!);
  const format = parquet !== undefined ? 'parquet' : 'csv';
  mkdirSync(target, { recursive: true });
  const store = await CampaignStore.open(outDir(args, true), { readOnly: true });
  try {
    for (const table of TABLE_NAMES) {
      const file = join(target, `${table}.${format}`);
      await store.connection.run(`COPY ${table} TO '${file.replace(/'/g, "''")}' (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
      console.log(file);
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function report(args: ParsedArgs): Promise<number> {
  const store = await CampaignStore.open(outDir(args, true), { readOnly: true });
  try {
    const { writeReport } = await import('./lib/campaign/report');
    console.log(await writeReport(store, outDir(args, true)));
  } finally {
    await store.close();
  }
  return 0;
}

function formatTable(columns: string[], rows: Record<string, unknown>[]): string {
  const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const cells = rows.map((r) => columns.map((c) => text(r[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`campaign: ${error.message}\n\n${USAGE}`);
    else console.error(`campaign: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
