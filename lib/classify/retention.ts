// The Open Cookie Database's "Retention period" is free English text: "1 year", "Session",
// "13 months", "30 mins", "180 days after last activity", "Session to 30 days", "forever".
// Returns seconds, null for session cookies, undefined when the text gives no usable lifetime.
// For ranges the upper bound counts: an auditor compares against the longest the vendor admits.
const UNIT_SECONDS: Record<string, number> = {
  second: 1, sec: 1, s: 1,
  minute: 60, min: 60, m: 60,
  hour: 3600, h: 3600, hr: 3600,
  day: 86_400, d: 86_400,
  week: 7 * 86_400, w: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400, y: 365 * 86_400, yr: 365 * 86_400,
};

const AMOUNT = /(\d+(?:[.,]\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|[smhdwy])\b/g;
const SESSION = /\bs(?:e+s+|ee)ions?\b|end of (?:the )?(?:browser )?session|browser close|immediately removed|when the browser (?:is )?closed/i;
const FOREVER = /\b(forever|unlimited|permanent|persistent|no expiration|never expires?)\b/i;

function unitSeconds(unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u in UNIT_SECONDS) return UNIT_SECONDS[u];
  const singular = u.replace(/s$/, '');
  return UNIT_SECONDS[singular];
}

/** Persistent-without-end, as a number the comparisons can still use: Chromium's 400-day cap. */
export const PERSISTENT_SECONDS = 400 * 86_400;

export function parseRetention(text: string): number | null | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  let longest: number | undefined;
  for (const m of t.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(',', '.'));
    const unit = unitSeconds(m[2]!);
    if (unit === undefined || !Number.isFinite(value)) continue;
    const seconds = Math.round(value * unit);
    if (longest === undefined || seconds > longest) longest = seconds;
  }
  if (longest !== undefined) return longest > 0 ? longest : null;
  if (SESSION.test(t)) return null;
  if (FOREVER.test(t)) return PERSISTENT_SECONDS;
  return undefined;
}
