/**
 * Calendar arithmetic for generated data on day numbers (days since
 * 1970-01-01, UTC): integers are cheap to compare and shift for a million
 * people; they become ISO dates only when written.
 */
const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar day `years` later (Feb 29 rolls to Mar 1). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS);
}

/** Whole years from `from` to `to`. */
export function yearsBetween(from: number, to: number): number {
  return Math.floor((to - from) / 365.25);
}

export const YEAR_DAYS = 365;
