import type { AuditExport } from './export';

/** File name an auditor can file: site, date and time of the audit. */
export function exportFileName(report: AuditExport, ext: 'json' | 'csv'): string {
  const stamp = report.startedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  return `consent-audit_${report.page.site || 'page'}_${stamp}.${ext}`;
}

/** Saves text through a download link; needs a DOM (popup, report page), no permission. */
export function saveText(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
