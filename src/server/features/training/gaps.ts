import { inArray } from 'drizzle-orm';
import { GAP_LIST_LIMIT, type Gaps } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { topPaths } from '../../platform/scope.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { hoursGaps } from './gaps-hours.ts';
import { newSecretaryGaps, secretaryGaps } from './gaps-secretaries.ts';
import { readRequirements } from './requirements.ts';

/** The subtree asked for (in scope, else 404), or the caller's first scope root. */
async function subtreeUnit(db: Db, actor: Actor, unitId: number | undefined) {
  if (unitId !== undefined) await loadUnitInScope(db, actor, unitId);
  const roots = topPaths(actor.scopePaths);
  const rows = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(unitId !== undefined ? inArray(units.id, [unitId]) : inArray(units.path, roots.length ? roots : ['-']));
  const unit = unitId !== undefined ? rows[0] : rows.sort((a, b) => roots.indexOf(a.path) - roots.indexOf(b.path))[0];
  if (!unit) throw notFound();
  return unit;
}

/**
 * The training gaps of a subtree in a year, with the year's requirements: people
 * below their hours, secretaries without their centralized training, new
 * secretaries untrained in their window, and the three rates with what they count.
 * `today` comes from the route (the enterprise's calendar).
 */
export async function readGaps(
  db: Db,
  actor: Actor,
  q: { year: number; unitId?: number | undefined; today: string; limit?: number },
): Promise<Gaps> {
  const unit = await subtreeUnit(db, actor, q.unitId);
  const limit = q.limit ?? GAP_LIST_LIMIT;
  const requirements = await readRequirements(db, q.year);
  const hours = await hoursGaps(db, unit.path, q.year, requirements, limit);
  const secretaries = await secretaryGaps(db, unit.path, q.year, requirements, limit);
  const fresh = await newSecretaryGaps(db, unit.path, q.year, requirements, q.today, limit);
  return {
    year: q.year,
    unit: { id: unit.id, name: unit.name },
    today: q.today,
    requirements,
    rates: {
      hoursMet: hours.hoursMet,
      secretariesTrained: secretaries.secretariesTrained,
      newSecretariesTrained: fresh.newSecretariesTrained,
    },
    belowHours: hours.belowHours,
    secretariesUntrained: secretaries.secretariesUntrained,
    newSecretaries: fresh.newSecretaries,
    counts: {
      belowHours: hours.count,
      secretariesUntrained: secretaries.count,
      newSecretariesOverdue: fresh.overdue,
      newSecretariesOpen: fresh.open,
    },
  };
}
