import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../lib/classify/csv';
import { parseFilterList, withoutCoveredHosts } from '../../../lib/classify/filter-list';
import { createFilterMatcher } from '../../../lib/classify/filter-matcher';
import { decodeKeys, encodeKeys, hasKey, hostKey, suffixHashes } from '../../../lib/classify/host-hash';
import { domainHosts, normaliseOcdCategory, parseOpenCookieDatabase } from '../../../lib/classify/ocd';
import { PERSISTENT_SECONDS, parseRetention } from '../../../lib/classify/retention';
import type { FilterTable } from '../../../lib/classify/types';

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365 * DAY;

describe('Open Cookie Database categories', () => {
  test.each([
    ['Functional', 'necessary'],
    ['Security', 'necessary'],
    ['Necessary', 'necessary'],
    ['Personalization', 'functional'],
    ['Analytics', 'analytics'],
    ['Marketing', 'marketing'],
    [' marketing ', 'marketing'],
    ['Category', 'unknown'],
    ['', 'unknown'],
  ])('%j -> %s', (label, category) => {
    expect(normaliseOcdCategory(label)).toBe(category);
  });
});

describe('Open Cookie Database retention text', () => {
  // Real values from the database's retention column.
  test.each([
    ['1 year', YEAR],
    ['1 Year', YEAR],
    ['2 years', 2 * YEAR],
    ['13 months', 13 * 30 * DAY],
    ['30 minutes', 30 * MIN],
    ['30 mins', 30 * MIN],
    ['90 sec', 90],
    ['1 day', DAY],
    ['24 hours', 24 * HOUR],
    ['2 Weeks', 14 * DAY],
    ['3650 days', 3650 * DAY],
    ['1440 Minutes', DAY],
    ['session', null],
    ['Session', null],
    ['Sessions', null],
    ['Seesion', null],
    ['session cookie', null],
    ['End of session (browser)', null],
    ['Immediately removed', null],
    ['0 days', null],
    ['180 days after last activity', 180 * DAY],
    ['180 days after last activity or 10 years when opting out', 10 * YEAR],
    ['Session to 30 days', 30 * DAY],
    ['1 week to 1 year', YEAR],
    ['30 minutes, 3w or 1y depending on value', YEAR],
    ['1 year (in some countries, the period may be longer)', YEAR],
    ['14 days if you select “Remember Me” when logging in. Otherwise, Session.', 14 * DAY],
    ['forever', PERSISTENT_SECONDS],
    ['Persistent', PERSISTENT_SECONDS],
    ['no expiration', PERSISTENT_SECONDS],
    ['Unknown', undefined],
    ['Varies', undefined],
    ['Local Storage', undefined],
    ['10 Nov 2030', undefined],
    ['', undefined],
  ])('%j -> %s', (text, seconds) => {
    expect(parseRetention(text)).toBe(seconds);
  });

  test('fuzz: never throws, answers a positive number, null or undefined', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      const r = parseRetention(text);
      expect(r === null || r === undefined || (Number.isFinite(r) && r > 0)).toBe(true);
    }), { numRuns: 500 });
  });
});

describe('CSV', () => {
  test.each([
    ['a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['a,"b,c",d', [['a', 'b,c', 'd']]],
    ['"say ""hi""",x\r\n', [['say "hi"', 'x']]],
    ['"multi\nline",y\n', [['multi\nline', 'y']]],
    ['', []],
    [',\n', [['', '']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test('fuzz: quoting any fields round-trips', () => {
    const field = fc.string({ maxLength: 12 });
    fc.assert(fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\n');
      expect(parseCsv(text)).toEqual(rows);
    }), { numRuns: 300 });
  });

  test('fuzz: arbitrary input never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(Array.isArray(parseCsv(text))).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('Open Cookie Database rows', () => {
  const csv = [
    'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match',
    '1,Adform,Marketing,uid,adform.net (3rd party),"Registers a unique ID, for ads",60 days,Adform,https://site.adform.com/privacy-center/,0',
    '2,Google Analytics,Analytics,_ga_,,"GA4 state",2 years,Google,https://business.safety.google/privacy/,1',
    '3,Some CMS,Functional,SR,,short,session,X,,1',
    '4,Some CMS,Personalization,theme_pref,,theme,1 year,X,,0',
  ].join('\n');
  const { rows, skipped } = parseOpenCookieDatabase(csv);

  test('reads names, wildcards, categories, lifetimes and hosts', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ name: 'uid', category: 'marketing', lifetime: 60 * DAY, hosts: ['adform.net'], thirdPartyOnly: true, wildcard: false });
    expect(rows[1]).toMatchObject({ name: '_ga_', wildcard: true, category: 'analytics', lifetime: 2 * YEAR });
    expect(rows[2]).toMatchObject({ name: 'theme_pref', category: 'functional' });
  });

  test('drops wildcard prefixes too short to be specific', () => {
    expect(skipped).toEqual([{ reason: 'wildcard prefix too short', name: 'SR' }]);
  });

  test.each([
    ['adform.net (3rd party)', ['adform.net']],
    ['.bing.com (3rd party) or .microsoft.com (3rd party)', ['bing.com', 'microsoft.com']],
    ['Inspectlet.com (3rd party)', ['inspectlet.com']],
    ['', []],
    ['Various', []],
  ])('domain column %j -> %j', (domain, hosts) => {
    expect(domainHosts(domain)).toEqual(hosts);
  });
});

describe('filter lists', () => {
  const list = [
    '[Adblock Plus 2.0]',
    '! Version: 202608130529',
    '||tracker.example^',
    '||sub.tracker.example^$third-party',
    '||metrics.example^$script,third-party',
    '||cdn.example/stats/*.gif^',
    '||cdn.example/pixel|',
    '||shop.example^$domain=foo.com',
    '||allowed.example^',
    '@@||allowed.example^',
    '@@||tracker.example/ok.js$domain=x.com',
    '/generic-pixel.gif?',
    '||*.wild.example^',
    'example.com##.ad',
    '||redir.example^$redirect=noopjs',
  ].join('\n');
  const parsed = parseFilterList(list);

  test('keeps host anchors, drops site-specific, exceptions, generic and cosmetic rules', () => {
    expect(parsed.version).toBe('202608130529');
    expect([...parsed.hosts].sort()).toEqual(['metrics.example', 'sub.tracker.example', 'tracker.example']);
    expect([...parsed.paths.get('cdn.example') ?? []].sort()).toEqual(['/pixel|', '/stats/*.gif^']);
    expect(parsed.stats).toMatchObject({ siteSpecific: 1, pathException: 1, generic: 1, wildcardHost: 1, cosmetic: 1, modifiers: 1 });
  });

  test('covered subdomains are folded into their parent', () => {
    expect(withoutCoveredHosts(parsed.hosts)).toEqual(['metrics.example', 'tracker.example']);
  });

  const table: FilterTable = {
    header: { generatedBy: 'test', note: '', kbVersion: '', sources: [] },
    lists: ['test-list'],
    hostHashes: [encodeKeys(withoutCoveredHosts(parsed.hosts).map(hostKey))],
    paths: [Object.fromEntries([...parsed.paths].map(([h, s]) => [h, [...s]]))],
  };
  const matcher = createFilterMatcher(table);
  test.each([
    ['tracker.example', '/', '||tracker.example^'],
    ['a.b.tracker.example', '/x', '||tracker.example^'],
    ['metrics.example', '/js', '||metrics.example^'],
    ['cdn.example', '/stats/a/b.gif?x=1', '||cdn.example/stats/*.gif^'],
    ['cdn.example', '/pixel', '||cdn.example/pixel|'],
    ['cdn.example', '/pixel.png', null],
    ['cdn.example', '/app.js', null],
    ['nottracker.example', '/', null],
    ['allowed.example', '/', null],
    ['shop.example', '/', null],
  ])('%s%s -> %s', (host, path, rule) => {
    expect(matcher.match(host, path)?.rule ?? null).toBe(rule);
  });
});

describe('host hashes', () => {
  test('suffix hashes equal the hash of each suffix on its own', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { minLength: 2, maxLength: 5 }), (labels) => {
      const host = labels.join('.');
      for (const { start, key } of suffixHashes(host)) expect(key).toBe(hostKey(host.slice(start)));
    }), { numRuns: 300 });
  });

  test('encode/decode round-trips sorted and deduplicated', () => {
    fc.assert(fc.property(fc.array(fc.domain(), { maxLength: 50 }), (hosts) => {
      const keys = hosts.map(hostKey);
      const decoded = decodeKeys(encodeKeys(keys));
      expect([...decoded]).toEqual([...new Set(keys)].sort((a, b) => a - b));
      for (const k of keys) expect(hasKey(decoded, k)).toBe(true);
    }), { numRuns: 200 });
  });

  test('keys fit in 48 bits', () => {
    fc.assert(fc.property(fc.domain(), (host) => {
      const k = hostKey(host);
      expect(Number.isSafeInteger(k) && k >= 0 && k < 2 ** 48).toBe(true);
    }));
  });
});
