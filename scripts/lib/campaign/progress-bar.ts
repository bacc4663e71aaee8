// The campaign's progress on stderr: a bar with done/failed, sites per minute and the time left.
// On a terminal it is redrawn in place; in a log (CI, nohup) it prints a line now and then, so a
// million-site run does not write a million progress lines.
export interface ProgressCounts {
  total: number;
  /** Done before this run started (resume). */
  before: number;
  done: number;
  failed: number;
  /** Shown when known (queue mode): jobs being audited and waiting. */
  active?: number;
  waiting?: number;
}

const WINDOW = 60;
const LOG_EVERY_MS = 10_000;

export class CampaignProgress {
  private readonly counts: ProgressCounts;
  private readonly finishedAt: number[] = [];
  private readonly started = Date.now();
  private lastLog = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly tty: boolean;

  constructor(total: number, before: number, private readonly out: NodeJS.WriteStream = process.stderr) {
    this.counts = { total, before, done: 0, failed: 0 };
    this.tty = out.isTTY === true;
    if (this.tty) this.timer = setInterval(() => this.draw(), 500).unref();
  }

  /** One job finished (ok or failed for good). */
  finished(ok: boolean, now = Date.now()): void {
    this.counts.done += 1;
    if (!ok) this.counts.failed += 1;
    this.finishedAt.push(now);
    if (this.finishedAt.length > WINDOW) this.finishedAt.shift();
    this.draw();
  }

  queueState(active: number, waiting: number): void {
    this.counts.active = active;
    this.counts.waiting = waiting;
  }

  /** Jobs per minute over the last few dozen results (over the whole run until then). */
  rate(now = Date.now()): number {
    const n = this.finishedAt.length;
    if (n === 0) return 0;
    const since = n >= WINDOW ? this.finishedAt[0]! : this.started;
    const minutes = Math.max(now - since, 1000) / 60_000;
    return (n >= WINDOW ? n - 1 : n) / minutes;
  }

  line(now = Date.now()): string {
    const c = this.counts;
    const complete = c.before + c.done;
    const width = 24;
    const filled = c.total ? Math.round((complete / c.total) * width) : width;
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const rate = this.rate(now);
    const left = c.total - complete;
    const eta = rate > 0 ? formatDuration((left / rate) * 60_000) : '?';
    const queue = c.active !== undefined ? `  active ${c.active} waiting ${c.waiting ?? 0}` : '';
    return `[${bar}] ${complete}/${c.total} done  ${c.failed} failed  ${rate.toFixed(1)} sites/min  ETA ${left === 0 ? '0:00' : eta}${queue}`;
  }

  draw(force = false): void {
    const now = Date.now();
    if (this.tty) this.out.write(`\r\x1b[K${this.line(now)}`);
    else if (force || now - this.lastLog >= LOG_EVERY_MS) {
      this.lastLog = now;
      this.out.write(`${this.line(now)}\n`);
    }
  }

  /** Prints a line above the bar (a per-site summary, a warning). */
  note(text: string, stream: NodeJS.WriteStream = process.stdout): void {
    if (this.tty) this.out.write('\r\x1b[K');
    stream.write(`${text}\n`);
    if (this.tty) this.draw();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.tty) this.out.write(`\r\x1b[K${this.line()}\n`);
    else this.draw(true);
  }
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}
