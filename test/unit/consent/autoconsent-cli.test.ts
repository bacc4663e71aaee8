// Drives the real @duckduckgo/autoconsent in the real Chromium against the lab's consent managers
// (served offline): the evidence behind the choice written in lib/consent/README.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { armAutoconsent } from '../../../lib/consent/autoconsent-cli';
import { readConsentCookie } from '../../../lib/consent/cookies';
import { pressBanner } from '../../../lib/consent/press-banner';
import { cmpPages } from '../../fixtures/consent/cmp-pages';
import { findChromium } from '../../../scripts/lib/find-chromium.mjs';

const CHROMIUM = findChromium()?.path ?? null;
let browser: Browser | null = null;

beforeAll(async () => {
  if (CHROMIUM) {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-blink-features=AutomationControlled', '--no-sandbox'] });
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

// What autoconsent does with each lab CMP (measured; the README quotes this table).
const expected: Record<string, { cmp: string | null; optIn: string | null; optOut: string | null }> = {
  'vanilla-cookieconsent': { cmp: 'cookieconsent3', optIn: 'accepted', optOut: 'rejected' },
  klaro: { cmp: 'Klaro', optIn: 'accepted', optOut: 'rejected' },
  // Osano's open-source cookieconsent is matched by the rule written for Complianz, which once bundled it.
  'osano-cookieconsent': { cmp: 'Complianz optin', optIn: 'accepted', optOut: 'rejected' },
  // Home-made banners are not found: the CLI falls back to describeBanner() for those.
  'home-made-ru': { cmp: null, optIn: null, optOut: null },
};

describe.skipIf(!CHROMIUM)('autoconsent in Chromium', () => {
  const cases = cmpPages().flatMap((p) => (['optIn', 'optOut'] as const).map((a) => [p.name, a, p] as const));
  test.each(cases)('%s %s', async (name, action, site) => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.route('https://shop.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = path === '/' ? site.html : site.scripts[path];
      return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ body, contentType: path === '/' ? 'text/html; charset=utf-8' : 'text/javascript' });
    });
    const run = await armAutoconsent(page, action);
    await page.goto('https://shop.test/');
    const result = await run.result(6000);
    const cookie = (await context.cookies()).find((c) => c.name === site.cookie);
    const state = cookie ? (readConsentCookie(cookie.name, cookie.value)?.state ?? cookie.value) : null;
    await context.close();
    const want = expected[name]!;
    expect({ cmp: result.cmp, done: result.done, state }).toEqual({ cmp: want.cmp, done: want.cmp !== null, state: want[action] });
  }, 30_000);
});

describe.skipIf(!CHROMIUM)('pressBanner fallback in Chromium', () => {
  const site = cmpPages().find((p) => p.name === 'home-made-ru')!;
  test.each([
    ['accept', 'accepted'],
    ['reject', 'rejected'],
  ] as const)('home-made banner: %s', async (choice, value) => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.route('https://shop.test/**', (route) => route.fulfill({ body: site.html, contentType: 'text/html; charset=utf-8' }));
    await page.goto('https://shop.test/');
    const result = await pressBanner(page, choice);
    const cookie = (await context.cookies()).find((c) => c.name === site.cookie);
    await context.close();
    expect(result.cmp).toBe('generic');
    expect(cookie?.value).toBe(value);
  }, 30_000);
});
