import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { FindingCode, Phase, RequestObservation } from '../../../lib/model/types';
import { KB, input, kb, observations, request } from './builders';

function trackerFindings(requests: RequestObservation[], code: FindingCode, locale: 'en' | 'ru' | 'uk' = 'en') {
  return computeFindings(input({ locale, observations: observations({ requests }) })).filter((f) => f.code === code);
}

describe.each<[FindingCode, Phase]>([
  ['pre-consent-tracker', 'pre-consent'],
  ['after-reject-tracker', 'after-reject'],
])('%s', (code, phase) => {
  test.each<[string, RequestObservation, boolean]>([
    ['Metrika hit', request('https://mc.yandex.ru/watch/12345?page-url=x', { phase, classification: KB.metrika }), true],
    ['GA4 collect', request('https://region1.google-analytics.com/g/collect?v=2', { phase, method: 'POST', classification: KB.ga }), true],
    ['PostHog capture', request('https://us.i.posthog.com/e/?ip=1', { phase, method: 'POST', classification: KB.posthog }), true],
    ['CDN script', request('https://cdn.jsdelivr.net/npm/vanilla-cookieconsent@3/dist/cookieconsent.umd.js', { phase, type: 'script', classification: kb('jsdelivr', 'jsDelivr', 'necessary', false) }), false],
    ['first-party page', request('https://example.ru/api/cart', { phase, firstParty: true }), false],
    ['tracker after accept', request('https://mc.yandex.ru/watch/12345', { phase: 'after-accept', classification: KB.metrika }), false],
  ])('%s -> %s', (_label, observed, expected) => {
    const found = trackerFindings([observed], code);
    expect(found.length).toBe(expected ? 1 : 0);
    if (expected) {
      expect(found[0]?.severity).toBe('high');
      expect(found[0]?.subject.kind).toBe('request');
      expect(found[0]?.subject.name).toBe(observed.host);
    }
  });

  test('requests to one host are one finding counting them all', () => {
    const hits = [1, 2, 3].map((n) =>
      request(`https://mc.yandex.ru/watch/12345?rn=${n}`, { phase, time: 1000 - n, classification: KB.metrika }),
    );
    hits.push(request('https://mc.yandex.com/sync_cookie_image_check', { phase, classification: KB.metrika }));
    const found = trackerFindings(hits, code);
    expect(found.map((f) => [f.subject.name, f.evidence.length])).toEqual([
      ['mc.yandex.com', 1],
      ['mc.yandex.ru', 3],
    ]);
    expect(found[1]?.messageParams).toEqual(['mc.yandex.ru', 'Yandex Metrika', '3']);
    expect(found[1]?.evidence.map((e) => e.time)).toEqual([997, 998, 999]);
  });
});

test.each([
  ['en', 'Requests to the tracker host mc.yandex.ru (Yandex Metrika) were sent before the visitor made a consent choice: 1 in total.'],
  ['ru', 'Запросы к трекеру mc.yandex.ru (Yandex Metrika) отправлены до того, как посетитель сделал выбор о согласии; всего: 1.'],
  ['uk', 'Запити до трекера mc.yandex.ru (Yandex Metrika) надіслано до того, як відвідувач зробив вибір щодо згоди; усього: 1.'],
] as const)('message in %s', (locale, message) => {
  const found = trackerFindings([request('https://mc.yandex.ru/watch/1', { classification: KB.metrika })], 'pre-consent-tracker', locale);
  expect(found[0]?.message).toBe(message);
});
