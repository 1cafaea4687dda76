import { and, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { CreateSessionBody, UpdateSessionBody } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingEnrolments, trainingPrograms, trainingSessions } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';
import { unitInReach } from '../units/queries.ts';
import { sessionInScope } from './access.ts';

/** Training sessions (classes): create, edit, delete while nobody attended. */

type Content = Omit<CreateSessionBody, 'unitId'>;

/** The rules every create and edit checks: dates in order, the audience inside the organizer's subtree, the program of the year. */
async function checkContent(db: Db, lang: Lang, actor: Actor, unit: { id: number; path: string }, body: Content) {
  if (body.endsOn < body.startsOn) {
    throw invalidField(lang, 'endsOn', 'before_start', {
      'zh-CN': '不能早于开始日期',
      'en-US': 'cannot be before the start date',
    });
  }
  let audienceUnitId = unit.id;
  if (body.audienceUnitId !== undefined && body.audienceUnitId !== null && body.audienceUnitId !== unit.id) {
    const a = await unitInReach(db, lang, actor, body.audienceUnitId, 'audienceUnitId');
    if (!a.path.startsWith(unit.path)) {
      throw invalidField(lang, 'audienceUnitId', 'outside_organizer', {
        'zh-CN': '须为主办单位本级或其下级单位',
        'en-US': 'must be the organizing unit or a unit under it',
      });
    }
    audienceUnitId = a.id;
  }
  if (body.programId !== null) {
    const [p] = await db
      .select({ id: trainingPrograms.id, year: trainingPrograms.year })
      .from(trainingPrograms)
      .innerJoin(units, eq(units.id, trainingPrograms.unitId))
      .where(and(eq(trainingPrograms.id, body.programId), inScope(units.path, actor)));
    if (!p) throw outOfReachField(lang, 'programId');
    const year = Number(body.startsOn.slice(0, 4));
    if (p.year !== year) {
      throw invalidField(lang, 'programId', 'other_year', {
        'zh-CN': `是 ${p.year} 年的培训项目，班次开始于 ${year} 年`,
        'en-US': `is a program of ${p.year}, the session starts in ${year}`,
      });
    }
  }
  return audienceUnitId;
}

const columns = (body: Content, audienceUnitId: number) => ({
  programId: body.programId,
  title: body.title,
  method: body.method,
  placeKind: body.placeKind,
  placeName: body.placeName ?? null,
  startsOn: body.startsOn,
  endsOn: body.endsOn,
  creditHours: body.creditHours,
  centralized: body.centralized,
  audience: body.audience,
  audienceUnitId,
  description: body.description ?? null,
});

export async function createSession(tx: Db, ctx: ServiceContext, body: CreateSessionBody): Promise<number> {
  const unit = await unitInReach(tx, ctx.lang, ctx.actor, body.unitId, 'unitId');
  const audienceUnitId = await checkContent(tx, ctx.lang, ctx.actor, unit, body);
  const values = columns(body, audienceUnitId);
  const [s] = await tx
    .insert(trainingSessions)
    .values({ unitId: unit.id, ...values, createdBy: ctx.actor.accountId })
    .returning({ id: trainingSessions.id });
  await writeAudit(tx, ctx.audit, {
    action: 'training.session.create',
    targetType: 'training_session',
    targetId: s!.id,
    after: { unitId: unit.id, ...values },
  });
  return s!.id;
}

/** How many people attended / were marked absent, and the most hours credited to anyone. */
async function marks(db: Db, sessionId: number) {
  const [m] = await db
    .select({
      attended: sql<number>`count(*) filter (where ${trainingEnrolments.status} = 'attended')`,
      marked: sql<number>`count(*) filter (where ${trainingEnrolments.status} <> 'invited')`,
      maxHours: sql<number | null>`max(${trainingEnrolments.hours})`,
    })
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.sessionId, sessionId));
  return {
    attended: Number(m?.attended ?? 0),
    marked: Number(m?.marked ?? 0),
    maxHours: m?.maxHours === null || m?.maxHours === undefined ? null : Number(m.maxHours),
  };
}

export async function updateSession(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateSessionBody,
  today: string,
): Promise<void> {
  const s = await sessionInScope(tx, ctx.actor, id, true);
  if (s.version !== body.version) throw staleVersion();
  const audienceUnitId = await checkContent(tx, ctx.lang, ctx.actor, { id: s.unitId, path: s.unitPath }, body);
  const m = await marks(tx, id);
  if (m.marked > 0 && body.startsOn > today) {
    throw conflict(ctx.lang, {
      'zh-CN': `已有 ${m.marked} 人登记了出勤或缺席，开始日期不能改到今天之后`,
      'en-US': `${m.marked} attendance mark(s) exist; the start date cannot move past today`,
    });
  }
  if (m.maxHours !== null && m.maxHours > body.creditHours) {
    throw invalidField(ctx.lang, 'creditHours', 'below_credited', {
      'zh-CN': `不能低于已认定的学时 ${m.maxHours}`,
      'en-US': `cannot be below hours already credited (${m.maxHours})`,
    });
  }
  const [before] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, id));
  const values = columns(body, audienceUnitId);
  await tx
    .update(trainingSessions)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${trainingSessions.version} + 1` })
    .where(eq(trainingSessions.id, id));
  const { createdAt: _c, updatedAt: _u, version: _v, createdBy: _b, id: _i, unitId: _n, ...old } = before!;
  await writeAudit(tx, ctx.audit, {
    action: 'training.session.update',
    targetType: 'training_session',
    targetId: id,
    before: old,
    after: values,
  });
}

export async function deleteSession(tx: Db, ctx: ServiceContext, id: number, version: number): Promise<void> {
  const s = await sessionInScope(tx, ctx.actor, id, true);
  if (s.version !== version) throw staleVersion();
  const m = await marks(tx, id);
  if (m.attended > 0) {
    throw conflict(ctx.lang, {
      'zh-CN': `已有 ${m.attended} 人出席并认定学时，不能删除该班次`,
      'en-US': `${m.attended} people attended and were credited hours; the session cannot be deleted`,
    });
  }
  const [before] = await tx.delete(trainingSessions).where(eq(trainingSessions.id, id)).returning();
  await writeAudit(tx, ctx.audit, {
    action: 'training.session.delete',
    targetType: 'training_session',
    targetId: id,
    before: { unitId: before!.unitId, title: before!.title, startsOn: before!.startsOn, programId: before!.programId },
  });
}
