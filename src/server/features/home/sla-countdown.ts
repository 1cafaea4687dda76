import { and, gte, inArray, lte } from 'drizzle-orm';
import type { SlaDayKind } from '../../../contracts/concern-config.ts';
import type { Concern } from '../../../contracts/concerns.ts';
import type { SlaCountdown, WaitingConcern } from '../../../contracts/home.ts';
import type { Db } from '../../db/client.ts';
import { concernCategories, workingCalendar } from '../../db/schema/concerns.ts';
import { isWorkingDay } from '../concerns/sla.ts';
import { addDays, daysBetween } from '../training/dates.ts';

/**
 * Days from `today` to `dueOn` in the SLA's kind of days: positive while time is left
 * (due today is 0), negative once overdue. Working days count the working days after
 * the earlier date up to and including the later one, as sla.ts counts them forward.
 */
export function daysLeft(
  today: string,
  dueOn: string,
  kind: SlaDayKind,
  exceptions: ReadonlyMap<string, boolean>,
): number {
  if (kind === 'calendar') return daysBetween(today, dueOn);
  const [from, to, sign] = dueOn >= today ? [today, dueOn, 1] : [dueOn, today, -1];
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, exceptions)) n += 1;
  return sign * n;
}

export function countdownOf(
  c: Pick<Concern, 'dueOn' | 'state' | 'category'>,
  today: string,
  kinds: ReadonlyMap<string, SlaDayKind>,
  exceptions: ReadonlyMap<string, boolean>,
): SlaCountdown | null {
  if (c.dueOn === null) return null;
  const kind = kinds.get(c.category) ?? 'calendar';
  return { dueOn: c.dueOn, daysLeft: daysLeft(today, c.dueOn, kind, exceptions), dayKind: kind };
}

/** The concerns with their SLA countdown: the categories' kinds of days and the calendar read once for the page. */
export async function withCountdown(db: Db, list: readonly Concern[], today: string): Promise<WaitingConcern[]> {
  const dated = list.filter((c) => c.dueOn !== null);
  if (dated.length === 0) return list.map((c) => ({ ...c, sla: null }));
  const codes = [...new Set(dated.map((c) => c.category))];
  const cats = await db
    .select({ code: concernCategories.code, kind: concernCategories.slaDayKind })
    .from(concernCategories)
    .where(inArray(concernCategories.code, codes));
  const kinds = new Map(cats.map((c) => [c.code, (c.kind === 'working' ? 'working' : 'calendar') as SlaDayKind]));
  const days = dated.map((c) => c.dueOn as string).concat(today);
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const rows = [...kinds.values()].includes('working')
    ? await db
        .select()
        .from(workingCalendar)
        .where(and(gte(workingCalendar.day, first), lte(workingCalendar.day, last)))
    : [];
  const exceptions = new Map(rows.map((r) => [r.day, r.working]));
  return list.map((c) => ({ ...c, sla: countdownOf(c, today, kinds, exceptions) }));
}
