// Cookie declarations kept as data: JSON files, JS modules of cookie objects, consent-manager
// configs in a bundle, an array inside a component. Cases written for this test in the shapes
// such files take (cookieconsent v2 col1..col4 rows, klaro services, a map keyed by names), and
// controls that are data but declare no cookie.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { Declarations } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';
import { looseLiterals, RegexLiteral } from '../../../lib/policy/loose-data';
import { CASES } from './data-forms.cases';

const deps = { findVendorMentions, knownCookie: knownCookieName };

function read(text: string): Declarations {
  return parsePolicy({ text, url: null, kind: 'file' }, deps);
}

function names(d: Declarations): string[] {
  return [...new Set(d.cookies.flatMap((c) => [...c.names, ...c.prefixes.map((p) => p + '*')]))].sort();
}

function cookie(d: Declarations, name: string) {
  return d.cookies.find((c) => c.names.includes(name) || c.prefixes.includes(name));
}

describe('cookie declarations kept as data', () => {
  test.each(CASES)('%s', (_label, source, want, facts) => {
    const d = read(source);
    expect(names(d)).toEqual(want);
    for (const [name, life, category] of facts) {
      const c = cookie(d, name);
      expect(c, name).toBeDefined();
      const l = c!.lifetime;
      if (life === null) expect(l === null || l.kind === 'unknown', `${name} lifetime`).toBe(true);
      else if (life === 'session') expect(l?.kind, `${name} lifetime`).toBe('session');
      else expect(l?.kind === 'fixed' ? l.minSeconds : null, `${name} lifetime`).toBe(life);
      if (category !== undefined) expect(c!.category, `${name} category`).toBe(category);
    }
  });

  test('every declared cookie quotes the row it came from', () => {
    const d = read(CASES[0]![1]);
    for (const c of d.cookies) expect(c.quote).toContain(c.names[0]!);
  });
});

describe('looseLiterals', () => {
  test('reads JS literals leniently: comments, trailing commas, regexes, templates, calls skipped', () => {
    const found = looseLiterals(`const a = {
  // a comment
  'quoted': "x", bare: \`t\${1 + 2}z\`, re: /^_ga_[A-Z]+$/i, n: 12, f: () => { return { no: 1 } }, call: t('label'), last: [1, 2,],
};`);
    expect(found).toHaveLength(1);
    const v = found[0]!.value as Record<string, unknown>;
    expect(v.quoted).toBe('x');
    expect(v.bare).toBe('tz');
    expect(v.re).toBeInstanceOf(RegexLiteral);
    expect((v.re as RegexLiteral).source).toBe('^_ga_[A-Z]+$');
    expect(v.n).toBe(12);
    expect(v.last).toEqual([1, 2]);
    expect('f' in v || 'call' in v).toBe(false);
  });

  test('never throws and stops on any text (fuzz)', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', '(', ')', ',', ':', "'", '"', '`', '/', '*', '\\', '\n', 'name', ' = ', '${', 'return', '_ga', '//', '/*');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const found = looseLiterals(text);
        for (const f of found) expect(f.end).toBeGreaterThan(f.start);
      }),
      { numRuns: 500 },
    );
  });

  test('a deeply nested or unclosed source costs linear time', () => {
    const deep = '['.repeat(50_000) + '{ name: "_ga", expiry: "1 day" }';
    const unclosed = 'x = {'.repeat(20_000);
    for (const text of [deep, unclosed]) {
      const t0 = performance.now();
      looseLiterals(text);
      // a hang guard, not a speed target: quadratic reading of 100 KB takes minutes
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });
});

describe('a JSON file given to the CLI or the import', () => {
  test('a site cookie list in JSON is read as a policy; JSON that is neither that nor an EDPB knowledge base is refused', async () => {
    const { policyOverrideFromFile, PolicyInputError } = await import('../../../lib/policy/input-check');
    const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
    const list = policyOverrideFromFile(bytes(CASES[0]![1]), 'cookies.json', deps);
    expect(list.kind).toBe('text');
    expect(() => policyOverrideFromFile(bytes('{"a": 1, "b": [2, 3]}'), 'other.json', deps)).toThrow(PolicyInputError);
  });
});
