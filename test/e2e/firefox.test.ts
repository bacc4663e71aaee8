import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditExport } from '../../lib/report/export';
import type { Lab } from '../lab/server';
import { OUTPUT_DIR, expectValidExport, withLab } from './harness';
import { askFirefox, buildFirefoxE2e, findFirefox, openFirefox, waitForFirefoxExport, type FirefoxHarness } from './firefox-harness';

// The Firefox build (MV2, webextension-polyfill, a persistent background page) in Debian's
// firefox-esr over WebDriver BiDi, against the same lab as the Chromium tests. The audit is read
// through the page (lib/model/e2e-channel.ts), the one door BiDi leaves open.

const FIREFOX = findFirefox();
if (!FIREFOX) console.warn('[e2e] Firefox tests skipped: /usr/bin/firefox-esr is not installed (apt-get install firefox-esr, or set FIREFOX_PATH)');

const SHOP = 'www.lab-shop.test';
// A home-made Russian banner that loads its trackers before any choice: no CMP cookie decides
// before the click does, so the click is what the timeline must show.
const BANNER = 'www.ru-banner-violates.test';

const cookie = (r: AuditExport, name: string | RegExp) => r.observations.cookies.find((c) => (typeof name === 'string' ? c.name === name : name.test(c.name)));

describe.skipIf(!FIREFOX)(FIREFOX ? 'Firefox: the add-on audits the lab' : 'Firefox (skipped: firefox-esr is not installed)', () => {
  let lab: Lab;
  let ff: FirefoxHarness;
  /** The shop's tab, left open for the fresh-visit test. */
  let shop: Page;
  beforeAll(async () => {
    buildFirefoxE2e();
    lab = await withLab();
    ff = await openFirefox(FIREFOX!, lab);
  });
  afterAll(async () => {
    await ff?.close();
    await lab?.close();
  });

  async function visit(host: string): Promise<Page> {
    const page = await ff.browser.newPage();
    // Generous limits, not sleeps: on a loaded 2-core machine a page load can take many seconds.
    page.setDefaultTimeout(60_000);
    await page.goto(lab.url(host, '/'), { waitUntil: 'load' });
    return page;
  }

  test('lab shop: cookies with who set them, storage keys, tracker requests; the export validates', async () => {
    const page = await visit(SHOP);
    // Every cookie in Firefox's jar is observed (the extension reads the cookie store, not
    // headers); a tracker's cookie may land after the load event, so the jar is read each round.
    const unobserved = async (r: AuditExport) => {
      const seen = new Set(r.observations.cookies.map((c) => `${c.name}@${c.domain}`));
      return (await ff.browser.cookies()).map((c) => `${c.name}@${c.domain}`).filter((k) => !seen.has(k));
    };
    const report = await waitForFirefoxExport(page, async (r) => [
      ...['sid', 'lang', 'cart_id', '_ym_uid', 'yandexuid', 'VID', 'social_uid'].filter((n) => !cookie(r, n)).map((n) => `cookie ${n}`),
      ...(r.observations.storage.some((s) => s.key === 'shop_recently_viewed') ? [] : ['storage key shop_recently_viewed']),
      ...(r.observations.requests.some((q) => q.host === 'mc.yandex.ru' && q.classification.tracker) ? [] : ['tracker request to mc.yandex.ru']),
      ...(await unobserved(r)).map((k) => `jar cookie ${k} observed`),
      ...(r.policy.state === 'found' ? [] : [`the policy (${r.policy.state}: ${r.policy.message ?? ''})`]),
    ]);
    writeFileSync(resolve(OUTPUT_DIR, 'firefox-lab-shop.json'), JSON.stringify(report, null, 2));
    expectValidExport(report);
    expect(report.browser).toMatch(/Firefox\/\d+/);
    expect((await ff.browser.cookies()).length).toBeGreaterThan(5);

    // Firefox shows Set-Cookie to webRequest without Chrome's 'extraHeaders', so HTTP cookies are
    // attributed to their response, first and third party alike.
    expect(cookie(report, 'sid')).toMatchObject({ setBy: 'http', httpOnly: true, firstParty: true, session: true });
    expect(cookie(report, 'lang')).toMatchObject({ setBy: 'http', firstParty: true, session: false });
    expect(cookie(report, 'yandexuid')).toMatchObject({ setBy: 'http', domain: '.yandex.ru', firstParty: false });
    expect(cookie(report, 'social_uid')).toMatchObject({ setBy: 'http', firstParty: false });
    // Script cookies come from the MAIN-world hook (content_scripts world MAIN, Firefox 128+).
    const cart = cookie(report, 'cart_id')!;
    expect(cart).toMatchObject({ setBy: 'script', firstParty: true });
    expect(cart.initiator).toMatch(/^https:\/\/www\.lab-shop\.test\/.+\.js$/);
    // Asked for three years; Firefox, like Chromium, stores at most 400 days.
    expect(cart.requestedLifetimeSeconds).toBeGreaterThan(3 * 365 * 86400 - 10);
    expect(cart.lifetimeSeconds!).toBeLessThanOrEqual(400 * 86400 + 5);
    expect(cookie(report, '_ym_uid')).toMatchObject({ setBy: 'script', firstParty: true });

    const storage = report.observations.storage.find((s) => s.key === 'shop_recently_viewed')!;
    expect(storage).toMatchObject({ area: 'local', origin: 'https://www.lab-shop.test' });

    const metrika = report.observations.requests.filter((q) => q.host === 'mc.yandex.ru' && q.classification.tracker);
    expect(metrika.every((q) => q.phase === 'pre-consent')).toBe(true);
    // Firefox names the initiator in originUrl (a full URL); the adapter keeps it.
    expect(metrika.some((q) => (q.initiator ?? '').startsWith('https://www.lab-shop.test'))).toBe(true);
    // The add-on's own policy fetches are not the page's requests.
    expect(report.observations.requests.filter((q) => (q.initiator ?? '').startsWith('moz-extension://'))).toEqual([]);
    // The policy is discovered from the page's footer and fetched by the background page. (A
    // new tab's about:blank describes itself too, after the navigation started: it must not
    // start discovery with no links, as it did before Firefox first ran this.)
    expect(report.policy).toMatchObject({ state: 'found', url: 'https://www.lab-shop.test/privacy' });
    expect(report.declarations.cookies.flatMap((c) => c.names)).toContain('sid');
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['pre-consent-cookie', 'pre-consent-tracker', 'undeclared-cookie']));
    shop = page;
  });

  test("Fresh visit clears the site's cookies and storage and reloads it as a first visit", async () => {
    const page = shop;
    const marker = () => page.evaluate(`[localStorage.getItem('e2e_marker'), document.cookie.includes('e2e_marker=')]`) as Promise<[string | null, boolean]>;
    await page.evaluate(`localStorage.setItem('e2e_marker', '1'); document.cookie = 'e2e_marker=1; max-age=3600; path=/'`);
    expect(await marker()).toEqual(['1', true]);
    const reloaded = page.waitForNavigation({ waitUntil: 'load' });
    // Awaited below; if the answer fails the test first, the page closes and this rejects unawaited.
    reloaded.catch(() => undefined);
    // The answer may be lost with the page it was asked from, which the add-on reloads.
    const answer = await askFirefox(page, 'fresh-visit').catch(() => null);
    if (answer !== null) expect(answer, JSON.stringify(answer)).toEqual({ ok: true });
    await reloaded;
    expect(await marker()).toEqual([null, false]);
    const report = await waitForFirefoxExport(page, (r) => [...(r.fresh ? [] : ['a fresh session']), ...(cookie(r, 'sid') ? [] : ['cookie sid again'])]);
    expectValidExport(report);
    expect(cookie(report, 'e2e_marker')).toBeUndefined();
    await page.close();
  });

  test('a click on the banner is the consent moment; trackers after it are after the reject', async () => {
    const page = await visit(BANNER);
    await page.waitForSelector('.cookie-banner button', { visible: true });
    const buttons = await page.$$('.cookie-banner button');
    expect(buttons.length).toBe(2);
    // A real (trusted) click through BiDi input actions, as a visitor makes it.
    await buttons[1]!.click();
    // The violating site's Metrika (clickmap on) reports the click itself: a tracker after the reject.
    const report = await waitForFirefoxExport(page, (r) => [
      ...(r.consent.timeline.some((e) => e.signal === 'click' && e.state === 'rejected') ? [] : ['a rejecting click in the consent timeline']),
      ...(r.observations.requests.some((q) => q.classification.tracker && q.phase === 'after-reject') ? [] : ['a tracker request after the reject']),
    ]);
    writeFileSync(resolve(OUTPUT_DIR, 'firefox-banner-reject.json'), JSON.stringify(report, null, 2));
    expectValidExport(report);
    expect(report.consent.state).toBe('rejected');
    expect(report.consent.at).not.toBeNull();
    const click = report.consent.timeline.find((e) => e.signal === 'click')!;
    expect(click.detail).toMatch(/Отклонить/);
    expect(report.observations.requests.some((q) => q.classification.tracker && q.phase === 'pre-consent')).toBe(true);
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['pre-consent-tracker', 'after-reject-tracker']));
    await page.close();
  });
});
