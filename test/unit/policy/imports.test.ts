// Imports: the Open Cookie Database CSV layout (checked against the pinned database itself)
// and the EDPB Website Auditing Tool knowledge base.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import { parseEdpbKnowledgeBase, parseOcdCsv, parsePastedText } from '../../../lib/policy';
import { DATA, fixture } from './shared-paths';

const OCD = join(DATA, 'open-cookie-database', 'open-cookie-database.csv');
const HEADER = 'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
const D = 86_400;

describe('parseOcdCsv', () => {
  test.skipIf(!existsSync(OCD))('reads the whole pinned Open Cookie Database', () => {
    const d = parseOcdCsv(readFileSync(OCD, 'utf8'));
    expect(d.cookies.length).toBeGreaterThan(2200);
    const ga = d.cookies.find((c) => c.names.includes('_ga'));
    expect(ga).toMatchObject({ category: 'analytics', provider: 'Google' });
    expect(ga?.lifetime?.maxSeconds).toBe(2 * 365 * D);
    expect(d.cookies.filter((c) => c.prefixes.length > 0).length).toBeGreaterThan(200);
    expect(d.categories.map((c) => c.category).sort()).toEqual(['analytics', 'functional', 'marketing', 'necessary']);
    expect(d.sources[0]).toMatchObject({ kind: 'import', url: null, language: 'en' });
  });

  test.each([
    ['x1,Google Analytics,Analytics,_ga,,ID used to identify users,2 years,Google,https://policies.google.com,0', { names: ['_ga'], prefixes: [], category: 'analytics', max: 2 * 365 * D }],
    ['x2,Google Analytics,Analytics,_ga_,,GA4 state,2 years,Google,,1', { names: [], prefixes: ['_ga_'], category: 'analytics', max: 2 * 365 * D }],
    ['x3,Cloudflare,Security,__cf_bm,,"Bot management, ""challenge"" state",30 minutes,Cloudflare,,0', { names: ['__cf_bm'], prefixes: [], category: 'necessary', max: 1800 }],
    ['x4,Shop,Personalization,recently_viewed,,Products you saw,session,Shop,,0', { names: ['recently_viewed'], prefixes: [], category: 'functional', max: null }],
    ['x5,Ads,Marketing,_fbp,,Facebook pixel,3 months,Meta,,0', { names: ['_fbp'], prefixes: [], category: 'marketing', max: 90 * D }],
  ])('%s', (line, expected) => {
    const d = parseOcdCsv(`${HEADER}\r\n${line}\r\n`, { findVendorMentions });
    const c = d.cookies[0]!;
    expect({ names: c.names, prefixes: c.prefixes, category: c.category, max: c.lifetime?.maxSeconds ?? null }).toEqual(expected);
    expect(c.location.where).toBe('row 2');
  });

  test('quoted fields may hold line breaks', () => {
    const d = parseOcdCsv(`${HEADER}\nx,P,Analytics,a_b,,"line one\nline two",1 day,C,,0\nx,P,Analytics,c_d,,desc,1 day,C,,0\n`);
    expect(d.cookies.map((c) => [c.names[0], c.location.where])).toEqual([['a_b', 'row 2'], ['c_d', 'row 4']]);
  });

  test.each([
    ['', /empty/],
    ['name,expiry\n_ga,2 years', /not a CSV in the Open Cookie Database layout.*"cookie \/ data key name", "category", "retention period" are missing/],
    [`${HEADER}\n`, /no row with a cookie name/],
    [`${HEADER}\nx,P,Analytics,,,d,1 day,C,,0`, /no row with a cookie name/],
  ])('rejects %j', (text, message) => {
    expect(() => parseOcdCsv(text)).toThrow(message);
  });
});

describe('parseEdpbKnowledgeBase', () => {
  const kb = JSON.parse(fixture('edpb-knowledge-base.json')) as { knowledges: unknown[] };

  test('reads cookie knowledges and skips local-storage ones', () => {
    const d = parseEdpbKnowledgeBase(kb);
    expect(d.cookies.map((c) => [c.names, c.prefixes, c.category, c.provider])).toEqual([
      [['_ga'], [], 'analytics', 'Google'],
      [[], ['_ga_'], 'analytics', 'Google'],
      [['yandexuid'], [], 'marketing', 'Yandex'],
      [['PHPSESSID'], [], 'necessary', 'example.com'],
    ]);
    expect(d.cookies[0]?.location.where).toBe('knowledges[0]');
    expect(d.sources[0]).toMatchObject({ kind: 'import', title: 'EDPB Website Auditing Tool knowledge base' });
  });

  test.each([
    ['a list of knowledge bases', [kb, { name: 'other', category: 'cookie', knowledges: [{ kind: 'cookie', name: 'x_id', category: 'Functional' }] }], 5],
    ['a bare list of entries', kb.knowledges, 4],
    ['JSON text', JSON.stringify(kb), 4],
  ])('accepts %s', (_name, input, count) => {
    expect(parseEdpbKnowledgeBase(input).cookies).toHaveLength(count);
  });

  test.each([
    [42, /not an EDPB Website Auditing Tool knowledge base/],
    ['{not json', /not valid JSON/],
    [{ name: 'kb' }, /has no "knowledges" list/],
    [{ knowledges: [] }, /not an EDPB Website Auditing Tool knowledge base/],
    [{ knowledges: [{ kind: 'localstorage', name: 'k' }] }, /no cookie entries/],
  ])('rejects %j', (input, message) => {
    expect(() => parseEdpbKnowledgeBase(input)).toThrow(message);
  });
});

describe('parsePastedText', () => {
  test('is the text parser, labelled as pasted', () => {
    const d = parsePastedText('Cookie\tExpiry\n_ga\t2 years\n_gid\t24 hours\nWe use only session cookies.', { findVendorMentions });
    expect(d.sources[0]).toMatchObject({ kind: 'pasted', url: null, language: 'en' });
    expect(d.cookies.map((c) => [c.names[0], c.lifetime?.maxSeconds])).toEqual([['_ga', 2 * 365 * D], ['_gid', D]]);
    expect(d.statements.map((s) => s.kind)).toEqual(['session-only']);
  });
});
