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
  /** The button's visible text, when it has one. */
  label?: string | null;
}

/**
 * Finds the banner in the page's main frame and presses its accept or reject button.
 * `beforePress` is told what will be pressed just before the click (the CLI's consent moment).
 */
export async function pressBanner(
  page: Page,
  choice: 'accept' | 'reject',
  beforePress?: (notice: { rule: string; selector: string; label: string | null }) => Promise<void>,
): Promise<PressResult> {
  await page.addScriptTag({ content: await describeScript() });
  const banner = await page.evaluate(() => {
    const w = window as unknown as { __consentAuditorDetect: { describeBanner(d: Document): { cmp: string; acceptSelector: string | null; rejectSelector: string | null } | null } };
    return w.__consentAuditorDetect.describeBanner(document);
  });
  if (!banner) return { cmp: null, clicked: null };
  const selector = choice === 'accept' ? banner.acceptSelector : banner.rejectSelector;
  if (!selector) return { cmp: banner.cmp, clicked: null };
  const label = await page
    .$eval(selector, (el) => (el as HTMLElement).innerText?.trim().slice(0, 120) || null)
    .catch(() => null);
  await beforePress?.({ rule: banner.cmp, selector, label }).catch(() => undefined);
  await page.click(selector, { timeout: 5000 });
  return { cmp: banner.cmp, clicked: selector, label };
}
