import type { PageMessage } from '../model/messages';
import { HOOK_EVENT, HOOK_READY_EVENT, MAX_HOOK_DETAIL, READY_EVENT } from './hook-protocol';

// Isolated-world side of the hook channel: forwards what the MAIN world says, as the page said it,
// to the worker, which validates every record (lib/observe/hook-protocol.ts, hookMessage): the page
// is untrusted, and this script runs in every frame, so its size is budgeted. The one thing only
// this world can do is checked here: a storage write is forwarded only when the key really is in
// the storage this world reads itself (a page cannot invent one), with the value read back.

export function startRelay(win: Window, send: (m: PageMessage) => void): void {
  const doc = win.document;
  doc.addEventListener(HOOK_EVENT, (e) => {
    const detail = (e as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string' || detail.length > MAX_HOOK_DETAIL) return;
    let r: { k?: unknown; area?: unknown; key?: unknown; n?: unknown };
    try {
      r = JSON.parse(detail) as typeof r;
    } catch {
      return;
    }
    if (r?.k !== 'storage') return send({ type: 'page:hook', detail });
    // Give the write a moment to land before checking it really happened; the value read here is
    // the storage's own, not what the page said it wrote.
    queueMicrotask(() => {
      try {
        const value = (r.area === 'local' ? win.localStorage : win.sessionStorage).getItem(String(r.key));
        if (value !== null) send({ type: 'page:hook', detail, ...(r.n || value.length > 2048 ? {} : { value }) });
      } catch {
        // sandboxed frames throw on storage access: nothing to confirm
      }
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
