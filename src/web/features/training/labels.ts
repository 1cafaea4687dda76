import type { AttendanceEntry, Enrolment, EnrolmentCounts, EnrolmentStatus } from '../../../contracts/training.ts';

/** Credit hours as people read them: at most one decimal, no trailing ".0" (2 → "2", 1.5 → "1.5"). */
export function formatHours(h: number | null | undefined): string {
  if (h === null || h === undefined) return '—';
  return String(Math.round(h * 10) / 10);
}

/** 应到: everyone enrolled, whatever their state. */
export const expectedOf = (c: EnrolmentCounts): number => c.invited + c.attended + c.absent;

/** A rate's percentage with one decimal, or '—' when nothing is counted. */
export function percent(numerator: number, denominator: number): string {
  if (denominator <= 0) return '—';
  return `${((numerator / denominator) * 100).toFixed(1)}%`;
}

/** "attended / expected (xx.x%)": the attendance rate with what it counts. */
export function attendanceRate(c: EnrolmentCounts): { numerator: number; denominator: number; text: string } {
  const denominator = expectedOf(c);
  const numerator = c.attended;
  return { numerator, denominator, text: `${numerator} / ${denominator} (${percent(numerator, denominator)})` };
}

/** One day, or "from – to" when the session runs over several days. */
export function dateRange(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? startsOn : `${startsOn} – ${endsOn}`;
}

/** Attendance may be marked from the first day on (ISO dates compare as strings). */
export const hasStarted = (startsOn: string, today: string): boolean => today >= startsOn;

/** The years a year filter offers: next, this and last year, plus any year the data names, newest first. */
export function yearOptions(thisYear: number, seen: readonly number[]): number[] {
  return [...new Set([thisYear + 1, thisYear, thisYear - 1, ...seen])].sort((a, b) => b - a);
}

/** The year of an ISO date ("2026-05-03" → 2026). */
export const yearOf = (isoDay: string): number => Number(isoDay.slice(0, 4));

/**
 * The attendance entries for the chosen people: attended with the hours given
 * (none: the session's credit hours, set by the server), absent with the reason,
 * back to invited with nothing.
 */
export function attendanceEntries(
  personIds: readonly number[],
  status: EnrolmentStatus,
  detail: { absenceReason?: string | null; hours?: number | null },
): AttendanceEntry[] {
  return personIds.map((personId) => {
    if (status === 'attended') {
      const hours = detail.hours ?? null;
      return hours === null ? { personId, status } : { personId, status, hours };
    }
    if (status === 'absent') return { personId, status, absenceReason: detail.absenceReason?.trim() ?? '' };
    return { personId, status };
  });
}

/** Who of the chosen people may still be removed: only those merely invited. */
export const removable = (e: Pick<Enrolment, 'status'>): boolean => e.status === 'invited';
