import { matchDeclaredCookie } from '../compare/match';
import type { Category, CookieObservation, Finding, FindingCode, FindingEvidence, Severity } from '../model/types';
import type { AuditExport } from './export';

// What the popup shows, and only that: its counts, the status lines and the first rows of the tab
// on screen. With 1,000 observations the whole export is 1.3 MB; building it, cloning it twice
// across the message channel and loading the code that handled it were most of the popup's opening
// time (issue 14). The popup asks for more rows when the auditor presses "show more" or switches
// tab; whatever needs the full export (JSON, CSV, the evidence zip, the report page) asks for the
// export itself when pressed.

export type PopupTab = 'findings' | 'cookies' | 'hosts' | 'declared';

/** Which tab's rows the popup asks for, and how many; "show more" raises them. */
export interface PopupWant {
  /** The tab on screen (default findings): only its rows are sent. */
  tab?: PopupTab;
  /** Findings per code (default FIRST_FINDINGS). */
  findings?: Partial<Record<FindingCode, number>>;
  /** The findings opened on screen (findingKey): only theirs come with evidence rows. */
  open?: string[];
  cookies?: number;
  declared?: number;
}

export const FIRST_FINDINGS = 20;
export const FIRST_COOKIES = 150;
export const FIRST_DECLARED = 150;
/** Evidence rows a finding shows when opened; the rest are counted. */
export const EVIDENCE_SHOWN = 20;

/** A finding as listed: how many evidence rows it has, and the first of them once it is opened (null
 * until then: most findings are never opened, and their rows were half of what the popup was sent).
 * Without `message`, the English text the export carries for other tools: the popup renders
 * messageKey in its language. */
export interface FindingView extends Omit<Finding, 'evidence' | 'message'> {
  key: string;
  evidence: FindingEvidence[] | null;
  evidenceTotal: number;
}

/** The engine reports one finding per code and subject: that names it across refreshes. */
export function findingKey(f: Pick<Finding, 'code' | 'subject'>): string {
  return [f.code, f.subject.kind, f.subject.name, f.subject.domain ?? ''].join('\u0000');
}

export interface FindingGroupView {
  code: FindingCode;
  severity: Severity;
  /** All findings of this code, of which `findings` are the first. */
  count: number;
  findings: FindingView[];
}

/** One row per third-party host: who was contacted, how often, as the first request was classified. */
export interface HostRow {
  host: string;
  count: number;
  vendorName: string | null;
  category: Category;
  tracker: boolean;
  firstTime: number;
}

/** An observed cookie next to the declaration row that covers it and the codes found about it. */
export interface DeclaredRow {
  name: string;
  domain: string;
  path: string;
  lifetimeSeconds: number | null;
  /** The declaration's names and lifetime text (or the vendor's name); null: not declared. */
  declaredText: string | null;
  codes: FindingCode[];
}

export interface PopupView {
  page: AuditExport['page'];
  policy: AuditExport['policy'];
  /** Where the policy was read from (its language is shown next to it). */
  declarationSources: AuditExport['declarations']['sources'];
  consent: AuditExport['consent'];
  bySeverity: Record<Severity, number>;
  truncated: AuditExport['truncated'];
  counts: { findings: number; cookies: number; thirdPartyHosts: number };
  /** The tab whose rows these are; the other tabs' rows are null (not sent, not "none"). */
  tab: PopupTab;
  findingGroups: FindingGroupView[] | null;
  /** The first cookies, in the export's order. */
  cookies: CookieObservation[] | null;
  hosts: HostRow[] | null;
  /** The first rows of "observed vs declared", one per cookie in the export's order. */
  declared: DeclaredRow[] | null;
}

/** One group per code, in the order the engine sorted the findings (severity first); evidence rows
 * for the `open` findings (all of them for the report page, which has the export in hand). */
export function findingGroups(findings: Finding[], want: Partial<Record<FindingCode, number>> = {}, open: ReadonlySet<string> | 'all' = 'all'): FindingGroupView[] {
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  return [...byCode.entries()].map(([code, list]) => ({
    code,
    severity: list[0]!.severity,
    count: list.length,
    findings: list.slice(0, Math.max(0, want[code] ?? FIRST_FINDINGS)).map((f) => findingView(f, open)),
  }));
}

function findingView({ message: _english, evidence, ...f }: Finding, open: ReadonlySet<string> | 'all'): FindingView {
  const key = findingKey(f);
  const shown = open === 'all' || open.has(key);
  return { ...f, key, evidence: shown ? evidence.slice(0, EVIDENCE_SHOWN) : null, evidenceTotal: evidence.length };
}

export function hostRows(requests: AuditExport['observations']['requests']): HostRow[] {
  const byHost = new Map<string, HostRow>();
  for (const r of requests) {
    if (r.firstParty) continue;
    const row = byHost.get(r.host);
    if (row) row.count += 1;
    else byHost.set(r.host, { host: r.host, count: 1, vendorName: r.classification.vendorName, category: r.classification.category, tracker: r.classification.tracker, firstTime: r.time });
  }
  return [...byHost.values()].sort((a, b) => a.firstTime - b.firstTime);
}

function declaredRows(report: AuditExport, limit: number): DeclaredRow[] {
  const cookies = report.observations.cookies.slice(0, Math.max(0, limit));
  const wanted = new Set(cookies.map((c) => `${c.name}@${c.domain}`));
  const codes = new Map<string, FindingCode[]>();
  for (const f of report.findings) {
    if (f.subject.kind !== 'cookie') continue;
    const key = `${f.subject.name}@${f.subject.domain ?? ''}`;
    if (!wanted.has(key)) continue;
    const list = codes.get(key);
    if (list) list.push(f.code);
    else codes.set(key, [f.code]);
  }
  return cookies.map((c) => {
    const d = matchDeclaredCookie(c.name, c.classification.vendor, report.declarations);
    const declaredText =
      d === null ? null : 'names' in d ? `${d.names.concat(d.prefixes.map((p) => p + '*')).join(', ')}${d.lifetime ? ` · ${d.lifetime.text}` : ''}` : d.name;
    return { name: c.name, domain: c.domain, path: c.path, lifetimeSeconds: c.requestedLifetimeSeconds ?? c.lifetimeSeconds, declaredText, codes: codes.get(`${c.name}@${c.domain}`) ?? [] };
  });
}

export function popupView(report: AuditExport, want: PopupWant = {}): PopupView {
  const hosts = hostRows(report.observations.requests);
  const tab = want.tab ?? 'findings';
  return {
    page: report.page,
    policy: report.policy,
    declarationSources: report.declarations.sources,
    consent: report.consent,
    bySeverity: report.summary.bySeverity,
    truncated: report.truncated,
    counts: { findings: report.findings.length, cookies: report.observations.cookies.length, thirdPartyHosts: hosts.length },
    tab,
    findingGroups: tab === 'findings' ? findingGroups(report.findings, want.findings, new Set(want.open ?? [])) : null,
    cookies: tab === 'cookies' ? report.observations.cookies.slice(0, Math.max(0, want.cookies ?? FIRST_COOKIES)) : null,
    hosts: tab === 'hosts' ? hosts : null,
    declared: tab === 'declared' ? declaredRows(report, want.declared ?? FIRST_DECLARED) : null,
  };
}
