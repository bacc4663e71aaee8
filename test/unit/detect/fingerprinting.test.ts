import { describe, expect, test } from 'vitest';
import { technique } from '../../../lib/compare/rules/fingerprinting';
import { computeFindings } from '../../../lib/compare/index';
import type { FingerprintObservation } from '../../../lib/model/types';
import { UNCLASSIFIED } from '../../../lib/model/types';
import { input, kb, observations } from '../compare/builders';

// Facts as the page hook reported them for FingerprintJS 5 (its two canvases) and for the lab's
// chart, in the shape lib/observe/fingerprints.ts keeps them.
const FPJS = 'https://openfpcdn.io/fingerprintjs/v5/iife.min.js';
function fact(api: FingerprintObservation['api'], overrides: Partial<FingerprintObservation> = {}): FingerprintObservation {
  return {
    api, scriptUrl: FPJS, host: 'openfpcdn.io', writerUrl: FPJS, width: 0, height: 0, distinctChars: 0, colors: 0, saveRestore: false,
    fonts: 0, measureCalls: 0, frameUrl: 'https://shop.example/', time: 400, phase: 'pre-consent', classification: UNCLASSIFIED, ...overrides,
  };
}

describe('Englehardt & Narayanan criteria', () => {
  test.each<[string, FingerprintObservation, string | null]>([
    ['FingerprintJS text canvas', fact('canvas', { width: 240, height: 60, distinctChars: 17, colors: 2 }), 'canvas 240x60'],
    ['one colour but ten distinct characters', fact('canvas', { width: 240, height: 60, distinctChars: 10, colors: 1 }), 'canvas 240x60'],
    ['one colour, nine characters', fact('canvas', { width: 240, height: 60, distinctChars: 9, colors: 1 }), null],
    ['smaller than 16x16', fact('canvas', { width: 15, height: 60, distinctChars: 29, colors: 2 }), null],
    ['save/restore used (charts, games)', fact('canvas', { width: 640, height: 320, distinctChars: 40, colors: 5, saveRestore: true }), null],
    ['read by another script than the writer', fact('canvas', { width: 240, height: 60, distinctChars: 29, colors: 2, writerUrl: 'https://cdn.example/chart.js' }), null],
    ['writer unknown', fact('canvas', { width: 240, height: 60, distinctChars: 29, colors: 2, writerUrl: null }), null],
    ['WebGL unmasked renderer', fact('webgl'), 'webgl-unmasked-renderer'],
    ['OfflineAudioContext rendered', fact('audio'), 'offline-audio'],
    ['50 fonts measured', fact('fonts', { fonts: 50, measureCalls: 50 }), 'fonts 50'],
    ['49 fonts', fact('fonts', { fonts: 49, measureCalls: 400 }), null],
  ])('%s', (_label, o, expected) => {
    expect(technique(o)).toBe(expected);
  });
});

describe('fingerprinting', () => {
  test('one finding per script with its techniques; high before consent, medium after', () => {
    const vendor = kb('fingerprintjs', 'FingerprintJS', 'analytics', true);
    const list = [
      fact('canvas', { width: 240, height: 60, distinctChars: 17, colors: 2, classification: vendor }),
      fact('canvas', { width: 122, height: 110, distinctChars: 17, colors: 2, classification: vendor }),
      fact('audio', { classification: vendor }),
      fact('canvas', { scriptUrl: 'https://shop.example/chart.js', writerUrl: 'https://shop.example/chart.js', width: 640, height: 320, distinctChars: 30, colors: 4, saveRestore: true }),
      fact('webgl', { scriptUrl: 'https://shop.example/late.js', phase: 'after-accept', time: 9000 }),
    ];
    for (const locale of ['en', 'ru', 'uk'] as const) {
      const found = computeFindings(input({ locale, observations: { ...observations(), fingerprinting: list } })).filter((f) => f.code === 'fingerprinting');
      expect(found.map((f) => [f.subject.name, f.severity, f.messageParams[2]])).toEqual([
        [FPJS, 'high', 'canvas, offline-audio'],
        ['https://shop.example/late.js', 'medium', 'webgl-unmasked-renderer'],
      ]);
      expect(found[0]!.subject).toMatchObject({ kind: 'script', domain: 'openfpcdn.io', vendor: 'fingerprintjs' });
      expect(found[0]!.evidence).toHaveLength(3);
      expect(found[0]!.message).toContain('FingerprintJS');
    }
  });
});
