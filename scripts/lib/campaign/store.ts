// The campaign database: DuckDB in the campaign folder (campaign.duckdb), one table per kind
// (rows.ts). Only one process writes it (DuckDB allows one writer): the `run` process, whatever
// ran the audits. Results are appended in batches inside a transaction, so a batch is either
// wholly stored or not at all; the sites table is the resume bookkeeping (a key in it is done).
import { join } from 'node:path';
import { DuckDBInstance, DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { rowsOf, TABLE_NAMES, TABLES, type Cell, type ColumnType, type Rows, type TableName } from './rows';
import type { JobResult } from './jobs';

export const DB_FILE = 'campaign.duckdb';

export interface StoredResult {
  result: JobResult;
  /** Path of the per-site JSON export, relative to the campaign folder. */
  reportFile: string | null;
}

export class CampaignStore {
  private readonly done = new Set<string>();
  private readonly failed = new Set<string>();
  private pending: StoredResult[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    readonly readOnly: boolean,
  ) {}

  static async open(dir: string, opts: { readOnly?: boolean } = {}): Promise<CampaignStore> {
    const path = join(dir, DB_FILE);
    const instance = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {}).catch((error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(text)) throw new Error(`${path} is in use by another process (a running campaign?): DuckDB allows one writer. ${text.split('\n')[0]}`);
      throw error;
    });
    const connection = await instance.connect();
    const store = new CampaignStore(instance, connection, opts.readOnly ?? false);
    if (!store.readOnly) await store.createTables();
    await store.loadKeys();
    return store;
  }

  /** Creates the tables, and adds columns a newer version appended to a campaign begun with an older one. */
  private async createTables(): Promise<void> {
    for (const name of TABLE_NAMES) {
      const columns = Object.entries(TABLES[name]).map(([c, t]) => `"${c}" ${t}`);
      await this.connection.run(`CREATE TABLE IF NOT EXISTS ${name} (${columns.join(', ')})`);
      for (const column of columns) await this.connection.run(`ALTER TABLE ${name} ADD COLUMN IF NOT EXISTS ${column}`);
    }
  }

  private async loadKeys(): Promise<void> {
    const tables = await this.connection.runAndReadAll(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'sites'`);
    if (Number(tables.getRowObjectsJS()[0]?.n ?? 0) === 0) return;
    const reader = await this.connection.runAndReadAll('SELECT key, ok FROM sites');
    for (const row of reader.getRowObjectsJS()) {
      this.done.add(String(row.key));
      if (row.ok !== true) this.failed.add(String(row.key));
    }
  }

  /** Keys with a stored result (ok or failed). */
  doneKeys(): ReadonlySet<string> {
    return this.done;
  }

  failedKeys(): ReadonlySet<string> {
    return this.failed;
  }

  /** Forgets the failed results among `keys` so they run again (--retry-failed). */
  async forgetFailed(keys: Iterable<string>): Promise<number> {
    const forget = [...keys].filter((k) => this.failed.has(k));
    if (forget.length === 0) return 0;
    await this.transaction(async () => {
      await this.connection.run('CREATE TEMP TABLE IF NOT EXISTS forget (key VARCHAR)');
      await this.connection.run('DELETE FROM forget');
      const appender = await this.connection.createAppender('forget');
      for (const k of forget) {
        appender.appendVarchar(k);
        appender.endRow();
      }
      appender.closeSync();
      for (const name of TABLE_NAMES) await this.connection.run(`DELETE FROM ${name} WHERE key IN (SELECT key FROM forget)`);
    });
    for (const k of forget) {
      this.done.delete(k);
      this.failed.delete(k);
    }
    return forget.length;
  }

  /** Queues a result for the next batch; a key already stored is ignored (a queue may deliver twice). */
  add(stored: StoredResult): boolean {
    const key = stored.result.job.key;
    if (this.done.has(key) || this.pending.some((p) => p.result.job.key === key)) return false;
    this.pending.push(stored);
    return true;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes the queued results in one transaction; calls are serialised. */
  flush(): Promise<void> {
    this.writing = this.writing.then(async () => {
      const batch = this.pending;
      this.pending = [];
      if (batch.length === 0) return;
      const rows: Rows = { sites: [], findings: [], cookies: [], requests: [], declarations: [] };
      for (const s of batch) {
        const r = rowsOf(s.result, s.reportFile);
        for (const name of TABLE_NAMES) rows[name].push(...r[name]);
      }
      await this.writeRows(rows);
      for (const s of batch) {
        this.done.add(s.result.job.key);
        if (!s.result.ok) this.failed.add(s.result.job.key);
      }
    });
    return this.writing;
  }

  /** Appends rows to every table in one transaction. */
  async writeRows(rows: Rows): Promise<void> {
    await this.transaction(async () => {
      for (const name of TABLE_NAMES) {
        if (rows[name].length === 0) continue;
        const appender = await this.connection.createAppender(name);
        const columns = Object.entries(TABLES[name]) as [string, ColumnType][];
        for (const row of rows[name]) {
          for (const [column, type] of columns) appendCell(appender, type, row[column] ?? null);
          appender.endRow();
        }
        appender.closeSync();
      }
    });
  }

  private async transaction(work: () => Promise<void>): Promise<void> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      await work();
      await this.connection.run('COMMIT');
    } catch (error) {
      await this.connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** Runs SQL and returns plain rows (numbers for counts, strings for text). */
  async query(sql: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
    const reader = await this.connection.runAndReadAll(sql);
    const rows = reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    return { columns: reader.columnNames(), rows };
  }

  async close(): Promise<void> {
    if (!this.readOnly) {
      await this.flush();
      await this.connection.run('CHECKPOINT').catch(() => undefined);
    }
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** DuckDB's JS values as JSON-friendly ones: counts as numbers, times as ISO text. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function appendCell(appender: DuckDBAppender, type: ColumnType, value: Cell): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case 'VARCHAR':
      return appender.appendVarchar(String(value));
    case 'INTEGER':
      return appender.appendInteger(Math.max(-2147483648, Math.min(2147483647, Math.round(Number(value)))));
    case 'BIGINT':
      return appender.appendBigInt(BigInt(Math.round(Number(value))));
    case 'BOOLEAN':
      return appender.appendBoolean(Boolean(value));
    case 'DOUBLE':
      return appender.appendDouble(Number(value));
    case 'TIMESTAMP': {
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(ms) ? appender.appendTimestamp(new DuckDBTimestampValue(BigInt(Math.round(ms)) * 1000n)) : appender.appendNull();
    }
  }
}
