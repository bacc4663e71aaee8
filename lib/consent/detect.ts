// Finds the consent banner on a page and watches the visitor's clicks in it. Runs in the isolated
// world of every page and frame, so it is DOM-only, small, and bounded in cost: one debounced
// MutationObserver that gives up after a time budget, and one capture-phase click listener.
// What a clicked label means is decided in the worker (clicks.ts): the word lists in five
// languages would double the size of a script that every frame of every page loads.

import type { DetectorReport } from './clicks';

/** [cmp, banner (shown when visible), accept button, reject button]. */
type Known = readonly [string, string, string, string];

// Selectors from each CMP's own markup: node_modules/vanilla-cookieconsent (data-role all/necessary),
// node_modules/klaro/src/components/consent-notice.jsx, node_modules/cookieconsent/src, and the
// rules of @duckduckgo/autoconsent (rules/autoconsent/*.json, lib/cmps/*.ts) for the others.
export const KNOWN_BANNERS: readonly Known[] = [
  ['vanilla-cookieconsent', '#cc-main .cm, #cc-main .pm', '#cc-main [data-role=all]', '#cc-main [data-role=necessary]'],
  ['klaro', '.klaro .cookie-notice, .klaro .cookie-modal', '.klaro .cm-btn-accept-all, .klaro .cookie-notice .cm-btn-success', '.klaro .cn-decline, .klaro .cm-btn-decline'],
  ['osano-cookieconsent', '.cc-window', '.cc-window .cc-allow', '.cc-window .cc-deny'],
  ['cookiebot', '#CybotCookiebotDialog', '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll, #CybotCookiebotDialogBodyButtonAccept', '#CybotCookiebotDialogBodyButtonDecline'],
  ['onetrust', '#onetrust-banner-sdk, #onetrust-pc-sdk', '#onetrust-accept-btn-handler', '#onetrust-reject-all-handler'],
  ['usercentrics', '#usercentrics-root, #usercentrics-cmp-ui', '[data-testid=uc-accept-all-button]', '[data-testid=uc-deny-all-button]'],
  ['didomi', '#didomi-host #didomi-notice, #didomi-host #didomi-popup', '#didomi-notice-agree-button', '#didomi-notice-disagree-button'],
  ['complianz', '.cmplz-cookiebanner', '.cmplz-cookiebanner .cmplz-accept', '.cmplz-cookiebanner .cmplz-deny'],
  ['cookieyes', '.cky-consent-container', '[data-cky-tag=accept-button]', '[data-cky-tag=reject-button]'],
  ['borlabs', '#BorlabsCookieBox, .brlbs-cmpnt-dialog', '[data-cookie-accept-all], .brlbs-btn-accept-all', '[data-cookie-refuse], .brlbs-btn-accept-only-essential'],
  ['iubenda', '#iubenda-cs-banner', '.iubenda-cs-accept-btn', '.iubenda-cs-reject-btn'],
  // Tilda cookie-notice blocks T657/T886/T887 and consent block T972 (help.tilda.cc/cookies-consent).
  ['tilda', '[data-record-type="657"], [data-record-type="886"], [data-record-type="887"], [data-record-type="972"]', '', ''],
];

const BUTTONS = 'button, [role=button], input[type=button], input[type=submit], a[class*=btn], a[class*=button], a[onclick], a[href="#"]';
// "cookie" in the five languages, and the Russian/Kazakh personal-data notices that stand in for
// cookie banners on many Russian sites (152-FZ).
const COOKIE_WORDS = /cookie|куки|кукі|персональн\S* данн|дербес деректер/i;
// Without the CSS `i` flag, which not every DOM supports: the two spellings sites use.
const CANDIDATES = ['cookie', 'Cookie', 'consent', 'Consent', 'gdpr', 'notice', 'Notice']
  .map((w) => `[class*=${w}], [id*=${w}]`)
  .concat('[role=dialog], [role=alertdialog], body > *')
  .join(', ');

export function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return check.call(el, { opacityProperty: true, visibilityProperty: true });
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (e.hasAttribute('hidden') || s?.display === 'none' || s?.visibility === 'hidden' || s?.opacity === '0') return false;
  }
  return true;
}

export const buttonsIn = (el: Element): Element[] => Array.from(el.querySelectorAll(BUTTONS));
export const labelOf = (el: Element): string =>
  ((el as HTMLInputElement).value && el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent || el.getAttribute('aria-label') || '').trim();

/** The generic heuristic: a visible fixed/sticky (or first/last in body) box about cookies with 1-4 buttons. */
function looksLikeBanner(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length > 3000 || !COOKIE_WORDS.test(text)) return false;
  const n = buttonsIn(el).length;
  if (n < 1 || n > 4) return false;
  const pos = el.ownerDocument.defaultView?.getComputedStyle(el).position;
  const body = el.ownerDocument.body;
  const edge = el.parentElement === body && (el === body.firstElementChild || el === body.lastElementChild);
  return (pos === 'fixed' || pos === 'sticky' || edge) && visible(el);
}

export interface Found {
  cmp: string;
  root: Element;
  known: Known | null;
}

export function findBanner(doc: Document): Found | null {
  for (const k of KNOWN_BANNERS) {
    const root = Array.from(doc.querySelectorAll(k[1])).find(visible);
    if (root) return { cmp: k[0], root, known: k };
  }
  const candidates = doc.querySelectorAll(CANDIDATES);
  for (let i = 0; i < candidates.length && i < 200; i++) {
    const el = candidates[i]!;
    if (looksLikeBanner(el)) return { cmp: 'generic', root: el, known: null };
  }
  return null;
}

/**
 * The banner around a click: the event path (which crosses open shadow roots, as Usercentrics
 * uses) is matched against the known CMPs first, else the heuristic is tried on the ancestors.
 */
function bannerOf(path: readonly Element[]): Found | null {
  for (const el of path) {
    for (const k of KNOWN_BANNERS) if (el.matches(k[1])) return { cmp: k[0], root: el, known: k };
  }
  for (const el of path.slice(0, 10)) if (looksLikeBanner(el)) return { cmp: 'generic', root: el, known: null };
  return null;
}

/** A CSS selector that finds this element again (id when unique, else a child-index path). */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.tagName !== 'HTML'; e = e.parentElement) {
    if (e.tagName === 'BODY') {
      parts.unshift('body');
      break;
    }
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id) && e.ownerDocument.querySelectorAll(`#${e.id}`).length === 1) {
      parts.unshift(`#${e.id}`);
      break;
    }
    const i = e.parentElement ? Array.prototype.indexOf.call(e.parentElement.children, e) + 1 : 1;
    parts.unshift(`${e.tagName.toLowerCase()}:nth-child(${i})`);
  }
  return parts.join(' > ');
}

export interface DetectorOptions {
  /** Stop watching the DOM for a banner after this long (ms). */
  budgetMs?: number;
  /** Wait this long after a burst of mutations before scanning (ms). */
  debounceMs?: number;
  /** Count clicks a script dispatched too. Only for DOM tests, whose synthetic clicks are never trusted. */
  acceptUntrustedClicks?: boolean;
}

type Report = (r: DetectorReport) => void;

function onClick(report: Report, acceptUntrusted: boolean) {
  return (ev: Event): void => {
    // Only a person's click counts: a page script dispatching clicks on its own banner must not
    // move its trackers into an "after accept" phase.
    if (!ev.isTrusted && !acceptUntrusted) return;
    const path = ev.composedPath().filter((n): n is Element => (n as Node).nodeType === 1);
    const button = path[0]?.closest(BUTTONS) ?? path[0];
    const found = button ? bannerOf(path.slice(path.indexOf(button))) : null;
    if (!button || !found) return;
    // The CMP's own accept/reject buttons say what they do even when their label is an icon.
    const role = found.known?.[2] && button.matches(found.known[2]) ? 'accept' : found.known?.[3] && button.matches(found.known[3]) ? 'reject' : null;
    report({ kind: 'click', cmp: found.cmp, label: labelOf(button).slice(0, 120), role });
  };
}

export function startConsentDetector(doc: Document, report: Report, now: () => number, options: DetectorOptions = {}): { stop(): void } {
  const budget = options.budgetMs ?? 30_000;
  const debounce = options.debounceMs ?? 300;
  const started = now();
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;

  const finish = (): void => {
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const scan = (): void => {
    timer = null;
    if (shown) return;
    const found = findBanner(doc);
    if (found) {
      shown = true;
      report({ kind: 'banner', cmp: found.cmp });
      finish();
    } else if (now() - started > budget) finish();
  };
  const click = onClick(report, options.acceptUntrustedClicks === true);
  doc.addEventListener('click', click, true);
  const View = doc.defaultView?.MutationObserver;
  if (View) {
    observer = new View(() => {
      if (timer === null && !shown) timer = setTimeout(scan, debounce);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  }
  scan();
  // A banner that never triggers a mutation after the budget is still looked for once more.
  const last = setTimeout(() => {
    scan();
    finish();
  }, budget);
  return {
    stop(): void {
      clearTimeout(last);
      finish();
      doc.removeEventListener('click', click, true);
    },
  };
}
