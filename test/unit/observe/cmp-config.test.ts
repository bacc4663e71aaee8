import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import { parseHookRecord } from '../../../lib/observe/hook-protocol';
import { startSession } from '../../../lib/observe/state';
import { cmpDeclarations } from '../../../lib/report/cmp-declarations';

// klaro's documented config shape: services with cookies given as names, RegExps or [name, path, domain].
const KLARO = {
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [{ __regexp: '^_ga(_.*)?' }, '_gid'] },
    { name: 'yandex', title: 'Яндекс.Метрика', purposes: ['analytics'], cookies: [['_ym_uid', '/', '.shop.test']] },
  ],
};

describe('consent manager configuration as a declaration', () => {
  test('the hook record is validated: known CMPs only, bounded size', () => {
    const ok = parseHookRecord(JSON.stringify({ k: 'cmp', cmp: 'klaro', json: '{}', t: 1 }));
    expect(ok).toEqual({ k: 'cmp', cmp: 'klaro', json: '{}', t: 1 });
    expect(parseHookRecord(JSON.stringify({ k: 'cmp', cmp: 'evil', json: '{}', t: 1 }))).toBeNull();
    expect(parseHookRecord(JSON.stringify({ k: 'cmp', cmp: 'klaro', json: 'x'.repeat(400_000), t: 1 }))).toBeNull();
  });

  test('klaro services become declared cookies and vendors, RegExp names included', () => {
    const state = startSession(1, 'https://www.shop.test/', Date.now());
    state.cmpConfig = { cmp: 'klaro', json: JSON.stringify(KLARO) };
    const d = cmpDeclarations(state, findVendorMentions)!;
    expect(d.sources).toEqual([expect.objectContaining({ kind: 'cmp', url: 'https://www.shop.test/' })]);
    const names = d.cookies.flatMap((c) => [...c.names, ...c.prefixes]);
    expect(names).toEqual(expect.arrayContaining(['_gid', '_ym_uid']));
    expect(names.some((n) => n.startsWith('_ga'))).toBe(true);
    expect(d.vendors.map((v) => v.vendor)).toEqual(expect.arrayContaining(['google-analytics', 'yandex-metrika']));
  });

  test('a configuration the reader rejects declares nothing and breaks nothing', () => {
    const state = startSession(1, 'https://www.shop.test/', Date.now());
    state.cmpConfig = { cmp: 'vanilla-cookieconsent', json: '"not a config"' };
    expect(cmpDeclarations(state, findVendorMentions)).toBeNull();
  });
});

describe('rendered cookie lists read from the page', () => {
  test.each([
    ['cookiebot-declaration.html', 'cookiebot-declaration-html'],
    ['onetrust-cookie-list.html', 'onetrust-html'],
  ] as const)('%s is picked up and declares cookies', async (file, kind) => {
    const { readFileSync } = await import('node:fs');
    const { Window } = await import('happy-dom');
    const { collectCmpTable } = await import('../../../lib/observe/relay');
    const win = new Window({ url: 'https://www.shop.test/' });
    win.document.body.innerHTML = readFileSync(`test/fixtures/policy/${file}`, 'utf8');
    const msg = collectCmpTable(win.document as unknown as Document);
    expect(msg?.cmp).toBe(kind);
    const state = startSession(1, 'https://www.shop.test/', Date.now());
    state.cmpConfig = { cmp: msg!.cmp, json: msg!.json };
    const d = cmpDeclarations(state, findVendorMentions)!;
    expect(d.sources[0]?.kind).toBe('cmp');
    expect(d.cookies.length).toBeGreaterThan(0);
    await win.happyDOM.close();
  });
});

describe("Cookiebot's and OneTrust's data read in the page", () => {
  const fixtureJson = async (file: string): Promise<Record<string, unknown>> => {
    const { readFileSync } = await import('node:fs');
    return JSON.parse(readFileSync(`test/fixtures/policy/${file}`, 'utf8')) as Record<string, unknown>;
  };

  /** Runs the MAIN-world hook in a page where `setup` puts the CMP's globals; returns the cmp records it sent. */
  async function hookRecords(setup: (w: Record<string, unknown>, doc: Document) => void, waitMs: number) {
    const { vi } = await import('vitest');
    const { Window } = await import('happy-dom');
    const { installPageHook } = await import('../../../lib/observe/page-hook');
    const { HOOK_EVENT, READY_EVENT } = await import('../../../lib/observe/hook-protocol');
    vi.useFakeTimers();
    const win = new Window({ url: 'https://www.shop.test/' });
    const doc = win.document as unknown as Document;
    const records: unknown[] = [];
    // the hook runs in a page, where CustomEvent and Node are the window's own
    const saved = { CustomEvent: globalThis.CustomEvent, Node: (globalThis as { Node?: unknown }).Node };
    Object.assign(globalThis, { CustomEvent: win.CustomEvent, Node: win.Node });
    doc.addEventListener(HOOK_EVENT, (e) => records.push(parseHookRecord((e as CustomEvent).detail)));
    try {
      installPageHook(win as unknown as Window & typeof globalThis);
      doc.dispatchEvent(new win.CustomEvent(READY_EVENT) as unknown as Event);
      win.dispatchEvent(new win.Event('load'));
      setup(win as unknown as Record<string, unknown>, doc);
      await vi.advanceTimersByTimeAsync(waitMs);
    } finally {
      vi.useRealTimers();
      Object.assign(globalThis, saved);
      await win.happyDOM.close();
    }
    return records.filter((r) => (r as { k?: string } | null)?.k === 'cmp') as Array<{ cmp: string; json: string }>;
  }

  test.each([
    ['Cookiebot', 'cookiebot', 'cookiebot-dialog.json', 'CookieConsentDialog', ['_ym_uid', 'CookieConsent']],
    ['OneTrust', 'onetrust', 'onetrust-domain-data.json', 'OneTrust', ['yandexuid', 'OptanonConsent']],
  ] as const)('%s: found once it loads, copied without its texts, functions or DOM, and read as a declaration', async (_label, kind, file, global, names) => {
    const data = await fixtureJson(file);
    const records = await hookRecords((w, doc) => {
      // the CMP script arrives 3 s after load, with the noise real objects carry
      setTimeout(() => {
        const noisy = { ...data, bannerText: 'x'.repeat(500_000), show: () => undefined, element: doc.body, self: null as unknown };
        noisy.self = noisy;
        w[global] = kind === 'onetrust' ? { GetDomainData: () => noisy } : noisy;
      }, 3000);
    }, 10_000);
    expect(records.map((r) => r.cmp)).toEqual([kind]);
    const state = startSession(1, 'https://www.shop.test/', Date.now());
    state.cmpConfig = { cmp: records[0]!.cmp as 'cookiebot' | 'onetrust', json: records[0]!.json };
    expect(records[0]!.json.length).toBeLessThan(10_000);
    const d = cmpDeclarations(state, findVendorMentions)!;
    expect(d.cookies.flatMap((c) => c.names)).toEqual(expect.arrayContaining([...names]));
  });

  test('a page without a consent manager is looked at a few times, then left alone', async () => {
    expect(await hookRecords(() => undefined, 60_000)).toEqual([]);
  });
});

describe('which consent manager list a session keeps', () => {
  test.each<[string, Array<'klaro' | 'cookiebot' | 'onetrust-html' | 'cookiebot-declaration-html'>, string]>([
    ['page data replaces the rendered table', ['cookiebot-declaration-html', 'cookiebot'], 'cookiebot'],
    ['the rendered table does not replace page data', ['cookiebot', 'cookiebot-declaration-html'], 'cookiebot'],
    ['the first page data stays', ['klaro', 'cookiebot'], 'klaro'],
    ['the first rendered table stays', ['onetrust-html', 'cookiebot-declaration-html'], 'onetrust-html'],
  ])('%s', async (_label, order, kept) => {
    const { SessionTracker } = await import('../../../lib/observe/tracker');
    const unknown = { vendor: null, vendorName: null, category: 'unknown' as const, tracker: false, source: 'none' as const, confidence: 0 };
    const store = { loadAll: async () => [], save: () => undefined, remove: async () => undefined, flush: async () => undefined };
    const tracker = new SessionTracker({ store, classify: { classifyCookie: () => unknown, classifyRequest: () => unknown, classifyStorageKey: () => unknown }, now: () => 0 });
    await tracker.startNavigation(1, 'https://www.shop.test/', 0);
    for (const cmp of order) await tracker.pageMessages(1, 'https://www.shop.test/', [{ type: 'page:cmp-config', cmp, json: '{}' }]);
    expect((await tracker.get(1))?.cmpConfig?.cmp).toBe(kept);
  });
});
