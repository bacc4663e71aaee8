// The lab's own small IAB TCF v2 CMP ("Lab TCF CMP"), bundled to an IIFE by esbuild at lab start.
// It is not a vendor's CMP: real sites run one of many, and what an auditor sees is the same:
// window.__tcfapi answered by @iabtcf/cmpapi, a first-layer banner, and the TC string encoded by
// @iabtcf/core stored in the euconsent-v2 cookie.
import { CmpApi } from '@iabtcf/cmpapi';
import { GVL, TCModel, TCString } from '@iabtcf/core';

// Not a registered CMP id: the lab impersonates no CMP vendor.
const CMP_ID = 999;
const CMP_VERSION = 1;
const COOKIE = 'euconsent-v2';
const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

// A one-vendor global vendor list in the official JSON shape, so no download is needed.
// Google's GVL id 755: https://vendor-list.consensu.org/v3/vendor-list.json
const VENDOR_LIST = {
  gvlSpecificationVersion: 3,
  vendorListVersion: 100,
  tcfPolicyVersion: 5,
  lastUpdated: '2026-01-01T00:00:00Z',
  purposes: Object.fromEntries(PURPOSES.map((id) => [id, { id, name: `Purpose ${id}`, description: '', illustrations: [] }])),
  // TCF v2.2 names; the vendor below refers to these, and GVL indexes vendors by them.
  specialPurposes: {
    1: { id: 1, name: 'Ensure security, prevent and detect fraud, and fix errors', description: '', illustrations: [] },
    2: { id: 2, name: 'Deliver and present advertising and content', description: '', illustrations: [] },
  },
  features: {
    1: { id: 1, name: 'Match and combine data from other data sources', description: '', illustrations: [] },
    2: { id: 2, name: 'Link different devices', description: '', illustrations: [] },
  },
  specialFeatures: {},
  stacks: {},
  dataCategories: {},
  vendors: {
    755: {
      id: 755,
      name: 'Google Advertising Products',
      purposes: [1, 3, 4],
      legIntPurposes: [2, 7, 9, 10],
      flexiblePurposes: [2, 7, 9, 10],
      specialPurposes: [1, 2],
      features: [1, 2],
      specialFeatures: [],
      cookieMaxAgeSeconds: 34190000,
      usesCookies: true,
      cookieRefresh: true,
      usesNonCookieAccess: true,
      urls: [],
    },
  },
};

function readCookie(name: string): string | null {
  const m = new RegExp(`(?:^|; )${name}=([^;]*)`).exec(document.cookie);
  return m?.[1] ?? null;
}

function encode(accepted: boolean): string {
  // The constructor accepts the JSON object; its published type names a narrower shape.
  const gvl = new GVL(VENDOR_LIST as unknown as ConstructorParameters<typeof GVL>[0]);
  const model = new TCModel(gvl);
  model.cmpId = CMP_ID;
  model.cmpVersion = CMP_VERSION;
  model.isServiceSpecific = true;
  model.consentScreen = 1;
  if (accepted) {
    model.purposeConsents.set(PURPOSES);
    model.vendorConsents.set(755);
  }
  return TCString.encode(model);
}

function showBanner(api: CmpApi): void {
  const banner = document.createElement('div');
  banner.id = 'lab-tcf-banner';
  banner.setAttribute('role', 'dialog');
  banner.setAttribute('aria-label', 'Cookie consent');
  banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;background:#fff;border-top:2px solid #333;padding:16px;font:15px system-ui,sans-serif';
  banner.innerHTML =
    '<p><strong>We value your privacy.</strong> We and our partner store and access information on your device, such as cookies, ' +
    'to measure the audience and show personalised ads. You can accept or reject all purposes.</p>' +
    '<button type="button" data-choice="accept">Accept all</button> <button type="button" data-choice="reject">Reject all</button>';
  banner.addEventListener('click', (event) => {
    const choice = (event.target as HTMLElement).closest('button')?.dataset['choice'];
    if (!choice) return;
    const tcString = encode(choice === 'accept');
    document.cookie = `${COOKIE}=${tcString}; path=/; max-age=${390 * 24 * 3600}; SameSite=Lax; Secure`;
    banner.remove();
    api.update(tcString, false);
  });
  document.body.appendChild(banner);
  api.update('', true);
}

function start(): void {
  const api = new CmpApi(CMP_ID, CMP_VERSION, true);
  const stored = readCookie(COOKIE);
  if (stored) api.update(stored, false);
  else if (document.body) showBanner(api);
  else document.addEventListener('DOMContentLoaded', () => showBanner(api), { once: true });
}

start();
