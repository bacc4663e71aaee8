import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { Declarations, PolicyStatus } from '../../../lib/model/types';
import { EMPTY_DECLARATIONS } from '../../../lib/model/types';
import { FOUND, KB, cookie, declarations, declaredCategory, declaredCookie, declaredVendor, input, observations, statement } from './builders';

const status = (state: PolicyStatus['state'], message: string | null = null): PolicyStatus => ({
  state,
  origin: state === 'idle' ? null : 'discovered',
  url: null,
  message,
  readAt: null,
});

const namesOnly = declarations({ cookies: [declaredCookie(['_ga'])] });
const prefixOnly = declarations({ cookies: [declaredCookie([], { prefixes: ['_ga_'] })] });
const vendorOnly = declarations({ vendors: [declaredVendor('yandex-metrika', 'Yandex Metrika', 'Яндекс Метрика', 'Яндекс Метрика')] });
const nothing = declarations({ statements: [statement('not-personal-data', 'cookies не являются персональными данными')] });
const categoriesOnly = declarations({
  categories: [
    declaredCategory('necessary', 'строго необходимые/технические'),
    declaredCategory('analytics', 'статистические/аналитические'),
    declaredCategory('necessary', 'технические'),
    declaredCategory('marketing', 'рекламные'),
  ],
});

function policyCodes(policy: PolicyStatus, decl: Declarations) {
  return computeFindings(
    input({ policy, declarations: decl, observations: observations({ cookies: [cookie('_ym_uid', { classification: KB.metrika })] }) }),
  )
    .filter((f) => f.code === 'no-policy' || f.code === 'policy-without-cookie-list' || f.code === 'undeclared-cookie')
    .map((f) => f.code);
}

test.each<[string, PolicyStatus, Declarations, string[]]>([
  ['not found', status('not-found'), EMPTY_DECLARATIONS, ['no-policy']],
  ['failed', status('failed', 'The policy page answered 404.'), EMPTY_DECLARATIONS, ['no-policy']],
  ['still loading', status('loading'), EMPTY_DECLARATIONS, []],
  ['idle', status('idle'), EMPTY_DECLARATIONS, []],
  ['idle but declarations imported', status('idle'), namesOnly, ['undeclared-cookie']],
  ['found with names', FOUND, namesOnly, ['undeclared-cookie']],
  ['found with a prefix only', FOUND, prefixOnly, ['undeclared-cookie']],
  ['found with vendors only', FOUND, vendorOnly, []],
  ['found, nothing declared (seed 004)', FOUND, nothing, ['undeclared-cookie', 'policy-without-cookie-list']],
  // DESIGN.md: the finding is for a policy that lists no cookie names, vendors *or categories*
  ['found, categories only (seed 001)', FOUND, categoriesOnly, ['undeclared-cookie']],
])('%s -> %j', (_label, policy, decl, codes) => {
  expect(policyCodes(policy, decl)).toEqual(codes);
});

test.each([
  ['en', status('not-found'), 'no-policy', ['example.ru'], 'No cookie or privacy policy was found for example.ru.'],
  ['ru', status('failed', 'страница ответила 404'), 'no-policy.reason', ['example.ru', 'страница ответила 404'], 'Для example.ru не найдена политика cookie или конфиденциальности: страница ответила 404'],
  ['uk', status('not-found'), 'no-policy', ['example.ru'], 'Для example.ru не знайдено політики cookie чи конфіденційності.'],
] as const)('no-policy in %s', (locale, policy, key, params, message) => {
  const [finding] = computeFindings(input({ locale, policy, declarations: EMPTY_DECLARATIONS }));
  expect(finding).toMatchObject({
    code: 'no-policy',
    severity: 'medium',
    subject: { kind: 'policy', name: 'example.ru', domain: 'example.ru', vendor: null },
    declared: null,
    messageKey: key,
    messageParams: params,
    message,
  });
});

test.each(['en', 'ru', 'uk'] as const)('a policy that names only categories gets no policy-without-cookie-list in %s', (locale) => {
  const codes = computeFindings(input({ locale, declarations: categoriesOnly })).map((f) => f.code);
  expect(codes).not.toContain('policy-without-cookie-list');
});
