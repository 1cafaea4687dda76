import type { RulePeriod } from '../../../contracts/actions.ts';
import { parsePeriod, periodContaining } from '../../../contracts/periods.ts';

/** Local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** A rule's own period containing a local date, as [start, end) local dates. */
export function ruleSubPeriod(kind: RulePeriod, date: string): { start: string; end: string } {
  const b = parsePeriod(periodContaining(kind, date));
  return { start: b.start, end: b.end };
}

/**
 * Every period of `kind` that overlaps the window [start, end): a quarterly view
 * of a monthly rule has three months, of a yearly rule the whole year.
 */
export function subPeriods(kind: RulePeriod, start: string, end: string): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  let cursor = ruleSubPeriod(kind, start);
  while (cursor.start < end) {
    out.push(cursor);
    cursor = ruleSubPeriod(kind, cursor.end);
  }
  return out;
}

/** The day before a local date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Minutes a time zone is ahead of UTC at an instant ("GMT+08:00" → 480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The instant a local date begins in a time zone (00:00 local). */
export function zonedMidnight(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const first = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  // Once more at the corrected instant, in case an offset change falls between.
  return new Date(guess.getTime() - offsetMinutes(first, timeZone) * 60_000);
}

/** The day after a local date. */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
