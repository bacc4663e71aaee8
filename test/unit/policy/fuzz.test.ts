// The parsers read hostile pages and pasted junk: they must never throw (except the documented
// Error for invalid imports) and must stay fast on any input up to 1 MB.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { PolicyLanguage } from '../../../lib/model/types';
import { extractDocument, parseDuration, parseEdpbKnowledgeBase, parseOcdCsv, parsePolicy, readCmpDeclarations, textToDocument } from '../../../lib/policy';

const deps = { findVendorMentions, knownCookie: knownCookieName };
const LANGS: PolicyLanguage[] = ['ru', 'uk', 'en', 'kk', 'de', 'unknown'];
const MB = 1024 * 1024;
/**
 * A hang guard only (a quadratic path takes minutes on 1 MB): the speed target lives in
 * `npm run bench -- policy`, since a wall-clock target fails under load on shared cores.
 */
const BUDGET_MS = 60_000;

/** Pieces real policies and broken markup are made of, so random strings hit the parsers' paths. */
const FRAGMENTS = [
  '<p>', '</p>', '<table>', '<tr>', '<td>', '</td>', '<th>', '</tr>', '</table>', '<a href="/cookies">', '</a>', '<script>', '</script>',
  '<!--', '-->', '<', '>', '&amp;', '&#x41;', '&', '"', "'", '\t', '\n', ' ', ',', '/', '–', '.', '|',
  '_ga', '1P_JAR', 'NID', 'cookie', 'файлы cookie', 'сеансовые cookie', 'не относится к персональным данным', 'Политика cookie',
  '2 года', 'від 1 до 19 років', '1,5 року', 'до закриття вікна', 'session', '13 months', 'bis zu 2 Jahre', 'не более', 'от', 'до',
  'Яндекс.Метрика', 'Google Analytics', 'при первом посещении согласие', 'Name', 'Expiry', 'Назва', 'Термін дії', '12', '3.5', 'год',
  // the source forms and readers of issue 10: Markdown, template syntax, lists, prose, denials, key/value tables
  '`', '**', '\\_', '* ', '- ', '| --- |', '{{ $x }}', "{' '}", '<?php echo 1; ?>', 'className="x"', '{/* c */}', '---\n',
  '`_ym_uid`', ' и ', ' and ', 'начинаются с ', 'prefix ', 'не используем ', 'we do not use ', 'wir verwenden keine ', 'вимкнено',
  ', а ', ' but ', 'all cookies expire after two years', 'other websites such as remixlang', 'zum Beispiel aussehen:', '<th>Purpose</th><td>:</td>',
  'Provider', 'HTML Local Storage', '[x2]', '_ga_#', '_ga_<id>', 'a few minutes', 'до очистки',
  // cookie declarations kept as data: JSON, JS literals, configs
  "{ name: '_ga', expiry: '2 years' }, ", '= [', '{', '}', '[', ']', 'cookies: [/^_pk/, ', "col1: '^_ga', is_regex: true", '"name": ', '`${', '/*', '//', '() => {',
];
const policyish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), policyish);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / Math.max(unit.length, 1))).slice(0, size);
}

describe('fuzz', () => {
  test('parseDuration never throws and keeps min <= max', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const d = parseDuration(text, lang);
        if (d === null) return;
        expect(['session', 'fixed', 'range', 'persistent', 'unknown']).toContain(d.kind);
        if (d.minSeconds !== null && d.maxSeconds !== null) expect(d.minSeconds).toBeLessThanOrEqual(d.maxSeconds);
      }),
      { numRuns: 1000 },
    );
  });

  test('extractDocument never throws and its offsets point into its text', () => {
    fc.assert(
      fc.property(anyText, (html) => {
        const d = extractDocument(html, 'https://example.com/');
        for (const b of d.blocks) expect(d.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
        for (const t of d.tables) for (const row of t.rows) for (const c of row) expect(d.text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
      }),
      { numRuns: 500 },
    );
  });

  test('textToDocument offsets point into its text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = textToDocument(text);
        for (const b of d.blocks) expect(d.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
      }),
      { numRuns: 500 },
    );
  });

  test('parsePolicy never throws on text or HTML, and every location is in range', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (input, asHtml) => {
        const d = parsePolicy(asHtml ? { html: input, url: 'https://example.com/', kind: 'privacy-policy' } : { text: input, url: null, kind: 'pasted' }, deps);
        expect(d.sources).toHaveLength(1);
        for (const c of d.cookies) expect(c.names.length + c.prefixes.length).toBeGreaterThan(0);
        for (const item of [...d.cookies, ...d.vendors, ...d.categories, ...d.statements, ...(d.denied ?? [])]) {
          expect(item.location.source).toBe(0);
          expect(item.quote.length).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('imports and CMP readers fail only with an Error that says what is wrong', () => {
    const onlyErrors = (fn: () => unknown): void => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).message.length).toBeGreaterThan(10);
      }
    };
    fc.assert(
      fc.property(fc.jsonValue(), anyText, (json, text) => {
        onlyErrors(() => parseEdpbKnowledgeBase(json));
        onlyErrors(() => parseOcdCsv(text));
        onlyErrors(() => readCmpDeclarations({ kind: 'vanilla-cookieconsent', config: json }, 'https://example.com/', deps));
        onlyErrors(() => readCmpDeclarations({ kind: 'klaro', config: json }, 'https://example.com/', deps));
        onlyErrors(() => readCmpDeclarations({ kind: 'cookiebot', config: json }, 'https://example.com/', deps));
        onlyErrors(() => readCmpDeclarations({ kind: 'onetrust', config: json }, 'https://example.com/', deps));
        onlyErrors(() => readCmpDeclarations({ kind: 'onetrust-html', html: text }, 'https://example.com/', deps));
      }),
      { numRuns: 300 },
    );
  });

  test('1 MB of random policy-like input parses within the budget', () => {
    fc.assert(
      fc.property(policyish, fc.boolean(), (unit, asHtml) => {
        const big = repeatTo(unit === '' ? 'x' : unit, MB);
        const { ms } = timed(() => parsePolicy(asHtml ? { html: big, url: null, kind: 'file' } : { text: big, url: null, kind: 'file' }, deps));
        expect(ms).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 4 },
    );
  }, 4 * BUDGET_MS);

  test.each([
    ['angle brackets', '<'],
    ['unclosed tags', '<a href="x" '],
    ['ampersands', '&'],
    ['entity-like', '&#12345678'],
    ['comment openers', '<!--'],
    ['name lists', '_a, '],
    ['numbers', '1 '],
    ['range words', 'від 1 до '],
    ['negations', 'не '],
    ['cookie words', 'сеансовые cookie '],
    ['one long word', 'a'],
    ['tabs', 'x\t'],
    ['pipes', '| a '],
    ['nested tables', '<table><tr><td>'],
    ['sentences', 'Cookies are not personal data. '],
    ['prose names', 'Файлы cookie _ym_uid и `_ym_d` хранятся 1 год. '],
    ['denials', 'Мы не используем Google Analytics, а используем Яндекс.Метрику. '],
    ['list leads', '* `shop_cart`: 14 Tage\n'],
    ['markdown rows', '| `_ga` | 2 years |\n'],
    ['key/value rows', '<table><tr><th>Name</th><td>:</td><td>x_id</td></tr><tr><th>Expires in</th><td>:</td><td>1 day</td></tr>'],
    ['jsx', "<td className=\"c\">{' '}_ga</td>\n"],
    ['cookie objects', "{ name: '_ga', expiry: '2 years', provider: 'Google' },\n"],
    ['unclosed literals', 'x = {'],
    ['a long key before a colon', 'a'.repeat(5000) + ': ['],
    ['blanks after an opener', '= ' + ' '.repeat(4000)],
  ])('1 MB of %s parses within the budget', (_name, unit) => {
    const big = repeatTo(unit, MB);
    for (const input of [{ html: big }, { text: big }]) {
      const { ms } = timed(() => parsePolicy({ ...input, url: null, kind: 'file' }, deps));
      expect(ms).toBeLessThan(BUDGET_MS);
    }
    expect(timed(() => parseDuration(big, 'uk')).ms).toBeLessThan(BUDGET_MS);
  }, 3 * BUDGET_MS);
});
