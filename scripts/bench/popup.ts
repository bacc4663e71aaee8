// How long the popup takes, from the start of its navigation to the findings on screen, for a tab
// whose audit holds 1,000 observations and a 100-row declaration. The session is put straight
// into the background's SessionTracker (no lab needed); the popup is opened as a tab with
// ?tabId=, which is how lib/platform/ui-client.ts picks the audited tab outside the toolbar.
// Cookie names and hosts are the vendors' real ones (Yandex Metrika
// https://yandex.ru/support/metrica/general/cookie-usage.html, Google Analytics
// https://developers.google.com/analytics/devguides/collection/ga4/reference/config, Meta pixel
// https://www.facebook.com/business/help/471978536642445, Top.Mail.Ru, VK, PostHog, Mixpanel).
import { classifyCookie, classifyRequest } from '../../lib/classify';
import type {
  ConsentEvent, CookieObservation, Declarations, DeclaredCookie, PolicyStatus, RequestObservation, StorageObservation,
} from '../../lib/model/types';
import type { SessionState } from '../../lib/observe/state';
import type { SessionTracker } from '../../lib/observe/tracker';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR, assertExtensionBuilt } from '../lib/audit-run';
import { extensionId, launchChromium, waitForServiceWorker } from '../lib/chromium';
import type { Metric } from './types';

const RUNS = 15;
const PAGE = 'https://www.shop-example.ru/';
const SITE = 'shop-example.ru';
const DAY = 86_400;
const YEAR = 365 * DAY;

const COOKIES: [name: string, domain: string, lifetime: number | null][] = [
  ['_ym_uid', '.shop-example.ru', YEAR], ['_ym_d', '.shop-example.ru', YEAR], ['_ym_isad', '.shop-example.ru', 2 * DAY],
  ['_ga', '.shop-example.ru', 400 * DAY], ['_gid', '.shop-example.ru', DAY], ['_gcl_au', '.shop-example.ru', 90 * DAY],
  ['_fbp', '.shop-example.ru', 90 * DAY], ['tmr_lvid', '.shop-example.ru', YEAR], ['yandexuid', '.yandex.ru', YEAR],
  ['PHPSESSID', 'www.shop-example.ru', null], ['cart_id', 'www.shop-example.ru', 30 * DAY],
];
const HOSTS: [url: string, type: string][] = [
  ['https://mc.yandex.ru/watch/12345678', 'image'], ['https://www.google-analytics.com/g/collect', 'ping'],
  ['https://connect.facebook.net/en_US/fbevents.js', 'script'], ['https://top-fwz1.mail.ru/counter', 'image'],
  ['https://vk.com/rtrg', 'image'], ['https://us.i.posthog.com/e/', 'xmlhttprequest'],
  ['https://api-js.mixpanel.com/track/', 'xmlhttprequest'], ['https://www.shop-example.ru/api/cart', 'xmlhttprequest'],
];
const STORAGE_KEYS = ['_ym_retryReqs', 'ph_phc_lab_posthog', 'mp_lab_mixpanel', '_ym_uid', 'tmr_lvid'];

/** 400 cookies, 450 requests, 150 storage writes over 20 s; the visitor accepts at 8 s. */
function observations() {
  const time = (i: number, n: number) => Math.round((i / n) * 20_000);
  const cookies = Array.from({ length: 400 }, (_, i): CookieObservation => {
    const [base, domain, lifetime] = COOKIES[i % COOKIES.length]!;
    return {
      name: i < COOKIES.length ? base : `${base}_${i}`, domain, path: '/', hostOnly: !domain.startsWith('.'), secure: true,
      httpOnly: false, sameSite: 'lax', partitioned: false, session: lifetime === null,
      expiresAt: lifetime === null ? null : new Date(Date.UTC(2027, 0, 1)).toISOString(), lifetimeSeconds: lifetime,
      requestedLifetimeSeconds: lifetime, firstParty: domain.endsWith(SITE), setBy: 'script',
      initiator: 'https://mc.yandex.ru/metrika/tag.js', frameUrl: PAGE, time: time(i, 400), phase: 'pre-consent',
      classification: classifyCookie(base, domain.replace(/^\./, ''), SITE), writes: 1, valueSize: 30,
    };
  });
  const requests = Array.from({ length: 450 }, (_, i): RequestObservation & { requestId: string } => {
    const [url, type] = HOSTS[i % HOSTS.length]!;
    const host = new URL(url).hostname;
    return {
      requestId: String(i), url: `${url}?n=${i}`, host, site: host.split('.').slice(-2).join('.'), type, method: 'GET',
      initiator: 'https://www.shop-example.ru', frameUrl: PAGE, firstParty: host.endsWith(SITE), status: 200,
      time: time(i, 450), phase: 'pre-consent', classification: classifyRequest(url, type, SITE),
    };
  });
  const storage = Array.from({ length: 150 }, (_, i): StorageObservation => {
    const base = STORAGE_KEYS[i % STORAGE_KEYS.length]!;
    return {
      area: i % 2 ? 'session' : 'local', key: i < STORAGE_KEYS.length ? base : `${base}_${i}`, valueSize: 64,
      origin: 'https://www.shop-example.ru', frameUrl: PAGE, scriptUrl: 'https://mc.yandex.ru/metrika/tag.js', firstParty: true,
      time: time(i, 150), phase: 'pre-consent', classification: classifyCookie(base, 'www.shop-example.ru', SITE), writes: 1,
    };
  });
  return { cookies, requests, storage };
}

/** 100 declared rows: the first observed names with a one-day lifetime (retention findings), a "session cookies only" claim. */
function declarations(names: string[]): Declarations {
  const cookies = names.slice(0, 100).map((name, i): DeclaredCookie => ({
    names: [name], prefixes: [], provider: null, vendor: null, purpose: 'Статистика посещений',
    category: i % 3 === 0 ? 'necessary' : 'analytics', lifetime: { kind: 'fixed', minSeconds: DAY, maxSeconds: DAY, text: '1 день' },
    quote: `${name} — статистика посещений, 1 день`, location: { source: 0, offset: i * 40, where: `table 1, row ${i + 1}` },
  }));
  return {
    sources: [{ url: `${PAGE}privacy`, sha256: 'ab'.repeat(32), language: 'ru', kind: 'privacy-policy' }],
    cookies,
    vendors: [],
    categories: [],
    statements: [{ kind: 'session-only', quote: 'Сайт использует только сессионные cookie.', location: { source: 0, offset: 5000, where: 'line 40' } }],
  };
}

interface Fill {
  url: string;
  data: Pick<SessionState, 'cookies' | 'requests' | 'storage' | 'declarations' | 'policy' | 'consentEvents' | 'title'>;
}

function sessionData(): Fill['data'] {
  const obs = observations();
  const policy: PolicyStatus = { state: 'found', origin: 'discovered', url: `${PAGE}privacy`, message: null, readAt: new Date().toISOString() };
  const consentEvents: ConsentEvent[] = [{ time: 8_000, state: 'accepted', signal: 'click' }];
  return { ...obs, declarations: declarations(obs.cookies.map((c) => c.name)), policy, consentEvents, title: 'Магазин' };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}
const round = (x: number) => Math.round(x * 10) / 10;

/** One popup opening, in ms since its navigation start; sent/received bracket the report request. */
interface Sample {
  ms: number;
  groups: number;
  sent?: number;
  received?: number;
}

// Passed as text: tsx (esbuild keepNames) would wrap a named function in __name(), which the page lacks.
// performance.now() counts from the popup document's navigation start (performance.timeOrigin).
// A MutationObserver notices the first finding group in the microtask after Svelte inserts it; a
// wrapper around chrome.runtime.sendMessage (which the polyfill calls with a callback) times the
// first request for what the popup shows (ui:get-popup; ui:get-report before issue 14), to split the total into start-up, messaging and rendering. The promise's
// reaction runs before the popup's own \`await\` continues, so "received" precedes rendering.
const WATCH_FINDINGS = `
  // Chromium 13x+ has a native \`browser\` namespace, which the polyfill then uses as is (promises).
  for (const rt of [globalThis.browser?.runtime, globalThis.chrome?.runtime]) {
    if (!rt || typeof rt.sendMessage !== 'function') continue;
    const send = rt.sendMessage.bind(rt);
    rt.sendMessage = (...args) => {
      const msg = args.find((a) => a && typeof a === 'object');
      if (window.__reportAt || !msg || (msg.type !== 'ui:get-popup' && msg.type !== 'ui:get-report')) return send(...args);
      const sent = performance.now();
      const done = () => { window.__reportAt ??= { sent, received: performance.now() }; };
      const cb = args[args.length - 1];
      if (typeof cb === 'function') args[args.length - 1] = (r) => { done(); cb(r); };
      const out = send(...args);
      if (out && typeof out.then === 'function') out.then(done, () => {});
      return out;
    };
  }
  new MutationObserver((_, observer) => {
    const n = document.querySelectorAll('[data-testid="finding-group"]').length;
    if (n === 0) return;
    window.__findingsAt = { ms: performance.now(), groups: n, ...window.__reportAt };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;

const OUTPUT_DIR = resolve(import.meta.dirname, '../../test-output');

/**
 * After the timing, the same popup as an auditor sees it, in each interface language chosen on the
 * options page: the findings tab with the first finding opened (its evidence is fetched on open),
 * and the cookie tab. test-output/popup-1000-<locale>.png and popup-1000-cookies-<locale>.png.
 */
async function screenshots(context: BrowserContext, id: string, tabId: number): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const locale of ['en', 'ru', 'uk'] as const) {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByTestId('locale-select').selectOption(locale);
    await options.waitForTimeout(300);
    await options.close();
    const page = await context.newPage();
    await page.setViewportSize({ width: 760, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    const first = page.getByTestId('finding').first();
    await first.locator('summary').click();
    await first.locator('table.evidence tbody tr').first().waitFor();
    await page.screenshot({ path: resolve(OUTPUT_DIR, `popup-1000-${locale}.png`), fullPage: true });
    await page.getByTestId('tab-cookies').click();
    await page.getByTestId('cookie-table').waitFor();
    await page.screenshot({ path: resolve(OUTPUT_DIR, `popup-1000-cookies-${locale}.png`), fullPage: true });
    await page.close();
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('locale-select').selectOption('auto');
  await options.close();
}

declare global {
  interface Window {
    __findingsAt?: Sample;
    __reportAt?: { sent: number; received: number };
  }
}

export async function run(): Promise<Metric[]> {
  assertExtensionBuilt(DEFAULT_EXTENSION_DIR);
  const browser = await launchChromium({ extensionDir: DEFAULT_EXTENSION_DIR });
  try {
    const sw = await waitForServiceWorker(browser.context);
    const id = extensionId(sw);
    const host = await browser.context.newPage();
    const tabId = await sw.evaluate(async () => {
      const g = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
      return (await g.chrome.tabs.query({})).find((t) => t.url === 'about:blank')?.id ?? -1;
    });
    if (tabId < 0) throw new Error('no tab to attach the audit to');
    const fill: Fill = { url: PAGE, data: sessionData() };
    await sw.evaluate(
      async ({ tabId, fill }) => {
        const { tracker } = (globalThis as unknown as { consentAuditor: { tracker: SessionTracker } }).consentAuditor;
        await tracker.startNavigation(tabId, fill.url, Date.now() - 20_000);
        await tracker.update(tabId, (s) => void Object.assign(s, fill.data));
      },
      { tabId, fill },
    );

    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript({ content: WATCH_FINDINGS });
      await page.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
      const at = await page.waitForFunction(() => window.__findingsAt, undefined, { timeout: 30_000 });
      samples.push((await at.jsonValue()) as Sample);
      await page.close();
    }

    // The share of that time the worker spends building the export (rules over 1,000 observations),
    // and the popup's view cut from it (what the popup is actually sent, issue 14).
    // (No named helper inside: tsx would wrap it in __name(), which the worker lacks.)
    const build = await sw.evaluate(async (tabId) => {
      type Api = { exportTab(id: number): Promise<{ findings: unknown[] } | null>; popupView(id: number): Promise<unknown> };
      const api = (globalThis as unknown as { consentAuditor: Api }).consentAuditor;
      const times: number[] = [];
      const viewTimes: number[] = [];
      let report: { findings: unknown[] } | null = null;
      let view: unknown = null;
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        report = await api.exportTab(tabId);
        times.push(performance.now() - t);
      }
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        view = await api.popupView(tabId);
        viewTimes.push(performance.now() - t);
      }
      return { times, bytes: JSON.stringify(report).length, findings: report?.findings.length ?? 0, viewTimes, viewBytes: JSON.stringify(view).length };
    }, tabId);
    const findingCount = build.findings;
    await screenshots(browser.context, id, tabId);
    await host.close();

    const total = samples.map((x) => x.ms);
    // Phases, where the request was seen: start-up (script load until the request), the round trip
    // to the worker (export built, the view cut from it and cloned twice), and Svelte rendering the findings.
    const timed = samples.filter((x) => x.sent !== undefined && x.received !== undefined);
    const phase = (f: (x: Sample) => number) => round(quantile(timed.map(f), 0.5));
    return [
      {
        metric: 'popup-findings-rendered', value: round(quantile(total, 0.5)), unit: 'ms', target: 150,
        p90: round(quantile(total, 0.9)), first: round(total[0]!), runs: RUNS, observations: 1000, declaredRows: 100,
        findingGroups: samples[0]?.groups ?? 0, findings: findingCount,
        ...(timed.length > 0
          ? { startupMedianMs: phase((x) => x.sent!), requestMedianMs: phase((x) => x.received! - x.sent!), renderMedianMs: phase((x) => x.ms - x.received!) }
          : {}),
      },
      { metric: 'popup-export-build-in-worker', value: round(quantile(build.times, 0.5)), unit: 'ms', p90: round(quantile(build.times, 0.9)), runs: build.times.length, exportBytes: build.bytes },
      { metric: 'popup-view-build-in-worker', value: round(quantile(build.viewTimes, 0.5)), unit: 'ms', p90: round(quantile(build.viewTimes, 0.9)), runs: build.viewTimes.length, viewBytes: build.viewBytes },
    ];
  } finally {
    await browser.close();
  }
}
