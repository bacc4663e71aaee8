import { browser } from '../lib/platform/browser';
import { toPlainCookie } from '../lib/platform/convert';
import { registerListeners } from '../lib/platform/listeners';
import { StorageSessionStore } from '../lib/platform/session-store';
import { createUiHandler } from '../lib/platform/ui-handlers';
import { classifyCookie, classifyRequest, KB_VERSION } from '../lib/classify';
import { SessionTracker } from '../lib/observe/tracker';
import { uiLocale } from '../lib/report/locale';

export default defineBackground(() => {
  const tracker = new SessionTracker({
    store: new StorageSessionStore(),
    classify: { classifyCookie, classifyRequest },
    now: () => Date.now(),
    listCookies: async () => (await browser.cookies.getAll({})).map(toPlainCookie),
  });
  const context = () => ({
    toolVersion: browser.runtime.getManifest().version,
    knowledgeBaseVersion: KB_VERSION,
    browser: navigator.userAgent,
    locale: uiLocale(browser.i18n.getUILanguage()),
  });
  const handleUi = createUiHandler(tracker, context);
  registerListeners(tracker, { extraHeaders: import.meta.env.BROWSER !== 'firefox', onUiMessage: handleUi });
  void tracker.init();
  // The CLI and the end-to-end tests drive the worker through Playwright and read exports here.
  Object.assign(globalThis, {
    consentAuditor: { exportTab: (tabId: number) => handleUi({ type: 'ui:get-report', tabId }), tracker },
  });
});
