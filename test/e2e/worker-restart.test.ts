import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lab } from '../lab/server';
import { exportOf, expectValidExport, openBrowser, settle, withLab, type Harness } from './harness';

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

  test('loses no cookie', async () => {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const loading = page.goto(lab.url('www.lab-shop.test', '/'));
    // Stop twice: once while the document is loading, once while the SDKs set their cookies.
    await page.waitForTimeout(150);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    await page.waitForTimeout(400);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await settle(page, 3000);

    const report = await exportOf(h, page);
    expectValidExport(report);
    expect(report.worker.restarts).toBeGreaterThanOrEqual(1);
    const jar = await h.context.cookies();
    const seen = new Set(report.observations.cookies.map((c) => `${c.name}@${c.domain}`));
    expect(jar.filter((c) => !seen.has(`${c.name}@${c.domain}`)).map((c) => c.name)).toEqual([]);
    expect(report.observations.cookies.length).toBeGreaterThanOrEqual(6);
  });
});
