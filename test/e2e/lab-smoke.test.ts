// Smoke test of the lab and the Chromium launcher, without the extension: the shop site really
// sets its cookies and sends its beacons in Chromium, the browser does not announce automation,
// every consent banner shows to a fresh visitor, and every policy page answers as catalogued.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { getDomain } from 'tldts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionId, launchChromium, waitForServiceWorker, type LaunchedChromium } from '../../scripts/lib/chromium';
import { defaultSharedDir } from '../lab/assets';
import { startLab, type Lab } from '../lab/server';
import { FINDING_SITES, LAB_SITES, consentSites, type ConsentCmp } from '../lab/sites';
import { MIXPANEL_TOKEN } from '../lab/vendors/mixpanel';
import { POSTHOG_KEY } from '../lab/vendors/posthog';
import { SNOWPLOW_COLLECTOR } from '../lab/vendors/snowplow';

const SHOP = 'www.lab-shop.test';
const ANALYTICS = 'www.lab-analytics.test';
const BANNERS: Record<ConsentCmp, string> = {
  'vanilla-cookieconsent': '#cc-main .cm',
  klaro: '.klaro .cookie-notice',
  'osano-cookieconsent': '.cc-window',
  tcf: '#lab-tcf-banner',
  'home-ru': '.cookie-banner',
  'home-uk': '.cookie-banner',
};
const seedsPresent = existsSync(join(defaultSharedDir(), 'seeds'));

let lab: Lab;
let browser: LaunchedChromium;
let context: BrowserContext;

beforeAll(async () => {
  lab = await startLab({ quiet: true });
  browser = await launchChromium({ hostResolverRules: lab.hostResolverRules, ignoreCertErrors: true });
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await lab?.close();
});

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('catalog', () => {
  test('every site is served, with a unique id and its own registrable domain', () => {
    const ids = LAB_SITES.map((s) => s.id);
    const sites = LAB_SITES.map((s) => getDomain(s.host));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sites).size).toBe(sites.length);
    expect(LAB_SITES.filter((s) => !lab.hosts.includes(s.host))).toEqual([]);
  });

  test('resolver rules map every host to the lab port and nothing else to the network', () => {
    for (const host of lab.hosts) expect(lab.hostResolverRules).toContain(`MAP ${host} 127.0.0.1:${lab.port}`);
    expect(lab.hostResolverRules).toContain('MAP * ~NOTFOUND');
    expect(lab.url(SHOP, '/privacy')).toBe('https://www.lab-shop.test/privacy');
  });
});

describe('shop site (A)', () => {
  let page: Page;
  let cookies: Cookie[];
  let loadMs: number;

  beforeAll(async () => {
    lab.clearBeacons();
    page = await context.newPage();
    const started = Date.now();
    await page.goto(lab.url(SHOP, '/'), { waitUntil: 'load' });
    loadMs = Date.now() - started;
    const wanted = ['mc.yandex.ru', 'top-fwz1.mail.ru', 'us.i.posthog.com', 'api-js.mixpanel.com'];
    await until(async () => (wanted.every((h) => lab.beacons().some((b) => b.host === h)) ? true : undefined), 5000);
    cookies = await context.cookies();
  });

  test('loads quickly', () => {
    expect(loadMs).toBeLessThan(5000);
  });

  test.each([
    ['sid', SHOP, 'http, HttpOnly session'],
    ['lang', SHOP, 'http, 1 year'],
    ['cart_id', SHOP, 'script, asks 3 years'],
    [`ph_${POSTHOG_KEY}_posthog`, '.lab-shop.test', 'posthog-js'],
    [`mp_${MIXPANEL_TOKEN}_mixpanel`, '.lab-shop.test', 'mixpanel-browser'],
    ['_ym_uid', '.lab-shop.test', 'Metrika emulation, first party'],
    ['yandexuid', '.yandex.ru', 'Metrika emulation, third party'],
    ['VID', '.mail.ru', 'Top.Mail.Ru pixel, third party'],
    ['social_uid', 'widgets.lab-social.test', 'iframe, third party'],
  ])('cookie %s on %s (%s)', (name, domain) => {
    expect(cookies.find((c) => c.name === name && c.domain === domain)).toBeDefined();
  });

  test('third-party cookies are SameSite=None; Secure', () => {
    for (const name of ['yandexuid', 'VID', 'social_uid']) {
      expect(cookies.find((c) => c.name === name)).toMatchObject({ sameSite: 'None', secure: true });
    }
  });

  test('cart_id asked 3 years and Chromium kept at most 400 days', () => {
    const cart = cookies.find((c) => c.name === 'cart_id');
    const days = ((cart?.expires ?? 0) - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(390);
    expect(days).toBeLessThanOrEqual(400.1);
  });

  test.each(['mc.yandex.ru', 'top-fwz1.mail.ru', 'us.i.posthog.com', 'api-js.mixpanel.com'])('beacon reached the sink at %s', (host) => {
    expect(lab.beacons().some((b) => b.host === host)).toBe(true);
  });

  test('storage writes from the first-party script', async () => {
    const keys = await page.evaluate(() => [localStorage.getItem('shop_recently_viewed'), sessionStorage.getItem('shop_checkout_step')]);
    expect(keys).toEqual(['["sku-1042","sku-2217"]', '1']);
  });

  test('the browser does not announce automation', async () => {
    const seen = await page.evaluate(() => ({
      webdriver: navigator.webdriver,
      ua: navigator.userAgent,
      brands: (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands.map((b) => b.brand) ?? [],
    }));
    expect(seen.webdriver).toBe(false);
    expect(seen.ua).not.toMatch(/headless/i);
    expect(seen.brands.join(' ')).not.toMatch(/headless/i);
  });

  test('beacons are also served as JSON for debugging', async () => {
    const response = await page.goto(lab.url(SHOP, '/__lab/beacons'));
    const list = (await response?.json()) as { host: string }[];
    expect(list.some((b) => b.host === 'mc.yandex.ru')).toBe(true);
  });
});

describe('analytics site (real SDKs from npm)', () => {
  let cookies: Cookie[];

  beforeAll(async () => {
    lab.clearBeacons();
    const page = await context.newPage();
    await page.goto(lab.url(ANALYTICS, '/'));
    const wanted = ['api2.amplitude.com', 'api.segment.io', SNOWPLOW_COLLECTOR, 'labshop.matomo.cloud'];
    await until(async () => (wanted.every((h) => lab.beacons().some((b) => b.host === h)) ? true : undefined), 6000);
    cookies = await context.cookies();
    await page.close();
  });

  test.each([
    [/^AMP_[0-9a-f]{10}$/, '.lab-analytics.test', 'Amplitude'],
    [/^ajs_anonymous_id$/, '.lab-analytics.test', 'Segment'],
    [/^_sp_id\.[0-9a-f]{4}$/, '.lab-analytics.test', 'Snowplow tracker'],
    [/^sp$/, SNOWPLOW_COLLECTOR, 'Snowplow collector, third party'],
    [/^_pk_id\.7\.[0-9a-f]{4}$/, ANALYTICS, 'Matomo'],
  ])('cookie %s on %s (%s)', (name, domain) => {
    expect(cookies.find((c) => name.test(c.name) && c.domain === domain)).toBeDefined();
  });

  test.each(['api2.amplitude.com', 'api.segment.io', SNOWPLOW_COLLECTOR, 'labshop.matomo.cloud'])('beacon reached the sink at %s', (host) => {
    expect(lab.beacons().some((b) => b.host === host)).toBe(true);
  });
});

describe('consent sites (B)', () => {
  test.each(consentSites().map((s) => [s.id, s] as const))('%s shows its banner; trackers follow the catalog', async (_id, site) => {
    const page = await context.newPage();
    try {
      await page.goto(lab.url(site.host, site.path));
      await page.locator(BANNERS[site.cmp]).first().waitFor({ state: 'visible', timeout: 10_000 });
      const trackerCookie = async () => ((await context.cookies(lab.url(site.host))).some((c) => c.name === '_ym_uid') ? true : undefined);
      if (site.honoursConsent) {
        await page.waitForTimeout(300);
        expect(await trackerCookie()).toBeUndefined();
      } else {
        expect(await until(trackerCookie, 5000)).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});

// Button labels are each CMP's defaults (klaro with acceptAll, Osano) or the lab sites' own texts.
const BUTTONS: Record<ConsentCmp, { accept: string; reject: string }> = {
  'vanilla-cookieconsent': { accept: 'Accept all', reject: 'Reject all' },
  klaro: { accept: "That's ok", reject: 'I decline' },
  'osano-cookieconsent': { accept: 'Allow cookies', reject: 'Decline' },
  tcf: { accept: 'Accept all', reject: 'Reject all' },
  'home-ru': { accept: 'Принять все', reject: 'Отклонить' },
  'home-uk': { accept: 'Прийняти', reject: 'Відхилити' },
};

describe('consent choices (B)', () => {
  const cases = consentSites().flatMap((site) =>
    (site.honoursConsent ? (['accept', 'reject'] as const) : (['reject'] as const)).map((choice) => [site.id, choice, site] as const),
  );

  test.each(cases)('%s after %s', async (_id, choice, site) => {
    await context.clearCookies({ domain: new RegExp(`${getDomain(site.host) ?? site.host}$`) });
    const page = await context.newPage();
    try {
      await page.goto(lab.url(site.host, site.path));
      await page.getByText(BUTTONS[site.cmp][choice], { exact: true }).first().click({ timeout: 10_000 });
      const ymCookie = async () => ((await context.cookies(lab.url(site.host))).some((c) => c.name === '_ym_uid') ? true : undefined);
      if (site.honoursConsent && choice === 'accept') {
        expect(await until(ymCookie, 5000)).toBe(true);
      } else if (site.honoursConsent) {
        await page.waitForTimeout(800);
        expect(await ymCookie()).toBeUndefined();
      } else {
        // A violating site keeps tracking on the next page view after "reject".
        lab.clearBeacons();
        await page.reload();
        const hit = async () => (lab.beacons().some((b) => b.host === 'mc.yandex.ru') ? true : undefined);
        expect(await until(hit, 5000)).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});

describe('finding sites (C)', () => {
  test.each(FINDING_SITES.map((s) => [s.id, s] as const))('%s policy page answers as catalogued', async (id, site) => {
    const page = await context.newPage();
    try {
      if (site.policyPath === null) {
        const response = await page.goto(lab.url(site.host, site.path));
        expect(response?.status()).toBe(200);
        expect(await page.locator('footer a').allInnerTexts()).not.toContainEqual(expect.stringMatching(/privacy|policy|политик|політик/i));
        return;
      }
      if (id.startsWith('seed') && !seedsPresent) return;
      const response = await page.goto(lab.url(site.host, site.policyPath));
      expect(response?.status()).toBe(id === 'policy-404' ? 404 : 200);
      if (id === 'policy-404') return;
      const text = (await page.textContent('body')) ?? '';
      expect(text.length).toBeGreaterThan(100);
      // Legacy charsets must decode to Cyrillic in Chromium, not mojibake.
      if (id === 'cp1251-policy' || id === 'koi8-policy') expect(text).toContain('Яндекс.Метрика');
    } finally {
      await page.close();
    }
  });
});

describe('launcher with an extension', () => {
  test('loads an unpacked MV3 extension, waits for its worker, seeds and removes the profile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lab-smoke-ext-'));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'lab smoke', version: '1.0', background: { service_worker: 'sw.js' } }));
    await writeFile(join(dir, 'sw.js'), 'self.labReady = 42;');
    const withExt = await launchChromium({ extensionDir: dir });
    try {
      const sw = await waitForServiceWorker(withExt.context);
      expect(extensionId(sw)).toMatch(/^[a-p]{32}$/);
      expect(await sw.evaluate(() => (self as unknown as { labReady: number }).labReady)).toBe(42);
      const prefs = JSON.parse(await readFile(join(withExt.userDataDir, 'Default', 'Preferences'), 'utf8')) as { profile?: { cookie_controls_mode?: number } };
      expect(prefs.profile?.cookie_controls_mode).toBe(0);
    } finally {
      await withExt.close();
      await rm(dir, { recursive: true, force: true });
    }
    expect(existsSync(withExt.userDataDir)).toBe(false);
  });
});
