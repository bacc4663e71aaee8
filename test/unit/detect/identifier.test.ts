import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findIdentifier, identifierCandidates, looksLikeIdentifier, needlesFor } from '../../../lib/detect/identifier';
import { computeFindings } from '../../../lib/compare/index';
import { holdValue, checkRequest } from '../../../lib/observe/identifiers';
import { startSession, type TrackedRequest } from '../../../lib/observe/state';
import { KB, cookie, input, observations, request, storage } from '../compare/builders';

// Values as SDKs and sites really store them: Yandex Metrika's _ym_uid, GA's _ga, a UUID, hex ids,
// and what must not count: timestamps, dates, booleans, a language, a short flag.
const VALUES: [string, boolean][] = [
  ['1712345678901234567', true],
  ['GA1.1.1234567890.1712345678', true],
  ['5b0c8f9e-2a6d-4c1b-9e77-0f3a2b1c4d5e', true],
  ['9f86d081884c7d659a2feaa0', true],
  ['01HZX3Q5P8R2M7K9', true],
  ['1712345678', false],
  ['1712345678901', false],
  ['2026-11-28T04:00:00Z', false],
  ['true', false],
  ['en-US', false],
  ['aaaaaaaaaaaa', false],
  ['12121212', false],
  ['hello world, this is text', false],
];

describe('identifier values', () => {
  test.each(VALUES)('%s -> %s', (value, expected) => {
    expect(looksLikeIdentifier(value)).toBe(expected);
  });

  test('a value inside the page URL or the user agent identifies no one', () => {
    expect(looksLikeIdentifier('9f86d081884c7d659a2feaa0', ['https://shop.ru/?ref=9f86d081884c7d659a2feaa0'])).toBe(false);
  });

  test('JSON kept in storage gives its id-like string leaves', () => {
    const posthog = JSON.stringify({ distinct_id: '018f3a2b-1c4d-7e5f-8a9b-0c1d2e3f4a5b', $device_id: '018f3a2b-1c4d-7e5f-8a9b-0c1d2e3f4a5b', $sesid: [1712345678901, 'x'] });
    expect(identifierCandidates(posthog)).toEqual(['018f3a2b-1c4d-7e5f-8a9b-0c1d2e3f4a5b']);
    expect(identifierCandidates('{"theme":"dark"}')).toEqual([]);
    expect(identifierCandidates('{not json')).toEqual([]);
  });

  test.each<[string, string, string | null, string | null]>([
    ['plain in a pixel URL', 'https://sync.partner.com/px?puid=9f86d081884c7d659a2feaa0', null, 'url:plain'],
    ['percent-encoded', `https://sync.partner.com/px?puid=${encodeURIComponent('GA1.1.1234567890.1712345678|x')}`, null, 'url:url'],
    ['in a form body', 'https://collect.partner.com/', 'uid=9f86d081884c7d659a2feaa0&e=pv', 'body:plain'],
    ['base64 inside JSON', 'https://match.broker.com/v1', JSON.stringify({ p: btoa(JSON.stringify({ token: '9f86d081884c7d659a2feaa0', ts: 1 })) }), 'body:base64'],
    ['absent', 'https://cdn.widgets.com/w.gif?r=0123456789abcdef01234567', null, null],
  ])('%s', (_label, url, body, expected) => {
    const value = url.includes('%7C') ? 'GA1.1.1234567890.1712345678|x' : '9f86d081884c7d659a2feaa0';
    const found = findIdentifier(needlesFor(value), url, body);
    expect(found ? `${found.where}:${found.encoding}` : null).toBe(expected);
  });

  test('base64 needles find an identifier at any offset of any encoded payload', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/).filter((v) => looksLikeIdentifier(v));
    fc.assert(
      fc.property(id, fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (value, before, after) => {
        const bytes = new TextEncoder().encode(before + value + after);
        let bin = '';
        for (const b of bytes) bin += String.fromCharCode(b);
        const b64 = btoa(bin);
        const found = findIdentifier(needlesFor(value), `https://x.example/?d=${encodeURIComponent(b64)}`, null);
        expect(found).not.toBeNull();
      }),
    );
  });
});

describe('id-sharing', () => {
  const sync = 'https://sync.adpartner.com/px?puid=9f86d081884c7d659a2feaa0';
  test('the session finds an identifier in a request, whichever arrives first', () => {
    for (const order of ['cookie-first', 'request-first'] as const) {
      const state = startSession(1, 'https://www.shop.ru/', 0);
      const req: TrackedRequest = { ...request(sync), requestId: '7', firstParty: false, site: 'adpartner.com' };
      if (order === 'cookie-first') {
        holdValue(state, 'cookie', 'vid', 'www.shop.ru', '9f86d081884c7d659a2feaa0', new Map());
        state.requests.push(req);
        checkRequest(state, req, null);
      } else {
        state.requests.push(req);
        checkRequest(state, req, null);
        holdValue(state, 'cookie', 'vid', 'www.shop.ru', '9f86d081884c7d659a2feaa0', new Map());
      }
      expect(req.carries, order).toEqual([{ kind: 'cookie', name: 'vid', domain: 'www.shop.ru', encoding: 'plain', where: 'url' }]);
    }
  });

  test('first-party requests and a third party\'s own cookie sent back to it carry nothing', () => {
    const state = startSession(1, 'https://www.shop.ru/', 0);
    holdValue(state, 'cookie', 'uid', '.adpartner.com', '9f86d081884c7d659a2feaa0', new Map());
    holdValue(state, 'cookie', 'vid', 'www.shop.ru', '0123456789abcdef01234567', new Map());
    const own: TrackedRequest = { ...request('https://api.shop.ru/e?vid=0123456789abcdef01234567'), requestId: '1', firstParty: true, site: 'shop.ru' };
    const back: TrackedRequest = { ...request(sync), requestId: '2', firstParty: false, site: 'adpartner.com' };
    for (const r of [own, back]) checkRequest(state, r, null);
    expect(own.carries).toBeUndefined();
    expect(back.carries).toBeUndefined();
  });

  test('one high finding per identifier naming its receivers; a vendor\'s own id to itself is not one', () => {
    const carries = (name: string, kind: 'cookie' | 'storage' = 'cookie', domain = '.example.ru') => [{ kind, name, domain, encoding: 'plain' as const, where: 'url' as const }];
    const obs = observations({
      cookies: [cookie('vid'), cookie('_ym_uid', { classification: KB.metrika })],
      storage: [storage('token', { origin: 'https://example.ru' })],
      requests: [
        request('https://sync.adpartner.com/px?puid=1', { carries: carries('vid') }),
        request('https://match.broker.com/v1', { method: 'POST', carries: carries('vid') }),
        request('https://match.broker.com/v1?t=2', { method: 'POST', carries: carries('token', 'storage', 'https://example.ru') }),
        request('https://mc.yandex.ru/watch/1', { classification: KB.metrika, carries: carries('_ym_uid') }),
      ],
    });
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const found = computeFindings(input({ locale, observations: obs })).filter((f) => f.code === 'id-sharing');
      expect(found.map((f) => [f.subject.kind, f.subject.name, f.severity])).toEqual([
        ['cookie', 'vid', 'high'],
        ['storage', 'token', 'high'],
      ]);
      expect(found[0]!.messageParams[2]).toBe('match.broker.com, sync.adpartner.com');
      expect(found[0]!.evidence.filter((e) => e.kind === 'request')).toHaveLength(2);
      expect(found[0]!.message).toContain('vid');
    }
  });
});
