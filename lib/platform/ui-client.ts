import { browser } from './browser';
import type { UiMessage } from '../model/messages';
import type { AuditExport } from '../report/export';

// What the popup, report and options pages ask the background.

/** The tab to show: `?tabId=` (the report page, tests) or the active tab of this window. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function fetchReport(tabId: number): Promise<AuditExport | null> {
  const msg: UiMessage = { type: 'ui:get-report', tabId };
  return ((await browser.runtime.sendMessage(msg)) as AuditExport | null) ?? null;
}

export async function sendUi(msg: Exclude<UiMessage, { type: 'ui:get-report' }>): Promise<{ ok: boolean; error?: string }> {
  return (await browser.runtime.sendMessage(msg)) as { ok: boolean; error?: string };
}

export function openReportPage(tabId: number): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tabId=${tabId}`) });
}
