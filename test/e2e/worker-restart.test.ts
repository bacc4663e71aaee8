import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Lab } from '../lab/server';
import { exportOf, expectValidExport, openBrowser, settle, tabIdOf, wakeWorker, withLab, type Harness } from './harness';

// MV3 workers are stopped whenever Chrome likes; an audit must not lose what happened meanwhile.
describe('service worker stopped in the middle of a page load', () => {
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

  /** The auditor opening the popup wakes the stopped worker and sees the restored audit; every cookie in the jar is in it. */
  async function expectFullAudit(page: Page): Promise<void> {
    await wakeWorker(h);
    const tabId = await tabIdOf(h, page);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('site').waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
      throw new Error(`popup did not show the audit: ${await popup.locator('body').innerText()} (${String(e)})`);
    });
    await popup.close();

    const report = await exportOf(h, page);
    expectValidExport(report);
    expect(report.worker.restarts).toBeGreaterThanOrEqual(1);
    const jar = await h.context.cookies();
    const seen = new Set(report.observations.cookies.map((c) => `${c.name}@${c.domain}`));
    expect(jar.filter((c) => !seen.has(`${c.name}@${c.domain}`)).map((c) => c.name)).toEqual([]);
    expect(report.observations.cookies.length).toBeGreaterThanOrEqual(6);
  }

  test('loses no cookie', async () => {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const loading = page.goto(lab.url('www.lab-shop.test', '/'));
    // Stop twice: once while the document is loading, once while the SDKs set their cookies.
    await page.waitForTimeout(150);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    await page.waitForTimeout(400);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await settle(page, 3000);
    await expectFullAudit(page);
    await page.close();
  });

  // The flake this suite once had: a worker stopped within a few ms of the navigation start died
  // before it had written the new session, and the restarted worker dropped the whole page.
  test('stopped as the navigation starts, the page is still audited', async () => {
    await h.context.clearCookies();
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const loading = page.goto(lab.url('www.lab-shop.test', '/'));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    await settle(page, 3000);
    await expectFullAudit(page);
    await page.close();
  });
});
