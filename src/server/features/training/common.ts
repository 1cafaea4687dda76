import { and, eq, inArray } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfReachField } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';

/** Shared checks of the training services: a unit or people named in a body must lie in the caller's scope. */

/** A unit in the caller's scope (id, name, path), else the field is refused as out of reach. */
export async function unitInReach(db: Db, lang: Lang, actor: Actor, unitId: number, field: string) {
  const [u] = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.id, unitId), inScope(units.path, actor)));
  if (!u) throw outOfReachField(lang, field);
  return u;
}

/** Every person id given lies in the caller's scope, else the field is refused as out of reach. */
export async function peopleInReach(db: Db, lang: Lang, actor: Actor, ids: readonly number[], field: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, unique), inScope(people.unitPath, actor)));
  if (found.length !== unique.length) throw outOfReachField(lang, field);
}

/** numeric(5,1) as a JavaScript number, rounded to tenths (sums come back as strings from raw SQL). */
export const tenths = (v: number | string | null): number => Math.round(Number(v ?? 0) * 10) / 10;
