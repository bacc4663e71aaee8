import { expect, test } from 'vitest';
import { computeFindings } from '../../../lib/compare/index';
import type { StorageObservation } from '../../../lib/model/types';
import { KB, input, kb, observations, storage } from './builders';

function storageFindings(entries: StorageObservation[]) {
  return computeFindings(input({ observations: observations({ storage: entries }) })).filter(
    (f) => f.code === 'pre-consent-storage',
  );
}

test.each<[string, StorageObservation, boolean]>([
  ['PostHog persistence key', storage('ph_phc_x_posthog', { classification: KB.posthog }), true],
  ['Metrika storage key', storage('_ym_retryReqs', { classification: KB.metrika }), true],
  ['analytics key not flagged tracker', storage('amp_abc123', { classification: kb('amplitude', 'Amplitude', 'analytics', false) }), true],
  ['site cart', storage('cart', { classification: KB.necessary }), false],
  ['unknown key', storage('theme'), false],
  ['tracker key after accept', storage('ph_phc_x_posthog', { phase: 'after-accept', classification: KB.posthog }), false],
])('%s -> %s', (_label, entry, expected) => {
  const found = storageFindings([entry]);
  expect(found.length).toBe(expected ? 1 : 0);
  if (expected) {
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.subject).toEqual({ kind: 'storage', name: entry.key, domain: entry.origin, vendor: entry.classification.vendor });
  }
});

test('the same key in both areas is one finding naming both', () => {
  const found = storageFindings([
    storage('mp_abc_mixpanel', { area: 'session', time: 10, classification: KB.mixpanel }),
    storage('mp_abc_mixpanel', { area: 'local', time: 5, classification: KB.mixpanel }),
    storage('mp_abc_mixpanel', { origin: 'https://shop.example.ru', classification: KB.mixpanel }),
  ]);
  expect(found.map((f) => f.subject.domain)).toEqual(['https://example.ru', 'https://shop.example.ru']);
  expect(found[0]?.messageParams).toEqual(['mp_abc_mixpanel', 'https://example.ru', 'localStorage, sessionStorage', 'Mixpanel']);
  expect(found[0]?.evidence.map((e) => e.time)).toEqual([5, 10]);
  expect(found[0]?.evidence[0]?.initiator).toBe('https://us-assets.i.posthog.com/static/array.js');
});
