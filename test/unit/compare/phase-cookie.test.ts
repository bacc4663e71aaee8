import { describe, expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { CookieObservation, FindingCode, Phase } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredVendor, input, kb, observations } from './builders';

function codesFor(cookies: CookieObservation[], code: FindingCode) {
  return computeFindings(input({ observations: observations({ cookies }) })).filter((f) => f.code === code);
}

describe.each<[FindingCode, Phase]>([
  ['pre-consent-cookie', 'pre-consent'],
  ['after-reject-cookie', 'after-reject'],
])('%s', (code, phase) => {
  test.each<[string, CookieObservation, boolean]>([
    ['analytics (_ym_uid)', cookie('_ym_uid', { phase, classification: KB.metrika }), true],
    ['marketing (IDE, third-party)', cookie('IDE', { phase, domain: '.doubleclick.net', firstParty: false, classification: KB.doubleclick }), true],
    ['unknown third-party', cookie('uid', { phase, domain: '.adriver.ru', firstParty: false }), true],
    ['unknown first-party (the site\'s own)', cookie('sid', { phase }), false],
    ['necessary first-party', cookie('csrftoken', { phase, classification: KB.necessary }), false],
    ['functional third-party', cookie('jv_lang', { phase, firstParty: false, classification: kb('jivo', 'Jivo', 'functional', false) }), false],
    ['analytics in another phase', cookie('_ga', { phase: 'after-accept', classification: KB.ga }), false],
  ])('%s -> %s', (_label, observed, expected) => {
    const found = codesFor([observed], code);
    expect(found.length).toBe(expected ? 1 : 0);
    if (expected) {
      expect(found[0]?.severity).toBe('high');
      expect(found[0]?.phase).toBe(phase);
      expect(found[0]?.subject).toEqual({
        kind: 'cookie',
        name: observed.name,
        domain: observed.domain,
        vendor: observed.classification.vendor,
      });
    }
  });

  test('one finding per cookie, with every write as evidence', () => {
    const writes = [
      cookie('_ym_uid', { phase, time: 900, classification: KB.metrika }),
      cookie('_ym_uid', { phase, time: 100, path: '/shop', classification: KB.metrika }),
      cookie('_ym_uid', { phase, time: 400, domain: '.other.example.ru', classification: KB.metrika }),
    ];
    const found = codesFor(writes, code);
    expect(found.map((f) => f.subject.domain)).toEqual(['.example.ru', '.other.example.ru']);
    expect(found[0]?.evidence.map((e) => e.time)).toEqual([100, 900]);
  });
});

test('a declared vendor is quoted on the pre-consent finding', () => {
  const metrika = declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'сервисов Яндекс Метрика');
  const findings = computeFindings(
    input({
      declarations: declarations({ vendors: [metrika] }),
      observations: observations({ cookies: [cookie('_ym_uid', { classification: KB.metrika })] }),
    }),
  );
  const finding = findings.find((f) => f.code === 'pre-consent-cookie');
  expect(finding?.declared).toEqual({ quote: 'сервисов Яндекс Метрика', where: 'line 111', sourceUrl: 'https://example.ru/privacy' });
  expect(finding?.message).toBe(
    'Cookie _ym_uid (.example.ru; analytics, Yandex Metrika) was set before the visitor made a consent choice.',
  );
});
