// Language detection, statements and declared categories in prose, merging, hashing.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { findVendorMentions } from '../../../lib/classify';
import type { PolicyLanguage, StatementKind } from '../../../lib/model/types';
import { detectLanguage, mergeDeclarations, parsePolicy, sha256Hex } from '../../../lib/policy';
import { fixture } from './shared-paths';

const deps = { findVendorMentions };
const parseText = (text: string, lang?: PolicyLanguage) =>
  parsePolicy(lang === undefined ? { text, url: null, kind: 'pasted' } : { text, url: null, kind: 'pasted', lang }, deps);

describe('detectLanguage', () => {
  test.each([
    ['Мы используем файлы cookie, чтобы сайт работал быстрее. Это не персональные данные.', 'ru'],
    ['Ми використовуємо файли cookie, щоб сайт працював швидше. Це не є персональними даними.', 'uk'],
    ['We use cookies to make this website work and to understand how you use it.', 'en'],
    ['Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren und für Sie zu verbessern.', 'de'],
    ['Біз cookie файлдарын сайттың жұмысын жақсарту үшін қолданамыз. Құпиялылық саясаты.', 'kk'],
    ['12345 !!! ---', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('statements', () => {
  test.each([
    ['При вашем взаимодействии с сайтом используются сеансовые cookies, которые удаляются после закрытия браузера.', 'session-only'],
    ['На сайті використовуються лише сесійні файли cookie.', 'session-only'],
    ['We only use session cookies, which are deleted when you close your browser.', 'session-only'],
    ['Wir setzen ausschließlich Sitzungs-Cookies ein.', 'session-only'],
    ['При первом посещении сайта мы запрашиваем согласие на использование файлов cookie.', 'consent-first-visit'],
    ['Під час першого відвідування сайту ми просимо згоду на файли cookie.', 'consent-first-visit'],
    ['On your first visit we ask for your consent to cookies.', 'consent-first-visit'],
    ['Beim ersten Besuch bitten wir um Ihre Einwilligung in Cookies.', 'consent-first-visit'],
    ['Файлы cookie не являются персональными данными.', 'not-personal-data'],
    ['Файли cookie не є персональними даними.', 'not-personal-data'],
    ['Cookies are not personal data.', 'not-personal-data'],
    ['Cookies sind keine personenbezogenen Daten.', 'not-personal-data'],
    ['Подробнее читайте в Политике использования файлов cookie по ссылке https://example.ru/cookies.', 'separate-cookie-policy'],
    ['Детальніше дивіться окрему Політику щодо файлів cookie.', 'separate-cookie-policy'],
    ['For details, see our Cookie Policy.', 'separate-cookie-policy'],
    ['Weitere Informationen finden Sie in unserer Cookie-Richtlinie.', 'separate-cookie-policy'],
  ] as const)('%s → %s', (text, kind) => {
    expect(parseText(text).statements.map((s) => s.kind)).toEqual([kind]);
  });

  test.each([
    ['We use session cookies and persistent cookies.'],
    ['Мы не передаём персональные данные третьим лицам.'],
    ['This cookie policy explains how we use cookies.'],
    ['PHPSESSID\tSession cookie\tSession'],
  ])('no statement in %j', (text) => {
    expect(parseText(text).statements).toEqual([]);
  });

  test('the separate cookie policy keeps its address', () => {
    const d = parseText('Подробнее читайте в Политике использования файлов cookie по ссылке https://example.ru/cookies.');
    expect(d.statements[0]?.url).toBe('https://example.ru/cookies');
    const h = parsePolicy({ html: '<p>Details are in our <a href="/cookie-policy">Cookie Policy</a>.</p>', url: 'https://example.com/privacy', kind: 'privacy-policy' }, deps);
    expect(h.statements[0]).toMatchObject({ kind: 'separate-cookie-policy', url: 'https://example.com/cookie-policy' });
  });
});

describe('declared categories', () => {
  test.each([
    ['Мы используем строго необходимые и аналитические файлы cookie.', ['necessary', 'analytics']],
    ['Ми використовуємо функціональні та рекламні файли cookie.', ['functional', 'marketing']],
    ['We use analytics cookies and marketing cookies.', ['analytics', 'marketing']],
    ['Wir verwenden Marketing-Cookies und Statistik-Cookies.', ['marketing', 'analytics']],
    ['Cookies for analytics and advertising help us.', ['analytics', 'marketing']],
    ['Файлы cookies, примерное местоположение – для статистики, настройки рекламы.', []],
  ] as const)('%s', (text, cats) => {
    expect(parseText(text).categories.map((c) => c.category)).toEqual(cats);
  });
});

describe('mergeDeclarations', () => {
  test('re-indexes the second source and keeps one item per vendor, category and statement', () => {
    const a = parsePolicy({ html: fixture('table-ru.html'), url: 'https://example.ru/privacy', kind: 'privacy-policy' }, deps);
    const b = parsePolicy({ html: fixture('table-de.html'), url: 'https://example.ru/cookies', kind: 'cookie-policy' }, deps);
    const m = mergeDeclarations(a, b);
    expect(m.sources.map((s) => s.url)).toEqual(['https://example.ru/privacy', 'https://example.ru/cookies']);
    expect(m.cookies).toHaveLength(a.cookies.length + b.cookies.length);
    expect(m.cookies.slice(a.cookies.length).every((c) => c.location.source === 1)).toBe(true);
    expect(m.cookies.slice(0, a.cookies.length).every((c) => c.location.source === 0)).toBe(true);
    expect(m.categories.map((c) => [c.category, c.location.source])).toEqual([['analytics', 0], ['marketing', 1]]);
    expect(new Set(m.vendors.map((v) => v.vendor)).size).toBe(m.vendors.length);
  });

  const page = (text: string, url: string) => parsePolicy({ text, url, kind: 'cookie-policy' }, deps);
  test.each([
    // [privacy text, cookie-policy text, denied values with their source index]
    ['Мы не используем Google Analytics. Мы используем файлы cookie.', 'Cookie _ym_uid хранится 1 год.', [['google-analytics', 0]]],
    ['Ми використовуємо файли cookie.', 'Ми не використовуємо Hotjar. Cookie csrftoken зберігається 1 рік.', [['hotjar', 1]]],
    ['We no longer use Hotjar.', 'Wir verwenden keine Cookies von Hotjar, aber _pk_id (13 Monate).', [['hotjar', 0], ['hotjar', 1]]],
  ] as const)('keeps the denials of both documents: %s | %s', (first, second, want) => {
    const a = page(first, 'https://example.org/privacy');
    const b = page(second, 'https://example.org/cookies');
    const m = mergeDeclarations(a, b);
    expect((m.denied ?? []).filter((d) => d.kind === 'vendor').map((d) => [d.value, d.location.source])).toEqual(want);
    expect(m.denied).toHaveLength((a.denied ?? []).length + (b.denied ?? []).length);
  });

  test('leaves denied absent when neither side has it', () => {
    const bare = { sources: [], cookies: [], vendors: [], categories: [], statements: [] };
    expect('denied' in mergeDeclarations(bare, bare)).toBe(false);
  });
});

describe('sha256Hex', () => {
  test.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Від 1 дня до 1 місяця '.repeat(500), '\u{1F36A} cookie'])('matches node:crypto for %#', (s) => {
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s).digest('hex'));
  });
});
