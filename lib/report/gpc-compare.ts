import type { FindingCode } from '../model/types';
import type { AuditExport } from './export';

// Global Privacy Control, compared: the same site audited once plainly and once with GPC
// (`npm run audit -- --gpc`). What the plain run had and the GPC run lacks, the site stopped for
// GPC (honoured); what both have, it kept although the visitor objected (ignored). The GPC spec
// (https://privacycg.github.io/gpc-spec/) makes the signal a request not to sell or share the
// visitor's data; California's CCPA regulations and Colorado's rules require honouring it.
// Tracking is what the verdict weighs: tracking cookies and tracker hosts. Findings are listed too.

export type GpcItemKind = 'cookie' | 'tracker' | 'finding';

export interface GpcItem {
  kind: GpcItemKind;
  /** cookie "name @ domain", tracker host, finding "code subject". */
  name: string;
  /** Whether the verdict weighs it (tracking cookies and tracker hosts). */
  tracking: boolean;
  /** Findings: the code and subject, for the reader's language. */
  code?: FindingCode;
  subject?: string;
}

export type GpcVerdict = 'honoured' | 'partly-honoured' | 'ignored' | 'no-tracking';

export interface GpcComparison {
  site: string;
  plainUrl: string;
  gpcUrl: string;
  /** In the plain run, not in the GPC run. */
  honoured: GpcItem[];
  /** In both runs. */
  ignored: GpcItem[];
  /** Only in the GPC run (a site may load other things when it sees GPC; listed, not weighed). */
  gpcOnly: GpcItem[];
  verdict: GpcVerdict;
}

export class GpcCompareError extends Error {}

function items(report: AuditExport): Map<string, GpcItem> {
  const out = new Map<string, GpcItem>();
  const add = (item: GpcItem) => {
    const key = `${item.kind}\u0000${item.name}`;
    const had = out.get(key);
    if (!had || (item.tracking && !had.tracking)) out.set(key, item);
  };
  for (const c of report.observations.cookies) add({ kind: 'cookie', name: `${c.name} @ ${c.domain}`, tracking: c.classification.tracker });
  for (const r of report.observations.requests) if (r.classification.tracker) add({ kind: 'tracker', name: r.host, tracking: true });
  for (const f of report.findings) add({ kind: 'finding', name: `${f.code} ${f.subject.name}`, tracking: false, code: f.code, subject: f.subject.name });
  return out;
}

const ORDER: Record<GpcItemKind, number> = { tracker: 0, cookie: 1, finding: 2 };
const sorted = (list: GpcItem[]) => list.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * Compares a plain audit of a site with an audit of the same site sending GPC. Throws when the two
 * exports are not that pair (the GPC one not made with GPC, the plain one made with it, other sites).
 */
export function compareGpc(plain: AuditExport, gpc: AuditExport): GpcComparison {
  if (plain.gpc === true) throw new GpcCompareError(`the plain export of ${plain.page.url} was made with --gpc`);
  if (gpc.gpc !== true) throw new GpcCompareError(`the GPC export of ${gpc.page.url} was not made with --gpc`);
  if (plain.page.site !== gpc.page.site) throw new GpcCompareError(`the exports are of different sites: ${plain.page.site} and ${gpc.page.site}`);
  const before = items(plain);
  const after = items(gpc);
  const honoured = sorted([...before].filter(([k]) => !after.has(k)).map(([, v]) => v));
  const ignored = sorted([...before].filter(([k]) => after.has(k)).map(([, v]) => v));
  const gpcOnly = sorted([...after].filter(([k]) => !before.has(k)).map(([, v]) => v));
  const stopped = honoured.filter((i) => i.tracking).length;
  const kept = ignored.filter((i) => i.tracking).length;
  const verdict: GpcVerdict = stopped + kept === 0 ? 'no-tracking' : kept === 0 ? 'honoured' : stopped === 0 ? 'ignored' : 'partly-honoured';
  return { site: plain.page.site, plainUrl: plain.page.url, gpcUrl: gpc.page.url, honoured, ignored, gpcOnly, verdict };
}
