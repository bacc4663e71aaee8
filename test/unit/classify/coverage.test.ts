// Coverage report, printed by the tests: how much of the Open Cookie Database and of what the lab
// sites set gets a category other than unknown, from the curated base alone and from the full build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultClassifier, KB_VERSION } from '../../../lib/classify/index';
import { parseOpenCookieDatabase } from '../../../lib/classify/ocd';
import type { Classifier } from '../../../lib/classify/types';
import { defaultDataDir } from '../../../scripts/build-knowledge';
import { curatedOnly } from './helpers';

// [name, domain, site]: what the lab's SDKs (real npm packages), vendor emulations and consent
// managers set, with the lab site's own cookies. Ids are the lab's placeholder tokens.
export const LAB_COOKIES: [string, string, string][] = [
  ['ph_phc_labtoken123_posthog', '.shop.lab', 'shop.lab'],
  ['mp_labtoken0123456789_mixpanel', '.shop.lab', 'shop.lab'],
  ['AMP_labkey0123', '.shop.lab', 'shop.lab'],
  ['AMP_MKTG_labkey0123', '.shop.lab', 'shop.lab'],
  ['ajs_anonymous_id', '.shop.lab', 'shop.lab'],
  ['ajs_user_id', '.shop.lab', 'shop.lab'],
  ['_sp_id.4f2a', '.shop.lab', 'shop.lab'],
  ['_sp_ses.4f2a', '.shop.lab', 'shop.lab'],
  ['_pk_id.1.8c2d', 'shop.lab', 'shop.lab'],
  ['_pk_ses.1.8c2d', 'shop.lab', 'shop.lab'],
  ['_pk_testcookie.1.8c2d', 'shop.lab', 'shop.lab'],
  ['_ym_uid', '.shop.lab', 'shop.lab'],
  ['_ym_d', '.shop.lab', 'shop.lab'],
  ['_ym_isad', '.shop.lab', 'shop.lab'],
  ['_ym_visorc', '.shop.lab', 'shop.lab'],
  ['yandexuid', '.yandex.ru', 'shop.lab'],
  ['yuidss', '.yandex.ru', 'shop.lab'],
  ['tmr_lvid', '.shop.lab', 'shop.lab'],
  ['tmr_lvidTS', '.shop.lab', 'shop.lab'],
  ['tmr_detect', '.shop.lab', 'shop.lab'],
  ['VID', '.mail.ru', 'shop.lab'],
  ['_ga', '.shop.lab', 'shop.lab'],
  ['_ga_LAB123XYZ', '.shop.lab', 'shop.lab'],
  ['_gid', '.shop.lab', 'shop.lab'],
  ['roistat_visit', '.shop.lab', 'shop.lab'],
  ['roistat_first_visit', '.shop.lab', 'shop.lab'],
  ['_comagic_idLab', '.shop.lab', 'shop.lab'],
  ['jv_enter_ts_LabWidget', '.shop.lab', 'shop.lab'],
  ['jv_visits_count_LabWidget', '.shop.lab', 'shop.lab'],
  ['cc_cookie', 'shop.lab', 'shop.lab'],
  ['klaro', 'shop.lab', 'shop.lab'],
  ['cookieconsent_status', 'shop.lab', 'shop.lab'],
  ['euconsent-v2', '.shop.lab', 'shop.lab'],
  ['_vid_t', '.shop.lab', 'shop.lab'],
  ['lang', 'shop.lab', 'shop.lab'],
  ['sid', 'shop.lab', 'shop.lab'],
  ['cart_id', 'shop.lab', 'shop.lab'],
];

function share(c: Classifier, cookies: [string, string, string][]): { known: number; total: number; unknown: string[] } {
  const unknown = cookies.filter(([n, d, s]) => c.classifyCookie(n, d, s).category === 'unknown').map(([n]) => n);
  return { known: cookies.length - unknown.length, total: cookies.length, unknown };
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

const ocdFile = join(defaultDataDir(), 'open-cookie-database', 'open-cookie-database.csv');
const ocdNames = ((): [string, string, string][] => {
  try {
    const { rows } = parseOpenCookieDatabase(readFileSync(ocdFile, 'utf8'));
    return rows.map((r) => [r.wildcard ? `${r.name}x1` : r.name, r.hosts[0] ?? 'site.example', 'site.example']);
  } catch {
    return [];
  }
})();

describe('coverage report', () => {
  const curated = curatedOnly();
  const full = defaultClassifier();

  test('lab cookies: every vendor cookie is known, only the site\'s own cart id is not', () => {
    const c = share(curated, LAB_COOKIES);
    const f = share(full, LAB_COOKIES);
    console.log(`[coverage] lab cookies: curated ${pct(c.known, c.total)} (${c.known}/${c.total}), full ${pct(f.known, f.total)}; unknown: ${f.unknown.join(', ') || 'none'}`);
    expect(f.unknown).toEqual(['cart_id']);
    expect(c.unknown).toEqual(['cart_id']);
  });

  test.skipIf(ocdNames.length === 0)('Open Cookie Database names', () => {
    const c = share(curated, ocdNames);
    const f = share(full, ocdNames);
    console.log(`[coverage] Open Cookie Database names (${ocdNames.length}): curated base alone ${pct(c.known, c.total)}, full build (${KB_VERSION}) ${pct(f.known, f.total)}`);
    expect(f.known / f.total).toBeGreaterThan(0.97);
    expect(c.known).toBeLessThan(f.known);
  });
});
