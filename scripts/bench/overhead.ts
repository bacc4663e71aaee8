import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, waitForServiceWorker } from '../lib/chromium';
import { DEFAULT_EXTENSION_DIR, assertExtensionBuilt } from '../lib/audit-run';
import { startLab } from '../../test/lab/server';
import type { Metric } from './types';
import { median } from './stats';

const LOADS = 20;

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // loadEventEnd is 0 until the load handler returned: read it on the next tick.
  const t = await page.evaluate(
    () => new Promise<number>((r) => setTimeout(() => r((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd), 0)),
  );
  await page.close();
  return t;
}

/** How long the chart page's drawing took, as the page measured it (window.labChartMs). */
async function chartTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => (window as unknown as { labChartMs?: number }).labChartMs ?? Number.NaN);
  await page.close();
  return ms;
}

/**
 * Median loadEventEnd of the lab shop with the extension / without, loads alternated in one run,
 * and the drawing time of a chart page the same way. BENCH_BASELINE_EXTENSION=<built extension
 * dir> adds a third browser with that build (e.g. main's), alternated with the other two, so a
 * change is compared with its baseline under the same machine load.
 */
export async function run(): Promise<Metric[]> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const baselineDir = process.env.BENCH_BASELINE_EXTENSION;
  if (baselineDir) assertExtensionBuilt(baselineDir);
  const lab = await startLab({ quiet: true });
  const common = { hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true };
  const withExt = await launchChromium({ ...common, extensionDir: DEFAULT_EXTENSION_DIR });
  const without = await launchChromium(common);
  const baseline = baselineDir ? await launchChromium({ ...common, extensionDir: baselineDir }) : null;
  try {
    await waitForServiceWorker(withExt.context);
    if (baseline) await waitForServiceWorker(baseline.context);
    const browsers = [withExt, without, ...(baseline ? [baseline] : [])];
    const measure = async (url: string, probe: (c: BrowserContext, u: string) => Promise<number>): Promise<number[][]> => {
      // Warm each (TLS, caches of the lab's bundles) before measuring.
      for (const b of browsers) await probe(b.context, url);
      const times: number[][] = browsers.map(() => []);
      for (let i = 0; i < LOADS; i++) for (const [j, b] of browsers.entries()) times[j]!.push(await probe(b.context, url));
      return times;
    };
    const [a = [], b = [], c = []] = await measure(lab.url('www.lab-shop.test', '/'), loadTime);
    // The fingerprinting hook wraps canvas drawing calls: a chart page (lab-fingerprint's control,
    // 60 redraws of a bar chart, timed in the page) shows what that costs.
    const [ca = [], cb = [], cc = []] = await measure(lab.url('www.lab-fingerprint.test', '/chart'), chartTime);
    const ratio = (x: number[], y: number[]) => Number((median(x) / median(y)).toFixed(3));
    const ms = (x: number[]) => Number(median(x).toFixed(2));
    return [
      { metric: 'page-load-overhead', value: ratio(a, b), unit: 'ratio', target: 1.15, goal: 1.03, loads: LOADS, medianWithMs: median(a), medianWithoutMs: median(b) },
      { metric: 'chart-draw-overhead', value: ratio(ca, cb), unit: 'ratio', loads: LOADS, medianWithMs: ms(ca), medianWithoutMs: ms(cb) },
      ...(baseline
        ? [
            { metric: 'page-load-overhead:baseline', value: ratio(c, b), unit: 'ratio', loads: LOADS, medianWithMs: median(c), medianWithoutMs: median(b), extension: baselineDir },
            { metric: 'chart-draw-overhead:baseline', value: ratio(cc, cb), unit: 'ratio', loads: LOADS, medianWithMs: ms(cc), medianWithoutMs: ms(cb) },
          ]
        : []),
      ...contentScriptSizes(),
    ];
  } finally {
    await withExt.close();
    await without.close();
    await baseline?.close();
    await lab.close();
  }
}

/** Every script the manifest injects into pages, as built (minified). */
function contentScriptSizes(): Metric[] {
  const manifest = JSON.parse(readFileSync(resolve(DEFAULT_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const sizes = files.map((f) => ({ file: f, bytes: statSync(resolve(DEFAULT_EXTENSION_DIR, f)).size }));
  const total = sizes.reduce((s, x) => s + x.bytes, 0);
  return [
    ...sizes.map((s) => ({ metric: `content-script-size:${s.file}`, value: s.bytes, unit: 'bytes' })),
    { metric: 'content-scripts-total-size', value: total, unit: 'bytes', target: 15 * 1024 },
  ];
}
