import { browser, type Runtime } from './browser';
import { E2E_GET_REPORT } from '../model/e2e-channel';
import type { UiMessage } from '../model/messages';

/**
 * Test builds only (background.ts calls this behind __CONSENT_AUDITOR_E2E__): answers the
 * relay's request for the export of the tab it runs in, from the top frame only. A content
 * script may never read an audit in a production build: there, this listener does not exist.
 */
export function registerE2eChannel(onUiMessage: (msg: UiMessage) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || (msg as { type?: unknown } | null)?.type !== E2E_GET_REPORT) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return undefined;
    return onUiMessage({ type: 'ui:get-report', tabId });
  });
}
