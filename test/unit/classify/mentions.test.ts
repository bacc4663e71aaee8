import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aliasPattern } from '../../../lib/classify/mentions';
import type { PolicyLanguage } from '../../../lib/model/types';
import { curatedOnly } from './helpers';

const SHARED = process.env.CONSENT_AUDITOR_SHARED ?? resolve(__dirname, '../../../../shared');
const seed = (file: string): string => readFileSync(join(SHARED, 'seeds', file), 'utf8');
const c = curatedOnly();
const vendorsIn = (text: string, lang: PolicyLanguage): string[] => [...new Set(c.findVendorMentions(text, lang).map((m) => m.vendor))].sort();

describe('findVendorMentions on the seed policies', () => {
  test('seed 000 (activecloud.by) names Yandex Metrika, Google Analytics and Jivo', () => {
    const found = vendorsIn(seed('000_c258c0cdc4363dde.txt'), 'ru');
    expect(found).toEqual(expect.arrayContaining(['yandex-metrika', 'google-analytics', 'jivo']));
  });

  test('seed 002 (chat2desk.com) names Yandex Metrika, Google Analytics, CoMagic and Roistat', () => {
    const found = vendorsIn(seed('002_de26253733173c30.txt'), 'ru');
    expect(found).toEqual(expect.arrayContaining(['comagic', 'google-analytics', 'roistat', 'yandex-metrika']));
  });

  test('seed 004 (mnogoweb.kz) names no tracker vendor', () => {
    const trackers = c.findVendorMentions(seed('004_d11e00bd34c9ad6e.txt'), 'ru').filter((m) => c.vendorById(m.vendor)?.tracker);
    expect(trackers).toEqual([]);
  });

  test.each(['000_c258c0cdc4363dde.txt', '001_4be82ead2e78d97a.txt', '002_de26253733173c30.txt', '003_7333b0613b279fc1.txt', '004_d11e00bd34c9ad6e.txt'])(
    'offsets in %s point at the matched text',
    (file) => {
      const text = seed(file);
      for (const m of c.findVendorMentions(text, file.startsWith('003') ? 'uk' : 'ru')) {
        expect(text.slice(m.offset, m.offset + m.length)).toBe(m.matched);
      }
    },
  );
});

// [text, language, expected vendor ids in order]
const SPELLINGS: [string, PolicyLanguage, string[]][] = [
  ['Мы используем Яндекс.Метрика.', 'ru', ['yandex-metrika']],
  ['сервис Яндекс Метрика', 'ru', ['yandex-metrika']],
  ['с помощью Яндекс.Метрики', 'ru', ['yandex-metrika']],
  ['данные Яндекс-Метрикой', 'ru', ['yandex-metrika']],
  ['Yandex Metrica and Yandex.Metrika', 'en', ['yandex-metrika', 'yandex-metrika']],
  ['YANDEX METRIKA', 'en', ['yandex-metrika']],
  ['счётчик Метрика на сайте', 'ru', ['yandex-metrika']],
  ['лічильник Метрики', 'uk', ['yandex-metrika']],
  ['инструмент Вебвизор', 'ru', ['yandex-metrika']],
  ['Google Analytics', 'en', ['google-analytics']],
  ['Гугл Аналитикс', 'ru', ['google-analytics']],
  ['Google Аналітика', 'uk', ['google-analytics']],
  ['Wir nutzen Google Analytics 4.', 'de', ['google-analytics']],
  ['CoMagic', 'ru', ['comagic']],
  ['КоМеджик и UIS', 'ru', ['comagic', 'comagic']],
  ['Roistat', 'ru', ['roistat']],
  ['сервис Ройстат', 'ru', ['roistat']],
  ['Jivo', 'ru', ['jivo']],
  ['JivoSite', 'ru', ['jivo']],
  ['онлайн-чат Живосайт', 'ru', ['jivo']],
  ['чат JivoChat', 'ru', ['jivo']],
  ['Calltouch и Callibri', 'ru', ['calltouch', 'callibri']],
  ['Битрикс24', 'ru', ['bitrix24']],
  ['Carrot quest', 'ru', ['carrot-quest']],
  ['amoCRM', 'ru', ['amocrm']],
  ['Top.Mail.Ru', 'ru', ['top-mail-ru']],
  ['пиксель VK Рекламы', 'ru', ['top-mail-ru']],
  ['ВКонтакте', 'ru', ['vk-pixel']],
  ['Одноклассники', 'ru', ['ok-ru']],
  ['Facebook Pixel and TikTok', 'en', ['meta-pixel', 'tiktok-pixel']],
  ['Google Tag Manager', 'en', ['google-tag-manager']],
  ['Hotjar, Microsoft Clarity', 'en', ['hotjar', 'microsoft-clarity']],
  ['PostHog, Mixpanel, Amplitude and Segment', 'en', ['posthog', 'mixpanel', 'amplitude', 'segment']],
  ['Matomo (formerly Piwik)', 'en', ['matomo', 'matomo']],
  ['Cloudflare', 'en', ['cloudflare']],
  ['reCAPTCHA', 'en', ['recaptcha']],
  ['(Roistat)', 'ru', ['roistat']],
  ['«Яндекс.Метрика»', 'ru', ['yandex-metrika']],
  ['mc.yandex.ru', 'ru', ['yandex-metrika']],
];

describe('findVendorMentions spellings', () => {
  test.each(SPELLINGS)('%j (%s)', (text, lang, expected) => {
    const found = c.findVendorMentions(text, lang);
    expect(found.map((m) => m.vendor)).toEqual(expected);
    for (const m of found) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.matched);
  });
});

const NOT_MENTIONS: [string, PolicyLanguage][] = [
  ['метрика качества обслуживания', 'ru'],
  ['Метрика', 'en'],
  ['Метрика', 'de'],
  ['The metrics segment of users', 'en'],
  ['OK, we use cookies', 'en'],
  ['живописный вид', 'ru'],
  ['Google LLC', 'en'],
  ['ООО «ЯНДЕКС»', 'ru'],
  ['a crispy heap of clarity', 'en'],
  ['vkontakteless', 'en'],
  ['Roistatistics', 'en'],
  ['uis', 'en'],
  ['VKS', 'en'],
  ['РОИСТАТИК', 'ru'],
];

describe('findVendorMentions avoids false hits', () => {
  test.each(NOT_MENTIONS)('%j (%s) names nothing', (text, lang) => {
    expect(c.findVendorMentions(text, lang)).toEqual([]);
  });
});

describe('alias patterns', () => {
  test.each([
    ['Яндекс.Метрика', 'Яндекс Метрики', true],
    ['Яндекс.Метрика', 'ЯндексМетрика', true],
    ['Счётчик', 'Счетчик', true],
    ['Google Analytics', 'Google\u00a0Analytics', true],
    ['Google Analytics', 'Google—Analytics', true],
    ['Roistat', 'Roistаt', false],
  ])('%s matches %s: %s', (alias, text, ok) => {
    expect(new RegExp(`^${aliasPattern(alias)}$`, 'iu').test(text)).toBe(ok);
  });
});

describe('findVendorMentions fuzz', () => {
  const pieces = fc.constantFrom('Яндекс', '.', 'Метрика', ' ', 'Jivo', 'Site', 'Google', 'Analytics', 'ё', '-', 'VK', 'x', '\n', 'Roistat', '«', 'и');
  test('never throws; hits are in order, do not overlap and quote the text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), fc.constantFrom<PolicyLanguage>('ru', 'uk', 'en', 'kk', 'de', 'unknown'), (text, lang) => {
        const found = c.findVendorMentions(text, lang);
        let end = 0;
        for (const m of found) {
          expect(m.offset).toBeGreaterThanOrEqual(end);
          expect(text.slice(m.offset, m.offset + m.length)).toBe(m.matched);
          end = m.offset + m.length;
        }
      }),
      { numRuns: 300 },
    );
  });
  test('arbitrary unicode input never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => {
      expect(Array.isArray(c.findVendorMentions(text, 'ru'))).toBe(true);
    }), { numRuns: 300 });
  });
});
