import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AttendanceEntry, EnrolmentSource, EnrolmentStatus } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingEnrolments } from '../../db/schema/training.ts';
import { arrayParam } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField } from '../../platform/errors.ts';
import { peopleInReach } from '../people/reach.ts';
import { type SessionInScope, sessionInScope } from './access.ts';

/**
 * Attendance of a session: who came (with the hours credited, the session's
 * unless a partial attendance says less), who was absent and why. The API's
 * attendance form and the sign-in sheet import both write through here.
 */

export interface AttendanceOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** What an entry writes: status, reason and hours as stored. */
export function markOf(e: AttendanceEntry, creditHours: number) {
  if (e.status === 'attended') return { status: e.status, absenceReason: null, hours: e.hours ?? creditHours };
  if (e.status === 'absent') return { status: e.status, absenceReason: e.absenceReason?.trim() || null, hours: null };
  return { status: e.status as EnrolmentStatus, absenceReason: null, hours: null };
}

/** Whether a stored enrolment already carries the mark. */
export function sameMark(
  old: { status: string; absenceReason: string | null; hours: number | null },
  mark: ReturnType<typeof markOf>,
): boolean {
  return (
    old.status === mark.status &&
    old.absenceReason === mark.absenceReason &&
    (old.hours === null ? null : Number(old.hours)) === mark.hours
  );
}

/** Marking someone present or absent needs the session to have started. */
export function assertStarted(ctx: ServiceContext, s: Pick<SessionInScope, 'startsOn'>, today: string): void {
  if (today < s.startsOn) {
    throw conflict(ctx.lang, {
      'zh-CN': `培训班次 ${s.startsOn} 才开始，开始前不能登记出席或缺席`,
      'en-US': `the session starts on ${s.startsOn}; attendance cannot be marked before it starts`,
    });
  }
}

export async function recordAttendance(
  tx: Db,
  ctx: ServiceContext,
  sessionId: number,
  entries: readonly AttendanceEntry[],
  today: string,
  source: EnrolmentSource = 'manual',
): Promise<AttendanceOutcome> {
  const s = await sessionInScope(tx, ctx.actor, sessionId, true);
  if (entries.some((e) => e.status !== 'invited')) assertStarted(ctx, s, today);
  const seen = new Set<number>();
  for (const [i, e] of entries.entries()) {
    const at = ctx.lang === 'zh-CN' ? `（第 ${i + 1} 条）` : ` (entry ${i + 1})`;
    if (seen.has(e.personId)) {
      throw invalidField(ctx.lang, 'entries', 'duplicate_person', {
        'zh-CN': `同一人重复出现${at}`,
        'en-US': `names a person twice${at}`,
      });
    }
    seen.add(e.personId);
    if (e.status === 'absent' && !e.absenceReason?.trim()) {
      throw invalidField(ctx.lang, 'absenceReason', 'required', {
        'zh-CN': `缺席须填写原因${at}`,
        'en-US': `is required for an absence${at}`,
      });
    }
    if (e.status === 'attended' && e.hours !== undefined && e.hours !== null && e.hours > s.creditHours) {
      throw invalidField(ctx.lang, 'hours', 'above_credit', {
        'zh-CN': `不能超过班次学时 ${s.creditHours}${at}`,
        'en-US': `cannot exceed the session's ${s.creditHours} credit hours${at}`,
      });
    }
  }
  const ids = entries.map((e) => e.personId);
  await peopleInReach(tx, ctx.lang, ctx.actor, ids, 'personIds');
  const existing = new Map(
    (
      await tx
        .select()
        .from(trainingEnrolments)
        .where(and(eq(trainingEnrolments.sessionId, sessionId), inArray(trainingEnrolments.personId, ids)))
    ).map((r) => [r.personId, r]),
  );
  const outcome: AttendanceOutcome = { inserted: 0, updated: 0, unchanged: 0 };
  const fresh = [];
  const changed: { id: number; mark: ReturnType<typeof markOf> }[] = [];
  for (const e of entries) {
    const mark = markOf(e, s.creditHours);
    const old = existing.get(e.personId);
    if (!old) fresh.push({ sessionId, personId: e.personId, ...mark, source, updatedBy: ctx.actor.accountId });
    else if (sameMark(old, mark)) outcome.unchanged += 1;
    else changed.push({ id: old.id, mark });
  }
  outcome.inserted = fresh.length;
  outcome.updated = changed.length;
  if (fresh.length > 0) await tx.insert(trainingEnrolments).values(fresh);
  // One statement for every changed enrolment: a province class's sign-in sheet has hundreds of rows.
  if (changed.length > 0) {
    await tx.execute(sql`update training_enrolments e
      set status = i.status, absence_reason = i.absence_reason, hours = i.hours,
        updated_by = ${ctx.actor.accountId}, updated_at = now()
      from unnest(
        ${arrayParam(changed.map((c) => c.id))}::bigint[],
        ${arrayParam(changed.map((c) => c.mark.status))}::text[],
        ${arrayParam(changed.map((c) => c.mark.absenceReason))}::text[],
        ${arrayParam(changed.map((c) => c.mark.hours))}::numeric[]
      ) as i(id, status, absence_reason, hours)
      where e.id = i.id`);
  }
  await writeAudit(tx, ctx.audit, {
    action: 'training.attendance',
    targetType: 'training_session',
    targetId: sessionId,
    detail: {
      source,
      ...outcome,
      entries: entries.map((e) => ({ personId: e.personId, ...markOf(e, s.creditHours) })),
    },
  });
  return outcome;
}
