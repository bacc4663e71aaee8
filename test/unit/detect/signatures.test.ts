import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyRequest, vendorById } from '../../../lib/classify/index';
import { createSignatureMatcher, matchSignature, queryParams } from '../../../lib/classify/signatures';
import { splitUrl } from '../../../lib/classify/url';
import { REQUEST_SIGNATURES } from '../../../knowledge/signatures';
import { computeFindings } from '../../../lib/compare/index';
import { input, observations, request } from '../compare/builders';

// Hit URLs in the shapes the vendors' own tags send (the lab's emulations send the same shapes to
// the vendors' hosts), moved onto a site's own host as a reverse proxy or server-side tagging does.
// [url, signature id or null]
const CASES: [string, string | null][] = [
  ['https://shop.ru/metrics/g/collect?v=2&tid=G-LAB6FINDNG&cid=123.456&en=page_view&dl=https%3A%2F%2Fshop.ru%2F', 'ga4-collect'],
  ['https://sgtm.shop.ru/g/collect?v=2&tid=G-ABCD1234&gtm=45je4&_p=1712&gcs=G111&cid=1.2', 'ga4-collect'],
  ['https://shop.ru/collect?v=1&_v=j101&a=1&t=pageview&tid=UA-1234567-1&cid=1.2', 'ua-collect'],
  ['https://shop.ru/r/collect?v=1&t=event&tid=UA-99-2&cid=1', 'ua-collect'],
  ['https://stats.shop.ru/watch/44403221?wmode=7&page-url=https%3A%2F%2Fshop.ru%2F&charset=utf-8', 'metrika-watch'],
  ['https://shop.ru/ym/watch/44403221/1?page-url=https%3A%2F%2Fshop.ru%2F', 'metrika-watch'],
  ['https://shop.ru/fb/tr?id=1234567890123&ev=PageView&dl=https%3A%2F%2Fshop.ru%2F&noscript=1', 'meta-pixel-tr'],
  ['https://shop.ru/tmr/counter?id=3456789;js=na', 'top-mail-ru-counter'],
  ['https://shop.ru/tracker?id=3456789;e=RG%3A%2F;js=13', 'top-mail-ru-counter'],
  // Controls: analytics of the site's own, or the right path without the vendor's parameters.
  ['https://shop.ru/api/analytics/event?name=pageview&v=2', null],
  ['https://shop.ru/g/collect?v=2&tid=shop-analytics', null],
  ['https://shop.ru/g/collect?v=1&tid=G-ABCD1234', null],
  ['https://shop.ru/collect?v=1&tid=shop', null],
  ['https://shop.ru/watch/44403221', null],
  ['https://shop.ru/watch/video?page-url=x', null],
  ['https://shop.ru/tr?id=abc&ev=PageView', null],
  ['https://shop.ru/counter?id=visits', null],
  ['https://shop.ru/g/collect#?v=2&tid=G-ABCD1234', null],
];

describe('request signatures', () => {
  test.each(CASES)('%s -> %s', (url, expected) => {
    expect(matchSignature(splitUrl(url)!.path)?.id ?? null).toBe(expected);
  });

  test('every signature names a vendor the knowledge base knows and a public source', () => {
    for (const s of REQUEST_SIGNATURES) {
      expect(s.source).toMatch(/^https:\/\//);
      expect(vendorById(s.vendor), s.id).toBeDefined();
      expect(CASES.some(([, id]) => id === s.id), `${s.id} has a real example`).toBe(true);
    }
  });

  test('a first-party hit of a known shape is that vendor\'s tracker request; one of no known shape stays the site\'s', () => {
    const proxied = classifyRequest('https://www.shop.ru/metrics/g/collect?v=2&tid=G-ABCD1234&cid=1.2', 'ping', 'shop.ru');
    expect(proxied).toMatchObject({ vendor: 'google-analytics', tracker: true, signature: 'ga4-collect' });
    const own = classifyRequest('https://www.shop.ru/api/analytics/event?name=pageview', 'ping', 'shop.ru');
    expect(own.tracker).toBe(false);
    expect(own.signature).toBeUndefined();
    // The vendor's own host keeps its host classification.
    expect(classifyRequest('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABCD1234', 'ping', 'shop.ru').signature).toBeUndefined();
  });

  test('query parsing never throws and keeps the first value of a key', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const m = queryParams(q);
        for (const [k, v] of m) expect(typeof k === 'string' && typeof v === 'string').toBe(true);
      }),
    );
    expect(queryParams('a=1&a=2;b=%E0%A4;c').get('a')).toBe('1');
    expect(queryParams('a=1&a=2;b=%E0%A4;c').get('b')).toBe('%E0%A4');
    const none = createSignatureMatcher([]);
    fc.assert(fc.property(fc.string(), (p) => none(p) === null));
  });
});

describe('first-party-tracker-proxy', () => {
  const ga = { vendor: 'google-analytics', vendorName: 'Google Analytics', category: 'analytics' as const, tracker: true, source: 'curated' as const, confidence: 0.9 };
  test('a signed hit through the site\'s own host is one medium finding per host; third-party and unsigned ones are not', () => {
    const requests = [
      request('https://www.example.ru/metrics/g/collect?v=2&tid=G-ABCD1234', { firstParty: true, classification: { ...ga, signature: 'ga4-collect' } }),
      request('https://www.example.ru/metrics/g/collect?v=2&tid=G-ABCD1234&en=scroll', { firstParty: true, time: 900, classification: { ...ga, signature: 'ga4-collect' } }),
      request('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABCD1234', { classification: ga }),
      request('https://stats-relay.net/g/collect?v=2&tid=G-ABCD1234', { classification: { ...ga, signature: 'ga4-collect' } }),
      request('https://www.example.ru/api/event', { firstParty: true }),
    ];
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const found = computeFindings(input({ locale, observations: observations({ requests }) })).filter((f) => f.code === 'first-party-tracker-proxy');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'medium', subject: { kind: 'request', name: 'www.example.ru', vendor: 'google-analytics' } });
      expect(found[0]!.evidence).toHaveLength(2);
      expect(found[0]!.message).toContain('/g/collect?v=2&tid=G-…');
    }
  });
});
