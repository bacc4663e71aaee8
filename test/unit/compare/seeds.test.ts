// The five seed policies as the policy parser would declare them, quoted from the real texts,
// compared with what a Yandex Metrika / Google Analytics page sets before consent.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { computeFindings, summarize } from '../../../lib/compare/index';
import type { Category, Declarations, FindingCode, PolicyLanguage, SourceLocation, StatementKind } from '../../../lib/model/types';
import { DAY, KB, YEAR, cookie, declarations, duration, input, observations } from './builders';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const seedDir = join(process.env.CONSENT_AUDITOR_SHARED ?? join(repo, '..', 'shared'), 'seeds');

function seed(file: string) {
  const text = readFileSync(join(seedDir, file), 'utf8');
  // The quote is the whole line holding the needle, as the parser reports table rows and sentences.
  const at = (needle: string): { quote: string; location: SourceLocation } => {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`${file}: "${needle}" not found`);
    const start = text.lastIndexOf('\n', offset) + 1;
    const end = text.indexOf('\n', offset);
    const line = text.slice(0, offset).split('\n').length;
    return { quote: text.slice(start, end < 0 ? undefined : end).trim(), location: { source: 0, offset: start, where: `line ${line}` } };
  };
  return { at };
}

function sourceFor(url: string, language: PolicyLanguage): Declarations['sources'] {
  return [{ url, sha256: '0'.repeat(64), language, kind: 'privacy-policy' }];
}

const vendor = (s: ReturnType<typeof seed>, id: string, name: string, matched: string) => ({ vendor: id, name, matched, ...s.at(matched) });
const category = (s: ReturnType<typeof seed>, c: Category, needle: string) => ({ category: c, ...s.at(needle) });
const said = (s: ReturnType<typeof seed>, kind: StatementKind, needle: string) => ({ kind, ...s.at(needle) });

const s000 = seed('000_c258c0cdc4363dde.txt');
const s001 = seed('001_4be82ead2e78d97a.txt');
const s002 = seed('002_de26253733173c30.txt');
const s003 = seed('003_7333b0613b279fc1.txt');
const s004 = seed('004_d11e00bd34c9ad6e.txt');

const seeds: Record<string, Declarations> = {
  '000': declarations({
    sources: sourceFor('https://activecloud.by/privacy', 'ru'),
    vendors: [
      vendor(s000, 'google-analytics', 'Google Analytics', 'Google Analytics'),
      vendor(s000, 'yandex-metrika', 'Yandex Metrika', 'Yandex Metrika'),
      vendor(s000, 'jivo', 'Jivo', 'Jivo'),
    ],
    statements: [said(s000, 'separate-cookie-policy', 'С политикой обработки файлов cookie можно ознакомиться')],
  }),
  '001': declarations({
    sources: sourceFor('https://crmcalls.ru/privacy', 'ru'),
    categories: [
      category(s001, 'necessary', '— строго необходимые файлы cookie'),
      category(s001, 'analytics', '— статистические / аналитические'),
      category(s001, 'functional', '— функциональные файлы cookie'),
      category(s001, 'marketing', '— рекламные файлы cookie'),
    ],
    statements: [said(s001, 'consent-first-visit', 'При первом посещении Сайтов может быть запрошено')],
  }),
  '002': declarations({
    sources: sourceFor('https://chat2desk.com/privacy', 'ru'),
    vendors: [
      vendor(s002, 'yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика'),
      vendor(s002, 'google-analytics', 'Google Analytics', 'Google Analytics'),
      vendor(s002, 'comagic', 'CoMagic', 'CoMagic'),
      vendor(s002, 'roistat', 'Roistat', 'Roistat'),
    ],
    statements: [said(s002, 'session-only', 'используются сеансовые Cookies')],
  }),
  '003': declarations({
    sources: sourceFor('https://itpro.ua/privacy', 'uk'),
    cookies: [
      { names: ['_ga'], prefixes: [], provider: null, vendor: 'google-analytics', purpose: null, category: 'analytics', lifetime: duration('fixed', 2 * YEAR, 2 * YEAR, '2 роки'), ...s003.at('_ga Файл') },
      { names: ['1P_JAR', 'DV'], prefixes: [], provider: null, vendor: null, purpose: null, category: 'analytics', lifetime: duration('range', DAY, 30 * DAY, 'Від 1 дня до 1 місяця'), ...s003.at('1P_JAR, DV') },
      { names: ['_gid', '_gat_gtag_UA_135248891_1'], prefixes: [], provider: null, vendor: 'google-analytics', purpose: null, category: 'analytics', lifetime: duration('fixed', DAY, DAY, '1 день'), ...s003.at('_gid, _gat_gtag') },
      { names: ['ASP.NET_SessionId'], prefixes: [], provider: null, vendor: null, purpose: null, category: 'necessary', lifetime: duration('session', null, null, 'До закриття вікна Інтернет-сторінки'), ...s003.at('ASP.NET_SessionId') },
    ],
  }),
  '004': declarations({
    sources: sourceFor('https://mnogoweb.kz/privacy', 'ru'),
    statements: [said(s004, 'not-personal-data', 'не относится к персональным данным')],
  }),
};

/** A Metrika + GA page before any consent choice, as the lab's emulation sets it. */
const metrikaPage = observations({
  cookies: [
    cookie('_ym_uid', { time: 410, requestedLifetimeSeconds: YEAR, lifetimeSeconds: YEAR, classification: KB.metrika }),
    cookie('_ym_d', { time: 411, requestedLifetimeSeconds: YEAR, lifetimeSeconds: YEAR, classification: KB.metrika }),
  ],
});
const gaPage = observations({
  cookies: [cookie('_ga', { time: 300, requestedLifetimeSeconds: 4 * YEAR, lifetimeSeconds: 400 * DAY, initiator: 'https://www.googletagmanager.com/gtag/js?id=G-1', classification: KB.ga })],
});

function run(id: string, obs = metrikaPage) {
  const decl = seeds[id];
  if (decl === undefined) throw new Error(id);
  return computeFindings(input({ site: 'example.ru', declarations: decl, observations: obs }));
}

const has = (id: string, code: FindingCode, name: string, obs = metrikaPage) =>
  run(id, obs).some((f) => f.code === code && f.subject.name === name);

describe('seed scenarios', () => {
  test('003: _ga declared "2 роки", requested 4 years -> retention-exceeds quoting the table row', () => {
    const finding = run('003', gaPage).find((f) => f.code === 'retention-exceeds');
    expect(finding?.subject.name).toBe('_ga');
    expect(finding?.declared?.quote).toMatch(/^_ga Файл Cookie .*2 роки$/);
    expect(finding?.declared?.sourceUrl).toBe('https://itpro.ua/privacy');
    expect(has('003', 'undeclared-cookie', '_ga', gaPage)).toBe(false);
  });

  test('002: "session cookies" statement + persistent _ym_uid -> session-mismatch, not undeclared', () => {
    const finding = run('002').find((f) => f.code === 'session-mismatch' && f.subject.name === '_ym_uid');
    expect(finding?.messageKey).toBe('session-mismatch.statement');
    expect(finding?.declared?.quote).toContain('сеансовые Cookies');
    expect(has('002', 'undeclared-cookie', '_ym_uid')).toBe(false);
  });

  test('004: nothing declared + _ym_uid pre-consent -> undeclared-cookie, pre-consent-cookie, policy-without-cookie-list', () => {
    const codes = run('004').filter((f) => f.subject.name === '_ym_uid' || f.subject.kind === 'policy').map((f) => f.code);
    expect(codes).toEqual(['pre-consent-cookie', 'undeclared-cookie', 'policy-without-cookie-list']);
    expect(has('004', 'undeclared-vendor', 'Yandex Metrika')).toBe(true);
  });

  test('001: categories only -> no policy-without-cookie-list (it declares categories), _ym_uid still undeclared', () => {
    expect(run('001').some((f) => f.code === 'policy-without-cookie-list')).toBe(false);
    expect(has('001', 'undeclared-cookie', '_ym_uid')).toBe(true);
  });

  test('000: Yandex Metrika named -> _ym_uid is declared, but still set before consent', () => {
    expect(has('000', 'undeclared-cookie', '_ym_uid')).toBe(false);
    expect(has('000', 'undeclared-vendor', 'Yandex Metrika')).toBe(false);
    expect(has('000', 'pre-consent-cookie', '_ym_uid')).toBe(true);
    expect(has('000', 'declared-not-observed', 'Jivo')).toBe(true);
  });

  test.each([
    ['000', { high: 2, medium: 0, low: 0, info: 2 }],
    // 001 names categories, so it no longer gets policy-without-cookie-list (medium)
    ['001', { high: 3, medium: 2, low: 0, info: 0 }],
    ['002', { high: 2, medium: 2, low: 0, info: 3 }],
    ['003', { high: 3, medium: 2, low: 0, info: 6 }],
    ['004', { high: 3, medium: 3, low: 0, info: 0 }],
  ])('seed %s on the Metrika page: severities %j', (id, bySeverity) => {
    expect(summarize(run(id)).bySeverity).toEqual(bySeverity);
  });
});
