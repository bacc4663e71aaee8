// The isolated-world content script: relays the MAIN-world hook, watches for the consent banner,
// and describes the top page for policy discovery. It runs in every frame of every page, so it is
// kept small: wxt.config.ts bundles it with esbuild as a bare IIFE and declares it in the manifest
// (WXT's wrappers add context handling and a logger this script does not use), and it uses the
// browser's native API instead of webextension-polyfill (sendMessage, all it needs, returns a
// promise natively in Chrome MV3 and Firefox alike).
import { browser } from '@wxt-dev/browser';
import { answerE2eRequests } from './e2e-channel';
import { startConsentDetector } from '../lib/consent/detect';
import { createBatcher } from '../lib/observe/batch';
import { RESOURCE_HOSTS_REQUEST, collectCmpTable, collectPageInfo, resourceHosts, startRelay } from '../lib/observe/relay';

/** Policy discovery waits for the page's load (it fetches and parses in the worker), but not forever. */
const INFO_FALLBACK_MS = 5000;
/** CMPs render their cookie lists late: look once the page has settled. */
const CMP_TABLE_DELAY_MS = 2500;

main();

function main(): void {
  const batch = createBatcher((b) => void browser.runtime.sendMessage(b).catch(() => undefined));
  // A page being left may never run the batch timer: send what is queued as it goes.
  addEventListener('pagehide', batch.flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && batch.flush());
  startRelay(window, batch.push);
  if (window.top !== window) return;
  if (__CONSENT_AUDITOR_E2E__) answerE2eRequests(document);
  browser.runtime.onMessage.addListener((msg: unknown, _sender, reply: (r: unknown) => void) => {
    if ((msg as { type?: unknown } | null)?.type !== RESOURCE_HOSTS_REQUEST) return undefined;
    reply(resourceHosts(performance.getEntriesByType('resource')));
    return undefined;
  });
  startConsentDetector(
    document,
    (report) => {
      batch.push({ type: 'page:detector', report, time: Date.now() });
      // The visitor may open the popup right after clicking: the phase should already have moved.
      if (report.kind === 'click') batch.flush();
    },
    () => Date.now(),
  );
  let infoSent = false;
  const info = () => {
    if (infoSent) return;
    infoSent = true;
    batch.push(collectPageInfo(document));
    setTimeout(() => {
      const table = collectCmpTable(document);
      if (table) batch.push(table);
    }, CMP_TABLE_DELAY_MS);
  };
  if (document.readyState === 'complete') info();
  else {
    addEventListener('load', info, { once: true });
    document.addEventListener('DOMContentLoaded', () => setTimeout(info, INFO_FALLBACK_MS), { once: true });
  }
}
