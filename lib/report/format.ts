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
  if (seconds <= 0) return 'expired';
  for (const [size, unit] of UNITS) {
    if (seconds >= size) {
      const n = seconds / size;
      return `${n >= 10 || Number.isInteger(n) ? Math.round(n) : n.toFixed(1)} ${unit}`;
    }
  }
  return `${seconds} s`;
}

export function formatTime(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
