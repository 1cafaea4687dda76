import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  Audience,
  PlaceKind,
  SessionDetail,
  SessionListItem,
  TrainingMethod,
} from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { trainingMaterials, trainingPrograms, trainingSessions } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { inScope, underPaths } from '../../platform/scope.ts';
import { sessionInScope } from './access.ts';
import { hoursValue } from './hours.ts';

/** Sessions as lists and details show them, with their enrolment counts. */

const audienceUnits = alias(units, 'audience_unit');

async function sessionRows(db: Db, actor: Actor, where: (SQL | undefined)[]) {
  const rows = await db
    .select({
      id: trainingSessions.id,
      programId: trainingPrograms.id,
      programTitle: trainingPrograms.title,
      unitId: units.id,
      unitName: units.name,
      audienceUnitId: audienceUnits.id,
      audienceUnitName: audienceUnits.name,
      title: trainingSessions.title,
      method: trainingSessions.method,
      placeKind: trainingSessions.placeKind,
      placeName: trainingSessions.placeName,
      startsOn: trainingSessions.startsOn,
      endsOn: trainingSessions.endsOn,
      creditHours: trainingSessions.creditHours,
      centralized: trainingSessions.centralized,
      audience: trainingSessions.audience,
      description: trainingSessions.description,
      version: trainingSessions.version,
      invited: sql<number>`(select count(*) from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'invited')`,
      attended: sql<number>`(select count(*) from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'attended')`,
      absent: sql<number>`(select count(*) from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'absent')`,
      hours: sql<number>`(select coalesce(sum(e.hours), 0) from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'attended')`,
    })
    .from(trainingSessions)
    .innerJoin(units, eq(units.id, trainingSessions.unitId))
    .innerJoin(audienceUnits, eq(audienceUnits.id, trainingSessions.audienceUnitId))
    .leftJoin(trainingPrograms, eq(trainingPrograms.id, trainingSessions.programId))
    .where(and(inScope(units.path, actor), ...where))
    .orderBy(desc(trainingSessions.startsOn), asc(trainingSessions.id));
  return rows.map((r) => ({
    item: {
      id: r.id,
      program: r.programId === null ? null : { id: r.programId, name: r.programTitle ?? '' },
      unit: { id: r.unitId, name: r.unitName },
      title: r.title,
      method: r.method as TrainingMethod,
      placeKind: r.placeKind as PlaceKind,
      placeName: r.placeName,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      creditHours: Number(r.creditHours),
      centralized: r.centralized,
      audience: r.audience as Audience,
      counts: {
        invited: Number(r.invited),
        attended: Number(r.attended),
        absent: Number(r.absent),
        hours: hoursValue(r.hours),
      },
    } satisfies SessionListItem,
    audienceUnit: { id: r.audienceUnitId, name: r.audienceUnitName },
    description: r.description,
    version: r.version,
  }));
}

/** Sessions in the caller's scope; year is the start date's, unitId a subtree of the scope. */
export async function listSessions(
  db: Db,
  actor: Actor,
  q: {
    year?: number | undefined;
    unitId?: number | undefined;
    programId?: number | undefined;
    method?: string | undefined;
  },
): Promise<SessionListItem[]> {
  let under: SQL | undefined;
  if (q.unitId !== undefined) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    if (!u) return [];
    under = underPaths(units.path, [u.path]);
  }
  const rows = await sessionRows(db, actor, [
    under,
    q.year === undefined
      ? undefined
      : sql`${trainingSessions.startsOn} >= ${`${q.year}-01-01`}::date and ${trainingSessions.startsOn} <= ${`${q.year}-12-31`}::date`,
    q.programId === undefined ? undefined : eq(trainingSessions.programId, q.programId),
    q.method === undefined ? undefined : eq(trainingSessions.method, q.method),
  ]);
  return rows.map((r) => r.item);
}

export async function readSession(db: Db, actor: Actor, id: number): Promise<SessionDetail> {
  await sessionInScope(db, actor, id);
  const [r] = await sessionRows(db, actor, [eq(trainingSessions.id, id)]);
  const materials = await db
    .select({
      id: trainingMaterials.id,
      fileName: trainingMaterials.fileName,
      mimeType: trainingMaterials.mimeType,
      sizeBytes: trainingMaterials.sizeBytes,
      createdAt: trainingMaterials.createdAt,
    })
    .from(trainingMaterials)
    .where(eq(trainingMaterials.sessionId, id))
    .orderBy(trainingMaterials.id);
  return {
    ...r!.item,
    audienceUnit: r!.audienceUnit,
    description: r!.description,
    materials: materials.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    version: r!.version,
    can: { manage: actor.permissions.has('training.manage') },
  };
}
