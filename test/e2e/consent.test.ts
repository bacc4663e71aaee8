import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pressBanner } from '../../lib/consent/press-banner';
import type { AuditExport } from '../../lib/report/export';
import type { Lab } from '../lab/server';
import { LAB_SITES } from '../lab/sites';
import { OUTPUT_DIR, exportOf, expectValidExport, openBrowser, withLab, type Harness } from './harness';

// Every lab consent manager, each in a site that honours the choice and one that does not.
// The test presses the banner's button with a real (trusted) click, as a visitor would.
const CMPS = [...new Set(LAB_SITES.filter((s) => s.cmp !== null).map((s) => s.cmp!))];
const site = (cmp: string, honours: boolean) => LAB_SITES.find((s) => s.cmp === cmp && s.honoursConsent === honours)!;

describe.each(CMPS)('consent manager %s', (cmp) => {
  let lab: Lab;
  let h: Harness;
  beforeAll(async () => {
    lab = await withLab();
    h = await openBrowser(lab);
  });
  afterAll(async () => {
    await h?.close();
    await lab?.close();
  });

  /** A first visit: no cookies left from the previous case. */
  async function visit(honours: boolean): Promise<Page> {
    await h.context.clearCookies();
    const page = await h.context.newPage();
    const s = site(cmp, honours);
    await page.goto(lab.url(s.host, s.path));
    await page.waitForTimeout(1500);
    return page;
  }

  async function choose(page: Page, choice: 'accept' | 'reject', recordMs = 2500): Promise<{ report: AuditExport; clickAt: number }> {
    const before = Date.now();
    const pressed = await pressBanner(page, choice);
    expect(pressed.clicked, `no ${choice} button found on the ${cmp} banner`).not.toBeNull();
    const clickAt = (before + Date.now()) / 2;
    await page.waitForTimeout(recordMs);
    const report = await exportOf(h, page);
    expectValidExport(report);
    return { report, clickAt: clickAt - Date.parse(report.startedAt) };
  }

  const trackers = (r: AuditExport, phase: string) => r.observations.requests.filter((q) => q.classification.tracker && q.phase === phase);

  test.each(['accept', 'reject'] as const)('%s on the violating site: detected with its time, trackers before and after', async (choice) => {
    const page = await visit(false);
    // The violating sites' Metrika runs with clickmap: true, so it reports the click on the banner itself.
    const { report, clickAt } = await choose(page, choice);
    writeFileSync(resolve(OUTPUT_DIR, `consent-${cmp}-violates-${choice}.json`), JSON.stringify(report, null, 2));
    expect(report.consent.state).toBe(choice === 'accept' ? 'accepted' : 'rejected');
    expect(report.consent.at).not.toBeNull();
    // Within a second and a half of the click: the detector hears the click or the CMP's cookie.
    expect(Math.abs(report.consent.at! - clickAt)).toBeLessThan(1500);
    expect(report.consent.timeline.some((e) => e.state === 'banner-shown')).toBe(true);
    expect(trackers(report, 'pre-consent').length).toBeGreaterThan(0);
    if (choice === 'reject') {
      expect(trackers(report, 'after-reject').length).toBeGreaterThan(0);
      expect(report.findings.some((f) => f.code === 'after-reject-tracker')).toBe(true);
    }
    expect(report.findings.some((f) => f.code === 'pre-consent-tracker')).toBe(true);
    // The consent manager's own configuration is read from the page as a declaration too.
    if (cmp === 'klaro' || cmp === 'vanilla-cookieconsent') {
      expect(report.declarations.sources.map((x) => x.kind)).toContain('cmp');
    }
    await page.close();
  });

  test.each(['accept', 'reject'] as const)('%s on the honouring site: no tracker before the choice', async (choice) => {
    const page = await visit(true);
    const { report, clickAt } = await choose(page, choice);
    expect(report.consent.state).toBe(choice === 'accept' ? 'accepted' : 'rejected');
    expect(Math.abs(report.consent.at! - clickAt)).toBeLessThan(1500);
    expect(trackers(report, 'pre-consent')).toEqual([]);
    if (choice === 'accept') expect(trackers(report, 'after-accept').length).toBeGreaterThan(0);
    else expect(trackers(report, 'after-reject')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'pre-consent-tracker' || f.code === 'after-reject-tracker')).toEqual([]);
    await page.close();
  });
});
