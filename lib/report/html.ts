// The printable report: one self-contained HTML document (inline CSS, no script needed to read
// it, screenshots embedded) in the order an authority reads: verdict and findings with their
// evidence first, then the consent timeline with screenshots, the observation tables, the policy
// sources and an annex with the run's conditions. Pure string building, so the CLI (which prints
// it to PDF with Chromium) and the extension's report page render the same document.

import { findingExplanation, findingTitle, renderFinding } from '../compare/messages';
import type { Locale } from '../compare/catalog';
import type { ConsentEvent, Finding, FindingEvidence, Phase, WriteRecord } from '../model/types';
import type { AuditExport } from './export';
import type { PolicyCopy, RunMetadata, ScreenshotRef } from './evidence';
import { formatLifetime, formatTime } from './format';
import { REPORT_TEXT, type ReportText } from './report-text';
import type { GpcComparison, GpcItem } from './gpc-compare';
import { GPC_TEXT, gpcCounts, gpcItemLabel } from './gpc-text';

export interface ReportHtmlOptions {
  locale: Locale;
  run?: RunMetadata;
  /** Screenshots with their image data as a data: URL (or a relative path) to show. */
  screenshots?: Array<ScreenshotRef & { src: string }>;
  policies?: PolicyCopy[];
  /** Evidence rows shown per finding; the rest is counted. */
  evidencePerFinding?: number;
  /** A plain run of the site compared with this GPC run (lib/report/gpc-compare.ts). */
  gpcComparison?: GpcComparison;
}

const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function fill(template: string, ...params: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_m, i: string) => String(params[Number(i)] ?? ''));
}

const CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1c1f24; margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 19pt; margin: 0 0 2mm; }
h2 { font-size: 13.5pt; margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5px solid #1c1f24; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 1.5mm; break-after: avoid; }
p { margin: 1.5mm 0; }
.sub { color: #4b5260; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 8.6pt; }
th, td { border: 0.6px solid #b9bfca; padding: 1.1mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; }
tr { break-inside: avoid; }
td.mono, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.8pt; word-break: break-all; }
td.num { text-align: right; white-space: nowrap; }
.meta th { width: 38mm; }
.verdict { border: 2px solid #1c1f24; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.verdict.bad { border-color: #b3261e; }
.verdict.warn { border-color: #a15c00; }
.verdict.ok { border-color: #1b6e20; }
.verdict strong { font-size: 14pt; display: block; margin-bottom: 1mm; }
.counts span { display: inline-block; margin-right: 5mm; }
.finding { border-left: 3px solid #8a93a3; padding: 1mm 0 1mm 3.5mm; margin: 4mm 0; }
.finding > p, .finding > h3, .finding > blockquote { break-inside: avoid; }
.glance td:first-child { white-space: nowrap; }
.finding.high { border-left-color: #b3261e; }
.finding.medium { border-left-color: #a15c00; }
.finding .code { color: #4b5260; font-size: 8.5pt; }
.sev { display: inline-block; font-size: 8pt; font-weight: 700; text-transform: uppercase; padding: 0 1.5mm; border: 1px solid currentColor; border-radius: 2px; margin-right: 2mm; }
.sev.high { color: #b3261e; } .sev.medium { color: #a15c00; } .sev.low { color: #4b5260; } .sev.info { color: #4b5260; }
.why { color: #4b5260; font-size: 9pt; }
blockquote { margin: 1.5mm 0; padding: 1mm 3mm; border-left: 2px solid #b9bfca; background: #f6f7f9; font-style: italic; }
.phase-after-reject, .phase-pre-consent { color: #b3261e; font-weight: 600; }
.muted { color: #6a7385; }
figure { margin: 3mm 0; break-inside: avoid; }
figure img { max-width: 100%; max-height: 120mm; border: 0.6px solid #b9bfca; display: block; }
figcaption { font-size: 8.5pt; color: #4b5260; margin-top: 1mm; }
.sign { margin-top: 12mm; border-top: 0.6px solid #1c1f24; width: 90mm; padding-top: 1mm; font-size: 8.5pt; color: #4b5260; }
@media screen { body { background: #f3f4f7; } main { background: #fff; padding: 12mm 14mm; margin: 6mm auto; box-shadow: 0 1px 4px rgba(0,0,0,.12); } }
`;

function phaseCell(phase: Phase | null, T: ReportText): string {
  return phase ? `<span class="phase-${phase}">${esc(T.phases[phase])}</span>` : esc(T.none);
}

function verdict(report: AuditExport, T: ReportText): string {
  const s = report.summary.bySeverity;
  const [cls, head] = s.high > 0 ? ['bad', T.verdictViolations] : s.medium > 0 ? ['warn', T.verdictIssues] : ['ok', T.verdictClean];
  const counts = SEVERITIES.map((k) => `<span>${esc(T.severity[k])}: <b>${s[k]}</b></span>`).join('');
  return `<div class="verdict ${cls}" data-verdict="${cls}"><strong>${esc(head)}</strong><div class="counts">${esc(T.bySeverity)}: ${counts}</div><p class="muted">${esc(T.verdictNote)}</p></div>`;
}

/** The GPC comparison, right after the verdict: its own verdict, then what stopped and what did not. */
function gpcSection(c: GpcComparison, locale: Locale): string {
  const t = GPC_TEXT[locale];
  const cls = c.verdict === 'honoured' ? 'ok' : c.verdict === 'ignored' ? 'bad' : c.verdict === 'partly-honoured' ? 'warn' : '';
  const list = (title: string, items: GpcItem[]) =>
    `<h3>${esc(title)} (${items.length})</h3>` +
    (items.length
      ? `<table><tbody>${items.map((i) => `<tr><td>${esc(t.kinds[i.kind])}</td><td${i.code ? '' : ' class="mono"'}>${esc(gpcItemLabel(i, locale))}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${esc(t.none)}</p>`);
  return (
    `<section class="gpc" data-gpc-verdict="${c.verdict}"><h2>${esc(t.heading)}</h2><p>${esc(t.intro)}</p>` +
    `<div class="verdict ${cls}"><strong>${esc(t.verdicts[c.verdict])}</strong><div>${esc(gpcCounts(c, t))}</div></div>` +
    list(t.honoured, c.honoured) +
    list(t.ignored, c.ignored) +
    (c.gpcOnly.length ? list(t.gpcOnly, c.gpcOnly) : '') +
    `</section>`
  );
}

/** The findings at a glance, right under the verdict: what a reader signs off first. */
function glance(report: AuditExport, locale: Locale, T: ReportText): string {
  if (report.findings.length === 0) return '';
  const rows = report.findings
    .map(
      (f) =>
        `<tr><td><span class="sev ${f.severity}">${esc(T.severity[f.severity])}</span></td><td>${esc(findingTitle(f.code, locale))}</td><td class="mono">${esc(f.subject.name)}${f.subject.domain ? ` <span class="muted">${esc(f.subject.domain)}</span>` : ''}</td><td>${phaseCell(f.phase, T)}</td><td class="num">${f.evidence.length ? esc(formatTime(Math.min(...f.evidence.map((e) => e.time)))) : esc(T.none)}</td></tr>`,
    )
    .join('');
  return `<table class="glance"><thead><tr><th>${esc(T.kind)}</th><th>${esc(T.findings)}</th><th>${esc(T.what)}</th><th>${esc(T.phase)}</th><th>${esc(T.time)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function evidenceTable(evidence: FindingEvidence[], T: ReportText, max: number): string {
  if (evidence.length === 0) return '';
  const rows = evidence
    .slice(0, max)
    .map(
      (e) =>
        `<tr><td class="num">${esc(formatTime(e.time))}</td><td>${phaseCell(e.phase, T)}</td><td class="mono">${esc(e.name)}</td><td class="mono">${esc(e.initiator ?? T.none)}</td><td class="mono">${esc(e.detail ?? '')}</td></tr>`,
    )
    .join('');
  const more = evidence.length > max ? `<p class="muted">${esc(fill(T.evidenceMore, evidence.length - max))}</p>` : '';
  return `<table><thead><tr><th>${esc(T.time)}</th><th>${esc(T.phase)}</th><th>${esc(T.what)}</th><th>${esc(T.initiator)}</th><th>${esc(T.detail)}</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

function findingBlock(f: Finding, locale: Locale, T: ReportText, max: number, explain: boolean): string {
  const message = renderFinding(f.messageKey, f.messageParams, locale);
  const declared = f.declared
    ? `<p><b>${esc(T.policySays)}</b> (${esc(T.where)}: ${esc(f.declared.where)}${f.declared.sourceUrl ? `, <span class="mono">${esc(f.declared.sourceUrl)}</span>` : ''}):</p><blockquote>${esc(f.declared.quote)}</blockquote>`
    : '';
  return `<section class="finding ${f.severity}" data-code="${esc(f.code)}">
<h3><span class="sev ${f.severity}">${esc(T.severity[f.severity])}</span>${esc(findingTitle(f.code, locale))} <span class="code">${esc(f.code)}</span></h3>
<p>${esc(message)}</p>
${explain ? `<p class="why"><b>${esc(T.why)}:</b> ${esc(findingExplanation(f.code, locale))}</p>` : ''}
${declared}${f.evidence.length ? `<p><b>${esc(T.evidence)}</b></p>${evidenceTable(f.evidence, T, max)}` : ''}
</section>`;
}

function signalKind(e: ConsentEvent, T: ReportText): string {
  if (e.signal === 'user') return T.manual;
  if (e.hint === true) return T.pageHint;
  return T.automatic;
}

function consentSection(report: AuditExport, run: RunMetadata | undefined, shots: ReportHtmlOptions['screenshots'], T: ReportText): string {
  const c = report.consent;
  const head = `<table class="meta"><tbody>
<tr><th>${esc(T.consentState)}</th><td>${esc(T.states[c.state] ?? c.state)}${c.cmp ? ` · CMP: ${esc(c.cmp)}` : ''}</td></tr>
<tr><th>${esc(T.consentAt)}</th><td>${c.at === null ? esc(T.none) : `${esc(formatTime(c.at))} · ${esc(c.signal ?? '')}`}</td></tr>
${automationRows(report, run, T)}
</tbody></table>`;
  const rows = c.timeline
    .map(
      (e) =>
        `<tr><td class="num">${esc(formatTime(e.time))}</td><td>${esc(T.states[e.state] ?? e.state)}</td><td class="mono">${esc(e.signal)}</td><td>${esc(signalKind(e, T))}</td><td>${esc(e.detail ?? '')}</td></tr>`,
    )
    .join('');
  const table = rows
    ? `<table><thead><tr><th>${esc(T.time)}</th><th>${esc(T.consentState)}</th><th>${esc(T.signal)}</th><th>${esc(T.kind)}</th><th>${esc(T.detail)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  const figures = (shots ?? [])
    .map(
      (s) =>
        `<figure data-moment="${esc(s.moment)}"><img src="${esc(s.src)}" alt="${esc(T.moments[s.moment])}"><figcaption>${esc(T.moments[s.moment])} · ${esc(formatTime(s.time))} · ${esc(s.takenAt)} · ${esc(s.manual ? T.manual : T.automatic)} · <span class="mono">${esc(s.file)}</span></figcaption></figure>`,
    )
    .join('');
  return `<h2>${esc(T.consentTimeline)}</h2>${head}${table}${figures ? `<h3>${esc(T.screenshots)}</h3>${figures}` : ''}`;
}

function automationRows(report: AuditExport, run: RunMetadata | undefined, T: ReportText): string {
  const a = report.consent.automation;
  const action = run?.consent;
  if (!a && (!action || action.mode === 'none')) return '';
  const requested = a?.requested ?? action?.mode ?? T.none;
  let pressed: string;
  if (action?.selector || action?.label) {
    pressed = [action.label ? `«${esc(action.label)}»` : '', action.selector ? `<span class="mono">${esc(action.selector)}</span>` : ''].filter(Boolean).join(' ');
  } else if (a?.clicked) pressed = `<span class="mono">${esc(a.clicked)}</span>`;
  else pressed = esc(T.nothingPressed);
  const path = action?.path ? `${action.path}${action.rule ? ` (${action.rule})` : ''}` : a?.note ?? '';
  return `<tr><th>${esc(T.automation)}</th><td>${esc(T.requested)}: ${esc(requested)} · ${esc(T.pressed)}: ${pressed}${path ? ` · ${esc(T.path)}: ${esc(path)}` : ''}${action?.time != null ? ` · ${esc(formatTime(action.time))}` : ''}</td></tr>`;
}

function historyText(history: WriteRecord[] | undefined, dropped: number | undefined, T: ReportText): string {
  if (!history || history.length <= 1) return '';
  const parts = history.map((w) => `${formatTime(w.time)} ${w.kind === 'removal' ? '✕' : T.phases[w.phase]}${w.count && w.count > 1 ? ` ×${w.count}` : ''}`);
  if (dropped) parts.splice(8, 0, `… +${dropped} …`);
  return parts.join('; ');
}

function cookieTable(report: AuditExport, T: ReportText): string {
  const cookies = report.observations.cookies;
  if (cookies.length === 0) return `<h2>${esc(T.cookies)}</h2><p class="muted">${esc(T.none)}</p>`;
  const rows = [...cookies]
    .sort((a, b) => a.time - b.time)
    .map((c) => {
      const lifetime = c.session ? formatLifetime(null) : `${c.requestedLifetimeSeconds === null ? '?' : formatLifetime(c.requestedLifetimeSeconds)} / ${formatLifetime(c.lifetimeSeconds)}`;
      return `<tr><td class="mono">${esc(c.name)}</td><td class="mono">${esc(c.domain)}</td><td>${esc(c.firstParty ? T.firstParty : T.thirdParty)}</td><td class="num">${esc(lifetime)}</td><td>${esc(c.setBy)}</td><td>${esc(c.classification.vendorName ?? T.none)} · ${esc(c.classification.category)}</td><td class="num">${esc(formatTime(c.time))}</td><td>${phaseCell(c.phase, T)}</td><td class="mono">${esc(c.initiator ?? '')}</td><td>${esc(historyText(c.history, c.historyDropped, T))}</td></tr>`;
    })
    .join('');
  return `<h2>${esc(T.cookies)} (${cookies.length})</h2><table><thead><tr><th>${esc(T.name)}</th><th>${esc(T.domain)}</th><th>${esc(T.party)}</th><th>${esc(T.lifetime)}<br><span class="muted">${esc(T.requestedStored)}</span></th><th>${esc(T.setBy)}</th><th>${esc(T.vendorCategory)}</th><th>${esc(T.firstSeen)}</th><th>${esc(T.phase)}</th><th>${esc(T.initiator)}</th><th>${esc(T.writes)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function storageTable(report: AuditExport, T: ReportText): string {
  const items = report.observations.storage;
  if (items.length === 0) return '';
  const rows = items
    .map(
      (s) =>
        `<tr><td class="mono">${esc(s.area)}: ${esc(s.key)}</td><td class="mono">${esc(s.origin)}</td><td>${esc(s.classification.vendorName ?? T.none)} · ${esc(s.classification.category)}</td><td class="num">${esc(formatTime(s.time))}</td><td>${phaseCell(s.phase, T)}</td><td class="mono">${esc(s.scriptUrl ?? '')}</td><td>${esc(historyText(s.history, s.historyDropped, T))}</td></tr>`,
    )
    .join('');
  return `<h2>${esc(T.storage)} (${items.length})</h2><table><thead><tr><th>${esc(T.name)}</th><th>${esc(T.domain)}</th><th>${esc(T.vendorCategory)}</th><th>${esc(T.firstSeen)}</th><th>${esc(T.phase)}</th><th>${esc(T.initiator)}</th><th>${esc(T.writes)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function requestTable(report: AuditExport, T: ReportText): string {
  const all = report.observations.requests;
  const shown = all.filter((r) => r.classification.tracker || !r.firstParty);
  if (all.length === 0) return '';
  const rows = shown
    .map(
      (r) =>
        `<tr><td class="num">${esc(formatTime(r.time))}</td><td>${phaseCell(r.phase, T)}</td><td>${esc(r.method)} ${esc(r.type)}</td><td class="mono">${esc(r.url.length > 300 ? `${r.url.slice(0, 300)}…` : r.url)}</td><td class="num">${esc(r.status ?? T.none)}</td><td>${r.classification.tracker ? '●' : ''} ${esc(r.classification.vendorName ?? '')}</td><td class="mono">${esc(r.initiator ?? '')}</td></tr>`,
    )
    .join('');
  return `<h2>${esc(T.requests)} (${all.length})</h2><p class="muted">${esc(fill(T.requestsCapped, shown.length, all.length))}</p><table><thead><tr><th>${esc(T.time)}</th><th>${esc(T.phase)}</th><th>${esc(T.kind)}</th><th>URL</th><th>${esc(T.status)}</th><th>${esc(T.tracker)}</th><th>${esc(T.initiator)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function policySection(report: AuditExport, policies: PolicyCopy[] | undefined, T: ReportText): string {
  const sources = report.declarations.sources;
  if (sources.length === 0 && !policies?.length) return `<h2>${esc(T.policySources)}</h2><p>${esc(report.policy.message ?? T.noPolicy)}</p>`;
  const rows = sources
    .map((s) => {
      const copy = policies?.find((p) => p.url === s.url);
      return `<tr><td class="mono">${esc(s.url ?? T.none)}</td><td>${esc(s.fetchedAt ?? copy?.fetchedAt ?? T.none)}</td><td class="mono">${esc(s.sha256)}${copy ? `<br><span class="muted">${esc(copy.file)}: ${esc(copy.sha256)}</span>` : ''}</td><td>${esc(s.language)}</td><td>${esc(s.kind)}</td></tr>`;
    })
    .join('');
  return `<h2>${esc(T.policySources)}</h2><table><thead><tr><th>URL</th><th>${esc(T.fetched)}</th><th>SHA-256</th><th>${esc(T.language)}</th><th>${esc(T.sourceKind)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function annex(report: AuditExport, run: RunMetadata | undefined, T: ReportText): string {
  const m = T.meta;
  const rows: [string, string][] = [
    [m.tool, `${report.tool.name} ${report.tool.version}`],
    [m.kb, report.tool.knowledgeBaseVersion],
    [m.start, run?.startedAt ?? report.startedAt],
  ];
  if (run) {
    rows.push(
      [m.end, run.endedAt],
      [m.browser, run.browser.name],
      [m.build, run.browser.build],
      [m.headless, run.browser.headless ? T.yes : T.no],
      [m.ua, run.browser.userAgent],
      [m.flags, run.browser.flags.join(' ')],
      [m.locale, run.locale],
      [m.timeZone, run.timeZone],
      [m.viewport, run.viewport ? `${run.viewport.width}×${run.viewport.height}` : T.none],
      [m.initialUrl, run.initialUrl],
      [m.finalUrl, run.finalUrl],
      [m.redirects, run.redirects.length ? run.redirects.join(' → ') : T.none],
      [m.consentMode, run.consent.mode],
      [m.clicked, [run.consent.path, run.consent.rule, run.consent.label && `«${run.consent.label}»`, run.consent.selector, run.consent.result].filter(Boolean).join(' · ') || T.none],
      [m.profile, run.profile.statement],
    );
  } else {
    rows.push([m.browser, report.browser], [m.initialUrl, report.page.url], [m.profile, report.fresh ? T.yes : T.no]);
  }
  const body = rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td class="mono">${esc(v)}</td></tr>`).join('');
  return `<h2>${esc(T.annex)}</h2><table class="meta"><tbody>${body}</tbody></table><p class="muted">${esc(T.times)} ${esc(T.annexNote)}</p><div class="sign">${esc(T.signature)}</div>`;
}

/** The whole report as one HTML document. */
export function renderReportHtml(report: AuditExport, opts: ReportHtmlOptions): string {
  const locale = opts.locale;
  const T = REPORT_TEXT[locale];
  const max = opts.evidencePerFinding ?? 12;
  const findings = report.findings.length
    ? report.findings.map((f, i) => findingBlock(f, locale, T, max, report.findings.findIndex((g) => g.code === f.code) === i)).join('\n')
    : `<p>${esc(T.noFindings)}</p>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(T.title)}: ${esc(report.page.site)}</title>
<style>${CSS}</style></head>
<body><main>
<h1>${esc(T.title)}: ${esc(report.page.site)}</h1>
<p class="sub">${esc(T.subtitle)}</p>
<table class="meta"><tbody>
<tr><th>${esc(T.page)}</th><td class="mono">${esc(report.page.url)}${report.page.title ? ` — ${esc(report.page.title)}` : ''}</td></tr>
<tr><th>${esc(T.audited)}</th><td>${esc(report.startedAt)}</td></tr>
<tr><th>${esc(T.tool)}</th><td>${esc(report.tool.name)} ${esc(report.tool.version)} · ${esc(report.tool.knowledgeBaseVersion)}</td></tr>
</tbody></table>
<h2>${esc(T.verdict)}</h2>
${verdict(report, T)}
${glance(report, locale, T)}
${opts.gpcComparison ? gpcSection(opts.gpcComparison, locale) : ''}
<h2>${esc(T.findings)} (${report.findings.length})</h2>
${findings}
${consentSection(report, opts.run, opts.screenshots, T)}
${cookieTable(report, T)}
${storageTable(report, T)}
${requestTable(report, T)}
${policySection(report, opts.policies, T)}
${annex(report, opts.run, T)}
</main></body></html>
`;
}
