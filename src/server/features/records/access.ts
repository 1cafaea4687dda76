import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { pathInScope, topPaths } from '../../platform/scope.ts';

/**
 * Where a person may record and read records: their data scope, plus the
 * targets of their own pairings in force — a counselor sees the outlets they
 * are paired with even beyond their granted scope (BRIEF: "their paired units").
 */
export async function recordPaths(db: Db, actor: Actor, today: string): Promise<string[]> {
  if (actor.personId === null) return topPaths(actor.scopePaths);
  const paired = await db
    .select({ path: units.path })
    .from(pairings)
    .innerJoin(units, eq(units.id, pairings.scopeUnitId))
    .where(
      and(
        eq(pairings.personId, actor.personId),
        lte(pairings.startsOn, today),
        or(isNull(pairings.endsOn), gte(pairings.endsOn, today)),
      ),
    );
  return topPaths([...actor.scopePaths, ...paired.map((p) => p.path)]);
}

/** The path of a unit that lies within the given subtrees, or 404. */
export async function unitPathWithin(db: Db, paths: string[], unitId: number): Promise<string> {
  const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!u || !pathInScope(u.path, paths)) throw notFound();
  return u.path;
}
