import { and, eq, inArray } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfReachField } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';

/**
 * People named in a request body must lie in the caller's scope; one outside
 * (or unknown) refuses the field as out of reach (400 naming the field), never
 * a 404 that would tell the person exists.
 */

/** The person (unit and party org as they are now), else the field is refused. */
export async function personInReach(db: Db, lang: Lang, actor: Actor, id: number, field: string) {
  const [p] = await db
    .select({ id: people.id, unitId: people.unitId, partyOrgId: people.partyOrgId })
    .from(people)
    .where(and(eq(people.id, id), inScope(people.unitPath, actor)));
  if (!p) throw outOfReachField(lang, field);
  return p;
}

/** Every person id given lies in the caller's scope, else the field is refused. */
export async function peopleInReach(db: Db, lang: Lang, actor: Actor, ids: readonly number[], field: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, unique), inScope(people.unitPath, actor)));
  if (found.length !== unique.length) throw outOfReachField(lang, field);
}
