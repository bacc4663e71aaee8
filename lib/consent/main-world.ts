// Listens to the consent APIs a page's CMP exposes in its own JavaScript world: the IAB TCF API,
// and the events of Cookiebot, OneTrust, Usercentrics, Didomi, klaro, vanilla-cookieconsent and
// CookieYes. Runs in the MAIN world at document_start, so it is tiny and imports nothing heavy.
// Everything it posts is marked `hint`: the page could forge it (lib/consent/timeline.ts weighs it).

import type { ConsentEvent, ConsentState } from '../model/types';

type Post = (e: Omit<ConsentEvent, 'time'>) => void;
type Loose = Record<string, unknown> | undefined;
type Fn = (...args: unknown[]) => unknown;

/** How long to look for CMP globals that appear after start-up (ms), and how often. */
const POLL_FOR_MS = 15_000;
const POLL_EVERY_MS = 250;

function byCount(on: number, total: number): ConsentState {
  if (on === 0) return 'rejected';
  return on >= total ? 'accepted' : 'partial';
}

const obj = (v: unknown): Loose => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined);
const fn = (v: unknown): Fn | undefined => (typeof v === 'function' ? (v as Fn) : undefined);
const trueKeys = (v: unknown): string[] => Object.entries(obj(v) ?? {}).filter(([, b]) => b === true).map(([k]) => k);

// TCF v2 (IAB "CMP JS API v2.2"): addEventListener calls back with tcData for tcloaded, cmpuishown
// and useractioncomplete; purpose.consents maps purpose id -> boolean.
function tcfListener(post: Post) {
  return (tcData: unknown, success: unknown): void => {
    const d = obj(tcData);
    if (success !== true || !d || d.gdprApplies === false) return;
    const detail = `cmpId ${String(d.cmpId)}; ${String(d.eventStatus)}`;
    if (d.eventStatus === 'cmpuishown') return post({ state: 'banner-shown', signal: 'tcf', detail, hint: true });
    if (d.eventStatus !== 'useractioncomplete' && d.eventStatus !== 'tcloaded') return;
    if (!d.tcString) return;
    const total = Number(d.tcfPolicyVersion) >= 4 ? 11 : 10;
    const on = trueKeys(obj(d.purpose)?.consents).filter((k) => Number(k) <= total);
    post({ state: byCount(on.length, total), signal: 'tcf', detail: `${detail}; purposes ${on.join(',') || 'none'}`, hint: true });
  };
}

function cmp(post: Post, name: string, state: ConsentEvent['state'], detail?: string): void {
  post({ state, signal: `cmp:${name}`, hint: true, ...(detail === undefined ? {} : { detail }) });
}

function listenToEvents(win: Window, post: Post): void {
  const w = win as unknown as Record<string, unknown>;
  // Cookiebot fires these on window (https://www.cookiebot.com/en/developer/): also on a page load
  // that finds an earlier answer, which is still the state in force.
  win.addEventListener('CookiebotOnDialogDisplay', () => cmp(post, 'cookiebot', 'banner-shown'));
  win.addEventListener('CookiebotOnDecline', () => cmp(post, 'cookiebot', 'rejected'));
  win.addEventListener('CookiebotOnAccept', () => {
    const c = obj(obj(w.Cookiebot)?.consent);
    const on = ['preferences', 'statistics', 'marketing'].filter((k) => c?.[k] === true);
    cmp(post, 'cookiebot', byCount(on.length, 3), `on: ${on.join(', ') || '(none)'}`);
  });
  // OneTrust: OneTrustGroupsUpdated carries the active group ids (C0001 = strictly necessary);
  // it also fires on load with defaults, so it counts only once the banner was closed.
  win.addEventListener('OneTrustGroupsUpdated', (e) => {
    if (fn(obj(w.OneTrust)?.IsAlertBoxClosed)?.call(w.OneTrust) !== true) return;
    const groups = ((e as CustomEvent).detail as unknown[] | undefined)?.map(String) ?? [];
    const optional = groups.filter((g) => g !== 'C0001');
    const state = optional.length === 0 ? 'rejected' : ['C0002', 'C0003', 'C0004'].every((g) => groups.includes(g)) ? 'accepted' : 'partial';
    cmp(post, 'onetrust', state, `groups ${groups.join(',')}`);
  });
  // Usercentrics v2/v3 UI events: detail.type ACCEPT_ALL / DENY_ALL / SAVE / CMP_SHOWN.
  win.addEventListener('UC_UI_CMP_EVENT', (e) => {
    const type = obj((e as CustomEvent).detail)?.type;
    const map: Record<string, ConsentEvent['state']> = { ACCEPT_ALL: 'accepted', DENY_ALL: 'rejected', SAVE: 'partial', CMP_SHOWN: 'banner-shown' };
    const state = typeof type === 'string' ? map[type] : undefined;
    if (state) cmp(post, 'usercentrics', state, type as string);
  });
  // vanilla-cookieconsent v3 dispatches cc:onConsent / cc:onChange on window with the cookie.
  const vanilla = (e: Event): void => {
    const cookie = obj(obj((e as CustomEvent).detail)?.cookie);
    const all = Object.keys(obj(cookie?.services) ?? {}).filter((c) => c !== 'necessary');
    const on = Array.isArray(cookie?.categories) ? (cookie.categories as unknown[]).filter((c) => c !== 'necessary') : [];
    if (cookie) cmp(post, 'vanilla-cookieconsent', all.length === 0 ? 'accepted' : byCount(on.length, all.length), `categories ${on.join(',') || 'necessary'}`);
  };
  win.addEventListener('cc:onConsent', vanilla);
  win.addEventListener('cc:onChange', vanilla);
  // CookieYes dispatches cookieyes_consent_update on document with accepted/rejected categories.
  win.document.addEventListener('cookieyes_consent_update', (e) => {
    const d = obj((e as CustomEvent).detail);
    const on = Array.isArray(d?.accepted) ? (d.accepted as unknown[]).filter((c) => c !== 'necessary').length : 0;
    const off = Array.isArray(d?.rejected) ? (d.rejected as unknown[]).length : 0;
    if (d) cmp(post, 'cookieyes', byCount(on, on + off));
  });
  // Didomi reads window.didomiEventListeners before and after it loads.
  const didomi = (w.didomiEventListeners = Array.isArray(w.didomiEventListeners) ? w.didomiEventListeners : []) as unknown[];
  didomi.push({ event: 'notice.shown', listener: () => cmp(post, 'didomi', 'banner-shown') });
  didomi.push({
    event: 'consent.changed',
    listener: () => {
      const status = fn(obj(w.Didomi)?.getCurrentUserStatus)?.call(w.Didomi);
      const purposes = Object.values(obj(obj(status)?.purposes) ?? {}).map((p) => obj(p)?.enabled === true);
      if (purposes.length > 0) cmp(post, 'didomi', byCount(purposes.filter(Boolean).length, purposes.length));
    },
  });
}

/** Globals that appear when their script loads: looked for by a short poll, hooked once. */
function pollForGlobals(win: Window, post: Post): void {
  const w = win as unknown as Record<string, unknown>;
  let tcf = false;
  let klaro = false;
  const started = Date.now();
  const tick = (): void => {
    const tcfapi = fn(w.__tcfapi);
    if (!tcf && tcfapi) {
      tcf = true;
      tcfapi('addEventListener', 2, tcfListener(post));
    }
    const manager = fn(obj(w.klaro)?.getManager)?.call(w.klaro);
    const watch = fn(obj(manager)?.watch);
    if (!klaro && watch) {
      klaro = true;
      watch.call(manager, {
        update: (_m: unknown, type: unknown, data: unknown) => {
          if (type !== 'saveConsents') return;
          const consents = Object.values(obj(obj(data)?.consents) ?? {});
          cmp(post, 'klaro', byCount(consents.filter((b) => b === true).length, consents.length));
        },
      });
    }
    if ((!tcf || !klaro) && Date.now() - started < POLL_FOR_MS) win.setTimeout(tick, POLL_EVERY_MS);
  };
  tick();
}

export function watchPageConsentApis(win: Window, post: Post): void {
  const safe: Post = (e) => {
    try {
      post(e);
    } catch {
      // the relay must never break the page
    }
  };
  listenToEvents(win, safe);
  pollForGlobals(win, safe);
}
