import { browser } from './browser';

// The toolbar badge shows the count of high findings for each tab. Computing findings on every
// event would be wasteful: changes are coalesced per tab.

const DELAY_MS = 800;

export function createBadgeUpdater(countHigh: (tabId: number) => Promise<number | null>): (tabId: number) => void {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  return (tabId) => {
    if (timers.has(tabId)) return;
    timers.set(
      tabId,
      setTimeout(async () => {
        timers.delete(tabId);
        try {
          const n = await countHigh(tabId);
          await action.setBadgeText({ tabId, text: n ? String(n) : '' });
          if (n) await action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
        } catch {
          /* the tab closed meanwhile */
        }
      }, DELAY_MS),
    );
  };
}
