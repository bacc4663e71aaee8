import type { AuditExport } from './export';

// The cookie table for spreadsheets. RFC 4180 quoting; a leading quote mark defuses cells a
// spreadsheet would run as a formula (cookie names and values come from the audited site).

const COLUMNS = [
  'name', 'domain', 'path', 'firstParty', 'setBy', 'session', 'lifetimeSeconds', 'requestedLifetimeSeconds', 'secure', 'httpOnly',
  'sameSite', 'partitioned', 'timeMs', 'phase', 'vendor', 'category', 'tracker', 'classificationSource', 'initiator', 'findings',
  // Added with the write history; appended so existing column positions stay.
  'writes', 'history',
] as const;

function cell(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  // Only text can carry a formula; a number such as -5 must stay a number in the sheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One cell for the whole history: "120ms pre-consent script https://…/tag.js | 5400ms after-reject …". */
function historyCell(c: AuditExport['observations']['cookies'][number]): string {
  const parts = (c.history ?? []).map((w) =>
    [`${w.time}ms`, w.phase, w.kind === 'removal' ? `removed${w.cause ? `:${w.cause}` : ''}` : w.setBy, w.initiator ?? ''].filter(Boolean).join(' '),
  );
  if (c.historyDropped) parts.splice(8, 0, `(${c.historyDropped} more not kept)`);
  return parts.join(' | ');
}

export function cookiesCsv(report: AuditExport): string {
  const codes = new Map<string, string[]>();
  for (const f of report.findings) {
    if (f.subject.kind !== 'cookie') continue;
    const k = `${f.subject.name}@${f.subject.domain ?? ''}`;
    codes.set(k, [...(codes.get(k) ?? []), f.code]);
  }
  const lines = [COLUMNS.join(',')];
  for (const c of report.observations.cookies) {
    const row = [
      c.name, c.domain, c.path, c.firstParty, c.setBy, c.session, c.lifetimeSeconds, c.requestedLifetimeSeconds, c.secure, c.httpOnly,
      c.sameSite, c.partitioned, c.time, c.phase, c.classification.vendorName ?? '', c.classification.category, c.classification.tracker,
      c.classification.source, c.initiator, (codes.get(`${c.name}@${c.domain}`) ?? []).join(' '),
      c.writes, historyCell(c),
    ];
    lines.push(row.map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
