import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { ChecklistDue } from '../../../contracts/home.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAssignments,
  checklistEntries,
  checklistItems,
  checklistMonthlyReports,
  checklistTemplates,
} from '../../db/schema/checklists.ts';
import { daysBetween } from '../training/dates.ts';

/** A deadline (or a yearly item's year end) shows on the home this many days ahead. */
export const CHECKLIST_DUE_WINDOW_DAYS = 30;

const MONTHS_PER_PERIOD: Record<string, number> = { monthly: 1, quarterly: 3, half_year: 6 };

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The current period [start, end] (inclusive) of a monthly, quarterly or half-year cadence. */
export function cadencePeriod(cadence: string, today: string): { start: string; end: string } | null {
  const per = MONTHS_PER_PERIOD[cadence];
  if (!per) return null;
  const year = Number(today.slice(0, 4));
  const index = Math.floor((Number(today.slice(5, 7)) - 1) / per);
  const first = index * per + 1;
  return { start: `${year}-${String(first).padStart(2, '0')}-01`, end: lastDayOfMonth(year, first + per - 1) };
}

/**
 * Is a checklist item due now for one assigned unit, and by when? An item with a monthly,
 * quarterly or half-year cadence: when nothing is registered in its current period (due by
 * the period's last day). Any other item (a deadline, yearly, none): when nothing is
 * registered this year and its deadline (else 31 December) is past (overdue) or within
 * CHECKLIST_DUE_WINDOW_DAYS. `entryDates` are the item's completions in the year.
 */
export function itemDue(
  item: { cadence: string | null; deadline: string | null },
  entryDates: readonly string[],
  today: string,
): { dueOn: string; overdue: boolean } | null {
  const period = item.cadence ? cadencePeriod(item.cadence, today) : null;
  if (period) {
    return entryDates.some((d) => d >= period.start && d <= period.end) ? null : { dueOn: period.end, overdue: false };
  }
  if (entryDates.length > 0) return null;
  const dueOn = item.deadline ?? `${today.slice(0, 4)}-12-31`;
  if (dueOn < today) return { dueOn, overdue: true };
  return daysBetween(today, dueOn) <= CHECKLIST_DUE_WINDOW_DAYS ? { dueOn, overdue: false } : null;
}

/**
 * What the checklists of this year ask of a unit now: the items due (itemDue) of each
 * assignment of the unit, and the month's report (一月一汇报) when it is not submitted yet.
 * Overdue first, then by due day and item order.
 */
export async function checklistDueFor(db: Db, unitId: number, today: string): Promise<ChecklistDue[]> {
  const year = Number(today.slice(0, 4));
  const assignments = await db
    .select({ id: checklistAssignments.id, templateId: checklistTemplates.id, name: checklistTemplates.name })
    .from(checklistAssignments)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistAssignments.templateId))
    .where(and(eq(checklistAssignments.unitId, unitId), eq(checklistTemplates.year, year)))
    .orderBy(asc(checklistAssignments.id));
  if (assignments.length === 0) return [];
  const ids = assignments.map((a) => a.id);
  const [items, entries, reports] = await Promise.all([
    db
      .select()
      .from(checklistItems)
      .where(
        inArray(
          checklistItems.templateId,
          assignments.map((a) => a.templateId),
        ),
      )
      .orderBy(asc(checklistItems.ordinal)),
    db
      .select({
        assignmentId: checklistEntries.assignmentId,
        itemId: checklistEntries.itemId,
        on: checklistEntries.completedOn,
      })
      .from(checklistEntries)
      .where(
        and(
          inArray(checklistEntries.assignmentId, ids),
          gte(checklistEntries.completedOn, `${year}-01-01`),
          lte(checklistEntries.completedOn, `${year}-12-31`),
        ),
      ),
    db
      .select({ assignmentId: checklistMonthlyReports.assignmentId })
      .from(checklistMonthlyReports)
      .where(
        and(inArray(checklistMonthlyReports.assignmentId, ids), eq(checklistMonthlyReports.month, today.slice(0, 7))),
      ),
  ]);
  const out: ChecklistDue[] = [];
  for (const a of assignments) {
    for (const item of items.filter((i) => i.templateId === a.templateId)) {
      const dates = entries.filter((e) => e.assignmentId === a.id && e.itemId === item.id).map((e) => e.on);
      const due = itemDue(item, dates, today);
      if (due) {
        out.push({
          kind: 'item',
          assignmentId: a.id,
          templateName: a.name,
          itemId: item.id,
          ordinal: item.ordinal,
          title: item.title,
          ...due,
        });
      }
    }
    if (!reports.some((r) => r.assignmentId === a.id)) {
      out.push({
        kind: 'monthly_report',
        assignmentId: a.id,
        templateName: a.name,
        itemId: null,
        ordinal: null,
        title: today.slice(0, 7),
        dueOn: lastDayOfMonth(year, Number(today.slice(5, 7))),
        overdue: false,
      });
    }
  }
  return out.sort(
    (x, y) =>
      Number(y.overdue) - Number(x.overdue) || x.dueOn.localeCompare(y.dueOn) || (x.ordinal ?? 99) - (y.ordinal ?? 99),
  );
}
