// lib/model/export.schema.json is what other tools read our exports against. Real exports (built
// by buildExport from sessions driven through the tracker, with the seed policies) must pass it,
// and exports broken the ways a buggy writer or a hand edit would break them must not.
import { beforeAll, describe, expect, test } from 'vitest';
import schema from '../../../lib/model/export.schema.json' with { type: 'json' };
import type { AuditExport } from '../../../lib/report/export';
import { validateExport } from '../../../lib/report/validate';
import { haveSeeds, seed } from '../policy/shared-paths';
import { CTX, type SessionOptions, syntheticExport } from './session';

const ACCEPT = { time: 2_000, state: 'accepted', signal: 'click' } as const;
const REJECT = { time: 1_500, state: 'rejected', signal: 'cmp:vanilla-cookieconsent' } as const;
const PARTIAL = { time: 900, state: 'partial', signal: 'consent-cookie:cookieyes-consent' } as const;
const FORGED = { time: 5, state: 'accepted', signal: 'tcf', hint: true } as const;

describe('real exports validate', () => {
  // [label, session, UI language, findings expected at least]
  const variants: [string, SessionOptions, 'en' | 'ru' | 'uk', number][] = [
    ['no policy, no consent', {}, 'en', 4],
    ['accepted by click', { consent: ACCEPT }, 'en', 4],
    ['rejected through the CMP', { consent: REJECT }, 'ru', 4],
    ['partial, from a consent cookie', { consent: PARTIAL }, 'uk', 4],
    // An uncorroborated TCF hint alone sets the state (lib/consent/timeline.ts), so nothing is pre-consent here.
    ['a MAIN-world TCF hint', { consent: FORGED }, 'en', 0],
  ];
  test.each(variants)('%s (%s UI)', async (_label, opts, locale, minFindings) => {
    const report = await syntheticExport(opts, { ...CTX, locale });
    expect(report.observations.cookies.length).toBeGreaterThan(3);
    expect(report.findings.length).toBeGreaterThanOrEqual(minFindings);
    expect(validateExport(report)).toEqual({ valid: true, errors: [] });
  });

  test.runIf(haveSeeds).each(['000', '001', '002', '003', '004'])('with seed policy %s as the declaration', async (id) => {
    const report = await syntheticExport({ policyText: seed(id), consent: REJECT }, { ...CTX, locale: 'ru' });
    expect(report.policy.state).toBe('found');
    expect(report.declarations.sources).toHaveLength(1);
    expect(validateExport(report)).toEqual({ valid: true, errors: [] });
  });

  test('an export survives a JSON round trip (what the file on disk holds) and still validates', async () => {
    const report = await syntheticExport({ consent: ACCEPT });
    expect(validateExport(JSON.parse(JSON.stringify(report)))).toEqual({ valid: true, errors: [] });
  });
});

describe('broken exports are rejected', () => {
  let good: AuditExport;
  beforeAll(async () => {
    good = await syntheticExport({ policyText: haveSeeds ? seed('003') : 'Cookie _ga: Google Analytics, 2 years.', consent: ACCEPT });
    expect(validateExport(good).valid).toBe(true);
  });

  type Json = Record<string, unknown>;
  const at = (o: unknown, ...path: (string | number)[]): Json => {
    let cur = o;
    for (const p of path) cur = (cur as Json)[p];
    return cur as Json;
  };

  // [what breaks, the JSON pointer ajv must name, mutation]
  const breaks: [string, string, (r: Json) => void][] = [
    ['schemaVersion missing', '/', (r) => delete r.schemaVersion],
    ['schemaVersion 2', '/schemaVersion', (r) => (r.schemaVersion = 2)],
    ['tool without knowledgeBaseVersion', '/tool', (r) => delete at(r, 'tool').knowledgeBaseVersion],
    ['empty knowledgeBaseVersion', '/tool/knowledgeBaseVersion', (r) => (at(r, 'tool').knowledgeBaseVersion = '')],
    ['page without site', '/page', (r) => delete at(r, 'page').site],
    ['startedAt not a date-time', '/startedAt', (r) => (r.startedAt = '21.11.2026 10:00')],
    ['findings missing', '/', (r) => delete r.findings],
    ['consent state "granted"', '/consent/state', (r) => (at(r, 'consent').state = 'granted')],
    ['consent without timeline', '/consent', (r) => delete at(r, 'consent').timeline],
    ['consent event state "maybe"', '/consent/timeline/0/state', (r) => (at(r, 'consent', 'timeline', 0).state = 'maybe')],
    ['policy state "done"', '/policy/state', (r) => (at(r, 'policy').state = 'done')],
    ['observations without storage', '/observations', (r) => delete at(r, 'observations').storage],
    ['cookies not an array', '/observations/cookies', (r) => (at(r, 'observations').cookies = {})],
    ['cookie without name', '/observations/cookies/0', (r) => delete at(r, 'observations', 'cookies', 0).name],
    ['cookie phase "before-consent"', '/observations/cookies/0/phase', (r) => (at(r, 'observations', 'cookies', 0).phase = 'before-consent')],
    ['cookie sameSite "None" (header spelling)', '/observations/cookies/0/sameSite', (r) => (at(r, 'observations', 'cookies', 0).sameSite = 'None')],
    ['cookie setBy "server"', '/observations/cookies/0/setBy', (r) => (at(r, 'observations', 'cookies', 0).setBy = 'server')],
    ['cookie time negative', '/observations/cookies/0/time', (r) => (at(r, 'observations', 'cookies', 0).time = -1)],
    ['cookie expiresAt epoch number', '/observations/cookies/0/expiresAt', (r) => (at(r, 'observations', 'cookies', 0).expiresAt = 1795000000)],
    ['cookie lifetime as text', '/observations/cookies/0/lifetimeSeconds', (r) => (at(r, 'observations', 'cookies', 0).lifetimeSeconds = '1 year')],
    ['category "advertising"', '/observations/cookies/0/classification/category', (r) => (at(r, 'observations', 'cookies', 0, 'classification').category = 'advertising')],
    ['classification source "guess"', '/observations/cookies/0/classification/source', (r) => (at(r, 'observations', 'cookies', 0, 'classification').source = 'guess')],
    ['confidence above 1', '/observations/cookies/0/classification/confidence', (r) => (at(r, 'observations', 'cookies', 0, 'classification').confidence = 1.5)],
    ['classification without tracker', '/observations/cookies/0/classification', (r) => delete at(r, 'observations', 'cookies', 0, 'classification').tracker],
    ['request status 200.5', '/observations/requests/0/status', (r) => (at(r, 'observations', 'requests', 0).status = 200.5)],
    ['request without host', '/observations/requests/0', (r) => delete at(r, 'observations', 'requests', 0).host],
    ['storage area "indexedDB"', '/observations/storage/0/area', (r) => (at(r, 'observations', 'storage', 0).area = 'indexedDB')],
    ['declaration source sha256 in upper case', '/declarations/sources/0/sha256', (r) => (at(r, 'declarations', 'sources', 0).sha256 = 'AB'.repeat(32))],
    ['declaration language "ua"', '/declarations/sources/0/language', (r) => (at(r, 'declarations', 'sources', 0).language = 'ua')],
    ['declarations without statements', '/declarations', (r) => delete at(r, 'declarations').statements],
    ['finding code renamed', '/findings/0/code', (r) => (at(r, 'findings', 0).code = 'pre-consent-cookies')],
    ['severity "critical"', '/findings/0/severity', (r) => (at(r, 'findings', 0).severity = 'critical')],
    ['finding subject kind "header"', '/findings/0/subject/kind', (r) => (at(r, 'findings', 0, 'subject').kind = 'header')],
    ['finding with an empty message', '/findings/0/message', (r) => (at(r, 'findings', 0).message = '')],
    ['finding without evidence', '/findings/0', (r) => delete at(r, 'findings', 0).evidence],
    ['evidence phase "later"', '/findings/0/evidence/0/phase', (r) => (at(r, 'findings', 0, 'evidence', 0).phase = 'later')],
    ['summary without bySeverity.high', '/summary/bySeverity', (r) => delete at(r, 'summary', 'bySeverity').high],
    ['summary counting an unknown code', '/summary/byCode', (r) => (at(r, 'summary', 'byCode')['tracking-pixel'] = 1)],
    ['summary total negative', '/summary/total', (r) => (at(r, 'summary').total = -1)],
  ];

  test.each(breaks)('%s', (_label, pointer, mutate) => {
    const broken = structuredClone(good) as unknown as Json;
    mutate(broken);
    const { valid, errors } = validateExport(broken);
    expect(valid).toBe(false);
    expect(errors.some((e) => e.startsWith(`${pointer} `))).toBe(true);
  });

  test.each([['null', null], ['an array', []], ['a string', 'export'], ['an empty object', {}]])('%s is not an export', (_label, value) => {
    expect(validateExport(value).valid).toBe(false);
  });
});

describe('the schema keeps up with the export', () => {
  // Additional properties are allowed (other tools must tolerate extensions), so a field the
  // writer adds without the schema would pass silently: these keep the two in step.
  type Props = { properties?: Record<string, unknown> };
  const defs = (schema as { definitions: Record<string, Props> }).definitions;
  const keysOf = (items: object[]) => [...new Set(items.flatMap((o) => Object.keys(o)))].sort();
  let report: AuditExport;
  beforeAll(async () => {
    report = await syntheticExport({ policyText: haveSeeds ? seed('002') : 'Yandex Metrika', consent: ACCEPT });
  });

  test.each([
    ['top level', () => [report], (schema as Props).properties],
    ['cookie', () => report.observations.cookies, defs.cookie?.properties],
    ['request', () => report.observations.requests, defs.request?.properties],
    ['storage', () => report.observations.storage, defs.storage?.properties],
    ['classification', () => report.observations.cookies.map((c) => c.classification), defs.classification?.properties],
    ['consent', () => [report.consent], defs.consent?.properties],
    ['policy status', () => [report.policy], defs.policyStatus?.properties],
    ['finding', () => report.findings, defs.finding?.properties],
  ] as const)('every %s field the export writes is described in the schema', (_label, items, props) => {
    const written = keysOf(items());
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((k) => !(k in (props ?? {})))).toEqual([]);
  });
});
