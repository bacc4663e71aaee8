import { beforeAll, describe, expect, test } from 'vitest';
import type { FindingCode } from '../../../lib/model/types';
import type { SessionState } from '../../../lib/observe/state';
import { buildExport } from '../../../lib/report/build';
import type { AuditExport } from '../../../lib/report/export';
import { EVIDENCE_SHOWN, FIRST_COOKIES, FIRST_DECLARED, FIRST_FINDINGS, findingKey, popupView, type PopupTab, type PopupWant } from '../../../lib/report/popup-view';
import { CTX, PAGE, syntheticSession } from './session';
import { haveSeeds, seed } from '../policy/shared-paths';

// The popup's view is cut from the real export (the pipeline's session, the engine's findings); these
// tests hold it to the export: every count equal, every row shown the export's own, in its order.

const POLICY = `Политика в отношении файлов cookie. Мы используем Яндекс.Метрику (cookie _ym_uid, срок хранения 1 год) для статистики.`;
const ACCEPTED = { time: 2_000, state: 'accepted', signal: 'click' } as const;

/** The shop visit grown to a busy page: n more Metrika-style cookies and n more hits to mc.yandex.ru, all before consent. */
function grown(state: SessionState, n: number): SessionState {
  const cookie = state.cookies.find((c) => c.name === '_ym_uid');
  const hit = state.requests.find((r) => r.host === 'mc.yandex.ru');
  if (!cookie || !hit) throw new Error('the synthetic session lacks _ym_uid or a Metrika request');
  const cookies = Array.from({ length: n }, (_, i) => ({ ...cookie, name: `_ym_uid_${i}`, time: cookie.time + i }));
  const requests = Array.from({ length: n }, (_, i) => ({ ...hit, requestId: `grown-${i}`, url: `${hit.url}&n=${i}`, time: hit.time + i }));
  return { ...state, cookies: [...state.cookies, ...cookies], requests: [...state.requests, ...requests] };
}

const reports: Record<string, AuditExport> = {};
beforeAll(async () => {
  reports.bare = buildExport(await syntheticSession(), CTX);
  reports.declared = buildExport(await syntheticSession({ consent: ACCEPTED, policyText: POLICY }), CTX);
  reports.busy = buildExport(grown(await syntheticSession({ policyText: POLICY }), 400), CTX);
  if (haveSeeds) reports.seed003 = buildExport(await syntheticSession({ consent: ACCEPTED, policyText: seed('003') }), CTX);
});

const CASES: [name: string, want: PopupWant][] = [
  ['bare', {}],
  ['declared', {}],
  ['busy', {}],
  ['busy', { cookies: 450, declared: 10, findings: { 'undeclared-cookie': 220 } }],
  ['busy', { cookies: 0, declared: 0 }],
  ...(haveSeeds ? ([['seed003', {}]] as [string, PopupWant][]) : []),
];

describe.each(CASES)('popupView of the %s session, asking %j', (name, want) => {
  const report = () => reports[name]!;

  test('counts, status and header are the export\'s', () => {
    const r = report();
    const v = popupView(r, want);
    expect(v.page).toEqual(r.page);
    expect(v.policy).toEqual(r.policy);
    expect(v.consent).toEqual(r.consent);
    expect(v.bySeverity).toEqual(r.summary.bySeverity);
    expect(v.truncated).toEqual(r.truncated);
    expect(v.declarationSources).toEqual(r.declarations.sources);
    expect(v.counts).toEqual({
      findings: r.findings.length,
      cookies: r.observations.cookies.length,
      thirdPartyHosts: new Set(r.observations.requests.filter((q) => !q.firstParty).map((q) => q.host)).size,
    });
  });

  test.each<PopupTab>(['findings', 'cookies', 'hosts', 'declared'])('asked for the %s tab, the rows of that tab alone are sent', (tab) => {
    const v = popupView(report(), { ...want, tab });
    expect(v.tab).toBe(tab);
    expect({ findings: v.findingGroups !== null, cookies: v.cookies !== null, hosts: v.hosts !== null, declared: v.declared !== null }).toEqual({
      findings: tab === 'findings', cookies: tab === 'cookies', hosts: tab === 'hosts', declared: tab === 'declared',
    });
  });

  test('one group per code in the engine\'s order, each with its first findings; evidence rows for the opened ones', () => {
    const r = report();
    // Every other finding opened: those come with their first evidence rows, the rest with none.
    const open = r.findings.filter((_, i) => i % 2 === 0).map(findingKey);
    const v = popupView(r, { ...want, open });
    expect(v.tab).toBe('findings');
    if (!v.findingGroups) throw new Error('the findings tab came without findings');
    expect(v.findingGroups.map((g) => g.code)).toEqual([...new Set(r.findings.map((f) => f.code))]);
    expect(v.findingGroups.reduce((n, g) => n + g.count, 0)).toBe(r.findings.length);
    for (const g of v.findingGroups) {
      const all = r.findings.filter((f) => f.code === g.code);
      expect(g.count).toBe(all.length);
      expect(g.severity).toBe(all[0]!.severity);
      expect(g.findings).toHaveLength(Math.min(all.length, want.findings?.[g.code] ?? FIRST_FINDINGS));
      g.findings.forEach((f, i) => {
        const { evidence, message: _english, ...rest } = all[i]!;
        const key = findingKey(all[i]!);
        expect(f).toEqual({ ...rest, key, evidence: open.includes(key) ? evidence.slice(0, EVIDENCE_SHOWN) : null, evidenceTotal: evidence.length });
      });
    }
  });

  test('the first cookies and declared rows, in the export\'s order', () => {
    const r = report();
    expect(popupView(r, { ...want, tab: 'cookies' }).cookies).toEqual(r.observations.cookies.slice(0, want.cookies ?? FIRST_COOKIES));
    const declared = popupView(r, { ...want, tab: 'declared' }).declared ?? [];
    expect(declared.map((d) => `${d.name}@${d.domain}`)).toEqual(
      r.observations.cookies.slice(0, want.declared ?? FIRST_DECLARED).map((c) => `${c.name}@${c.domain}`),
    );
    for (const d of declared) {
      const codes = r.findings.filter((f) => f.subject.kind === 'cookie' && f.subject.name === d.name && (f.subject.domain ?? '') === d.domain).map((f) => f.code);
      expect(d.codes).toEqual(codes);
    }
  });

  test('every third-party host once, with its request count, in order of first contact', () => {
    const r = report();
    const hosts = popupView(r, { ...want, tab: 'hosts' }).hosts ?? [];
    const third = r.observations.requests.filter((q) => !q.firstParty);
    expect(hosts.map((h) => h.count).reduce((a, b) => a + b, 0)).toBe(third.length);
    expect(hosts).toHaveLength(new Set(third.map((q) => q.host)).size);
    for (const h of hosts) {
      const first = third.filter((q) => q.host === h.host).sort((a, b) => a.time - b.time)[0]!;
      expect(h).toMatchObject({ vendorName: first.classification.vendorName, category: first.classification.category, tracker: first.classification.tracker });
    }
    expect(hosts.map((h) => h.firstTime)).toEqual([...hosts.map((h) => h.firstTime)].sort((a, b) => a - b));
  });
});

describe('what the popup shows of known sessions', () => {
  test('no two findings share a key (code and subject): an opened one keeps its evidence across refreshes', () => {
    for (const r of Object.values(reports)) expect(new Set(r.findings.map(findingKey)).size).toBe(r.findings.length);
  });

  test.each<[name: string, cookie: string, declaredText: string | null, codes: FindingCode[]]>([
    // No policy: nothing is declared, and no choice was made before the cookie.
    ['bare', '_ym_uid', null, ['pre-consent-cookie']],
    ['bare', 'PHPSESSID', null, []],
    // Named in the policy: its row and the lifetime text as the parser read it.
    ['declared', '_ym_uid', '_ym_uid · 1 год', ['pre-consent-cookie']],
    // Covered through its vendor (the policy names Yandex Metrika).
    ['declared', 'yandexuid', 'Yandex Metrika', ['pre-consent-cookie']],
    ['declared', '_ga', null, ['pre-consent-cookie', 'undeclared-cookie']],
    ['declared', 'PHPSESSID', null, ['undeclared-cookie']],
  ])('%s: %s is declared as %j, with codes %j', (name, cookie, declaredText, codes) => {
    const row = popupView(reports[name]!, { tab: 'declared' }).declared?.find((d) => d.name === cookie);
    expect(row?.declaredText).toBe(declaredText);
    expect(row?.codes).toEqual(codes);
  });

  test('a busy page: 400 more cookies are counted, 150 sent; Metrika is one host row with every hit', () => {
    const r = reports.busy!;
    const v = popupView(r);
    expect(v.counts.cookies).toBe(r.observations.cookies.length);
    expect(popupView(r, { tab: 'cookies' }).cookies).toHaveLength(FIRST_COOKIES);
    expect(v.findingGroups?.find((g) => g.code === 'pre-consent-cookie')?.findings).toHaveLength(FIRST_FINDINGS);
    // The Metrika tracker finding holds every hit as evidence; opened, the popup gets the first rows and the count.
    const tracker = v.findingGroups?.flatMap((g) => g.findings).find((f) => f.evidenceTotal > EVIDENCE_SHOWN);
    expect(tracker?.evidence).toBeNull();
    const opened = popupView(r, { open: [tracker!.key] }).findingGroups?.flatMap((g) => g.findings).find((f) => f.key === tracker!.key);
    expect(opened?.evidence).toHaveLength(EVIDENCE_SHOWN);
    const metrika = popupView(r, { tab: 'hosts' }).hosts?.find((h) => h.host === 'mc.yandex.ru');
    expect(metrika?.count).toBe(r.observations.requests.filter((q) => q.host === 'mc.yandex.ru').length);
    expect(metrika?.count).toBeGreaterThan(400);
    // Much smaller than the export it is cut from: that is the point.
    expect(JSON.stringify(v).length).toBeLessThan(JSON.stringify(r).length / 2);
    expect(PAGE).toContain(v.page.site);
  });
});
