// The native API, not webextension-polyfill: this script runs in every frame of every page, and
// sendMessage, all it needs, returns a promise natively in Chrome MV3 and Firefox alike.
import { browser } from '@wxt-dev/browser';
import { startConsentDetector } from '../lib/consent/detect';
import { collectCmpTable, collectPageInfo, startRelay } from '../lib/observe/relay';
import type { PageMessage } from '../lib/model/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const send = (m: PageMessage) => void browser.runtime.sendMessage(m).catch(() => undefined);
    startRelay(window, send);
    if (window.top === window) {
      startConsentDetector(document, (event) => send({ type: 'page:consent', event, time: Date.now(), world: 'isolated' }), () => Date.now());
      const info = () => {
        send(collectPageInfo(document));
        // CMPs render their cookie lists late: look once the page has settled.
        setTimeout(() => {
          const table = collectCmpTable(document);
          if (table) send(table);
        }, 2500);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', info, { once: true });
      else info();
    }
  },
});
