// The consent manager's list joins the policy's declarations in the export; what the policy
// denies must survive that merge, or a denied vendor would quietly stop being reported.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import type { Declarations, DeniedItem } from '../../../lib/model/types';
import { startSession } from '../../../lib/observe/state';
import { buildExport } from '../../../lib/report/build';
import { CTX } from './session';

const NO_GA: DeniedItem = { kind: 'vendor', value: 'google-analytics', name: 'Google Analytics', quote: 'Мы не используем Google Analytics.', location: { source: 0, offset: 80, where: 'block 4' } };

function policy(denied: DeniedItem[] | undefined): Declarations {
  return {
    sources: [{ url: 'https://www.shop.test/privacy', sha256: 'ab'.repeat(32), language: 'ru', kind: 'privacy-policy' }],
    cookies: [],
    vendors: [],
    categories: [],
    statements: [],
    ...(denied ? { denied } : {}),
  };
}

test.each<[string, DeniedItem[] | undefined, DeniedItem[] | undefined]>([
  ['a denial stays after the CMP list joins', [NO_GA], [NO_GA]],
  ['no denial, none invented', undefined, undefined],
])('%s', (_label, denied, expected) => {
  const state = startSession(1, 'https://www.shop.test/', Date.now());
  state.declarations = policy(denied);
  state.cmpConfig = { cmp: 'cookiebot', json: readFileSync('test/fixtures/policy/cookiebot-dialog.json', 'utf8') };
  const report = buildExport(state, { ...CTX, findVendorMentions });
  expect(report.declarations.sources.map((s) => s.kind)).toEqual(['privacy-policy', 'cmp']);
  expect(report.declarations.denied).toEqual(expected);
});
