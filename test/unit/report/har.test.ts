import { describe, expect, test } from 'vitest';
import { buildHar } from '../../../lib/report/har';
import { syntheticExport } from './session';

describe('buildHar', () => {
  test('HAR 1.2: one entry per recorded request, in order, with phase, initiator, status and Set-Cookie', async () => {
    const report = await syntheticExport({ consent: { time: 2_000, state: 'rejected', signal: 'click' } });
    const requests = report.observations.requests.map((r, i) => (i === 0 ? { ...r, doneAt: r.time + 35, setCookie: ['yandexuid=123; Domain=.yandex.ru; Path=/; Expires=Sat, 21 Nov 2027 10:00:00 GMT; Secure; SameSite=None'] } : r));
    const har = JSON.parse(JSON.stringify(buildHar({ ...report, observations: { ...report.observations, requests } }, { name: 'Chromium', version: '140' })));
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(requests.length);
    expect(har.log.entries.map((e: { request: { url: string } }) => e.request.url)).toEqual(requests.map((r) => r.url));
    const first = har.log.entries[0];
    expect(first.time).toBe(35);
    expect(first.timings.wait).toBe(35);
    expect(first._phase).toBe(requests[0]!.phase);
    expect(Date.parse(first.startedDateTime) - Date.parse(report.startedAt)).toBe(requests[0]!.time);
    expect(first.response.headers).toEqual([{ name: 'Set-Cookie', value: requests[0]!.setCookie![0] }]);
    expect(first.response.cookies[0]).toMatchObject({ name: 'yandexuid', value: '123', domain: 'yandex.ru', secure: true });
    for (const e of har.log.entries) {
      expect(typeof e.response.status).toBe('number');
      expect(e.pageref).toBe('page_1');
    }
  });
});
