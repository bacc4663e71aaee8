// Lifetimes in seconds, with the same month/year lengths as the policy parser (lib/model Duration).
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const MONTH = 30 * DAY;
export const YEAR = 365 * DAY;
export const SESSION = null;
