import { describe, expect, test } from 'vitest';
import { extractDocument, findCookiePolicyLink, rankPolicyLinks } from '../../../lib/policy';
import { fixture } from './shared-paths';

const link = (href: string, text: string, inFooter = true) => ({ href, text, inFooter });

describe('rankPolicyLinks', () => {
  test.each([
    ['ru', 'https://shop.example.ru/', [link('/about', 'О компании'), link('/politika-konfidencialnosti/', 'Политика конфиденциальности')], 'https://shop.example.ru/politika-konfidencialnosti/', 'privacy-policy'],
    ['ru personal data', 'https://example.ru/', [link('/docs/pd.pdf', 'Политика обработки персональных данных'), link('/contacts', 'Контакты')], 'https://example.ru/docs/pd.pdf', 'privacy-policy'],
    ['uk', 'https://example.ua/', [link('/polityka', 'Політика конфіденційності'), link('/blog', 'Блог')], 'https://example.ua/polityka', 'privacy-policy'],
    ['uk cookies', 'https://example.ua/', [link('/polityka', 'Політика конфіденційності'), link('/cookies', 'Файли cookie')], 'https://example.ua/cookies', 'cookie-policy'],
    ['en', 'https://www.example.com/shop', [link('https://www.example.com/privacy', 'Privacy Policy'), link('https://www.example.com/cookie-policy', 'Cookie Policy')], 'https://www.example.com/cookie-policy', 'cookie-policy'],
    ['kk', 'https://example.kz/', [link('/kk/privacy', 'Құпиялылық саясаты'), link('/kk/about', 'Біз туралы')], 'https://example.kz/kk/privacy', 'privacy-policy'],
    ['de', 'https://example.de/', [link('/impressum', 'Impressum'), link('/datenschutz', 'Datenschutzerklärung')], 'https://example.de/datenschutz', 'privacy-policy'],
    ['de cookie', 'https://example.de/', [link('/datenschutz', 'Datenschutz'), link('/cookie-richtlinie', 'Cookie-Richtlinie')], 'https://example.de/cookie-richtlinie', 'cookie-policy'],
    ['address words only', 'https://example.com/', [link('/legal/privacy-policy', 'Legal')], 'https://example.com/legal/privacy-policy', 'privacy-policy'],
  ])('%s: the best link', (_name, page, links, best, kind) => {
    const ranked = rankPolicyLinks(links, page);
    expect(ranked[0]?.href).toBe(best);
    expect(ranked[0]?.kind).toBe(kind);
    expect(ranked[0]?.reason).not.toBe('');
  });

  test('same-site policies beat other companies’ policies', () => {
    const ranked = rankPolicyLinks(
      [link('https://policies.google.com/privacy', 'Google Privacy Policy', false), link('https://blog.example.com/privacy', 'Privacy', false)],
      'https://www.example.com/',
    );
    expect(ranked.map((r) => [r.href, r.sameSite])).toEqual([
      ['https://blog.example.com/privacy', true],
      ['https://policies.google.com/privacy', false],
    ]);
  });

  test('footer links outrank the same link elsewhere, and duplicates collapse', () => {
    const ranked = rankPolicyLinks([link('/privacy', 'Privacy policy', false), link('/privacy#top', 'Privacy policy', true)], 'https://example.com/');
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.inFooter).toBe(true);
  });

  test.each([
    ['mailto:dpo@example.com', 'Privacy questions'],
    ['javascript:void(0)', 'Cookie settings'],
    ['#', 'Privacy'],
    ['/about', 'About us'],
  ])('%s (%s) is not a policy link', (href, text) => {
    expect(rankPolicyLinks([link(href, text)], 'https://example.com/')).toEqual([]);
  });

  test('a consent-settings button ranks below the real policy', () => {
    const ranked = rankPolicyLinks([link('/cookies#settings', 'Cookie settings'), link('/privacy', 'Privacy notice')], 'https://example.com/');
    expect(ranked[0]?.href).toBe('https://example.com/privacy');
  });

  test('on the Russian fixture page the footer cookie policy comes first', () => {
    const doc = extractDocument(fixture('table-ru.html'), 'https://example.ru/');
    const ranked = rankPolicyLinks(doc.links, 'https://example.ru/');
    expect(ranked[0]).toMatchObject({ href: 'https://example.ru/cookies', kind: 'cookie-policy', inFooter: true, sameSite: true });
    expect(ranked.find((r) => r.href.startsWith('https://yandex.ru'))?.sameSite).toBe(false);
  });
});

describe('findCookiePolicyLink', () => {
  test.each([
    ['<p>Details: <a href="/cookie-policy">Cookie Policy</a></p>', 'https://example.com/privacy', 'https://example.com/cookie-policy'],
    ['<p>Подробнее в <a href="/cookies">Политике использования файлов cookie</a>.</p>', 'https://example.ru/privacy', 'https://example.ru/cookies'],
    ['<p>Детальніше: <a href="/polityka-cookie">Політика щодо файлів cookie</a></p>', 'https://example.ua/privacy', 'https://example.ua/polityka-cookie'],
    ['<p>See <a href="https://other.example.net/cookies">their cookie policy</a></p>', 'https://example.com/privacy', null],
    ['<p>No links here.</p>', 'https://example.com/privacy', null],
    ['<p><a href="/privacy">Privacy Policy</a></p>', 'https://example.com/privacy', null],
  ])('%s', (html, page, expected) => {
    expect(findCookiePolicyLink(extractDocument(html, page), page)).toBe(expected);
  });
});
