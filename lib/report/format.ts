// Short human forms for the popup and the report tables.

const UNITS: [number, string][] = [
  [365 * 86400, 'y'],
  [30 * 86400, 'mo'],
  [86400, 'd'],
  [3600, 'h'],
  [60, 'min'],
];

export function formatLifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  if (!Number.isFinite(seconds)) return '—';
  if (seconds <= 0) return 'expired';
  for (const [size, unit] of UNITS) {
    if (seconds >= size) {
      // Round before choosing the form, so 1.96 h reads "2 h" and 9.97 d reads "10 d", not "2.0 h" / "10.0 d".
      const n = Math.round((seconds / size) * 10) / 10;
      return `${n >= 10 ? Math.round(n) : n} ${unit}`;
    }
  }
  return `${Math.round(seconds)} s`;
}

export function formatTime(ms: number): string {
  const r = Math.round(ms);
  if (r < 1000) return `${r} ms`;
  // The precision is picked after rounding, so 9,999 ms reads "10.0 s" rather than "10.00 s".
  return `${(r / 1000).toFixed(r < 9995 ? 2 : 1)} s`;
}

interface HistoryLike {
  phase: string;
  history?: { kind: 'write' | 'removal'; time: number; phase: string; setBy: string; count?: number; cause?: string }[];
  historyDropped?: number;
}

/** The write history on one line: "310 ms pre-consent script · 2.51 s after-reject script · 4.00 s removed". */
export function formatHistory(item: HistoryLike, notKept: (n: number) => string = (n) => `${n} more not kept`): string {
  const parts = (item.history ?? []).map((w) =>
    w.kind === 'removal'
      ? `${formatTime(w.time)} removed${w.cause && w.cause !== 'explicit' ? ` (${w.cause})` : ''}`
      : `${formatTime(w.time)} ${w.phase} ${w.setBy}${w.count && w.count > 1 ? ` ×${w.count}` : ''}`,
  );
  if (item.historyDropped) parts.splice(8, 0, `… ${notKept(item.historyDropped)} …`);
  return parts.join(' · ');
}

/** Phases of later writes that differ from the first write's: what a re-write after a choice adds. */
export function laterPhases(item: HistoryLike): string[] {
  const writes = (item.history ?? []).filter((w) => w.kind === 'write').slice(1);
  return [...new Set(writes.map((w) => w.phase).filter((p) => p !== item.phase))];
}
