import { browser } from './browser';
import type { UiMessage } from '../model/messages';
import type { AuditExport } from '../report/export';
import type { PopupView, PopupWant } from '../report/popup-view';

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

/** What the popup shows; the full export is fetched only for what needs it (JSON, CSV, evidence zip). */
export async function fetchPopupView(tabId: number, want: PopupWant): Promise<PopupView | null> {
  const msg: UiMessage = { type: 'ui:get-popup', tabId, want };
  return ((await browser.runtime.sendMessage(msg)) as PopupView | null) ?? null;
}

export async function sendUi(msg: Exclude<UiMessage, { type: 'ui:get-report' | 'ui:get-popup' }>): Promise<{ ok: boolean; error?: string }> {
  return (await browser.runtime.sendMessage(msg)) as { ok: boolean; error?: string };
}

export function openReportPage(tabId: number): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tabId=${tabId}`) });
}
