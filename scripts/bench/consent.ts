// Consent detection cost: bytes the detector adds to every page (minified as WXT builds content
// scripts: esbuild, charset ascii), the autoconsent engine for comparison, and the time the first
// banner scan takes in Chromium on a large page (median of 15 runs).

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../lib/chromium';
import { findChromium } from '../lib/find-chromium.mjs';
import type { Metric } from './types';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(contents: string, globalName?: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    charset: 'ascii',
    format: 'iife',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
    ...(globalName ? { globalName } : {}),
  });
  return out.outputFiles[0]?.text ?? '';
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function scanTimes(detector: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // 3,000 elements of ordinary page, then a home-made banner at the end: the generic heuristic's worst case.
    const rows = Array.from({ length: 1000 }, (_, i) => `<div class="item"><a href="/p/${i}">Товар ${i}</a><span>${i} ₽</span></div>`).join('');
    await page.setContent(`<main>${rows}</main><div class="cookie-bar" style="position:fixed;bottom:0">Мы используем файлы cookie. <button>Принять</button></div>`);
    await page.addScriptTag({ content: `window.__detector = ${detector}` });
    return await page.evaluate(() => {
      const w = window as unknown as { __detector: { startConsentDetector: (d: Document, r: () => void, n: () => number) => { stop(): void } } };
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        w.__detector.startConsentDetector(document, () => undefined, () => performance.now()).stop();
        times.push(performance.now() - t0);
      }
      return times;
    });
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<Metric[]> {
  const detect = await bundle(`import { startConsentDetector } from './lib/consent/detect'; startConsentDetector(document, (e) => chrome.runtime.sendMessage(e), () => performance.now());`);
  const mainWorld = await bundle(`import { watchPageConsentApis } from './lib/consent/main-world'; watchPageConsentApis(window, (e) => postMessage(e, '*'));`);
  const autoconsent = await bundle(`import AutoConsent from '@duckduckgo/autoconsent'; new AutoConsent((m) => chrome.runtime.sendMessage(m));`);
  const metrics: Metric[] = [
    { metric: 'consent.detect.minified', value: detect.length, unit: 'bytes' },
    { metric: 'consent.main-world.minified', value: mainWorld.length, unit: 'bytes' },
    { metric: 'consent.content-scripts.minified', value: detect.length + mainWorld.length, unit: 'bytes', target: 15 * 1024, note: 'consent parts only; the budget covers all content scripts' },
    { metric: 'consent.autoconsent-engine.minified', value: autoconsent.length, unit: 'bytes', note: 'without rules (rules.json is 685 KB)' },
  ];
  if (findChromium()) {
    const lib = await bundle(`export { startConsentDetector } from './lib/consent/detect';`, 'consentDetector');
    const times = await scanTimes(`(() => { ${lib}; return consentDetector; })()`);
    metrics.push({ metric: 'consent.detect.first-scan', value: Number(median(times).toFixed(3)), unit: 'ms', note: 'Chromium, 3,000-element page, banner last; median of 15' });
  }
  return metrics;
}
