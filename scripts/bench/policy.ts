// Policy engine benchmark: parse time of each seed policy (target under 20 ms) and of a 1 MB
// policy (target under 300 ms), as text and as HTML. Medians over repeated runs, because the
// machine's cores are shared. Seeds are read from CONSENT_AUDITOR_SHARED (default ../shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findVendorMentions, knownCookieName } from '../../lib/classify';
import { parseDuration, parsePolicy } from '../../lib/policy';
import type { ParsePolicyInput } from '../../lib/policy';
import type { Metric } from './types';
import { median } from './stats';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.CONSENT_AUDITOR_SHARED ?? resolve(REPO, '../shared');
const SEEDS = join(SHARED, 'seeds');
const FIXTURES = join(REPO, 'test/fixtures/policy');
const MB = 1024 * 1024;
const deps = { findVendorMentions, knownCookie: knownCookieName };

function timeMedian(runs: number, fn: () => void): number {
  fn(); // warm-up: the knowledge base and regexes are built on first use
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

/** Real policy text grown to 1 MB by repeating it, so the mix of prose and tables stays real. */
function grow(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

export async function run(): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  for (const file of seedFiles) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const ms = timeMedian(21, () => parsePolicy({ text, url: null, kind: 'file' }, deps));
    metrics.push({ metric: `policy.parse.seed.${file.slice(0, 3)}`, value: ms, unit: 'ms', target: 20, bytes: Buffer.byteLength(text) });
  }
  const inputs: [string, ParsePolicyInput][] = [];
  if (seedFiles.length > 0) {
    const all = seedFiles.map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n\n');
    inputs.push(['policy.parse.1mb.seeds-text', { text: grow(all, MB), url: null, kind: 'file' }]);
  }
  const htmlTable = readFileSync(join(FIXTURES, 'table-ru.html'), 'utf8');
  const body = htmlTable.slice(htmlTable.indexOf('<main>'), htmlTable.indexOf('</main>'));
  inputs.push(['policy.parse.1mb.html-tables', { html: `<html><body>${grow(body, MB)}</body></html>`, url: null, kind: 'file' }]);
  for (const [name, input] of inputs) {
    metrics.push({ metric: name, value: timeMedian(7, () => parsePolicy(input, deps)), unit: 'ms', target: 300, bytes: MB });
  }
  const phrases = ['2 роки', 'Від 1 дня до 1 місяця', '1,5 року', 'До закриття вікна', '13 months', 'bis zu 2 Jahre', 'от 1 дня до 2 лет', 'Session'];
  const perPhrase = timeMedian(11, () => {
    for (let i = 0; i < 1000; i++) parseDuration(phrases[i % phrases.length]!, 'uk');
  });
  metrics.push({ metric: 'policy.duration.per-phrase', value: Math.round(perPhrase) / 1000, unit: 'ms' });
  return metrics;
}
