import { browser, type Runtime } from './browser';
import { setCookieLines, toPlainCookie, toPlainCookieChange, toPlainRequest } from './convert';
import { isPageBatch, isUiMessage, type UiMessage } from '../model/messages';
import type { SessionTracker } from '../observe/tracker';

export interface ListenerOptions {
  /** Chrome shows Set-Cookie to webRequest only with 'extraHeaders'; Firefox rejects the value. */
  extraHeaders: boolean;
  onUiMessage(msg: UiMessage): Promise<unknown>;
  /** The top document described itself (title, links): time to look for its policy. */
  onPageInfo(tabId: number): void;
}

const ALL = { urls: ['<all_urls>'] };
const WEB = /^https?:/i;

/**
 * Registers every listener synchronously, at the worker's top level: an MV3 worker woken by an
 * event only receives it if the listener exists when the script's first turn ends.
 */
export function registerListeners(tracker: SessionTracker, opts: ListenerOptions): void {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // Requests with no tab (-1) are the extension's own (policy fetches) or the browser's: never observed.
  const fromExtension = (initiator: string | undefined) => initiator !== undefined && initiator.startsWith(extensionOrigin);

  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId !== 0 || d.tabId < 0 || !WEB.test(d.url)) return;
    void tracker.startNavigation(d.tabId, d.url, d.timeStamp);
    // Read the jar as the navigation starts: a consent cookie there is a choice made earlier.
    void browser.cookies
      .getAll({ url: d.url })
      .then((jar) => tracker.existingCookies(d.tabId, d.timeStamp, jar.map(toPlainCookie)))
      .catch(() => undefined);
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.tabId < 0) return;
    void tracker.frameCommitted(d.tabId, d.frameId, d.url, d.timeStamp);
  });

  browser.webRequest.onBeforeRequest.addListener(
    (d) => {
      if (d.tabId < 0 || d.type === 'main_frame' || fromExtension(d.initiator)) return;
      void tracker.request(d.tabId, toPlainRequest(d));
    },
    ALL,
    // Bodies: an identifier or a consent signal can travel in a POST as well as in the URL.
    ['requestBody'],
  );
  const headerSpec: ('responseHeaders' | 'extraHeaders')[] = opts.extraHeaders ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
  browser.webRequest.onHeadersReceived.addListener(
    (d) => {
      if (d.tabId < 0) return;
      const lines = setCookieLines(d.responseHeaders);
      if (lines.length > 0) void tracker.responseHeaders(d.tabId, d.url, d.frameId, lines, d.timeStamp, d.requestId);
    },
    ALL,
    headerSpec,
  );
  browser.webRequest.onCompleted.addListener((d) => {
    if (d.tabId >= 0) void tracker.requestDone(d.tabId, d.requestId, d.statusCode, undefined, d.timeStamp);
  }, ALL);
  browser.webRequest.onErrorOccurred.addListener((d) => {
    if (d.tabId >= 0) void tracker.requestDone(d.tabId, d.requestId, 0, d.error, d.timeStamp);
  }, ALL);

  browser.cookies.onChanged.addListener((info) => void tracker.cookieChanged(toPlainCookieChange(info)));
  browser.tabs.onRemoved.addListener((tabId) => void tracker.tabClosed(tabId));

  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromTab = sender.tab?.id !== undefined && sender.tab.id >= 0;
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    // Content scripts may only relay page hints; extension pages may only ask UI questions.
    if (isPageBatch(msg) && fromTab && !fromExtensionPage) {
      const tabId = sender.tab!.id!;
      const done = tracker.pageMessages(tabId, sender.url ?? null, msg.messages);
      if (sender.frameId === 0) void done.then((described) => described && opts.onPageInfo(tabId));
      return undefined;
    }
    if (isUiMessage(msg) && fromExtensionPage) return opts.onUiMessage(msg);
    return undefined;
  });
}
