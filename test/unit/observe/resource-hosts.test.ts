import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resourceHosts } from '../../../lib/observe/relay';

describe('resourceHosts (what a restarted worker asks the page)', () => {
  test.each([
    [['https://top-fwz1.mail.ru/counter?id=1;js=na', 'https://mc.yandex.ru/watch/1', 'https://MC.yandex.ru/metrika/tag.js'], ['top-fwz1.mail.ru', 'mc.yandex.ru']],
    [['data:image/gif;base64,R0lGOD', 'blob:https://www.lab-shop.test/1', 'chrome-extension://abc/x.js'], []],
    [['http://[::1]:8080/x', 'https://xn--80ak6aa92e.xn--p1ai/'], ['[::1]', 'xn--80ak6aa92e.xn--p1ai']],
  ])('%j -> %j', (names, hosts) => {
    expect(resourceHosts(names.map((name) => ({ name })))).toEqual(hosts);
  });

  test('is capped', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({ name: `https://h${i}.example/` }));
    expect(resourceHosts(entries, 10)).toHaveLength(10);
  });

  test('never throws on whatever the page put in its timeline', () => {
    fc.assert(fc.property(fc.array(fc.string()), (names) => {
      const hosts = resourceHosts(names.map((name) => ({ name })));
      expect(new Set(hosts).size).toBe(hosts.length);
    }));
  });
});
