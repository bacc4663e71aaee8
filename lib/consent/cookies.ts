// Consent managers remember the visitor's choice in a cookie (or a localStorage key of the same
// kind). Reading it is the strongest evidence of a choice the auditor has: it is what the CMP
// itself acts on. One reader per format; each notes where the format was learned.
//
// Decisions: a value that records no choice yet (OneTrust before any interaction, CookieYes before
// action, Cookiebot's implied consent, Osano's "dismiss" on an info-only notice) returns state
// 'none' with a detail saying why, not null: the CMP is identified even though no choice is. Use
// consentCookieEvent() to turn a reading into a timeline event ('dismiss' becomes
// 'notice-acknowledged').

import type { ConsentEvent, ConsentState } from '../model/types';
import { consentCookieCmp, isBitrixAgreementCookie, type CmpName } from './cmps';
import { readTcString } from './tcf-string';

export interface ConsentCookieReading {
  cmp: string;
  state: ConsentState;
  detail?: string;
}

type Reader = (value: string) => { state: ConsentState; detail?: string } | null;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function json(value: string): unknown {
  for (const text of [value, decode(value)]) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next spelling
    }
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** accepted when every optional item is on, rejected when none is, partial otherwise. */
function byCount(on: number, total: number): ConsentState {
  if (on === 0) return 'rejected';
  return on >= total ? 'accepted' : 'partial';
}

const NECESSARY = /^(necessary|essential|required|strictly[-_ ]?necessary|technical|mandatory|functional_required)$/i;

// vanilla-cookieconsent v3 (node_modules/vanilla-cookieconsent/dist/cookieconsent.esm.js: the
// cookie is encodeURIComponent(JSON) with `categories` accepted and `services` keyed by every
// configured category). v2 stored the accepted categories as `level`.
const vanillaCookieconsent: Reader = (value) => {
  const v = json(value);
  if (!isRecord(v)) return null;
  const accepted = strings(v.categories ?? v.level);
  if (!Array.isArray(v.categories ?? v.level)) return null;
  const all = isRecord(v.services) ? Object.keys(v.services) : accepted;
  const optional = all.filter((c) => !NECESSARY.test(c));
  const on = accepted.filter((c) => !NECESSARY.test(c));
  const detail = `categories: ${accepted.join(', ') || '(none)'}`;
  if (optional.length === 0) return { state: on.length > 0 || accepted.length > 0 ? 'accepted' : 'rejected', detail };
  return { state: byCount(on.length, optional.length), detail };
};

// klaro (node_modules/klaro/src/consent-manager.js saveConsents: encodeURIComponent(JSON) of
// service name -> boolean; required services are stored as true).
const klaro: Reader = (value) => {
  const v = json(value);
  if (!isRecord(v)) return null;
  const entries = Object.entries(v).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
  if (entries.length === 0) return null;
  const on = entries.filter(([, b]) => b).map(([k]) => k);
  return { state: byCount(on.length, entries.length), detail: `services on: ${on.join(', ') || '(none)'}` };
};

// Osano cookieconsent v3 (node_modules/cookieconsent/src/cookieconsent.js, `status`: allow, deny,
// dismiss; "dismiss" is the only button of the default "info" notice).
const osano: Reader = (value) => {
  if (value === 'allow') return { state: 'accepted' };
  if (value === 'deny') return { state: 'rejected' };
  if (value === 'dismiss') return { state: 'none', detail: 'dismiss' };
  return null;
};

// Cookiebot: a JS-object-like text, URL-encoded, e.g. {stamp:'..',necessary:true,preferences:false,
// statistics:false,marketing:false,method:'explicit',ver:1,utc:..,region:'de'}; "-1" where no consent
// is required (https://www.cookiebot.com/en/developer/, "CookieConsent" cookie).
const cookiebot: Reader = (value) => {
  const text = decode(value);
  if (text.trim() === '-1') return { state: 'none', detail: 'outside consent region (-1)' };
  const flags = [...text.matchAll(/\b(preferences|statistics|marketing)\s*:\s*(true|false)/g)];
  if (flags.length === 0) return null;
  const on = flags.filter((m) => m[2] === 'true').map((m) => m[1]);
  const method = /method\s*:\s*'?(\w+)/.exec(text)?.[1];
  if (method === 'implied') return { state: 'none', detail: 'implied consent, no choice made' };
  return { state: byCount(on.length, flags.length), detail: `on: ${on.join(', ') || '(none)'}` };
};

// OneTrust: a query string, e.g. isGpcEnabled=0&datestamp=..&interactionCount=1&
// landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0 (C0001 = strictly necessary). Before any
// interaction OneTrust writes its defaults with interactionCount=0 or a landingPath URL.
const optanonConsent: Reader = (value) => {
  const params = new URLSearchParams(value.includes('=') ? value : decode(value));
  const groups = (params.get('groups') ?? '')
    .split(',')
    .map((g) => g.split(':'))
    .filter((g): g is [string, string] => g.length === 2 && g[0] !== 'C0001');
  if (groups.length === 0 && !params.has('groups')) return null;
  const interactions = params.get('interactionCount');
  const landing = params.get('landingPath');
  if (interactions === '0' || (interactions === null && landing !== null && landing !== 'NotLandingPage')) {
    return { state: 'none', detail: 'defaults before any interaction' };
  }
  const on = groups.filter(([, v]) => v === '1').map(([g]) => g);
  return { state: byCount(on.length, groups.length), detail: `groups on: ${on.join(', ') || '(none)'}` };
};

// Didomi: base64 JSON with purposes/vendors {enabled, disabled}
// (https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies).
const didomi: Reader = (value) => {
  let text: string;
  try {
    text = atob(decode(value).replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const v = json(text);
  if (!isRecord(v)) return null;
  for (const key of ['purposes', 'vendors']) {
    const part = v[key];
    if (!isRecord(part)) continue;
    const on = strings(part.enabled).length;
    const off = strings(part.disabled).length;
    if (on + off > 0) return { state: byCount(on, on + off), detail: `${key}: ${on} enabled, ${off} disabled` };
  }
  return null;
};

// Usercentrics v2 (localStorage uc_settings): services[] each with status and a history of actions
// (onAcceptAllServices, onDenyAllServices, onUpdateServices; type explicit|implicit).
const usercentrics: Reader = (value) => {
  const v = json(value);
  if (!isRecord(v) || !Array.isArray(v.services)) return null;
  const services = v.services.filter(isRecord);
  let last: { action: string; time: number } | null = null;
  for (const s of services) {
    for (const h of Array.isArray(s.history) ? s.history.filter(isRecord) : []) {
      const time = typeof h.timestamp === 'number' ? h.timestamp : 0;
      if (h.type === 'explicit' && typeof h.action === 'string' && (!last || time >= last.time)) last = { action: h.action, time };
    }
  }
  if (!last) return { state: 'none', detail: 'no explicit action' };
  if (last.action === 'onAcceptAllServices') return { state: 'accepted', detail: last.action };
  if (last.action === 'onDenyAllServices') return { state: 'rejected', detail: last.action };
  const on = services.filter((s) => s.status === true).length;
  const state = on === services.length ? 'accepted' : 'partial';
  return { state, detail: `${last.action}: ${on}/${services.length} services on` };
};

// Complianz: one cookie per category, cmplz_marketing / cmplz_statistics / cmplz_preferences =
// allow|deny, and cmplz_banner-status=dismissed (autoconsent rules "complianz-*"). Marketing decides
// accepted/rejected; the other categories are reported as detail only.
function complianz(name: string, value: string): { state: ConsentState; detail?: string } | null {
  const category = name.slice('cmplz_'.length);
  if (category === 'banner-status') return value === 'dismissed' ? { state: 'none', detail: 'banner dismissed' } : null;
  if (value !== 'allow' && value !== 'deny') return null;
  if (category === 'marketing') return { state: value === 'allow' ? 'accepted' : 'rejected', detail: `marketing=${value}` };
  if (category === 'functional') return null;
  return { state: 'none', detail: `${category}=${value}` };
}

// CookieYes: consentid:..,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,
// performance:no,advertisement:no,other:no (autoconsent rule "cookieyes" tests advertisement:no).
const cookieyes: Reader = (value) => {
  const pairs = new Map(
    decode(value)
      .split(',')
      .map((p) => p.split(':').map((s) => s.trim()))
      .filter((p): p is [string, string] => p.length === 2),
  );
  if (!pairs.has('consent') && !pairs.has('action')) return null;
  if (pairs.get('action') !== 'yes') return { state: 'none', detail: 'no action yet' };
  const skip = new Set(['consentid', 'consent', 'action', 'necessary', 'rejected']);
  const cats = [...pairs].filter(([k, v]) => !skip.has(k) && (v === 'yes' || v === 'no'));
  const on = cats.filter(([, v]) => v === 'yes').map(([k]) => k);
  if (cats.length === 0) return { state: pairs.get('consent') === 'yes' ? 'accepted' : 'rejected' };
  return { state: byCount(on.length, cats.length), detail: `on: ${on.join(', ') || '(none)'}` };
};

// Borlabs Cookie: encodeURIComponent(JSON) {consents: {essential: [...], statistics: [...], ...}}
// (autoconsent snippet EVAL_BORLABS_0). Only accepted groups are stored, so an all-versus-some
// split cannot be told: any optional group reads as accepted.
const borlabs: Reader = (value) => {
  const v = json(value);
  if (!isRecord(v) || !isRecord(v.consents)) return null;
  const groups = Object.keys(v.consents).filter((g) => !NECESSARY.test(g));
  return { state: groups.length === 0 ? 'rejected' : 'accepted', detail: `groups: ${groups.join(', ') || 'essential only'}` };
};

// Iubenda (_iub_cs-<site id>): encodeURIComponent(JSON) with purposes {"1": true, "2": false ...}
// (purpose 1 = strictly necessary) or, in older versions, {"consent": true|false}.
const iubenda: Reader = (value) => {
  const v = json(value);
  if (!isRecord(v)) return null;
  if (isRecord(v.purposes)) {
    const entries = Object.entries(v.purposes).filter(([k, b]) => k !== '1' && typeof b === 'boolean');
    const on = entries.filter(([, b]) => b).map(([k]) => k);
    if (entries.length > 0) return { state: byCount(on.length, entries.length), detail: `purposes on: ${on.join(', ') || '(none)'}` };
  }
  if (typeof v.consent === 'boolean') return { state: v.consent ? 'accepted' : 'rejected' };
  return null;
};

const bitrix: Reader = (value) => {
  const v = decode(value).trim().toLowerCase();
  if (/^(y|yes|1|true|accept(ed)?|agree|ok)$/.test(v)) return { state: 'accepted', detail: `notice agreement ${value}` };
  if (/^(n|no|0|false|reject(ed)?|deny)$/.test(v)) return { state: 'rejected' };
  return null;
};

const tcf: Reader = (value) => {
  const r = readTcString(value);
  return r && { state: r.state, detail: `cmpId ${r.cmpId}; purposes ${r.purposes.join(',') || 'none'}; ${r.vendorConsents} vendors` };
};

const READERS: Partial<Record<CmpName, Reader>> = {
  'vanilla-cookieconsent': vanillaCookieconsent,
  klaro,
  'osano-cookieconsent': osano,
  cookiebot,
  didomi,
  usercentrics,
  cookieyes,
  borlabs,
  iubenda,
  bitrix,
  tcf,
};

/** The consent a CMP's cookie (or localStorage key) records, null when the name or value is not one. */
export function readConsentCookie(name: string, value: string): ConsentCookieReading | null {
  const cmp = consentCookieCmp(name);
  if (cmp === null || value.length > 20_000) return null;
  let r: { state: ConsentState; detail?: string } | null;
  if (name === 'OptanonAlertBoxClosed') r = value ? { state: 'none', detail: `banner closed ${decode(value)}` } : null;
  else if (name === 'OptanonConsent') r = optanonConsent(value);
  else if (cmp === 'complianz') r = complianz(name, value);
  else if (cmp === 'usercentrics' && name !== 'uc_settings') r = null;
  else if (cmp === 'bitrix' && !isBitrixAgreementCookie(name)) r = null;
  else r = READERS[cmp]?.(value) ?? null;
  return r && { cmp, ...r };
}

/** The timeline event for a consent cookie seen at `time`, or null when it records nothing. */
export function consentCookieEvent(name: string, value: string, time: number): ConsentEvent | null {
  const r = readConsentCookie(name, value);
  if (!r) return null;
  const signal = `consent-cookie:${name}`;
  const detail = r.detail === undefined ? {} : { detail: r.detail };
  if (r.cmp === 'osano-cookieconsent' && r.detail === 'dismiss') return { time, state: 'notice-acknowledged', signal, ...detail };
  return { time, state: r.state, signal, ...detail };
}
