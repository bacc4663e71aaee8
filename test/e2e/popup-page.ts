import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** Page object for the popup, opened as a tab pointed at the audited tab (`?tabId=`). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(h: Harness, audited: Page): Promise<PopupPage> {
    const tabId = await h.sw.evaluate(async (url: string) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, audited.url());
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 760, height: 600 });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByTestId('site').waitFor();
    return new PopupPage(page);
  }

  site(): Promise<string> {
    return this.page.getByTestId('site').innerText();
  }

  async cookieNames(): Promise<string[]> {
    return this.page.getByTestId('cookie-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  async hosts(): Promise<string[]> {
    return this.page.getByTestId('host-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-host') ?? ''));
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async exportJson(): Promise<unknown> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-json').click()]);
    const path = await download.path();
    return JSON.parse(readFileSync(path, 'utf8'));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
