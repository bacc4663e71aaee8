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
