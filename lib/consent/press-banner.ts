// The CLI's fallback when autoconsent knows no rule for a banner (home-made Russian and Ukrainian
// notices): find it with our own describeBanner() (describe.ts) inside the page and click its button like a
// person would, through Playwright's real input events.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

let script: Promise<string> | null = null;

// describe.ts is TypeScript with imports, so it is bundled once into a script that defines a global.
function describeScript(): Promise<string> {
  script ??= build({
    entryPoints: [fileURLToPath(new URL('./describe.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__consentAuditorDetect',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return script;
}

export interface PressResult {
  /** CMP name from describeBanner ("generic" for the heuristic), null when no banner was found. */
  cmp: string | null;
  /** The selector clicked, null when the banner had no such button. */
  clicked: string | null;
}

/** Finds the banner in the page's main frame and presses its accept or reject button. */
export async function pressBanner(page: Page, choice: 'accept' | 'reject'): Promise<PressResult> {
  await page.addScriptTag({ content: await describeScript() });
  const banner = await page.evaluate(() => {
    const w = window as unknown as { __consentAuditorDetect: { describeBanner(d: Document): { cmp: string; acceptSelector: string | null; rejectSelector: string | null } | null } };
    return w.__consentAuditorDetect.describeBanner(document);
  });
  if (!banner) return { cmp: null, clicked: null };
  const selector = choice === 'accept' ? banner.acceptSelector : banner.rejectSelector;
  if (!selector) return { cmp: banner.cmp, clicked: null };
  await page.click(selector, { timeout: 5000 });
  return { cmp: banner.cmp, clicked: selector };
}
