import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR, exportOf, openBrowser, settle, withLab, type Harness } from './harness';
import { PopupPage } from './popup-page';

// A file that is not a readable policy gets the CLI's message in the extension's imports too, and
// nothing is stored as the site's policy (issue 14).
const INPUT = resolve(import.meta.dirname, '../fixtures/policy-input');
const GOOD = resolve(import.meta.dirname, '../fixtures/policy/edpb-knowledge-base.json');

describe('importing a policy file that is not one', () => {
  let lab: Lab;
  let h: Harness;
  beforeAll(async () => {
    lab = await withLab();
    h = await openBrowser(lab);
  });
  afterAll(async () => {
    await h?.close();
    await lab?.close();
  });

  const storedOverrides = (p: Page) =>
    p.evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
      return Object.keys(all).filter((k) => k.startsWith('policy-override:'));
    });

  test('options page: invalid JSON names the line, a PDF says it is one; nothing stored; a real file is', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('override-site').fill('lab-shop.test');
    await options.getByTestId('policy-import').setInputFiles(resolve(INPUT, 'broken.json'));
    await expect.poll(() => options.getByTestId('options-note').innerText()).toMatch(/Could not import: broken\.json: invalid JSON at line 4, column \d+/);
    await options.getByTestId('policy-import').setInputFiles(resolve(INPUT, 'policy.pdf'));
    await expect.poll(() => options.getByTestId('options-note').innerText()).toMatch(/policy\.pdf: this is a PDF document/);
    expect(await storedOverrides(options)).toEqual([]);
    await options.getByTestId('policy-import').setInputFiles(GOOD);
    await expect.poll(() => storedOverrides(options)).toEqual(['policy-override:v1:lab-shop.test']);
    await options.screenshot({ path: resolve(OUTPUT_DIR, 'options-import-error.png') });
    await options.close();
  });

  test('popup: an HTML page with no text and a CSV with an unclosed quote are refused; the audit keeps its policy', async () => {
    const page = await h.context.newPage();
    await page.goto(lab.url('www.seed004.test', '/'));
    await settle(page, 1500);
    const popup = await PopupPage.open(h, page);
    const before = await popup.policyState();
    const policyBefore = (await exportOf(h, page)).policy;
    await popup.page.getByTestId('policy-override').click();
    await popup.page.getByTestId('policy-import').setInputFiles(resolve(INPUT, 'app-shell.html'));
    await expect.poll(() => popup.page.getByTestId('policy-note').innerText()).toMatch(/app-shell\.html: the HTML page has no readable text/);
    await popup.page.getByTestId('policy-import').setInputFiles(resolve(INPUT, 'unclosed-quote.csv'));
    await expect.poll(() => popup.page.getByTestId('policy-note').innerText()).toMatch(/unclosed-quote\.csv: invalid CSV: the quoted field opened on line 2 is never closed/);
    await popup.screenshot(resolve(OUTPUT_DIR, 'popup-import-error.png'));
    expect(await storedOverrides(popup.page)).not.toContain('policy-override:v1:seed004.test');
    expect(await popup.policyState()).toBe(before);
    expect((await exportOf(h, page)).policy).toEqual(policyBefore);
    await popup.close();
    await page.close();
  });
});
