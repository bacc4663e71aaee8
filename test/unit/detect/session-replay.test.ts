import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import { recorderOf } from '../../../lib/compare/rules/session-replay';
import { recordingPayload } from '../../../lib/detect/replay-payload';
import { KB, input, kb, observations, request } from '../compare/builders';

// Script and endpoint URLs in the shapes the vendors document (knowledge/recorders.ts).
describe('known recorders', () => {
  test.each<[string, string | null]>([
    ['https://static.hotjar.com/c/hotjar-3456789.js?sv=6', 'hotjar'],
    ['https://www.clarity.ms/tag/abcd1234ef', 'microsoft-clarity'],
    ['https://k.clarity.ms/collect', 'microsoft-clarity'],
    ['https://edge.fullstory.com/s/fs.js', 'fullstory'],
    ['https://rs.fullstory.com/rec/bundle/v2?OrgId=o-1', 'fullstory'],
    ['https://web-sdk.smartlook.com/recorder.js', 'smartlook'],
    ['https://cdn.mouseflow.com/projects/0a1b2c3d.js', 'mouseflow'],
    ['https://cdn.logrocket.io/LogRocket.min.js', 'logrocket'],
    ['https://mc.yandex.ru/webvisor/44403221?rn=1', 'yandex-webvisor'],
    ['https://us-assets.i.posthog.com/static/lazy-recorder.js?v=1.434.18', 'posthog-replay'],
    ['https://eu.i.posthog.com/s/?compression=gzip-js', 'posthog-replay'],
    // Not recordings: plain Metrika, plain posthog, Hotjar's site.
    ['https://mc.yandex.ru/watch/44403221?page-url=x', null],
    ['https://mc.yandex.ru/metrika/tag.js', null],
    ['https://us-assets.i.posthog.com/static/array.js', null],
    ['https://us.i.posthog.com/e/?ip=1', null],
    ['https://www.hotjar.com/pricing', null],
  ])('%s -> %s', (url, expected) => {
    expect(recorderOf(request(url))?.id ?? null).toBe(expected);
  });
});

// rrweb's event format (https://github.com/rrweb-io/rrweb/blob/master/docs/recipes/dive-into-event.md):
// a Meta event, then a FullSnapshot of the DOM, then IncrementalSnapshots.
const RRWEB_BATCH = JSON.stringify([
  { type: 4, data: { href: 'https://shop.example/', width: 1280, height: 720 }, timestamp: 1 },
  { type: 2, data: { node: { type: 0, childNodes: [{ type: 1, name: 'html', id: 2 }], id: 1 }, initialOffset: { left: 0, top: 0 } }, timestamp: 2 },
]);
const RRWEB_INCREMENTAL = JSON.stringify([{ type: 3, data: { source: 5, text: 'J', isChecked: false, id: 42 }, timestamp: 3 }]);

describe('recording payloads', () => {
  test.each<[string, string | null, boolean]>([
    ['rrweb full snapshot batch', RRWEB_BATCH, true],
    ['rrweb incremental input event', RRWEB_INCREMENTAL, true],
    ['event analytics batch (the lab control)', JSON.stringify({ events: [{ type: 3, data: { page: '/' }, timestamp: 1 }] }), false],
    ['GA4 body', 'en=page_view&_et=12', false],
    ['no body', null, false],
  ])('%s', (_label, body, expected) => {
    expect(recordingPayload(body) !== null).toBe(expected);
  });
});

describe('session-replay', () => {
  test('one finding per recorder, high before consent, medium after accepting', () => {
    const requests = [
      request('https://us-assets.i.posthog.com/static/lazy-recorder.js?v=1.434.18', { type: 'script', classification: KB.posthog }),
      request('https://us.i.posthog.com/s/?compression=gzip-js', { method: 'POST', classification: KB.posthog, time: 900 }),
      request('https://rec.recorder.example/v1/batch', { method: 'POST', payload: 'dom-recording', phase: 'after-accept', time: 5000 }),
      request('https://mc.yandex.ru/watch/1?page-url=x', { classification: KB.metrika }),
      request('https://static.hotjar.com/c/hotjar-1.js', { classification: kb('hotjar', 'Hotjar', 'analytics', true), phase: 'after-reject' }),
    ];
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const found = computeFindings(input({ locale, observations: observations({ requests }) })).filter((f) => f.code === 'session-replay');
      expect(found.map((f) => [f.subject.name, f.severity, f.evidence.length])).toEqual([
        ['static.hotjar.com', 'high', 1],
        ['us-assets.i.posthog.com', 'high', 2],
        ['rec.recorder.example', 'medium', 1],
      ]);
      expect(found[1]!.message).toContain('PostHog');
    }
  });
});
