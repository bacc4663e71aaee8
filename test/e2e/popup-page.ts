import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tabIdOf, type Harness } from './harness';

/** Page object for the popup, opened as a tab pointed at the audited tab (`?tabId=`). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(h: Harness, audited: Page): Promise<PopupPage> {
    const tabId = await tabIdOf(h, audited);
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 760, height: 600 });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByTestId('site').waitFor();
    return new PopupPage(page);
  }

  site(): Promise<string> {
    return this.page.getByTestId('site').innerText();
  }

  /** Chooses a tab and waits for its rows: the popup asks the worker for each tab's rows when chosen. */
  private async showTab(name: 'findings' | 'cookies' | 'hosts', ready: string): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
    await this.page.locator(ready).first().waitFor();
  }

  async cookieNames(): Promise<string[]> {
    await this.showTab('cookies', '[data-testid="cookie-table"]');
    return this.page.getByTestId('cookie-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
  }

  async hosts(): Promise<string[]> {
    await this.showTab('hosts', '[data-testid="host-table"]');
    return this.page.getByTestId('host-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-host') ?? ''));
  }

  /** Findings shown, as code -> subject names. */
  async findings(): Promise<Record<string, string[]>> {
    await this.showTab('findings', '[data-testid="finding-group"], [data-testid="no-findings"]');
    const rows = await this.page.getByTestId('finding').evaluateAll((els) => els.map((e) => [e.getAttribute('data-code') ?? '', e.getAttribute('data-subject') ?? '']));
    const out: Record<string, string[]> = {};
    for (const [code, subject] of rows) (out[code!] ??= []).push(subject!);
    return out;
  }

  /** Waits until the policy has been read (or failed) and returns its state. */
  async policyState(timeoutMs = 20_000): Promise<string> {
    const el = this.page.getByTestId('policy');
    await this.page.waitForFunction(() => {
      const s = document.querySelector('[data-testid="policy"]')?.getAttribute('data-state');
      return s === 'found' || s === 'not-found' || s === 'failed';
    }, undefined, { timeout: timeoutMs });
    return (await el.getAttribute('data-state')) ?? '';
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
