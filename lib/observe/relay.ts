import type { PageMessage } from '../model/messages';
import { HOOK_EVENT, HOOK_READY_EVENT, READY_EVENT, parseHookRecord } from './hook-protocol';

// Isolated-world side of the hook channel: validates what the MAIN world says and forwards it.
// Storage writes are checked against the storage this world can read itself, so a page cannot
// invent a key that does not exist.

export function startRelay(win: Window, send: (m: PageMessage) => void): void {
  const doc = win.document;
  doc.addEventListener(HOOK_EVENT, (e) => {
    const record = parseHookRecord((e as CustomEvent<unknown>).detail);
    if (!record) return;
    if (record.k === 'cookie') {
      send({ type: 'page:cookie-write', line: record.line, scriptUrl: record.script, time: record.t });
      return;
    }
    if (record.k === 'fp') {
      send({ type: 'page:fingerprint', fact: record, time: record.t });
      return;
    }
    if (record.k === 'cmp') {
      send({ type: 'page:cmp-config', cmp: record.cmp, json: record.json });
      return;
    }
    if (record.k === 'consent') {
      const event = { state: record.state, signal: record.signal, hint: true, ...(record.detail ? { detail: record.detail } : {}) };
      send({ type: 'page:consent', event, time: record.t });
      return;
    }
    // Give the write a moment to land before checking it really happened; the value read here is
    // the storage's own, not what the page said it wrote.
    queueMicrotask(() => {
      let value: string | null;
      try {
        const store = record.area === 'local' ? win.localStorage : win.sessionStorage;
        value = store.getItem(record.key);
        if (value === null) return;
      } catch {
        return;
      }
      send({ type: 'page:storage-write', area: record.area, key: record.key, valueSize: record.size, scriptUrl: record.script, time: record.t, ...(record.n ? { repeats: record.n } : value.length <= 2048 ? { value } : {}) });
    });
  });
  const announce = () => doc.dispatchEvent(new CustomEvent(READY_EVENT));
  // Whichever world starts second completes the handshake.
  doc.addEventListener(HOOK_READY_EVENT, announce);
  announce();
}

/** Cookiebot's declaration and OneTrust's cookie list, when the page renders one: the site's own table. */
const CMP_TABLES: [string, 'cookiebot-declaration-html' | 'onetrust-html'][] = [
  ['#CybotCookiebotDialogDetailBody, .CookieDeclaration, #CookieDeclaration', 'cookiebot-declaration-html'],
  ['#onetrust-pc-sdk, #ot-sdk-cookie-policy', 'onetrust-html'],
];

export function collectCmpTable(doc: Document): Extract<PageMessage, { type: 'page:cmp-config' }> | null {
  for (const [selector, cmp] of CMP_TABLES) {
    const el = doc.querySelector(selector);
    const html = el?.outerHTML;
    if (html && html.length <= 300_000) return { type: 'page:cmp-config', cmp, json: html };
  }
  return null;
}

/** Title and candidate policy links of the top document, for policy discovery. */
export function collectPageInfo(doc: Document): Extract<PageMessage, { type: 'page:info' }> {
  const links: { href: string; text: string; inFooter: boolean }[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 3000)) {
    const href = (a as HTMLAnchorElement).href;
    if (!/^https?:/i.test(href)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    const inFooter = a.closest('footer, [role="contentinfo"], #footer, .footer, [class*="footer"]') !== null;
    links.push({ href, text, inFooter });
  }
  return { type: 'page:info', title: doc.title.slice(0, 300), links: links.slice(0, 400) };
}

/**
 * Asked of the top frame by a restarted worker: the hosts the document loaded resources from,
 * by the page's own Resource Timing. A request made while the worker was stopped never reached
 * it, and without its host a third-party cookie that request set is not tied to the page.
 */
export const RESOURCE_HOSTS_REQUEST = 'relay:resource-hosts';

export function resourceHosts(entries: readonly { name: string }[], limit = 2000): string[] {
  const hosts = new Set<string>();
  for (const e of entries) {
    if (hosts.size >= limit) break;
    if (!/^https?:/i.test(e.name)) continue;
    try {
      hosts.add(new URL(e.name).hostname.toLowerCase());
    } catch {
      // not a URL: nothing to learn
    }
  }
  return [...hosts];
}
