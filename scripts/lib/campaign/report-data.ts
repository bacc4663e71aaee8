// What the campaign report shows, asked of the campaign database. Shares are of audited sites
// (distinct eTLD+1 with at least one successful job), so a site audited in three modes counts once.
import type { CampaignStore } from './store';

export interface ReportData {
  totals: { sites: number; jobs: number; ok: number; failed: number; sitesPreConsentTracker: number; sitesHigh: number; byMode: { mode: string; jobs: number; ok: number }[] };
  codes: { code: string; sites: number; share: number }[];
  vendors: { vendor: string; sites: number; share: number }[];
  cmps: { cmp: string; sites: number; trackerShare: number; avgHigh: number }[];
  languages: { language: string; sites: number; avgFindings: number; undeclaredShare: number }[];
  worst: { site: string; mode: string; high: number; medium: number; url: string; reportFile: string | null; evidenceDir: string | null }[];
  failures: { url: string; mode: string; error: string; attempts: number }[];
}

async function rows<T>(store: CampaignStore, sql: string): Promise<T[]> {
  return (await store.query(sql)).rows as T[];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export async function reportData(store: CampaignStore): Promise<ReportData> {
  const [t] = await rows<Record<string, unknown>>(store, `
    SELECT count(DISTINCT site) FILTER (WHERE ok) AS sites, count(*) AS jobs, count(*) FILTER (WHERE ok) AS ok, count(*) FILTER (WHERE NOT ok) AS failed,
      count(DISTINCT site) FILTER (WHERE ok AND tracker_requests_pre_consent > 0) AS tracker, count(DISTINCT site) FILTER (WHERE ok AND high > 0) AS high
    FROM sites`);
  const okSites = num(t?.sites);
  const share = (n: unknown) => (okSites ? num(n) / okSites : 0);
  const byMode = await rows<Record<string, unknown>>(store, `SELECT mode, count(*) AS jobs, count(*) FILTER (WHERE ok) AS ok FROM sites GROUP BY mode ORDER BY mode`);
  const codes = await rows<Record<string, unknown>>(store, `SELECT code, count(DISTINCT site) AS sites FROM findings GROUP BY code ORDER BY sites DESC, code`);
  const vendors = await rows<Record<string, unknown>>(store, `
    SELECT coalesce(vendor_name, vendor, request_site) AS vendor, count(DISTINCT site) AS sites FROM requests
    WHERE tracker AND phase = 'pre-consent' AND NOT first_party GROUP BY 1 ORDER BY sites DESC, vendor LIMIT 15`);
  const cmps = await rows<Record<string, unknown>>(store, `
    SELECT coalesce(cmp, '-') AS cmp, count(DISTINCT site) AS sites,
      count(DISTINCT site) FILTER (WHERE tracker_requests_pre_consent > 0)::DOUBLE / count(DISTINCT site) AS tracker_share, avg(high) AS avg_high
    FROM sites WHERE ok GROUP BY 1 ORDER BY sites DESC, cmp`);
  const languages = await rows<Record<string, unknown>>(store, `
    SELECT coalesce(s.policy_language, '-') AS language, count(DISTINCT s.site) AS sites, avg(s.findings) AS avg_findings,
      count(DISTINCT s.site) FILTER (WHERE EXISTS (SELECT 1 FROM findings f WHERE f.key = s.key AND f.code IN ('undeclared-cookie', 'undeclared-vendor')))::DOUBLE / count(DISTINCT s.site) AS undeclared_share
    FROM sites s WHERE ok GROUP BY 1 ORDER BY sites DESC, language`);
  const worst = await rows<Record<string, unknown>>(store, `
    SELECT site, mode, high, medium, url, report_file, evidence_dir FROM sites WHERE ok AND high > 0 ORDER BY high DESC, medium DESC, site, mode LIMIT 25`);
  const failures = await rows<Record<string, unknown>>(store, `SELECT url, mode, error, attempts FROM sites WHERE NOT ok ORDER BY line, mode LIMIT 50`);
  return {
    totals: {
      sites: okSites, jobs: num(t?.jobs), ok: num(t?.ok), failed: num(t?.failed), sitesPreConsentTracker: num(t?.tracker), sitesHigh: num(t?.high),
      byMode: byMode.map((r) => ({ mode: String(r.mode), jobs: num(r.jobs), ok: num(r.ok) })),
    },
    codes: codes.map((r) => ({ code: String(r.code), sites: num(r.sites), share: share(r.sites) })),
    vendors: vendors.map((r) => ({ vendor: String(r.vendor), sites: num(r.sites), share: share(r.sites) })),
    cmps: cmps.map((r) => ({ cmp: String(r.cmp), sites: num(r.sites), trackerShare: num(r.tracker_share), avgHigh: num(r.avg_high) })),
    languages: languages.map((r) => ({ language: String(r.language), sites: num(r.sites), avgFindings: num(r.avg_findings), undeclaredShare: num(r.undeclared_share) })),
    worst: worst.map((r) => ({ site: String(r.site), mode: String(r.mode), high: num(r.high), medium: num(r.medium), url: String(r.url), reportFile: r.report_file ? String(r.report_file) : null, evidenceDir: r.evidence_dir ? String(r.evidence_dir) : null })),
    failures: failures.map((r) => ({ url: String(r.url), mode: String(r.mode), error: String(r.error ?? ''), attempts: num(r.attempts) })),
  };
}
