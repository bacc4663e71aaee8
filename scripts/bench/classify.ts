// Benchmark of the classifier: time per cookie/request lookup (median, p99) over 100,000+ mixed
// inputs with and without the filter-list table, start-up (load) time, heap used after loading,
// and generated data size. Also measures @ghostery/adblocker's serialised engine on the same
// lists, the alternative the compact host table was chosen over.
//   npx tsx -e "import('./scripts/bench/classify.ts').then(async m => console.log(JSON.stringify(await m.run())))"
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { FiltersEngine, Request } from '@ghostery/adblocker';
import { createClassifier } from '../../lib/classify/classifier';
import { parseFilterList } from '../../lib/classify/filter-list';
import { createFilterMatcher } from '../../lib/classify/filter-matcher';
import type { FilterTable, KnowledgeData } from '../../lib/classify/types';
import { defaultDataDir } from '../build-knowledge';
import type { Metric } from './types';
import { seededRandom as rng } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATED = join(ROOT, 'generated');
const N = 120_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Per-call times in nanoseconds, timer cost included (reported separately). */
function time<T>(inputs: T[], fn: (x: T) => unknown): { median: number; p99: number } {
  for (let i = 0; i < Math.min(inputs.length, 20_000); i++) fn(inputs[i]!); // warm up the JIT
  const out = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const t0 = process.hrtime.bigint();
    fn(inputs[i]!);
    out[i] = Number(process.hrtime.bigint() - t0);
  }
  out.sort();
  return { median: percentile(out, 0.5), p99: percentile(out, 0.99) };
}

function timerCost(): number {
  return time(Array.from({ length: 50_000 }, (_, i) => i), (x) => x).median;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function inputs(data: KnowledgeData, listHosts: string[]): { cookies: [string, string, string][]; urls: [string, string, string][] } {
  const r = rng(42);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  const fill = (pattern: string): string => pattern.replace(/\*/g, () => Math.floor(r() * 1e9).toString(36));
  const names = [...data.curated.cookies.map((c) => fill(c[0])), ...data.ocd.cookies.map((c) => fill(c[0]))];
  const hosts = data.curated.hosts.map((h) => `${h[0]}${h[1] || '/'}`);
  const cookies: [string, string, string][] = [];
  const urls: [string, string, string][] = [];
  for (let i = 0; i < N; i++) {
    const roll = r();
    const name = roll < 0.7 ? pick(names) : `app_${Math.floor(r() * 1e6).toString(36)}`;
    cookies.push([name, roll < 0.5 ? '.shop.example' : pick(data.curated.hosts)[0], 'shop.example']);
    const u = r();
    const url = u < 0.4 ? `https://${pick(hosts)}x?id=${i}`
      : u < 0.6 && listHosts.length ? `https://${pick(listHosts)}/px.gif?${i}`
      : u < 0.8 ? `https://cdn${i % 500}.unlisted-${i % 97}.example/lib/app.js`
      : `https://shop.example/assets/${i}.js`;
    urls.push([url, pick(['script', 'image', 'xmlhttprequest', 'ping', 'sub_frame']), 'shop.example']);
  }
  return { cookies, urls };
}

export async function run(): Promise<Metric[]> {
  const kFile = join(GENERATED, 'knowledge.json');
  const fFile = join(GENERATED, 'filters.json');
  if (!existsSync(kFile)) throw new Error('generated/knowledge.json missing: run npm run build:kb first');
  const kText = readFileSync(kFile, 'utf8');
  const fText = existsSync(fFile) ? readFileSync(fFile, 'utf8') : '';
  const metrics: Metric[] = [];
  const add = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}): void => {
    metrics.push({ metric, value: Math.round(value * 1000) / 1000, unit, ...extra });
  };

  // Start-up as the service worker sees it: parse the bundled JSON, build indexes, decode the table.
  const loads: number[] = [];
  const filterLoads: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    createClassifier(JSON.parse(kText) as KnowledgeData);
    const t1 = performance.now();
    if (fText) createFilterMatcher(JSON.parse(fText) as FilterTable);
    filterLoads.push(performance.now() - t1);
    loads.push(t1 - t0);
  }
  add('classify.load.base.median', median(loads), 'ms');
  add('classify.load.filters.median', median(filterLoads), 'ms');

  gc();
  const before = process.memoryUsage().heapUsed;
  const data = JSON.parse(kText) as KnowledgeData;
  const table = fText ? (JSON.parse(fText) as FilterTable) : null;
  const base = createClassifier(data);
  const matcher = table ? createFilterMatcher(table) : undefined;
  const full = createClassifier(data, matcher);
  base.classifyCookie('_ga', '.x.com', 'x.com');
  full.classifyRequest('https://x.example/', 'script', 'y.example');
  gc();
  add('classify.heap.after-load', (process.memoryUsage().heapUsed - before) / 1024 / 1024, 'MiB', { note: 'heap used delta, base + filter table + both classifiers' });

  const dataDir = defaultDataDir();
  const epFile = join(dataDir, 'easyprivacy', 'easyprivacy.txt');
  const ruFile = join(dataDir, 'ruadlist-counters', 'cntblock.txt');
  const listHosts = existsSync(epFile) ? [...parseFilterList(readFileSync(epFile, 'utf8')).hosts].slice(0, 5000) : [];
  const { cookies, urls } = inputs(data, listHosts);
  const overhead = timerCost();
  add('classify.timer-overhead', overhead / 1000, 'us', { note: 'hrtime pair cost, included in the times below' });

  const cookieBase = time(cookies, ([n, d, s]) => base.classifyCookie(n, d, s));
  add('classify.cookie.base.median', cookieBase.median / 1000, 'us', { target: 2, n: cookies.length });
  add('classify.cookie.base.p99', cookieBase.p99 / 1000, 'us');
  const reqBase = time(urls, ([u, t, s]) => base.classifyRequest(u, t, s));
  add('classify.request.base.median', reqBase.median / 1000, 'us', { target: 2, n: urls.length });
  add('classify.request.base.p99', reqBase.p99 / 1000, 'us');
  if (matcher) {
    const reqFull = time(urls, ([u, t, s]) => full.classifyRequest(u, t, s));
    add('classify.request.filters.median', reqFull.median / 1000, 'us', { target: 15, n: urls.length });
    add('classify.request.filters.p99', reqFull.p99 / 1000, 'us');
    const cookieFull = time(cookies, ([n, d, s]) => full.classifyCookie(n, d, s));
    add('classify.cookie.filters.median', cookieFull.median / 1000, 'us', { target: 15 });
    add('classify.cookie.filters.p99', cookieFull.p99 / 1000, 'us');
  }

  // Policy reading: vendor mentions over a real 37 KB Russian policy (seed 002), regexes already built.
  const seedFile = join(dataDir, '..', 'seeds', '002_de26253733173c30.txt');
  if (existsSync(seedFile)) {
    const text = readFileSync(seedFile, 'utf8');
    full.findVendorMentions(text, 'ru');
    const runs: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      full.findVendorMentions(text, 'ru');
      runs.push(performance.now() - t0);
    }
    add('classify.mentions.policy-37kb.median', median(runs), 'ms');
  }

  const kBytes = statSync(kFile).size;
  const fBytes = fText ? statSync(fFile).size : 0;
  add('classify.data.knowledge', kBytes / 1024, 'KiB');
  add('classify.data.filters', fBytes / 1024, 'KiB');
  add('classify.data.total', (kBytes + fBytes) / 1024 / 1024, 'MiB', { target: 1.5 });

  // The road not taken: ghostery's engine over the same two lists, network filters only.
  if (existsSync(epFile) && existsSync(ruFile)) {
    const lists = `${readFileSync(epFile, 'utf8')}\n${readFileSync(ruFile, 'utf8')}`;
    const engine = FiltersEngine.parse(lists, { loadCosmeticFilters: false, loadNetworkFilters: true });
    const bytes = engine.serialize();
    add('classify.ghostery.serialized', bytes.length / 1024, 'KiB', { note: 'raw bytes; base64 in a bundle adds a third' });
    const des: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      FiltersEngine.deserialize(bytes);
      des.push(performance.now() - t0);
    }
    add('classify.ghostery.load.median', median(des), 'ms');
    const g = time(urls.slice(0, 100_000), ([u, t]) => engine.match(Request.fromRawDetails({ url: u, type: t as 'script', sourceUrl: 'https://shop.example/' })));
    add('classify.ghostery.match.median', g.median / 1000, 'us', { n: 100_000 });
    add('classify.ghostery.match.p99', g.p99 / 1000, 'us');
  }
  return metrics;
}
