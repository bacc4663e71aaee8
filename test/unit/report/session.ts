// A synthetic audit session driven through the real pipeline (SessionTracker + the generated
// knowledge base), so the exports these tests check are shaped exactly as the extension's.
// Cookie names and hosts are the vendors' real ones:
// Yandex Metrika https://yandex.ru/support/metrica/general/cookie-usage.html,
// Google Analytics https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage,
// PostHog https://posthog.com/docs/libraries/js/persistence.
import { classifyCookie, classifyRequest, classifyStorageKey, findVendorMentions } from '../../../lib/classify';
import type { ConsentEvent, Declarations, PolicyStatus } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';
import type { PlainCookie } from '../../../lib/observe/cookies';
import type { SessionState } from '../../../lib/observe/state';
import { SessionTracker, type SessionStore } from '../../../lib/observe/tracker';
import { buildExport, type ReportContext } from '../../../lib/report/build';
import type { AuditExport } from '../../../lib/report/export';

export const T0 = Date.parse('2026-11-21T10:00:00Z');
const DAY = 86_400;
export const PAGE = 'https://www.shop-example.ru/';

class MemoryStore implements SessionStore {
  async loadAll(): Promise<SessionState[]> {
    return [];
  }
  save(): void {}
  async remove(): Promise<void> {}
  async flush(): Promise<void> {}
}

export const CTX: ReportContext = {
  toolVersion: '0.1.0',
  knowledgeBaseVersion: 'kb-test',
  browser: 'Chromium 140 (test)',
  locale: 'en',
};

function jarCookie(over: Partial<PlainCookie> & { name: string }): PlainCookie {
  return {
    valueSize: 24,
    domain: '.shop-example.ru',
    path: '/',
    hostOnly: false,
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    partitionSite: null,
    session: false,
    expirationDate: T0 / 1000 + 365 * DAY,
    ...over,
  };
}

export interface SessionOptions {
  consent?: Omit<ConsentEvent, 'time'> & { time: number };
  policyText?: string;
}

/** Runs a typical Russian shop visit through the tracker and returns the session it kept. */
export async function syntheticSession(opts: SessionOptions = {}): Promise<SessionState> {
  let now = T0;
  const tracker = new SessionTracker({ store: new MemoryStore(), classify: { classifyCookie, classifyRequest, classifyStorageKey }, now: () => now });
  await tracker.startNavigation(7, PAGE, T0);
  await tracker.frameCommitted(7, 0, PAGE);
  await tracker.pageMessages(7, PAGE, [{ type: 'page:info', title: 'Магазин', links: [{ href: `${PAGE}privacy`, text: 'Политика', inFooter: true }] }]);
  const req = (id: string, url: string, type: string, at: number) =>
    tracker.request(7, { requestId: id, url, type, method: 'GET', initiator: 'https://www.shop-example.ru', frameId: 0, timeStamp: T0 + at });
  await req('1', 'https://mc.yandex.ru/metrika/tag.js', 'script', 40);
  await req('2', 'https://mc.yandex.ru/watch/12345678?page-url=https%3A%2F%2Fwww.shop-example.ru%2F', 'image', 180);
  await req('3', 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123', 'ping', 220);
  await req('4', 'https://www.shop-example.ru/app.js', 'script', 30);
  await tracker.requestDone(7, '2', 200);
  await tracker.requestDone(7, '3', 0, 'net::ERR_BLOCKED_BY_CLIENT');
  // Metrika writes its cookies from tag.js; _ga is set by gtag; the session id by the site itself.
  const write = async (line: string, scriptUrl: string, at: number) =>
    tracker.pageMessages(7, PAGE, [{ type: 'page:cookie-write', line, scriptUrl, time: T0 + at }]);
  const change = async (cookie: PlainCookie, at: number) => {
    now = T0 + at;
    await tracker.cookieChanged({ removed: false, cause: 'explicit', cookie });
  };
  await write('_ym_uid=1700000000123456789; max-age=31536000; domain=.shop-example.ru', 'https://mc.yandex.ru/metrika/tag.js', 200);
  await change(jarCookie({ name: '_ym_uid' }), 201);
  await write('_ga=GA1.1.123.456; max-age=63072000; domain=.shop-example.ru', 'https://www.googletagmanager.com/gtag/js', 230);
  await change(jarCookie({ name: '_ga', expirationDate: T0 / 1000 + 400 * DAY }), 231);
  await change(jarCookie({ name: 'PHPSESSID', domain: 'www.shop-example.ru', hostOnly: true, session: true, expirationDate: null, httpOnly: true }), 35);
  await change(jarCookie({ name: 'yandexuid', domain: '.yandex.ru', sameSite: 'no_restriction', expirationDate: T0 / 1000 + 365 * DAY }), 190);
  await tracker.pageMessages(7, PAGE, [{
    type: 'page:storage-write', area: 'local', key: '_ym_retryReqs', valueSize: 120, scriptUrl: 'https://mc.yandex.ru/metrika/tag.js', time: T0 + 210,
  }]);
  if (opts.consent) {
    const { time, ...event } = opts.consent;
    // Recorded as the worker records a choice it has established (a click, a CMP cookie): not a page hint.
    now = T0 + time;
    await tracker.consentMark(7, event);
    await change(jarCookie({ name: '_ym_d' }), time + 50);
  }
  if (opts.policyText !== undefined) {
    const declarations = policyDeclarations(opts.policyText);
    const policy: PolicyStatus = { state: 'found', origin: 'discovered', url: `${PAGE}privacy`, message: null, readAt: '2026-11-21T10:00:02.000Z' };
    await tracker.update(7, (s) => {
      s.declarations = declarations;
      s.policy = policy;
    });
  }
  const state = await tracker.get(7);
  if (!state) throw new Error('the tracker lost the session');
  return state;
}

export function policyDeclarations(text: string): Declarations {
  return parsePolicy({ text, url: `${PAGE}privacy`, kind: 'privacy-policy' }, { findVendorMentions });
}

export async function syntheticExport(opts: SessionOptions = {}, ctx: ReportContext = CTX): Promise<AuditExport> {
  return buildExport(await syntheticSession(opts), ctx);
}
