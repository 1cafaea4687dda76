import { and, eq, ne, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { CreateProgramBody, Program, ProgramKind, UpdateProgramBody } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingPrograms, trainingSessions } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, duplicate, notFound, staleVersion } from '../../platform/errors.ts';
import { inScope, underPaths } from '../../platform/scope.ts';
import { unitInReach } from '../units/queries.ts';
import { programInScope } from './access.ts';

/** Training programs (a year's rotation training, a special class…): create, edit, delete while empty, list. */

async function assertTitleFree(db: Db, lang: Lang, unitId: number, year: number, title: string, except?: number) {
  const [taken] = await db
    .select({ id: trainingPrograms.id })
    .from(trainingPrograms)
    .where(
      and(
        eq(trainingPrograms.unitId, unitId),
        eq(trainingPrograms.year, year),
        eq(trainingPrograms.title, title),
        except === undefined ? undefined : ne(trainingPrograms.id, except),
      ),
    );
  if (taken) throw duplicate(lang, 'title', title);
}

export async function createProgram(tx: Db, ctx: ServiceContext, body: CreateProgramBody): Promise<number> {
  await unitInReach(tx, ctx.lang, ctx.actor, body.unitId, 'unitId');
  await assertTitleFree(tx, ctx.lang, body.unitId, body.year, body.title);
  const [p] = await tx
    .insert(trainingPrograms)
    .values({
      unitId: body.unitId,
      year: body.year,
      title: body.title,
      organizer: body.organizer,
      kind: body.kind,
      description: body.description ?? null,
      createdBy: ctx.actor.accountId,
    })
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'training.program.create',
    targetType: 'training_program',
    targetId: p!.id,
    after: { unitId: p!.unitId, year: p!.year, title: p!.title, organizer: p!.organizer, kind: p!.kind },
  });
  return p!.id;
}

export async function updateProgram(tx: Db, ctx: ServiceContext, id: number, body: UpdateProgramBody): Promise<void> {
  const p = await programInScope(tx, ctx.actor, id, true);
  if (p.version !== body.version) throw staleVersion();
  await assertTitleFree(tx, ctx.lang, p.unitId, p.year, body.title, id);
  const [before] = await tx.select().from(trainingPrograms).where(eq(trainingPrograms.id, id));
  await tx
    .update(trainingPrograms)
    .set({
      title: body.title,
      organizer: body.organizer,
      kind: body.kind,
      description: body.description ?? null,
      updatedAt: sql`now()`,
      version: sql`${trainingPrograms.version} + 1`,
    })
    .where(eq(trainingPrograms.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'training.program.update',
    targetType: 'training_program',
    targetId: id,
    before: {
      title: before!.title,
      organizer: before!.organizer,
      kind: before!.kind,
      description: before!.description,
    },
    after: { title: body.title, organizer: body.organizer, kind: body.kind, description: body.description ?? null },
  });
}

export async function deleteProgram(tx: Db, ctx: ServiceContext, id: number, version: number): Promise<void> {
  const p = await programInScope(tx, ctx.actor, id, true);
  if (p.version !== version) throw staleVersion();
  const [n] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingSessions)
    .where(eq(trainingSessions.programId, id));
  if (Number(n?.n ?? 0) > 0) {
    throw conflict(ctx.lang, {
      'zh-CN': `该培训项目下还有 ${n!.n} 个培训班次，不能删除（请先删除或移出班次）`,
      'en-US': `the program still has ${n!.n} session(s) and cannot be deleted`,
    });
  }
  const [before] = await tx.delete(trainingPrograms).where(eq(trainingPrograms.id, id)).returning();
  await writeAudit(tx, ctx.audit, {
    action: 'training.program.delete',
    targetType: 'training_program',
    targetId: id,
    before: { unitId: before!.unitId, year: before!.year, title: before!.title },
  });
}

/** Programs in the caller's scope (optionally of a year, under a unit of the scope), with their sessions and person-times attended. */
export async function listPrograms(
  db: Db,
  actor: Actor,
  q: { year?: number | undefined; unitId?: number | undefined; id?: number },
): Promise<Program[]> {
  let under = undefined as ReturnType<typeof underPaths> | undefined;
  if (q.unitId !== undefined) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u) return [];
    under = underPaths(units.path, [u.path]);
  }
  const rows = await db
    .select({
      id: trainingPrograms.id,
      unitId: units.id,
      unitName: units.name,
      year: trainingPrograms.year,
      title: trainingPrograms.title,
      organizer: trainingPrograms.organizer,
      kind: trainingPrograms.kind,
      description: trainingPrograms.description,
      version: trainingPrograms.version,
      sessions: sql<number>`(select count(*) from training_sessions s where s.program_id = ${trainingPrograms.id})`,
      attended: sql<number>`(select count(*) from training_enrolments e join training_sessions s on s.id = e.session_id
        where s.program_id = ${trainingPrograms.id} and e.status = 'attended')`,
    })
    .from(trainingPrograms)
    .innerJoin(units, eq(units.id, trainingPrograms.unitId))
    .where(
      and(
        inScope(units.path, actor),
        under,
        q.year === undefined ? undefined : eq(trainingPrograms.year, q.year),
        q.id === undefined ? undefined : eq(trainingPrograms.id, q.id),
      ),
    )
    .orderBy(sql`${trainingPrograms.year} desc`, trainingPrograms.title, trainingPrograms.id);
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    year: r.year,
    title: r.title,
    organizer: r.organizer,
    kind: r.kind as ProgramKind,
    description: r.description,
    sessions: Number(r.sessions),
    attended: Number(r.attended),
    version: r.version,
  }));
}

export async function readProgram(db: Db, actor: Actor, id: number): Promise<Program> {
  const [p] = await listPrograms(db, actor, { id });
  if (!p) throw notFound();
  return p;
}
