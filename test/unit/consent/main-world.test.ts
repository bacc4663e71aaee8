// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CmpApi, CmpApiModel } from '@iabtcf/cmpapi';
import type { ConsentEvent } from '../../../lib/model/types';
import { watchPageConsentApis } from '../../../lib/consent/main-world';
import { makeTcString } from '../../fixtures/consent/tcf';

type Posted = Omit<ConsentEvent, 'time'>;
const g = window as unknown as Record<string, unknown>;

afterEach(() => {
  // The IAB CMP API keeps its state in statics: each test is a fresh page.
  CmpApiModel.reset();
  for (const k of ['__tcfapi', '__tcfapiLocator', 'Cookiebot', 'OneTrust', 'didomiEventListeners', 'Didomi', 'klaro']) delete g[k];
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function watch(): Posted[] {
  const posted: Posted[] = [];
  watchPageConsentApis(window, (e) => posted.push(e));
  return posted;
}

describe('TCF through the real @iabtcf/cmpapi', () => {
  const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  test.each([
    ['accept all', ALL, 'accepted'],
    ['reject all', [], 'rejected'],
    ['some purposes', [1, 7], 'partial'],
  ])('%s', async (_name, purposes, state) => {
    vi.useFakeTimers();
    const posted = watch();
    // The CMP loads after the hook, as on a real page.
    await vi.advanceTimersByTimeAsync(600);
    const api = new CmpApi(10, 1, true);
    await vi.advanceTimersByTimeAsync(300);
    api.update('', true);
    await vi.advanceTimersByTimeAsync(10);
    api.update(makeTcString(purposes, [1]), false);
    await vi.advanceTimersByTimeAsync(10);
    expect(posted.map((p) => [p.state, p.signal, p.hint])).toEqual([
      ['banner-shown', 'tcf', true],
      [state, 'tcf', true],
    ]);
    expect(posted[1]?.detail).toContain('useractioncomplete');
  });
  test('gdprApplies false posts nothing', async () => {
    vi.useFakeTimers();
    const posted = watch();
    const api = new CmpApi(10, 1, true);
    await vi.advanceTimersByTimeAsync(300);
    api.update(null, false);
    await vi.advanceTimersByTimeAsync(10);
    expect(posted).toEqual([]);
  });
});

describe('CMP events', () => {
  const fire = (type: string, detail?: unknown, target: EventTarget = window) => target.dispatchEvent(new CustomEvent(type, { detail }));
  test.each<[string, () => void, Posted['state'], string]>([
    ['Cookiebot accept, all levels', () => { g.Cookiebot = { consent: { necessary: true, preferences: true, statistics: true, marketing: true } }; fire('CookiebotOnAccept'); }, 'accepted', 'cmp:cookiebot'],
    ['Cookiebot accept, statistics only', () => { g.Cookiebot = { consent: { preferences: false, statistics: true, marketing: false } }; fire('CookiebotOnAccept'); }, 'partial', 'cmp:cookiebot'],
    ['Cookiebot decline', () => fire('CookiebotOnDecline'), 'rejected', 'cmp:cookiebot'],
    ['Cookiebot dialog', () => fire('CookiebotOnDialogDisplay'), 'banner-shown', 'cmp:cookiebot'],
    ['OneTrust, necessary only', () => { g.OneTrust = { IsAlertBoxClosed: () => true }; fire('OneTrustGroupsUpdated', ['C0001']); }, 'rejected', 'cmp:onetrust'],
    ['OneTrust, all groups', () => { g.OneTrust = { IsAlertBoxClosed: () => true }; fire('OneTrustGroupsUpdated', ['C0001', 'C0002', 'C0003', 'C0004']); }, 'accepted', 'cmp:onetrust'],
    ['Usercentrics deny all', () => fire('UC_UI_CMP_EVENT', { source: 'FIRST_LAYER', type: 'DENY_ALL' }), 'rejected', 'cmp:usercentrics'],
    ['Usercentrics accept all', () => fire('UC_UI_CMP_EVENT', { source: 'FIRST_LAYER', type: 'ACCEPT_ALL' }), 'accepted', 'cmp:usercentrics'],
    ['vanilla-cookieconsent necessary only', () => fire('cc:onConsent', { cookie: { categories: ['necessary'], services: { necessary: [], analytics: [] } } }), 'rejected', 'cmp:vanilla-cookieconsent'],
    ['CookieYes partial', () => fire('cookieyes_consent_update', { accepted: ['necessary', 'analytics'], rejected: ['advertisement'] }, document), 'partial', 'cmp:cookieyes'],
    ['Didomi consent changed', () => {
      g.Didomi = { getCurrentUserStatus: () => ({ purposes: { analytics: { enabled: false }, ads: { enabled: false } } }) };
      for (const l of g.didomiEventListeners as { event: string; listener: () => void }[]) if (l.event === 'consent.changed') l.listener();
    }, 'rejected', 'cmp:didomi'],
  ])('%s', (_name, act, state, signal) => {
    const posted = watch();
    act();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ state, signal, hint: true });
  });

  test('OneTrust defaults on load, before the banner is closed, are not a choice', () => {
    const posted = watch();
    g.OneTrust = { IsAlertBoxClosed: () => false };
    fire('OneTrustGroupsUpdated', ['C0001', 'C0002', 'C0003', 'C0004']);
    expect(posted).toEqual([]);
  });

  test('a throwing relay does not break the page', () => {
    watchPageConsentApis(window, () => {
      throw new Error('relay gone');
    });
    expect(() => fire('CookiebotOnDecline')).not.toThrow();
  });
});

describe('klaro through the real package', () => {
  test('saving consents posts the state', async () => {
    vi.useFakeTimers();
    const posted = watch();
    const k = await import('klaro/dist/klaro-no-css.js');
    g.klaro = k;
    const config = { storageName: 'klaro-mw', storageMethod: 'cookie', services: [{ name: 'matomo' }, { name: 'metrika' }] };
    // klaro.setup() is what its own loader runs with window.klaroConfig; it makes the default manager.
    (k as unknown as { setup(c: object): void }).setup(config);
    await vi.advanceTimersByTimeAsync(300);
    const m = k.getManager(config);
    m.updateConsent('matomo', true);
    m.updateConsent('metrika', false);
    m.saveAndApplyConsents();
    expect(posted).toContainEqual({ state: 'partial', signal: 'cmp:klaro', hint: true });
  });
});
