import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { Category, Classification } from '../../../lib/model/types';
import { KB, cookie, declarations, declaredCookie, declaredVendor, input, kb, observations } from './builders';

function purposeFindings(declared: Category | null, classification: Classification, name = '_ga', locale: 'en' | 'ru' | 'uk' = 'en') {
  const decl = declarations({
    cookies: [declaredCookie([name], { category: declared, purpose: 'технический файл' })],
    vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'Яндекс Метрика')],
  });
  return computeFindings(input({ locale, declarations: decl, observations: observations({ cookies: [cookie(name, { classification })] }) })).filter(
    (f) => f.code === 'purpose-mismatch',
  );
}

test.each<[string, Category | null, Classification, boolean]>([
  ['analytics declared necessary, curated', 'necessary', KB.ga, true],
  ['analytics declared functional, Open Cookie Database 0.9', 'functional', kb('google-analytics', 'Google Analytics', 'analytics', true, 0.9, 'open-cookie-database'), true],
  ['same category', 'analytics', KB.ga, false],
  ['declared category missing', null, KB.ga, false],
  ['declared unknown', 'unknown', KB.ga, false],
  ['knowledge base unsure (0.7)', 'necessary', kb('google-analytics', 'Google Analytics', 'analytics', true, 0.7, 'curated'), false],
  ['filter-list source', 'necessary', kb('google-analytics', 'Google Analytics', 'analytics', true, 0.95, 'filter-list'), false],
  ['heuristic source', 'necessary', kb(null, null, 'analytics', true, 0.9, 'heuristic'), false],
  ['knowledge base unknown', 'necessary', kb(null, null, 'unknown', false, 0.9, 'curated'), false],
])('%s -> %s', (_label, declared, classification, expected) => {
  expect(purposeFindings(declared, classification).length).toBe(expected ? 1 : 0);
});

test('a cookie covered only by its vendor has no declared category to contradict', () => {
  const decl = declarations({ vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'Метрика')] });
  const findings = computeFindings(
    input({ declarations: decl, observations: observations({ cookies: [cookie('_ym_uid', { classification: KB.metrika })] }) }),
  );
  expect(findings.filter((f) => f.code === 'purpose-mismatch')).toEqual([]);
});

test.each([
  ['en', 'The policy declares cookie _ga as necessary, but it is known as analytics (Google Analytics).'],
  ['ru', 'Политика относит cookie _ga к категории «необходимые», но он известен как «аналитические» (Google Analytics).'],
  ['uk', 'Політика відносить cookie _ga до категорії «необхідні», але він відомий як «аналітичні» (Google Analytics).'],
] as const)('message in %s', (locale, message) => {
  const [finding] = purposeFindings('necessary', KB.ga, '_ga', locale);
  expect(finding?.severity).toBe('medium');
  expect(finding?.messageParams).toEqual(['_ga', '.example.ru', 'necessary', 'analytics', 'Google Analytics']);
  expect(finding?.message).toBe(message);
});
