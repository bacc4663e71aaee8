// @vitest-environment happy-dom
// The lab's consent managers, from their npm packages, build their real banners in a DOM; the
// detector must name them, describe their buttons for the CLI and read clicks on them.
import { afterEach, describe, expect, test } from 'vitest';
import type { ConsentEvent } from '../../../lib/model/types';
import { startConsentDetector } from '../../../lib/consent/detect';
import { describeBanner } from '../../../lib/consent/describe';
import { consentFromReport, type DetectorReport } from '../../../lib/consent/clicks';

type Reported = Omit<ConsentEvent, 'time'>;
// The content script reports what it saw; the worker's consentFromReport gives it a meaning.
const collect = (events: Reported[]) => (r: DetectorReport) => {
  const e = consentFromReport(r);
  if (e) events.push(e);
};
const settle = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  document.body.innerHTML = '';
  for (const part of document.cookie.split(/;\s*/)) {
    const name = part.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});

async function vanilla(): Promise<void> {
  const CC = await import('vanilla-cookieconsent');
  CC.reset(true);
  await CC.run({
    hideFromBots: false,
    categories: { necessary: { readOnly: true, enabled: true }, analytics: {} },
    language: { default: 'ru', translations: { ru: { consentModal: { title: 'Мы используем cookie', description: 'Для аналитики.', acceptAllBtn: 'Принять все', acceptNecessaryBtn: 'Отклонить все', showPreferencesBtn: 'Настройки' }, preferencesModal: { sections: [] } } } },
  });
}

let klaroRuns = 0;
async function klaro(): Promise<void> {
  const k = await import('klaro/dist/klaro-no-css.js');
  // Klaro keeps one manager per storage name for the page's life: a fresh name per test.
  const config = { storageName: `klaro-${++klaroRuns}`, storageMethod: 'cookie', mustConsent: false, acceptAll: true, hideDeclineAll: false, services: [{ name: 'matomo', purposes: ['analytics'] }] };
  (k as unknown as { setup(c: object): void }).setup(config);
  await settle();
}

async function osano(): Promise<void> {
  await import('cookieconsent/build/cookieconsent.min.js');
  (window as unknown as { cookieconsent: { initialise(o: object): void } }).cookieconsent.initialise({ type: 'opt-in', revokable: false, law: { regionalLaw: false }, location: false });
}

const cmps: [string, () => Promise<void>, string][] = [
  ['vanilla-cookieconsent', vanilla, 'cc_cookie'],
  ['klaro', klaro, 'klaro'],
  ['osano-cookieconsent', osano, 'cookieconsent_status'],
];

describe.each(cmps)('%s', (cmp, start) => {
  test.each(['accept', 'reject'] as const)('banner found, %s button described and its click read', async (choice) => {
    await start();
    const events: Reported[] = [];
    const detector = startConsentDetector(document, collect(events), () => 0, { acceptUntrustedClicks: true });
    const banner = describeBanner(document);
    expect(banner?.cmp).toBe(cmp);
    const selector = choice === 'accept' ? banner?.acceptSelector : banner?.rejectSelector;
    expect(selector).toBeTruthy();
    const button = document.querySelector<HTMLElement>(selector ?? '');
    expect(button).not.toBeNull();
    button?.click();
    detector.stop();
    expect(events[0]).toEqual({ state: 'banner-shown', signal: `cmp:${cmp}` });
    expect(events.filter((e) => e.signal === 'click').map((e) => e.state)).toEqual([choice === 'accept' ? 'accepted' : 'rejected']);
  });
});
