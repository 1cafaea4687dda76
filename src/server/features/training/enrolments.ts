import { and, eq } from 'drizzle-orm';
import type { Enrolment, EnrolmentSource, EnrolmentStatus } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { trainingEnrolments } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { sessionInScope } from './access.ts';

/** Who is enrolled in a session, by unit and employee number. */
export async function listEnrolments(db: Db, actor: Actor, sessionId: number): Promise<Enrolment[]> {
  await sessionInScope(db, actor, sessionId);
  const rows = await db
    .select({
      personId: people.id,
      employeeNo: people.employeeNo,
      name: people.name,
      unitId: units.id,
      unitName: units.name,
      position: people.position,
      status: trainingEnrolments.status,
      absenceReason: trainingEnrolments.absenceReason,
      hours: trainingEnrolments.hours,
      source: trainingEnrolments.source,
    })
    .from(trainingEnrolments)
    .innerJoin(people, eq(people.id, trainingEnrolments.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(eq(trainingEnrolments.sessionId, sessionId))
    .orderBy(people.unitPath, people.employeeNo);
  return rows.map((r) => ({
    personId: r.personId,
    employeeNo: r.employeeNo,
    name: r.name,
    unit: { id: r.unitId, name: r.unitName },
    position: r.position,
    status: r.status as EnrolmentStatus,
    absenceReason: r.absenceReason,
    hours: r.hours === null ? null : Number(r.hours),
    source: r.source as EnrolmentSource,
  }));
}

/** Takes back an invitation; once someone is marked present or absent the row stays (change the mark instead). */
export async function removeEnrolment(tx: Db, ctx: ServiceContext, sessionId: number, personId: number): Promise<void> {
  await sessionInScope(tx, ctx.actor, sessionId, true);
  const [e] = await tx
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.personId, personId)))
    .for('update');
  if (!e) throw notFound();
  if (e.status !== 'invited') {
    throw conflict(ctx.lang, {
      'zh-CN': '已登记出席或缺席的人员不能移出，请改为修改出勤状态',
      'en-US': 'a person marked present or absent cannot be removed; change the mark instead',
    });
  }
  await tx.delete(trainingEnrolments).where(eq(trainingEnrolments.id, e.id));
  await writeAudit(tx, ctx.audit, {
    action: 'training.enrolment.remove',
    targetType: 'training_session',
    targetId: sessionId,
    before: { personId, status: e.status, source: e.source },
  });
}
