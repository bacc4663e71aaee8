import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../lib/compare/catalog';
import { findingTitle } from '../../../lib/compare/messages';
import type { RunMetadata } from '../../../lib/report/evidence';
import { esc, renderReportHtml } from '../../../lib/report/html';
import { REPORT_TEXT } from '../../../lib/report/report-text';
import { syntheticExport } from './session';

const run: RunMetadata = {
  tool: { name: 'consent-auditor', version: '0.1.0', knowledgeBaseVersion: 'kb-test' },
  browser: { name: 'Chromium', build: '140.0.0.0', userAgent: 'Mozilla/5.0 Chrome/140', flags: ['--no-sandbox', '--disable-gpu'], headless: true },
  locale: 'en-US',
  timeZone: 'UTC',
  viewport: { width: 1280, height: 800 },
  startedAt: '2026-11-21T10:00:00.000Z',
  endedAt: '2026-11-21T10:00:09.000Z',
  initialUrl: 'http://shop-example.ru/',
  finalUrl: 'https://www.shop-example.ru/',
  redirects: ['http://shop-example.ru/', 'https://www.shop-example.ru/'],
  consent: { mode: 'reject', path: 'autoconsent', rule: 'cookieconsent3', selector: '#cc-reject', label: 'Reject all', time: 2000, result: 'done' },
  profile: { clean: true, statement: 'fresh profile created for this run and deleted after it' },
};

describe('renderReportHtml', () => {
  test.each(LOCALES)('%s: order an authority reads, every finding with its evidence, no script', async (locale) => {
    const report = await syntheticExport({ consent: { time: 2_000, state: 'rejected', signal: 'click' } });
    const html = renderReportHtml(report, { locale, run, screenshots: [{ moment: 'banner', file: 'screenshots/01-banner.png', time: 900, takenAt: '2026-11-21T10:00:00.900Z', manual: false, fullPage: false, src: 'data:image/png;base64,AA==' }] });
    const T = REPORT_TEXT[locale];
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<html lang="${locale}">`);
    // Verdict, findings, consent timeline, tables, policy sources, annex: in that order.
    const order = [T.verdict, T.findings, T.consentTimeline, T.cookies, T.policySources, T.annex].map((h) => html.indexOf(`<h2>${esc(h)}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(html).toContain(esc(findingTitle(f.code, locale)));
      if (f.declared) expect(html).toContain(esc(f.declared.quote));
    }
    expect(html).toContain('data-moment="banner"');
    expect(html).toContain(esc('«Reject all»'));
    expect(html).toContain('--disable-gpu');
    expect(html).toContain(run.profile.statement);
  });

  test('text from the audited site is escaped', async () => {
    const report = await syntheticExport();
    const evil = { ...report, page: { ...report.page, title: '<img src=x onerror=alert(1)>' } };
    const html = renderReportHtml(evil, { locale: 'en' });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
