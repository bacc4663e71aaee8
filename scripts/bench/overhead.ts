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

/** Median loadEventEnd of the lab shop with the extension / without, loads alternated in one run. */
export async function run(): Promise<Metric[]> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const lab = await startLab({ quiet: true });
  const common = { hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true };
  const withExt = await launchChromium({ ...common, extensionDir: DEFAULT_EXTENSION_DIR });
  const without = await launchChromium(common);
  try {
    await waitForServiceWorker(withExt.context);
    const url = lab.url('www.lab-shop.test', '/');
    // Warm both (TLS, caches of the lab's bundles) before measuring.
    await loadTime(withExt.context, url);
    await loadTime(without.context, url);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      a.push(await loadTime(withExt.context, url));
      b.push(await loadTime(without.context, url));
    }
    const ratio = median(a) / median(b);
    return [
      { metric: 'page-load-overhead', value: Number(ratio.toFixed(3)), unit: 'ratio', target: 1.15, goal: 1.03, loads: LOADS, medianWithMs: median(a), medianWithoutMs: median(b) },
      ...contentScriptSizes(),
    ];
  } finally {
    await withExt.close();
    await without.close();
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
