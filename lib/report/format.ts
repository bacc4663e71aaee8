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
