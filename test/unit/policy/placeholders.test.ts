// Names written with a placeholder for an id become prefixes (dotted wildcards, runs of X, <id>,
// {id}), and a plain lower-case lead in a list of named items is a name. Cases written for this test.
import { describe, expect, test } from 'vitest';
import { findVendorMentions, knownCookieName } from '../../../lib/classify';
import type { Declarations } from '../../../lib/model/types';
import { parsePolicy } from '../../../lib/policy';

const deps = { findVendorMentions, knownCookie: knownCookieName };

function read(source: { text: string } | { html: string }): Declarations {
  return parsePolicy({ ...source, url: null, kind: 'file' }, deps);
}

function names(d: Declarations): string[] {
  return [...new Set(d.cookies.flatMap((c) => [...c.names, ...c.prefixes.map((p) => p + '*')]))].sort();
}

const CASES: [string, { text: string } | { html: string }, string[]][] = [
  ['de dotted wildcards in bullets', { text: '## Cookies\n\n* `_mt_vis.*` (Matomo, 6 Monate)\n* `_mt_ref.*` (Matomo, 1 Stunde)\n' }, ['_mt_ref.*', '_mt_vis.*']],
  ['en run of capital X in a table cell', { text: 'Cookie\tLifespan\n_ga_QQ, _abc_XXXXXXXX\t730 Days\n' }, ['_abc_*', '_ga_QQ']],
  ['ru lower-case x run in prose', { text: 'Сервис ставит cookie _hs_xxxxxx и _hs_main на 1 год.' }, ['_hs_*', '_hs_main']],
  ['uk placeholders in curly brackets', { text: 'Ми використовуємо cookie _sess_{uid} та _pk_ses.{site} (30 хвилин).' }, ['_pk_ses.*', '_sess_*']],
  ['en x inside a real name stays a name', { text: 'The cookie _xsrf_x and wp_xx_lang are set for 1 year.' }, ['_xsrf_x', 'wp_xx_lang']],
  ['en plain lead among named list items', { html: '<p>Cookies we set:</p><ul><li><b>_app_sess</b> – login, session</li><li><b>sessionkey</b> – security, 2 weeks</li></ul>' }, ['_app_sess', 'sessionkey']],
  ['en a category lead in a list stays no name', { html: '<p>Cookies we set:</p><ul><li><b>_app_sess</b> – login, session</li><li><b>analytics</b> – we count visits</li></ul>' }, ['_app_sess']],
];

describe('placeholders and list leads', () => {
  test.each(CASES)('%s', (_label, source, want) => {
    expect(names(read(source))).toEqual(want);
  });
});
