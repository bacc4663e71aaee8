// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ConsentEvent } from '../../../lib/model/types';
import { startConsentDetector } from '../../../lib/consent/detect';
import { describeBanner } from '../../../lib/consent/describe';
import { consentFromReport, type DetectorReport } from '../../../lib/consent/clicks';
import { classifyButtonText } from '../../../lib/consent/buttons';
import index from '../../fixtures/consent/banners/index.json';

type Reported = Omit<ConsentEvent, 'time'>;
// The content script reports what it saw; the worker's consentFromReport gives it a meaning.
const collect = (events: Reported[]) => (r: DetectorReport) => {
  const e = consentFromReport(r);
  if (e) events.push(e);
};
interface Case {
  file: string;
  cmp: string | null;
  accept?: string | null;
  reject?: string | null;
  clicks: [string, string | null][];
}
const cases = index.cases as Case[];
const load = (file: string): string => readFileSync(join(__dirname, '../../fixtures/consent/banners', file), 'utf8');

function buttonWithText(text: string): HTMLElement {
  const el = Array.from(document.querySelectorAll<HTMLElement>('button, a')).find((b) => b.textContent?.trim() === text);
  if (!el) throw new Error(`no button "${text}"`);
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('describeBanner over recorded markup', () => {
  test.each(cases.map((c) => [c.file, c] as const))('%s', (_f, c) => {
    document.body.innerHTML = load(c.file);
    const d = describeBanner(document);
    if (c.cmp === null) {
      expect(d).toBeNull();
      return;
    }
    expect(d).toEqual({ cmp: c.cmp, acceptSelector: c.accept ?? null, rejectSelector: c.reject ?? null });
    // The selectors find the buttons again, as the CLI will use them.
    if (d?.acceptSelector) expect(classifyText(document.querySelector(d.acceptSelector))).toBe('accept');
    if (d?.rejectSelector) expect(classifyText(document.querySelector(d.rejectSelector))).toBe('reject');
  });
});

const classifyText = (el: Element | null): string | null => classifyButtonText(el?.textContent ?? '');

describe('startConsentDetector', () => {
  const clickCases = cases.flatMap((c) => c.clicks.map(([text, state]) => [c.file, text, state, c.cmp] as const));
  test.each(clickCases)('%s: click "%s" -> %s', (file, text, state, cmp) => {
    document.body.innerHTML = load(file);
    const events: Reported[] = [];
    const d = startConsentDetector(document, collect(events), () => 0, { acceptUntrustedClicks: true });
    buttonWithText(text).click();
    d.stop();
    const shown = events.filter((e) => e.state === 'banner-shown');
    expect(shown).toEqual(cmp ? [{ state: 'banner-shown', signal: `cmp:${cmp}` }] : []);
    const clicks = events.filter((e) => e.signal === 'click');
    expect(clicks).toEqual(state ? [{ state, signal: 'click', detail: `${cmp}: ${text}` }] : []);
  });

  test('a banner added later is reported once, after the debounce', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main>Page</main>';
    const events: Reported[] = [];
    const d = startConsentDetector(document, collect(events), () => 0, { debounceMs: 200, acceptUntrustedClicks: true });
    expect(events).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', load('onetrust.html'));
    await vi.advanceTimersByTimeAsync(50);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    document.body.insertAdjacentHTML('beforeend', load('cookiebot.html'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual([{ state: 'banner-shown', signal: 'cmp:onetrust' }]);
    d.stop();
  });

  test('gives up watching after the time budget', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main>Page</main>';
    let clock = 0;
    const events: Reported[] = [];
    const d = startConsentDetector(document, collect(events), () => clock, { budgetMs: 1000, debounceMs: 10, acceptUntrustedClicks: true });
    clock = 5000;
    await vi.advanceTimersByTimeAsync(1500);
    document.body.insertAdjacentHTML('beforeend', load('onetrust.html'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual([]);
    d.stop();
  });

  test('stop() removes the click listener', () => {
    document.body.innerHTML = load('onetrust.html');
    const events: Reported[] = [];
    startConsentDetector(document, collect(events), () => 0, { acceptUntrustedClicks: true }).stop();
    buttonWithText('Accept All Cookies').click();
    expect(events.filter((e) => e.signal === 'click')).toEqual([]);
  });

  test('a click in an open shadow root (Usercentrics) is seen through the host', () => {
    document.body.innerHTML = '<div id="usercentrics-root"></div>';
    const root = document.querySelector('#usercentrics-root')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div role="dialog"><p>Wir verwenden Cookies</p><button data-testid="uc-deny-all-button">Ablehnen</button><button data-testid="uc-accept-all-button">Alles akzeptieren</button></div>';
    const events: Reported[] = [];
    const d = startConsentDetector(document, collect(events), () => 0, { acceptUntrustedClicks: true });
    root.querySelector<HTMLElement>('[data-testid=uc-deny-all-button]')!.click();
    d.stop();
    expect(events).toContainEqual({ state: 'rejected', signal: 'click', detail: 'usercentrics: Ablehnen' });
  });
});
