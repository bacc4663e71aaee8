import { browser, type Runtime } from './browser';
import { E2E_ASKS, E2E_MESSAGE, type E2eAsk } from '../model/e2e-channel';
import type { UiMessage } from '../model/messages';

/**
 * Test builds only (background.ts calls this behind __CONSENT_AUDITOR_E2E__): answers the
 * relay's question about the tab it runs in (its export, or a fresh visit), from the top frame
 * only, as the popup would ask it. In a production build this listener does not exist, and a
 * content script can never ask a UI question.
 */
export function registerE2eChannel(onUiMessage: (msg: UiMessage) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    const m = msg as { type?: unknown; ask?: unknown } | null;
    if (sender.id !== browser.runtime.id || m?.type !== E2E_MESSAGE || !E2E_ASKS.includes(m.ask as E2eAsk)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return undefined;
    return onUiMessage(m.ask === 'get-report' ? { type: 'ui:get-report', tabId } : { type: 'ui:fresh-visit', tabId });
  });
}
