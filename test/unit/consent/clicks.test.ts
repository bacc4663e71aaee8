import { describe, expect, test } from 'vitest';
import { consentFromReport, isDetectorReport, type DetectorReport } from '../../../lib/consent/clicks';

describe('consentFromReport', () => {
  test.each<[DetectorReport, ReturnType<typeof consentFromReport>]>([
    [{ kind: 'banner', cmp: 'klaro' }, { state: 'banner-shown', signal: 'cmp:klaro' }],
    [{ kind: 'click', cmp: 'generic', label: 'Принять все', role: null }, { state: 'accepted', signal: 'click', detail: 'generic: Принять все' }],
    [{ kind: 'click', cmp: 'generic', label: 'Відхилити', role: null }, { state: 'rejected', signal: 'click', detail: 'generic: Відхилити' }],
    [{ kind: 'click', cmp: 'usercentrics', label: 'Ablehnen', role: null }, { state: 'rejected', signal: 'click', detail: 'usercentrics: Ablehnen' }],
    [{ kind: 'click', cmp: 'generic', label: 'Понятно', role: null }, { state: 'notice-acknowledged', signal: 'click', detail: 'generic: Понятно' }],
    // The CMP's own button outranks its label: an icon-only "×" reject, an "OK" accept.
    [{ kind: 'click', cmp: 'onetrust', label: '×', role: 'reject' }, { state: 'rejected', signal: 'click', detail: 'onetrust: ×' }],
    [{ kind: 'click', cmp: 'cookiebot', label: 'OK', role: 'accept' }, { state: 'accepted', signal: 'click', detail: 'cookiebot: OK' }],
    // Settings and links are not a choice.
    [{ kind: 'click', cmp: 'generic', label: 'Настройки', role: null }, null],
    [{ kind: 'click', cmp: 'generic', label: 'Privacy policy', role: null }, null],
  ])('%j', (report, expected) => {
    expect(consentFromReport(report)).toEqual(expected);
  });
});

describe('isDetectorReport', () => {
  test.each<[string, unknown, boolean]>([
    ['banner', { kind: 'banner', cmp: 'klaro' }, true],
    ['click', { kind: 'click', cmp: 'generic', label: 'OK', role: null }, true],
    ['click with a role', { kind: 'click', cmp: 'onetrust', label: '', role: 'reject' }, true],
    ['unknown kind', { kind: 'consent', cmp: 'x' }, false],
    ['label too long', { kind: 'click', cmp: 'generic', label: 'a'.repeat(121), role: null }, false],
    ['cmp too long', { kind: 'banner', cmp: 'c'.repeat(41) }, false],
    ['invented role', { kind: 'click', cmp: 'generic', label: 'x', role: 'accepted' }, false],
    ['missing label', { kind: 'click', cmp: 'generic', role: null }, false],
    ['not an object', 'banner', false],
  ])('%s', (_name, value, ok) => {
    expect(isDetectorReport(value)).toBe(ok);
  });
});
