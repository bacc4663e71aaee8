import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR, exportOf, expectValidExport, openBrowser, settle, withLab, type Harness } from './harness';
import { PopupPage } from './popup-page';

const SHOP = 'www.lab-shop.test';

describe('observation pipeline on the lab shop', () => {
  let lab: Lab;
  let h: Harness;
  // The first visit's tab: later visits in the same profile find the cookies already set.
  let firstVisit: Page;
  beforeAll(async () => {
    lab = await withLab();
    h = await openBrowser(lab);
  });
  afterAll(async () => {
    await h?.close();
    await lab?.close();
  });

  test('every cookie in the jar is observed with domain, party and setBy', async () => {
    const page = await h.context.newPage();
    firstVisit = page;
    await page.goto(lab.url(SHOP, '/'));
    await settle(page, 3000);
    const report = await exportOf(h, page);
    writeFileSync(resolve(OUTPUT_DIR, 'observe-lab-shop.json'), JSON.stringify(report, null, 2));
    expectValidExport(report);

    const jar = await h.context.cookies();
    const seen = new Set(report.observations.cookies.map((c) => `${c.name}@${c.domain}`));
    const missing = jar.filter((c) => !seen.has(`${c.name}@${c.domain}`)).map((c) => `${c.name}@${c.domain}`);
    expect(missing).toEqual([]);

    const byName = (n: string | RegExp) => report.observations.cookies.find((c) => (typeof n === 'string' ? c.name === n : n.test(c.name)));
    expect(byName('sid')).toMatchObject({ setBy: 'http', httpOnly: true, firstParty: true, session: true });
    expect(byName('lang')).toMatchObject({ setBy: 'http', firstParty: true, session: false });
    const cart = byName('cart_id')!;
    expect(cart).toMatchObject({ setBy: 'script', firstParty: true });
    // Asked for three years; Chromium stores at most 400 days.
    expect(cart.requestedLifetimeSeconds).toBeGreaterThan(3 * 365 * 86400 - 10);
    expect(cart.lifetimeSeconds!).toBeLessThanOrEqual(400 * 86400 + 5);
    expect(cart.initiator).toMatch(/^https:\/\/www\.lab-shop\.test\/.+\.js$/);
    expect(byName(/^ph_.+_posthog$/)).toMatchObject({ setBy: 'script', firstParty: true });
    expect(byName(/^mp_.+_mixpanel$/)).toMatchObject({ setBy: 'script', firstParty: true });
    expect(byName('_ym_uid')).toMatchObject({ setBy: 'script', firstParty: true });
    expect(byName('yandexuid')).toMatchObject({ domain: '.yandex.ru', firstParty: false, setBy: 'http' });
    const thirdParty = report.observations.cookies.filter((c) => !c.firstParty);
    expect(thirdParty.map((c) => c.domain)).toEqual(expect.arrayContaining([expect.stringMatching(/lab-social\.test$/)]));

    const hosts = new Set(report.observations.requests.map((r) => r.host));
    for (const host of ['us-assets.i.posthog.com', 'mc.yandex.ru', 'widgets.lab-social.test']) expect(hosts).toContain(host);
    expect(report.observations.requests.every((r) => r.time >= 0)).toBe(true);
    expect(report.observations.requests.some((r) => r.status === 200)).toBe(true);

    const keys = report.observations.storage.map((s) => `${s.area}:${s.key}`);
    expect(keys.some((k) => k.startsWith('local:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('session:'))).toBe(true);
    expect(report.observations.storage.every((s) => s.origin.startsWith('https://'))).toBe(true);

    // The extension's own traffic never counts as an observation.
    const own = report.observations.requests.filter((r) => (r.initiator ?? '').startsWith('chrome-extension://'));
    expect(own).toEqual([]);
  });

  test('a page forging hook messages cannot add a cookie or a storage key', async () => {
    const page = await h.context.newPage();
    await page.goto(lab.url(SHOP, '/'));
    await settle(page, 1000);
    await page.evaluate(() => {
      const forge = (detail: object) => document.dispatchEvent(new CustomEvent('consent-auditor:hook', { detail: JSON.stringify(detail) }));
      forge({ k: 'cookie', line: 'forged_cookie=1; max-age=999999', script: 'https://evil.test/x.js', t: Date.now() });
      forge({ k: 'storage', area: 'local', key: 'forged_key', size: 10, script: null, t: Date.now() });
      forge({ k: 'cookie', line: 42 });
      // A page claiming consent through its own APIs (here: as if TCF said so) or by clicking its
      // own banner from script must not move its trackers out of the pre-consent phase.
      forge({ k: 'consent', state: 'accepted', signal: 'tcf', detail: 'useractioncomplete', t: Date.now() - 5000 });
      const b = document.createElement('button');
      b.textContent = 'Accept all';
      const banner = document.createElement('div');
      banner.id = 'onetrust-banner-sdk';
      banner.append(b);
      document.body.append(banner);
      b.click();
    });
    await page.waitForTimeout(1000);
    const report = await exportOf(h, page);
    expect(report.observations.cookies.map((c) => c.name)).not.toContain('forged_cookie');
    expect(report.observations.storage.map((s) => s.key)).not.toContain('forged_key');
    expect(report.consent.state).toBe('none');
    expect(report.observations.requests.filter((r) => r.classification.tracker).every((r) => r.phase === 'pre-consent')).toBe(true);
    expect(report.findings.some((f) => f.code === 'pre-consent-tracker')).toBe(true);
    await page.close();
  });

  test("the page's hints reach the worker in a few batches, not one message each", async () => {
    // Count what the content scripts deliver, at the tracker's door.
    await h.sw.evaluate(() => {
      const g = globalThis as unknown as { consentAuditor: { tracker: Record<string, unknown> }; batchCount?: { calls: number; messages: number } };
      const tracker = g.consentAuditor.tracker as { pageMessages: (tabId: number, url: string | null, msgs: unknown[]) => Promise<void> };
      const original = tracker.pageMessages.bind(tracker);
      g.batchCount = { calls: 0, messages: 0 };
      tracker.pageMessages = (tabId, url, msgs) => {
        g.batchCount!.calls += 1;
        g.batchCount!.messages += msgs.length;
        return original(tabId, url, msgs);
      };
    });
    const page = await h.context.newPage();
    await page.goto(lab.url(SHOP, '/'));
    await settle(page, 3000);
    const count = await h.sw.evaluate(() => (globalThis as unknown as { batchCount: { calls: number; messages: number } }).batchCount);
    const report = await exportOf(h, page);
    await page.close();
    // posthog, mixpanel and the Metrika emulation write storage and cookies from two frames.
    expect(count.messages).toBeGreaterThanOrEqual(20);
    expect(count.calls).toBeLessThanOrEqual(count.messages / 3);
    // Nothing was lost on the way: the storage keys the SDKs wrote are all in the export.
    const keys = report.observations.storage.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining([expect.stringMatching(/^ph_.+_posthog$/), expect.stringMatching(/^__mpq_.+_ev$/), expect.stringMatching(/^_ym\d+_lsid$/)]));
  });

  test('the popup lists what was observed and exports a valid file', async () => {
    const page = firstVisit;
    const popup = await PopupPage.open(h, page);
    expect(await popup.site()).toBe('lab-shop.test');
    const names = await popup.cookieNames();
    for (const n of ['sid', 'cart_id', '_ym_uid']) expect(names).toContain(n);
    expect(await popup.hosts()).toEqual(expect.arrayContaining(['mc.yandex.ru', 'us-assets.i.posthog.com']));
    await popup.screenshot(resolve(OUTPUT_DIR, 'popup-lab-shop.png'));
    const exported = await popup.exportJson();
    expectValidExport(exported);
    expect((exported as { page: { site: string } }).page.site).toBe('lab-shop.test');
    await popup.close();
    await page.close();
  });
});
