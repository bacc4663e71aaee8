import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PolicyInputError, checkPolicyFile, policyOverrideFromFile } from '../../../lib/policy/input-check';
import { seededRandom } from '../../../scripts/bench/stats';

// Files that are not a readable policy must be named for what they are, never read as a policy
// that declares nothing (issue 14). The same check runs in the CLIs and the extension's imports.
const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const bad = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, 'policy-input', name)));
const good = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, 'policy', name)));

function randomBytes(n: number, seed: number): Uint8Array {
  const rnd = seededRandom(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
}

describe('checkPolicyFile refuses what is not a policy, saying what it is', () => {
  test.each([
    ['200 KB of random bytes', randomBytes(200 * 1024, 14), 'noise.txt', /binary data, not text \(\d+\.\d% of the first 65536 characters/],
    ['random bytes named .json', randomBytes(4096, 15), 'kb.json', /binary data/],
    ['a PDF', bad('policy.pdf'), 'policy.pdf', /this is a PDF document.*pdftotext/],
    ['a PDF named .html', bad('policy.pdf'), 'policy.html', /this is a PDF document/],
    ['a .docx (ZIP)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'policy.docx', /ZIP archive/],
    ['invalid JSON, with the line', bad('broken.json'), 'broken.json', /invalid JSON at line 4, column \d+: /],
    ['truncated JSON', new TextEncoder().encode('{"knowledges": [\n{"name": "_ga"'), 'kb.json', /invalid JSON at line 2/],
    ['CSV with an unclosed quote, with the line', bad('unclosed-quote.csv'), 'ocd.csv', /invalid CSV: the quoted field opened on line 2 is never closed/],
    ['CSV with more fields than the header', bad('extra-field.csv'), 'ocd.csv', /invalid CSV: line 2 has 11 fields, the header line has 10/],
    ['CSV with a stray quote', new TextEncoder().encode('a,b\n1,x"y\n'), 'ocd.csv', /line 2 has a quote inside an unquoted field/],
    ['an empty file', bad('empty.txt'), 'empty.txt', /the file is empty/],
    ['only white space', bad('blank.txt'), 'blank.txt', /only white space/],
    ['an HTML app shell with no text', bad('app-shell.html'), 'policy.html', /HTML page has no readable text/],
    ['HTML sniffed from content', bad('app-shell.html'), 'saved-page', /HTML page has no readable text/],
    ['text without a word', new TextEncoder().encode('12345 67890 --- ***\n'), 'p.txt', /no words/],
  ])('%s', (_, bytes, name, message) => {
    expect(() => checkPolicyFile(bytes, name)).toThrow(PolicyInputError);
    expect(() => checkPolicyFile(bytes, name)).toThrow(message);
    expect(() => checkPolicyFile(bytes, name)).toThrow(new RegExp(`^${name.replace('.', '\\.')}: `));
  });
});

describe('checkPolicyFile lets real policies through', () => {
  test.each([
    ['table-ru.html', 'html'],
    ['table-uk.html', 'html'],
    ['onetrust-cookie-list.html', 'html'],
    ['edpb-knowledge-base.json', 'json'],
  ])('%s -> %s', (file, kind) => {
    expect(checkPolicyFile(good(file), file).kind).toBe(kind);
  });

  test('plain text, a windows-1251 text, UTF-16 with a BOM, and an OCD CSV with quoted commas and line breaks', () => {
    expect(checkPolicyFile(new TextEncoder().encode('We use the _ga cookie for 2 years.'), 'p.txt').kind).toBe('text');
    const cp1251 = Uint8Array.from([0xcc, 0xfb, 0x20, 0xe8, 0xf1, 0xef, 0xee, 0xeb, 0xfc, 0xe7, 0xf3, 0xe5, 0xec, 0x20, 0x63, 0x6f, 0x6f, 0x6b, 0x69, 0x65]);
    expect(checkPolicyFile(cp1251, 'p.txt')).toMatchObject({ kind: 'text', text: 'Мы используем cookie' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'We use cookies'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(checkPolicyFile(utf16, 'p.txt')).toMatchObject({ kind: 'text', text: 'We use cookies' });
    const csv = 'ID,Category,Cookie / Data Key name,Retention period\n1,Analytics,_ga,"2 years, then\nrenewed"\n';
    expect(checkPolicyFile(new TextEncoder().encode(csv), 'ocd.csv').kind).toBe('csv');
  });

  test('policyOverrideFromFile: imports become declarations, pages stay pages', () => {
    const kb = policyOverrideFromFile(good('edpb-knowledge-base.json'), 'dir/edpb-knowledge-base.json');
    expect(kb).toMatchObject({ kind: 'declarations', label: 'edpb-knowledge-base.json' });
    expect(policyOverrideFromFile(good('table-en.html'), 'table-en.html')).toMatchObject({ kind: 'html', label: 'table-en.html' });
    // Well-formed JSON of the wrong shape is refused by the importer, with the file named.
    expect(() => policyOverrideFromFile(new TextEncoder().encode('{"a": 1}'), 'x.json')).toThrow(/^x\.json: /);
  });
});

describe('checkPolicyFile on arbitrary bytes', () => {
  test('either accepts with a kind or throws PolicyInputError; never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.json', 'a.csv', 'a.html', 'a'), (bytes, name) => {
        try {
          expect(['html', 'text', 'csv', 'json']).toContain(checkPolicyFile(bytes, name).kind);
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyInputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  // From 1 KB up the control-code share alone cannot miss (about 11% of random bytes are control codes;
  // the limit is 1%). A 64-byte sample read as windows-1251 can be free of them (seed 389086628),
  // so short binary is not promised here.
  test('random binary of 1 KB or more is never accepted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1024, max: 20_000 }), fc.integer(), (n, seed) => {
        expect(() => checkPolicyFile(randomBytes(n, seed), 'r.bin')).toThrow(PolicyInputError);
      }),
      { numRuns: 200 },
    );
  });
});
