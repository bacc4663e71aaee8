// @vitest-environment happy-dom
// The consent managers' own code, run in a DOM, writes the cookies readConsentCookie reads: so the
// values here are the real formats of the installed versions, not hand-written guesses.
import { afterEach, describe, expect, test } from 'vitest';
import { readConsentCookie } from '../../../lib/consent/cookies';

function cookie(name: string): string | null {
  for (const part of document.cookie.split(/;\s*/)) {
    const at = part.indexOf('=');
    if (part.slice(0, at) === name) return part.slice(at + 1);
  }
  return null;
}

function clearCookies(): void {
  for (const part of document.cookie.split(/;\s*/)) {
    const name = part.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

afterEach(clearCookies);

describe('vanilla-cookieconsent v3', () => {
  const choices: [string, 'all' | string[], string][] = [
    ['accept all', 'all', 'accepted'],
    ['necessary only', [], 'rejected'],
    ['one of two optional categories', ['analytics'], 'partial'],
  ];
  test.each(choices)('%s', async (_name, categories, expected) => {
    const CC = await import('vanilla-cookieconsent');
    CC.reset(true);
    await CC.run({
      hideFromBots: false,
      categories: { necessary: { readOnly: true, enabled: true }, analytics: {}, ads: {} },
      language: { default: 'en', translations: { en: { consentModal: { title: 'Cookies', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' }, preferencesModal: { sections: [] } } } },
    });
    CC.acceptCategory(categories);
    const value = cookie('cc_cookie');
    expect(value).not.toBeNull();
    expect(readConsentCookie('cc_cookie', value ?? '')).toMatchObject({ cmp: 'vanilla-cookieconsent', state: expected });
  });
});

describe('klaro', () => {
  const choices: [string, boolean, boolean, string][] = [
    ['both services on', true, true, 'accepted'],
    ['both off', false, false, 'rejected'],
    ['one on', true, false, 'partial'],
  ];
  test.each(choices)('%s', async (_name, analytics, ads, expected) => {
    const klaro = await import('klaro/dist/klaro-no-css.js');
    const manager = klaro.getManager({
      storageMethod: 'cookie',
      services: [
        { name: 'matomo', purposes: ['analytics'] },
        { name: 'yandex-metrika', purposes: ['marketing'] },
      ],
    });
    manager.updateConsent('matomo', analytics);
    manager.updateConsent('yandex-metrika', ads);
    manager.saveAndApplyConsents();
    const value = cookie('klaro');
    expect(value).not.toBeNull();
    expect(readConsentCookie('klaro', value ?? '')).toMatchObject({ cmp: 'klaro', state: expected });
  });
});

describe('Osano cookieconsent v3', () => {
  const choices: [string, string, string, string][] = [
    ['opt-in, allow', 'opt-in', '.cc-allow', 'accepted'],
    ['opt-in, deny', 'opt-in', '.cc-deny', 'rejected'],
    ['info notice, dismiss', 'info', '.cc-dismiss', 'none'],
  ];
  test.each(choices)('%s', async (_name, type, button, expected) => {
    await import('cookieconsent/build/cookieconsent.min.js');
    const cc = (window as unknown as { cookieconsent: { initialise(o: object): void } }).cookieconsent;
    cc.initialise({ type, revokable: false, law: { regionalLaw: false }, location: false });
    const el = document.querySelector<HTMLElement>(button);
    expect(el).not.toBeNull();
    el?.click();
    const value = cookie('cookieconsent_status');
    expect(readConsentCookie('cookieconsent_status', value ?? '')).toMatchObject({ cmp: 'osano-cookieconsent', state: expected });
    document.querySelectorAll('.cc-window').forEach((n) => n.remove());
  });
});
