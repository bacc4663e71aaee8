import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseUrlFile } from '../../../scripts/lib/campaign/url-file';

describe('campaign URL file', () => {
  // [line as written, URL it becomes or null when skipped, reason when skipped]
  const cases: [string, string | null, string?][] = [
    ['https://www.lab-shop.test/', 'https://www.lab-shop.test/'],
    ['http://example.com/path?q=1#top', 'http://example.com/path?q=1'],
    ['example.ru', 'https://example.ru/'],
    ['  yandex.ru  ', 'https://yandex.ru/'],
    ['1,google.com', 'https://google.com/'],
    ['12;rozetka.com.ua', 'https://rozetka.com.ua/'],
    ['HTTPS://WWW.Example.COM/A', 'https://www.example.com/A'],
    ['https://127.0.0.1:8443/', 'https://127.0.0.1:8443/'],
    ['ftp://example.com/', null, 'not an http(s) address'],
    ['javascript:alert(1)', null, 'not an http(s) address'],
    ['https://foo', null, '"foo" is not a host name'],
    ['localhost', null, '"localhost" is not a host name'],
    ['https://exa mple.com', null, 'contains spaces'],
    ['https://user:pw@example.com/', null, 'has a user name or password'],
    ['https://', null, 'not a valid URL'],
    ['http://[::1', null, 'not a valid URL'],
  ];
  test.each(cases)('%s', (line, url, reason) => {
    const parsed = parseUrlFile(line);
    if (url === null) {
      expect(parsed.entries).toEqual([]);
      expect(parsed.problems).toEqual([{ line: 1, text: line.trim(), reason }]);
    } else {
      expect(parsed.problems).toEqual([]);
      expect(parsed.entries).toEqual([{ line: 1, url }]);
    }
  });

  test('line numbers count blank lines, comments, CRLF and a BOM; duplicates point at the first', () => {
    const text = '\uFEFF# sector sweep\r\nhttps://a.example.com/\r\n\r\nnot a url\r\nb.example.com\r\nhttps://a.example.com/#again\r\n';
    expect(parseUrlFile(text)).toEqual({
      entries: [
        { line: 2, url: 'https://a.example.com/' },
        { line: 5, url: 'https://b.example.com/' },
      ],
      problems: [
        { line: 4, text: 'not a url', reason: 'contains spaces' },
        { line: 6, text: 'https://a.example.com/#again', reason: 'same as line 2' },
      ],
    });
  });

  test('a very long bad line is shortened in the report', () => {
    const [problem] = parseUrlFile(`ftp://${'x'.repeat(500)}.com`).problems;
    expect(problem!.text.length).toBe(80);
  });

  test('fuzz: every non-blank, non-comment line is either an entry or a problem, with its own line number', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), { maxLength: 30 }), (lines) => {
        const clean = lines.map((l) => l.replace(/[\r\n\u2028\u2029]/g, ''));
        const { entries, problems } = parseUrlFile(clean.join('\n'));
        const counted = clean.map((l, i) => [l.replace(/^\uFEFF/, '').trim(), i + 1] as const).filter(([l]) => l !== '' && !l.startsWith('#'));
        const seenLines = [...entries.map((e) => e.line), ...problems.map((p) => p.line)].sort((a, b) => a - b);
        expect(seenLines).toEqual(counted.map(([, n]) => n));
        for (const e of entries) expect(/^https?:\/\//.test(e.url) && new URL(e.url).href === e.url).toBe(true);
        expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
      }),
      { numRuns: 100 },
    );
  });
});
