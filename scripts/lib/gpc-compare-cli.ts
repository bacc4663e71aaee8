// The CLI's side of the GPC comparison (lib/report/gpc-compare.ts): `npm run audit -- --compare-gpc
// <url...>` audits each site twice and compares, `npm run audit -- compare-gpc PLAIN.json GPC.json`
// compares two exports already made. Both print the comparison and write it as an HTML report.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locale } from '../../lib/compare/catalog';
import type { AuditExport } from '../../lib/report/export';
import { GpcCompareError, compareGpc, type GpcComparison } from '../../lib/report/gpc-compare';
import { gpcComparisonText } from '../../lib/report/gpc-text';
import { renderReportHtml } from '../../lib/report/html';
import { validateExport } from '../../lib/report/validate';
import { UsageError } from './args';

/** The comparison's text, and its HTML report (the GPC run's report with the comparison after its verdict) at `htmlPath`. */
export function writeGpcComparison(plain: AuditExport, gpc: AuditExport, locale: Locale, htmlPath: string | null): { comparison: GpcComparison; text: string } {
  let comparison: GpcComparison;
  try {
    comparison = compareGpc(plain, gpc);
  } catch (e) {
    if (e instanceof GpcCompareError) throw new UsageError(e.message);
    throw e;
  }
  if (htmlPath) writeFileSync(htmlPath, renderReportHtml(gpc, { locale, gpcComparison: comparison }));
  return { comparison, text: gpcComparisonText(comparison, locale) };
}

export function readExport(path: string): AuditExport {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: not a readable JSON export (${e instanceof Error ? e.message : String(e)})`);
  }
  const { valid, errors } = validateExport(value);
  if (!valid) throw new UsageError(`${path}: not a Consent Auditor export (${errors.slice(0, 3).join('; ')})`);
  return value as AuditExport;
}
