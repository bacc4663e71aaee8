import { browser } from '../lib/platform/browser';
import { createBadgeUpdater } from '../lib/platform/badge';
import { registerE2eChannel } from '../lib/platform/e2e-channel';
import { toPlainCookie } from '../lib/platform/convert';
import { registerListeners } from '../lib/platform/listeners';
import { saveOverride } from '../lib/platform/overrides';
import { createPolicyRunner } from '../lib/platform/policy-runner';
import { StorageSessionStore } from '../lib/platform/session-store';
import { createUiHandler } from '../lib/platform/ui-handlers';
import { classifyCookie, classifyRequest, classifyStorageKey, findVendorMentions, KB_VERSION } from '../lib/classify';
import { RESOURCE_HOSTS_REQUEST } from '../lib/observe/relay';
import { SessionTracker } from '../lib/observe/tracker';
import { buildExport } from '../lib/report/build';
import { uiLocale } from '../lib/report/locale';

export default defineBackground(() => {
  const workerStartedAt = Date.now();
  const context = () => ({
    findVendorMentions,
    toolVersion: browser.runtime.getManifest().version,
    knowledgeBaseVersion: KB_VERSION,
    browser: navigator.userAgent,
    locale: uiLocale(browser.i18n.getUILanguage()),
  });
  const badge = createBadgeUpdater(async (tabId) => {
    const state = await tracker.get(tabId);
    return state ? buildExport(state, context()).summary.bySeverity.high : null;
  });
  const store = new StorageSessionStore();
  const tracker = new SessionTracker({
    store,
    classify: { classifyCookie, classifyRequest, classifyStorageKey },
    now: () => Date.now(),
    listCookies: async () => (await browser.cookies.getAll({})).map(toPlainCookie),
    onChange: (tabId) => badge(tabId),
    userAgent: navigator.userAgent,
    pageHosts: async (tabId) => {
      const hosts: unknown = await browser.tabs.sendMessage(tabId, { type: RESOURCE_HOSTS_REQUEST }, { frameId: 0 }).catch(() => []);
      return Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string').slice(0, 2000) : [];
    },
    listTabs: async () => (await browser.tabs.query({})).flatMap((t) => (t.id !== undefined && t.url ? [{ tabId: t.id, url: t.url }] : [])),
  });
  const runPolicy = createPolicyRunner(tracker);
  const handleUi = createUiHandler(tracker, context, runPolicy);
  registerListeners(tracker, {
    extraHeaders: import.meta.env.BROWSER !== 'firefox',
    onUiMessage: handleUi,
    onPageInfo: (tabId) => void runPolicy(tabId),
  });
  // Firefox's end-to-end test asks its questions through the audited page (test builds only).
  if (__CONSENT_AUDITOR_E2E__) registerE2eChannel(handleUi);
  // A worker stopped while reading a policy left it "loading": read it again.
  void tracker.init().then(async () => {
    for (const s of await tracker.all()) if (s.policy.state === 'loading' && s.links.length > 0) void runPolicy(s.tabId);
  });
  // The CLI and the end-to-end tests drive the worker through Playwright and read exports here.
  Object.assign(globalThis, {
    consentAuditor: {
      exportTab: (tabId: number) => handleUi({ type: 'ui:get-report', tabId }),
      /** What the popup is sent (the bench measures it). */
      popupView: (tabId: number) => handleUi({ type: 'ui:get-popup', tabId }),
      setPolicyOverride: saveOverride,
      // The CLI says what it is about to press, just before the click: the run's consent moment,
      // an automatic signal of its own kind. Only reachable by whoever drives this worker.
      automationNotice: (tabId: number, n: { choice: 'accept' | 'reject'; path: string; rule: string; selector: string | null; label: string | null }) =>
        tracker.consentMark(tabId, {
          state: n.choice === 'accept' ? 'accepted' : 'rejected',
          signal: 'automation',
          detail: `${n.path} ${n.rule}: pressing ${n.label ? `"${n.label}" ` : ''}${n.selector ?? ''}`.trim(),
        }),
      tracker,
      /** What this worker restored, its sessions, the last events it handled, and what storage.session holds. */
      debug: async () => ({ workerStartedAt, ...tracker.debug(), stored: await store.describe() }),
    },
  });
});
