import { browser } from './browser';
import { clearSite } from './fresh-visit';
import { saveOverride } from './overrides';
import type { UiMessage } from '../model/messages';
import type { SessionTracker } from '../observe/tracker';
import { buildExport, type ReportContext } from '../report/build';
import type { AuditExport } from '../report/export';
import { popupView, type PopupView } from '../report/popup-view';

export function createUiHandler(tracker: SessionTracker, context: () => ReportContext, runPolicy: (tabId: number, force: boolean) => Promise<void>) {
  return async function handle(msg: UiMessage): Promise<AuditExport | PopupView | null | { ok: boolean; error?: string }> {
    switch (msg.type) {
      case 'ui:get-report': {
        await tracker.reconcileRestarted(msg.tabId);
        const state = await tracker.get(msg.tabId);
        return state ? buildExport(state, context()) : null;
      }
      case 'ui:get-popup': {
        await tracker.reconcileRestarted(msg.tabId);
        const state = await tracker.get(msg.tabId);
        return state ? popupView(buildExport(state, context()), msg.want) : null;
      }
      case 'ui:mark-consent':
        await tracker.consentMark(msg.tabId, { state: msg.state, signal: 'user', detail: 'marked by the auditor in the popup' });
        return { ok: true };
      case 'ui:set-policy':
        await saveOverride(msg.site, msg.override);
        await runPolicy(msg.tabId, true);
        return { ok: true };
      case 'ui:fresh-visit': {
        const state = await tracker.get(msg.tabId);
        if (!state) return { ok: false, error: 'No audited page in this tab.' };
        try {
          await clearSite(state.url, state.hosts);
          tracker.markNextFresh(msg.tabId);
          await browser.tabs.reload(msg.tabId, { bypassCache: true });
          return { ok: true };
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      }
    }
  };
}
