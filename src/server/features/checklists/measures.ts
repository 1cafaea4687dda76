import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';

/**
 * What the platform counts itself for a quantitative checklist item, so nobody
 * types a number the system already knows (issue 6):
 * - manual: the sum of the quantities registered in the year;
 * - record_count: the assigned unit's records of the item's kind in the year;
 * - lecture_audience: the party lectures' average attendance in percent of the
 *   unit's party members (Σ present / (lectures × members) × 100).
 * The year runs from 1 January 00:00 to the next 1 January 00:00 in the enterprise time zone,
 * as compliance counts periods.
 */

export type Measure = 'manual' | 'record_count' | 'lecture_audience';

export interface MeasureInput {
  year: number;
  timeZone: string;
  assignments: readonly { id: number; unitId: number }[];
  items: readonly { id: number; targetValue: number | null; measure: string; measureKind: string | null }[];
}

export const measureKey = (assignmentId: number, itemId: number) => `${assignmentId}:${itemId}`;

/** The measured value of every (assignment, quantitative item); items without a target are left out. */
export async function measureItems(db: Db, input: MeasureInput): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const targeted = input.items.filter((i) => i.targetValue !== null);
  if (targeted.length === 0 || input.assignments.length === 0) return out;
  const assignmentIds = input.assignments.map((a) => a.id);
  const unitIds = [...new Set(input.assignments.map((a) => a.unitId))];
  const start = `${input.year}-01-01 00:00:00`;
  const end = `${input.year + 1}-01-01 00:00:00`;

  const manual = targeted.filter((i) => i.measure === 'manual').map((i) => i.id);
  if (manual.length) {
    const rows = rowsOf<{ assignment_id: number; item_id: number; total: string | number }>(
      await db.execute(sql`
        select assignment_id, item_id, coalesce(sum(quantity), 0) as total
        from checklist_entries
        where assignment_id = any(${arrayParam(assignmentIds)}::int[]) and item_id = any(${arrayParam(manual)}::int[])
          and completed_on >= ${`${input.year}-01-01`}::date and completed_on < ${`${input.year + 1}-01-01`}::date
        group by assignment_id, item_id`),
    );
    for (const r of rows) out.set(measureKey(Number(r.assignment_id), Number(r.item_id)), Number(r.total));
  }

  const kinds = [
    ...new Set(
      targeted
        .filter((i) => i.measure === 'record_count' && i.measureKind)
        .map((i) => i.measureKind as string)
        .concat(targeted.some((i) => i.measure === 'lecture_audience') ? ['party_lecture'] : []),
    ),
  ];
  if (kinds.length === 0) return fillZeros(out, input, targeted);
  const counts = rowsOf<{ unit_id: number; kind: string; n: string | number; present: string | number }>(
    await db.execute(sql`
      select unit_id, kind, count(*) as n, coalesce(sum(present_count), 0) as present
      from records
      where unit_id = any(${arrayParam(unitIds)}::int[]) and kind = any(${arrayParam(kinds)}::text[])
        and occurred_at >= (${start}::timestamp at time zone ${input.timeZone})
        and occurred_at < (${end}::timestamp at time zone ${input.timeZone})
      group by unit_id, kind`),
  );
  const byUnitKind = new Map(
    counts.map((c) => [`${c.unit_id}:${c.kind}`, { n: Number(c.n), present: Number(c.present) }]),
  );
  const members = targeted.some((i) => i.measure === 'lecture_audience') ? await memberCounts(db, unitIds) : new Map();
  for (const a of input.assignments) {
    for (const item of targeted) {
      if (item.measure === 'record_count' && item.measureKind) {
        out.set(measureKey(a.id, item.id), byUnitKind.get(`${a.unitId}:${item.measureKind}`)?.n ?? 0);
      } else if (item.measure === 'lecture_audience') {
        const lectures = byUnitKind.get(`${a.unitId}:party_lecture`);
        const m = members.get(a.unitId) ?? 0;
        const rate = lectures && lectures.n > 0 && m > 0 ? (lectures.present / (lectures.n * m)) * 100 : 0;
        out.set(measureKey(a.id, item.id), Math.round(rate * 100) / 100);
      }
    }
  }
  return fillZeros(out, input, targeted);
}

/** Active party members (full and probationary) on each unit's own staff. */
async function memberCounts(db: Db, unitIds: number[]): Promise<Map<number, number>> {
  const rows = rowsOf<{ unit_id: number; members: string | number }>(
    await db.execute(sql`
      select unit_id, members_full + members_probationary as members
      from unit_people_stats where unit_id = any(${arrayParam(unitIds)}::int[])`),
  );
  return new Map(rows.map((r) => [Number(r.unit_id), Number(r.members)]));
}

/** A manual item with nothing registered measures 0, not "unknown". */
function fillZeros(
  out: Map<string, number>,
  input: MeasureInput,
  targeted: MeasureInput['items'],
): Map<string, number> {
  for (const a of input.assignments) {
    for (const item of targeted) if (!out.has(measureKey(a.id, item.id))) out.set(measureKey(a.id, item.id), 0);
  }
  return out;
}
