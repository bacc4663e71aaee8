// report.html in the campaign folder: one self-contained page (no network, no scripts needed to
// read it) in English, Russian and Ukrainian, charts drawn by Vega-Lite and rendered to SVG here.
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { reportData, type ReportData } from './report-data';
import { REPORT_LANGS, WORDS, type ReportLang, type ReportWords } from './report-i18n';
import type { CampaignStore } from './store';

export const REPORT_FILE = 'report.html';

export async function writeReport(store: CampaignStore, outDir: string, now = new Date()): Promise<string> {
  const data = await reportData(store);
  // Bundles written under the campaign folder are linked relative to it, so the folder can move.
  for (const w of data.worst) if (w.evidenceDir && isAbsolute(w.evidenceDir) && w.evidenceDir.startsWith(outDir)) w.evidenceDir = relative(outDir, w.evidenceDir);
  const html = await renderReport(data, now);
  const file = join(outDir, REPORT_FILE);
  await writeFile(file, html);
  return file;
}

export async function renderReport(data: ReportData, now: Date): Promise<string> {
  const sections: string[] = [];
  for (const lang of REPORT_LANGS) sections.push(await section(data, lang, WORDS[lang], now));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(WORDS.en.title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;color:#1d2430;margin:0;background:#f6f7f9}
main{max-width:980px;margin:0 auto;padding:16px 24px 48px;background:#fff}
nav{display:flex;gap:8px;justify-content:flex-end;padding-top:8px}
nav a{padding:2px 10px;border:1px solid #c7ccd4;border-radius:4px;color:#1d2430;text-decoration:none}
section.lang{display:none}section.lang:target{display:block}
body:not(:has(section.lang:target)) #en{display:block}
h1{font-size:22px;margin:8px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #e3e6ea;padding-bottom:4px}
.muted{color:#5b6472}.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.tile{border:1px solid #e3e6ea;border-radius:6px;padding:8px 12px;min-width:150px}.tile b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eef0f3;vertical-align:top}
th{font-weight:600;background:#f3f5f7}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto}.high{color:#b42318;font-weight:600}
</style></head><body><main>
<nav>${REPORT_LANGS.map((l) => `<a href="#${l}" hreflang="${l}">${l.toUpperCase()}</a>`).join('')}</nav>
${sections.join('\n')}
</main></body></html>
`;
}

async function section(d: ReportData, lang: ReportLang, w: ReportWords, now: Date): Promise<string> {
  const pct = (x: number) => `${(x * 100).toLocaleString(lang, { maximumFractionDigits: 1 })} %`;
  const dec = (x: number) => x.toLocaleString(lang, { maximumFractionDigits: 2 });
  const t = d.totals;
  const tiles = [
    [t.sites, w.sites],
    [t.jobs, w.jobs],
    [t.ok, w.ok],
    [t.failed, w.failed],
    [t.sitesPreConsentTracker, w.preConsentTrackerSites],
    [t.sitesHigh, w.highSites],
  ]
    .map(([n, label]) => `<div class="tile"><b>${esc(String(n))}</b>${esc(String(label))}</div>`)
    .join('');
  const codeRows = d.codes.map((c) => ({ label: w.codeTitle(c.code), value: c.share }));
  const vendorRows = d.vendors.map((v) => ({ label: v.vendor, value: v.sites }));
  const cmpRows = d.cmps.map((c) => ({ label: c.cmp === '-' ? w.noCmp : c.cmp, value: c.trackerShare }));
  const langRows = d.languages.map((l) => ({ label: l.language === '-' ? w.noPolicy : l.language, value: l.avgFindings }));
  return `<section class="lang" id="${lang}" lang="${lang}">
<h1>${esc(w.title)}</h1><p class="muted">${esc(w.generated)} ${esc(now.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
<h2>${esc(w.totals)}</h2><div class="tiles">${tiles}</div>
${table([w.mode, w.jobs, w.ok], t.byMode.map((m) => [w.modes[m.mode] ?? m.mode, num(m.jobs), num(m.ok)]))}
<h2>${esc(w.codes)}</h2>${await chart(codeRows, w.codesChart, true)}
${table([w.code, w.sites, w.share], d.codes.map((c) => [`${w.codeTitle(c.code)} <span class="muted">${esc(c.code)}</span>`, num(c.sites), num(pct(c.share))]), true)}
<h2>${esc(w.vendors)}</h2>${await chart(vendorRows, w.vendorsChart, false)}
<h2>${esc(w.cmps)}</h2>${await chart(cmpRows, w.trackerShare, true)}
${table([w.cmp, w.sites, w.trackerShare, w.avgHigh], d.cmps.map((c) => [c.cmp === '-' ? w.noCmp : c.cmp, num(c.sites), num(pct(c.trackerShare)), num(dec(c.avgHigh))]))}
<h2>${esc(w.languages)}</h2>${await chart(langRows, w.avgFindings, false)}
${table([w.language, w.sites, w.avgFindings, w.undeclaredShare], d.languages.map((l) => [l.language === '-' ? w.noPolicy : l.language, num(l.sites), num(dec(l.avgFindings)), num(pct(l.undeclaredShare))]))}
<h2>${esc(w.worst)}</h2>
${table([w.site, w.mode, w.high, w.medium, w.report], d.worst.map((s) => [esc(s.site), esc(w.modes[s.mode] ?? s.mode), num(String(s.high)), num(String(s.medium)), [s.reportFile ? `<a href="${esc(encodeURI(s.reportFile))}">${esc(w.report)}</a>` : '', s.evidenceDir ? `<a href="${esc(encodeURI(`${s.evidenceDir}/report.html`))}">${esc(w.evidence)}</a>` : ''].filter(Boolean).join(' · ')]), true)}
<h2>${esc(w.failures)}</h2>
${table([w.site, w.mode, w.error, w.attempts], d.failures.map((f) => [esc(f.url), esc(w.modes[f.mode] ?? f.mode), esc(f.error), num(String(f.attempts))]), true)}
</section>`;
  function table(head: string[], body: (string | { n: string })[][], raw = false): string {
    if (body.length === 0) return `<p class="muted">${esc(w.none)}</p>`;
    const cell = (c: string | { n: string }) => (typeof c === 'object' ? `<td class="n">${esc(c.n)}</td>` : `<td>${raw ? c : esc(c)}</td>`);
    const numeric = head.map((_, i) => typeof body[0]![i] === 'object');
    return `<table><thead><tr>${head.map((h, i) => `<th${numeric[i] ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
  }
}

function num(v: number | string): { n: string } {
  return { n: String(v) };
}

/** A horizontal bar chart, one bar per label, drawn by Vega-Lite. */
async function chart(rows: { label: string; value: number }[], axisTitle: string, percent: boolean): Promise<string> {
  if (rows.length === 0) return '';
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: rows },
    width: 520,
    height: { step: 20 },
    mark: { type: 'bar', color: '#3b6fb6' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: '-x', title: null, axis: { labelLimit: 320 } },
      x: { field: 'value', type: 'quantitative', title: axisTitle, ...(percent ? { axis: { format: '.0%' }, scale: { domain: [0, 1] } } : { axis: { tickMinStep: 1, format: 'd' } }) },
      tooltip: [{ field: 'label' }, { field: 'value', ...(percent ? { format: '.1%' } : {}) }],
    },
    config: { font: 'system-ui, sans-serif', view: { stroke: null } },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return `<div class="chart">${await view.toSVG()}</div>`;
  } finally {
    view.finalize();
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
