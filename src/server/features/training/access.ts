import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { trainingPrograms, trainingSessions } from '../../db/schema/training.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';

/**
 * Programs and sessions are reached through their organizing unit: anyone whose
 * scope covers it reads them (a city's party-building department its own and its
 * counties' classes). Outside answers 404 like a missing object, audited.
 */
export async function programInScope(db: Db, actor: Actor, id: number, lock = false) {
  const q = db
    .select({
      id: trainingPrograms.id,
      unitId: trainingPrograms.unitId,
      unitPath: units.path,
      year: trainingPrograms.year,
      version: trainingPrograms.version,
    })
    .from(trainingPrograms)
    .innerJoin(units, eq(units.id, trainingPrograms.unitId))
    .where(and(eq(trainingPrograms.id, id), inScope(units.path, actor)));
  const [row] = lock ? await q.for('update', { of: trainingPrograms }) : await q;
  if (row) return row;
  const [exists] = await db
    .select({ id: trainingPrograms.id })
    .from(trainingPrograms)
    .where(eq(trainingPrograms.id, id));
  throw exists ? outOfScope('training_program', id) : notFound();
}

export async function sessionInScope(db: Db, actor: Actor, id: number, lock = false) {
  const q = db
    .select({
      id: trainingSessions.id,
      unitId: trainingSessions.unitId,
      unitPath: units.path,
      programId: trainingSessions.programId,
      audience: trainingSessions.audience,
      audienceUnitId: trainingSessions.audienceUnitId,
      startsOn: trainingSessions.startsOn,
      creditHours: trainingSessions.creditHours,
      centralized: trainingSessions.centralized,
      version: trainingSessions.version,
    })
    .from(trainingSessions)
    .innerJoin(units, eq(units.id, trainingSessions.unitId))
    .where(and(eq(trainingSessions.id, id), inScope(units.path, actor)));
  const [row] = lock ? await q.for('update', { of: trainingSessions }) : await q;
  if (row) return row;
  const [exists] = await db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, id));
  throw exists ? outOfScope('training_session', id) : notFound();
}
export type SessionInScope = Awaited<ReturnType<typeof sessionInScope>>;
