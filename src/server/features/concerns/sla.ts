import { and, eq, gte, lte } from 'drizzle-orm';
import { DEFAULT_SLA_DAYS, type SlaDayKind } from '../../../contracts/concern-config.ts';
import type { Db } from '../../db/client.ts';
import { concernCategories, workingCalendar } from '../../db/schema/concerns.ts';

const DAY = 86_400_000;
const toDay = (d: string) => Date.parse(`${d}T00:00:00Z`);
const ofDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday to Friday, unless the calendar says otherwise (a holiday, or a make-up working Saturday). */
export function isWorkingDay(day: string, exceptions: ReadonlyMap<string, boolean>): boolean {
  const known = exceptions.get(day);
  if (known !== undefined) return known;
  const weekday = new Date(toDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The due date of an SLA counted from `start` (the day the clock starts): N calendar
 * days later, or the N-th working day after it. Pure, so the calendar can be tested by hand.
 */
export function addSlaDays(
  start: string,
  days: number,
  kind: SlaDayKind,
  exceptions: ReadonlyMap<string, boolean>,
): string {
  if (kind === 'calendar') return ofDay(toDay(start) + days * DAY);
  let t = toDay(start);
  let left = days;
  while (left > 0) {
    t += DAY;
    if (isWorkingDay(ofDay(t), exceptions)) left -= 1;
  }
  return ofDay(t);
}

/** The calendar's exceptions that can matter for an SLA of `days` counted from `start`. */
async function exceptionsFrom(db: Db, start: string, days: number): Promise<Map<string, boolean>> {
  // Working days run at most ~2.5× calendar days even with the longest holidays; a margin on top.
  const end = ofDay(toDay(start) + (days * 3 + 30) * DAY);
  const rows = await db
    .select()
    .from(workingCalendar)
    .where(and(gte(workingCalendar.day, start), lte(workingCalendar.day, end)));
  return new Map(rows.map((r) => [r.day, r.working]));
}

export async function dueDate(db: Db, start: string, sla: { slaDays: number; slaDayKind: string }): Promise<string> {
  const kind: SlaDayKind = sla.slaDayKind === 'working' ? 'working' : 'calendar';
  const exceptions = kind === 'working' ? await exceptionsFrom(db, start, sla.slaDays) : new Map<string, boolean>();
  return addSlaDays(start, sla.slaDays, kind, exceptions);
}

/** A category's SLA, whether or not it is still active (a reopened concern keeps its category). */
export async function slaOf(db: Db, code: string): Promise<{ slaDays: number; slaDayKind: string }> {
  const [cat] = await db
    .select({ slaDays: concernCategories.slaDays, slaDayKind: concernCategories.slaDayKind })
    .from(concernCategories)
    .where(eq(concernCategories.code, code));
  return cat ?? { slaDays: DEFAULT_SLA_DAYS, slaDayKind: 'calendar' };
}
