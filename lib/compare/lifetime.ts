import type { CookieObservation, Duration } from '../model/types';

export const DAY_SECONDS = 86_400;

/**
 * The lifetime a policy must cover: what the site asked for, else what the browser stored.
 * Chromium caps stored lifetimes at 400 days, so a site asking for 4 years shows 400 days in
 * the cookie jar; comparing the stored value would hide the excess.
 */
export function observedLifetime(cookie: CookieObservation): number | null {
  return cookie.requestedLifetimeSeconds ?? cookie.lifetimeSeconds;
}

/** A cookie outlives the browsing session when the browser stored it with an expiry. */
export function isPersistent(cookie: CookieObservation): boolean {
  return !cookie.session;
}

/**
 * The longest lifetime a declaration allows, or null when it gives no number to hold the site to
 * ('persistent', 'unknown', 'session' and unparsed durations). A range is held to its maximum.
 */
export function declaredMaxSeconds(duration: Duration | null): number | null {
  if (duration === null) return null;
  if (duration.kind !== 'fixed' && duration.kind !== 'range') return null;
  return duration.maxSeconds ?? duration.minSeconds;
}

/**
 * The CookieBlock violation rule (Bollinger et al., "Automating Cookie Consent and GDPR
 * Violation Detection", USENIX Security 2022): an excess counts only when the real lifetime is
 * more than 1.5 times the declared one and at least a day longer, so rounding in the policy
 * ("1 year" for 365 + a few days) is not reported.
 */
export function exceedsDeclared(observedSeconds: number, declaredSeconds: number): boolean {
  return observedSeconds > 1.5 * declaredSeconds && observedSeconds - declaredSeconds >= DAY_SECONDS;
}

/** Short, language-neutral lifetime for evidence details: "400d", "6h", "45s". */
export function compactDuration(seconds: number | null): string {
  if (seconds === null) return 'session';
  if (seconds >= DAY_SECONDS) return `${Math.round(seconds / DAY_SECONDS)}d`;
  if (seconds >= 3600) return `${Math.round(seconds / 3600)}h`;
  if (seconds >= 60) return `${Math.round(seconds / 60)}m`;
  return `${Math.round(seconds)}s`;
}
