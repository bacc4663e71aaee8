import { describe, expect, test } from 'vitest';
import { extractDocument, textToDocument } from '../../../lib/policy';
import { fixture } from './shared-paths';

describe('extractDocument', () => {
  test.each([
    ['<p>a &amp; b &lt;c&gt; &quot;d&quot; &#171;e&#187; &#x2014; &nbsp;f&hellip;</p>', 'a & b <c> "d" «e» — f…'],
    ['<p>Fish &amp chips &unknown; &#0;</p>', 'Fish & chips &unknown; \uFFFD'],
    ['<p>one<br>two<br/>three</p>', 'one\ntwo\nthree'],
    ['<div>outer <span>inner</span> <b>bold</b></div>', 'outer inner bold'],
    ['<p>kept</p><script>var x = "<p>not kept</p>";</script><style>p{}</style><svg><text>no</text></svg>', 'kept'],
    ['<p>before<!-- <p>comment</p> -->after</p>', 'beforeafter'],
    ['<p>1 < 2 and 3 > 2</p>', '1 < 2 and 3 > 2'],
    ['<p>unclosed <b>bold <i>italic</p><p>next', 'unclosed bold italic\nnext'],
    ['<ul><li>one<li>two</ul>', 'one\ntwo'],
    ['<P CLASS=x>Upper case tags</P>', 'Upper case tags'],
    ['text with no tags', 'text with no tags'],
    ['<p>a</p><noscript>Please enable JavaScript</noscript><p>b</p>', 'a\nb'],
    ['<textarea>&lt;raw&gt;</textarea>', '<raw>'],
    ['<p title="a>b">attr with gt</p>', 'attr with gt'],
    ['<', '<'],
    ['<p', ''],
    ['<a href="x', ''],
  ])('%j → %j', (html, text) => {
    expect(extractDocument(html).text).toBe(text);
  });

  test('blocks keep their kind and offsets point into the text', () => {
    const d = extractDocument('<h2>Cookies</h2><p>We use cookies.</p><ul><li>Analytics</li></ul><table><tr><th>Name</th><th>Expiry</th></tr><tr><td>_ga</td><td>2 years</td></tr></table>');
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Cookies'],
      ['paragraph', 'We use cookies.'],
      ['list-item', 'Analytics'],
      ['table-row', 'Name\tExpiry'],
      ['table-row', '_ga\t2 years'],
    ]);
    for (const b of d.blocks) expect(d.text.slice(b.offset, b.offset + b.text.length)).toBe(b.text);
    const cell = d.tables[0]!.rows[1]![1]!;
    expect(d.text.slice(cell.offset, cell.offset + cell.text.length)).toBe('2 years');
    expect(d.tables[0]!.heading).toBe('Cookies');
    expect(d.tables[0]!.rows[0]![0]!.header).toBe(true);
  });

  test('nested tables become separate tables and cells with blocks stay one line', () => {
    const d = extractDocument('<table><tr><td><p>a</p><p>b</p></td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>');
    expect(d.tables).toHaveLength(2);
    expect(d.tables[1]!.rows[0]!.map((c) => c.text)).toEqual(['x', 'y']);
    expect(d.tables[0]!.rows[0]![0]!.text).toBe('a b');
  });

  test('links are absolute, with their text and whether they sit in the footer', () => {
    const d = extractDocument(fixture('table-ru.html'), 'https://example.ru/page/');
    const byText = new Map(d.links.map((l) => [l.text, l]));
    expect(byText.get('Политика использования файлов cookie')).toMatchObject({ href: 'https://example.ru/cookies', inFooter: true });
    expect(byText.get('Политике конфиденциальности')).toMatchObject({ href: 'https://example.ru/privacy', inFooter: false });
    expect(byText.get('Настройки cookie')?.inFooter).toBe(false);
    expect(d.title).toBe('Политика в отношении файлов cookie — Пример');
    expect(d.htmlLang).toBe('ru');
  });

  test('footers are found by tag, role and class', () => {
    for (const html of ['<footer><a href="/p">p</a></footer>', '<div role="contentinfo"><a href="/p">p</a></div>', '<div class="page-footer__links"><a href="/p">p</a></div>', '<div id="footer"><a href="/p">p</a></div>']) {
      expect(extractDocument(html, 'https://a.example/').links[0]?.inFooter).toBe(true);
    }
    expect(extractDocument('<div><a href="/p">p</a></div>', 'https://a.example/').links[0]?.inFooter).toBe(false);
  });

  test('app shells are marked and noscript text is kept apart', () => {
    const d = extractDocument('<body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body>');
    expect(d.appRootMarkers).toEqual(['#root']);
    expect(d.noscriptText).toBe('You need to enable JavaScript to run this app.');
    expect(d.text).toBe('');
  });
});

describe('textToDocument', () => {
  test('tab-separated lines become a table, other lines stay lines with their line numbers', () => {
    const d = textToDocument('TITLE OF POLICY\n\nSome text <p>with a tag</p>.\nName\tExpiry\n_ga\t2 years\n---\t---\nlast line');
    expect(d.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'TITLE OF POLICY', 1],
      ['line', 'Some text with a tag .', 3],
      ['table-row', 'Name\tExpiry', 4],
      ['table-row', '_ga\t2 years', 5],
      ['line', 'last line', 7],
    ]);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.heading).toBe('TITLE OF POLICY');
  });

  test('markdown pipe tables are tables too', () => {
    const d = textToDocument('| Name | Expiry |\n|---|---|\n| _ga | 2 years |');
    expect(d.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([['Name', 'Expiry'], ['_ga', '2 years']]);
  });
});
