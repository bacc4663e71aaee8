import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../scripts/classify';

const SHARED = process.env.CONSENT_AUDITOR_SHARED ?? resolve(__dirname, '../../../../shared');

describe('classify CLI', () => {
  test.each([
    [['--cookie', '_ym_uid', '--domain', '.shop.ru'], 'yandex-metrika', 'shop.ru'],
    [['--cookie', '_ga', '--domain', '.example.com', '--site', 'example.com'], 'google-analytics', 'example.com'],
    [['--url', 'https://us.i.posthog.com/e/', '--site', 'example.com'], 'posthog', 'example.com'],
  ])('%j', (argv, vendor, site) => {
    const { code, output } = run(argv);
    expect(code).toBe(0);
    expect(output).toMatchObject({ site, classification: { vendor } });
  });

  test('--text lists the vendors a policy names, guessing its language', () => {
    const { code, output } = run(['--text', join(SHARED, 'seeds', '002_de26253733173c30.txt')]);
    expect(code).toBe(0);
    const o = output as { lang: string; vendors: { id: string }[] };
    expect(o.lang).toBe('ru');
    expect(o.vendors.map((v) => v.id)).toEqual(expect.arrayContaining(['yandex-metrika', 'google-analytics', 'comagic', 'roistat']));
  });

  test.each([
    [[], 2, 'nothing to classify'],
    [['--text', '/no/such/file'], 2, 'cannot read'],
    [['--text', join(SHARED, 'seeds', 'README.md'), '--lang', 'fr'], 2, 'unknown --lang'],
    [['--vendor', 'no-such-vendor'], 1, 'no vendor'],
  ])('bad input %j gives a clear error', (argv, code, message) => {
    const r = run(argv);
    expect(r.code).toBe(code);
    expect(JSON.stringify(r.output)).toContain(message);
  });

  test('--vendor prints the vendor', () => {
    expect(run(['--vendor', 'jivo']).output).toMatchObject({ vendor: { id: 'jivo', category: 'functional' } });
  });
});
