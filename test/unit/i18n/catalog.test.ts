// The _locales catalogs are read by the browser (chrome.i18n, Firefox's i18n) and, when the user
// pins a language, by lib/platform/i18n.ts directly. Chrome refuses to load an extension whose
// messages.json references an undefined placeholder, and a missing key shows the raw key name in
// the popup, so the three catalogs are checked against each other and against the code using them.
// Format: https://developer.chrome.com/docs/extensions/reference/api/i18n#locales-messages
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LOCALES = ['en', 'ru', 'uk'] as const;
type Locale = (typeof LOCALES)[number];

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, Entry>;

function load(locale: Locale): Catalog {
  return JSON.parse(readFileSync(join(REPO, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
}
const CATALOGS: Record<Locale, Catalog> = { en: load('en'), ru: load('ru'), uk: load('uk') };
const EN_KEYS = Object.keys(CATALOGS.en);
const TRANSLATED = ['ru', 'uk'] as const;
/** Brand names stay in Latin script in every language. */
const BRAND_KEYS = new Set(['extName']);

/** `$name$` references in a message, lower-cased (Chrome matches placeholder names case-insensitively). */
function referenced(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
}
function defined(entry: Entry): string[] {
  return Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
}
/** The message as a reader sees it, without placeholders and the technical words kept in Latin. */
function prose(message: string): string {
  return message
    .replace(/\$[A-Za-z0-9_@]+\$/g, '')
    .replace(/\b(cookies?|JSON|CSV|URL|Open Cookie Database|EDPB WAT)\b/gi, '');
}

const cases = TRANSLATED.flatMap((locale) => EN_KEYS.map((key) => [locale, key] as const));

describe('catalog shape', () => {
  test('the folder holds exactly the three UI languages, with the Chrome manifest default present', () => {
    expect(readdirSync(join(REPO, 'public/_locales')).sort()).toEqual([...LOCALES].sort());
  });

  test.each(TRANSLATED)('%s has the same keys as en, no more, no fewer', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...EN_KEYS].sort());
  });

  test.each(LOCALES)('%s: keys use only the characters Chrome allows and none is reserved (@@)', (locale) => {
    for (const key of Object.keys(CATALOGS[locale])) expect(key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
  });

  test.each(LOCALES)('%s: extName fits 75 and extDescription 132 characters (manifest limits)', (locale) => {
    expect(CATALOGS[locale].extName?.message.length ?? 0).toBeLessThanOrEqual(75);
    expect(CATALOGS[locale].extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
  });
});

describe.each(LOCALES)('%s messages', (locale) => {
  test.each(Object.keys(CATALOGS[locale]))('%s is non-empty, and its placeholders are all defined and all used', (key) => {
    const entry = CATALOGS[locale][key];
    expect(entry?.message.trim()).not.toBe('');
    if (!entry) return;
    expect(referenced(entry.message)).toEqual(defined(entry));
    // lib/platform/i18n.ts substitutes by position from the name ($p1$ -> first argument), so the
    // name and the content's $N$ must agree.
    for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
      expect(name).toMatch(/^p[1-9]$/);
      expect(ph.content).toBe(`$${name.slice(1)}`);
    }
  });
});

describe('translations', () => {
  test.each(cases)('%s/%s has the same placeholders as en', (locale, key) => {
    const en = CATALOGS.en[key];
    const tr = CATALOGS[locale][key];
    expect(tr).toBeDefined();
    if (!en || !tr) return;
    expect(referenced(tr.message)).toEqual(referenced(en.message));
    expect(tr.placeholders ?? {}).toEqual(en.placeholders ?? {});
  });

  test.each(cases.filter(([, key]) => !BRAND_KEYS.has(key)))('%s/%s is written in Cyrillic where English has words', (locale, key) => {
    const en = CATALOGS.en[key]?.message ?? '';
    const tr = CATALOGS[locale][key]?.message ?? '';
    if (!/[A-Za-z]/.test(prose(en))) return;
    expect(prose(tr)).toMatch(/\p{Script=Cyrillic}/u);
    // A translated sentence keeps no English words beyond the technical ones stripped above.
    expect(prose(tr)).not.toMatch(/[A-Za-z]{3,}/);
  });

  test.each(EN_KEYS)('uk/%s uses no Russian-only letters and ru/%s no Ukrainian-only ones', (key) => {
    expect(CATALOGS.uk[key]?.message ?? '').not.toMatch(/[ыэъёЫЭЪЁ]/);
    expect(CATALOGS.ru[key]?.message ?? '').not.toMatch(/[іїєґІЇЄҐ]/);
    // Ukrainian feminine ordinals keep the word's last letters (1-ша, 3-тя), not the Russian 1-я / 3-я.
    expect(CATALOGS.uk[key]?.message ?? '').not.toMatch(/\d-[ая](?!\p{L})/u);
  });

  test('Ukrainian is not a copy of Russian', () => {
    const same = EN_KEYS.filter((k) => CATALOGS.uk[k]?.message === CATALOGS.ru[k]?.message && /\p{Script=Cyrillic}{5,}/u.test(CATALOGS.ru[k]?.message ?? ''));
    // Words and short phrases spelled alike in both languages ("Домен", "не заявлено") are fine; sentences are not.
    expect(same.filter((k) => (CATALOGS.ru[k]?.message ?? '').split(' ').length >= 3)).toEqual([]);
  });
});

describe('the code uses only keys that exist', () => {
  const sources = ['components', 'entrypoints'].flatMap((dir) => walk(join(REPO, dir))).filter((f) => /\.(svelte|ts)$/.test(f));
  const calls = sources.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'\s*(\)|,)/g)].map((m) => ({ file: file.slice(REPO.length + 1), key: m[1] ?? '', args: m[2] === ',' }));
  });
  const manifestKeys = [...readFileSync(join(REPO, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1] ?? '');

  test('the UI calls the translator with literal keys (the scan below has something to check)', () => {
    expect(calls.length).toBeGreaterThan(40);
    expect(manifestKeys.sort()).toEqual(['extDescription', 'extName']);
  });

  test.each([...new Set([...calls.map((c) => c.key), ...manifestKeys])])('%s exists in en', (key) => {
    expect(CATALOGS.en[key]).toBeDefined();
  });

  test('a key with placeholders is never called without arguments', () => {
    const bare = calls.filter((c) => !c.args && defined(CATALOGS.en[c.key] ?? { message: '' }).length > 0);
    expect(bare).toEqual([]);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
