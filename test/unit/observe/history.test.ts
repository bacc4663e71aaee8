import { describe, expect, test } from 'vitest';
import { WRITE_HISTORY_CAP, WRITE_HISTORY_HEAD, type Classification } from '../../../lib/model/types';
import type { PlainCookie } from '../../../lib/observe/cookies';
import type { SessionState } from '../../../lib/observe/state';
import { SessionTracker, type SessionStore } from '../../../lib/observe/tracker';
import { buildExport } from '../../../lib/report/build';

// The write history: every write and removal of a cookie or key, bounded, with its own phase.

class MemoryStore implements SessionStore {
  async loadAll(): Promise<SessionState[]> {
    return [];
  }
  save() {}
  async remove() {}
  async flush() {}
}

// Yandex Metrika's real cookie: _ym_isad, 2 days, on the registrable domain
// (https://yandex.com/support/metrica/general/cookie-usage.html).
const metrika: Classification = { vendor: 'yandex-metrika', vendorName: 'Yandex Metrika', category: 'analytics', tracker: true, source: 'curated', confidence: 1 };
const classify = { classifyCookie: () => metrika, classifyRequest: () => metrika, classifyStorageKey: () => metrika };
const T0 = Date.parse('2026-11-21T10:00:00Z');
const URL_ = 'https://www.cc-violates.test/';
const TAG = 'https://mc.yandex.ru/metrika/tag.js';

function isad(): PlainCookie {
  return {
    name: '_ym_isad', valueSize: 1, domain: '.cc-violates.test', path: '/', hostOnly: false, secure: true, httpOnly: false,
    sameSite: 'no_restriction', partitionSite: null, session: false, expirationDate: T0 / 1000 + 2 * 86400,
  };
}

function setup() {
  let now = T0;
  const tracker = new SessionTracker({ store: new MemoryStore(), classify, now: () => now });
  return { tracker, setNow: (t: number) => (now = t) };
}

async function scriptWrite(tracker: SessionTracker, at: number) {
  await tracker.pageMessages(1, URL_, [{ type: 'page:cookie-write', line: '_ym_isad=2; path=/; max-age=172800; domain=.cc-violates.test; SameSite=None; Secure', scriptUrl: TAG, time: at }]);
}

const ctx = { toolVersion: '0', knowledgeBaseVersion: '0', browser: 'test', locale: 'en' as const };

describe('write history', () => {
  test('a cookie set before consent and re-written after a reject: both writes kept, after-reject finding with the re-write as evidence', async () => {
    const { tracker, setNow } = setup();
    await tracker.startNavigation(1, URL_, T0);
    await scriptWrite(tracker, T0 + 300);
    setNow(T0 + 310);
    await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie: isad() });
    // The visitor rejects at 2 s; the tag writes again at 2.5 s.
    setNow(T0 + 2000);
    await tracker.consentMark(1, { state: 'rejected', signal: 'click', detail: 'test' });
    await scriptWrite(tracker, T0 + 2500);
    setNow(T0 + 2510);
    await tracker.cookieChanged({ removed: true, cause: 'overwrite', cookie: isad() });
    await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie: isad() });

    const state = (await tracker.get(1))!;
    const report = buildExport(state, ctx);
    const c = report.observations.cookies.find((x) => x.name === '_ym_isad')!;
    expect(c.phase).toBe('pre-consent');
    expect(c.writes).toBe(2);
    expect(c.history?.map((w) => [w.kind, w.time, w.phase, w.setBy, w.initiator, w.requestedLifetimeSeconds])).toEqual([
      ['write', 310, 'pre-consent', 'script', TAG, 172800],
      ['write', 2510, 'after-reject', 'script', TAG, 172800],
    ]);
    const pre = report.findings.find((f) => f.code === 'pre-consent-cookie' && f.subject.name === '_ym_isad');
    const after = report.findings.find((f) => f.code === 'after-reject-cookie' && f.subject.name === '_ym_isad');
    expect(pre?.evidence.map((e) => e.time)).toEqual([310]);
    expect(after?.evidence.map((e) => [e.time, e.phase, e.initiator])).toEqual([[2510, 'after-reject', TAG]]);
    expect(after?.evidence[0]?.detail).toContain('re-write');
  });

  test('a removal is recorded with its cause; an overwrite is not a removal', async () => {
    const { tracker, setNow } = setup();
    await tracker.startNavigation(1, URL_, T0);
    setNow(T0 + 100);
    await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie: isad() });
    setNow(T0 + 200);
    await tracker.cookieChanged({ removed: true, cause: 'overwrite', cookie: isad() });
    await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie: isad() });
    setNow(T0 + 900);
    await tracker.cookieChanged({ removed: true, cause: 'explicit', cookie: isad() });
    const c = (await tracker.get(1))!.cookies[0]!;
    expect(c.history?.map((w) => [w.kind, w.time, w.cause])).toEqual([
      ['write', 100, undefined],
      ['write', 200, undefined],
      ['removal', 900, 'explicit'],
    ]);
  });

  test.each([1, WRITE_HISTORY_CAP, WRITE_HISTORY_CAP + 1, 500])('%i writes: history bounded, first and latest kept, the rest counted', async (n) => {
    const { tracker, setNow } = setup();
    await tracker.startNavigation(1, URL_, T0);
    for (let i = 0; i < n; i++) {
      setNow(T0 + 10 * (i + 1));
      await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie: isad() });
    }
    const c = (await tracker.get(1))!.cookies[0]!;
    expect(c.writes).toBe(n);
    expect(c.history).toHaveLength(Math.min(n, WRITE_HISTORY_CAP));
    expect(c.historyDropped ?? 0).toBe(Math.max(0, n - WRITE_HISTORY_CAP));
    expect(c.history?.[0]?.time).toBe(10);
    expect(c.history?.at(-1)?.time).toBe(10 * n);
    if (n > WRITE_HISTORY_CAP) expect(c.history?.[WRITE_HISTORY_HEAD]?.time).toBe(10 * (n - (WRITE_HISTORY_CAP - WRITE_HISTORY_HEAD) + 1));
  });

  test('storage: repeats counted by the hook become records; a tracker key re-written after a reject is an after-reject-storage finding', async () => {
    const { tracker } = setup();
    await tracker.startNavigation(1, URL_, T0);
    await tracker.pageMessages(1, URL_, [{ type: 'page:storage-write', area: 'local', key: '_ym55501234_lsid', valueSize: 12, scriptUrl: TAG, time: T0 + 400 }]);
    await tracker.pageMessages(1, URL_, [{ type: 'page:storage-write', area: 'local', key: '_ym55501234_lsid', valueSize: -1, scriptUrl: null, time: T0 + 800, repeats: 3 }]);
    const state = (await tracker.get(1))!;
    state.consentEvents.push({ time: 1500, state: 'rejected', signal: 'click' });
    await tracker.pageMessages(1, URL_, [{ type: 'page:storage-write', area: 'local', key: '_ym55501234_lsid', valueSize: -1, scriptUrl: null, time: T0 + 2600, repeats: 2 }]);
    const report = buildExport((await tracker.get(1))!, ctx);
    const s = report.observations.storage[0]!;
    expect(s.writes).toBe(6);
    expect(s.history?.map((w) => [w.time, w.phase, w.count ?? 1, w.valueSize])).toEqual([
      [400, 'pre-consent', 1, 12],
      [800, 'pre-consent', 3, null],
      [2600, 'after-reject', 2, null],
    ]);
    const after = report.findings.find((f) => f.code === 'after-reject-storage');
    expect(after?.subject).toMatchObject({ kind: 'storage', name: '_ym55501234_lsid' });
    expect(after?.evidence.map((e) => e.time)).toEqual([2600]);
    expect(report.findings.some((f) => f.code === 'pre-consent-storage')).toBe(true);
  });
});
