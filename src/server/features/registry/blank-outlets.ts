import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitPeopleStats } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { underPaths } from '../../platform/scope.ts';
import { subtreePaths } from '../units/queries.ts';
import { countsOfPaths, rate } from './rollup.ts';

/** 无党员网点: an active outlet whose active staff include no party member (full or probationary). */
function blankOutletWhere(paths: string[]): SQL | undefined {
  return and(
    underPaths(units.path, paths),
    eq(units.kind, 'outlet'),
    eq(units.active, true),
    sql`coalesce(${unitPeopleStats.membersFull}, 0) + coalesce(${unitPeopleStats.membersProbationary}, 0) = 0`,
  );
}

const columns = {
  id: units.id,
  code: units.code,
  name: units.name,
  parentId: units.parentId,
  parentName: sql<string | null>`(select p.name from units p where p.id = units.parent_id)`,
  staff: sql<number>`coalesce(${unitPeopleStats.staff}, 0)::int`,
};

function toItem(r: {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  parentName: string | null;
  staff: number;
}) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    parent: r.parentId === null ? null : { id: r.parentId, name: r.parentName ?? '' },
    staff: r.staff,
  };
}

export async function listBlankOutlets(
  db: Db,
  actor: Actor,
  q: { unitId?: number | undefined; page: number; pageSize: number },
) {
  const paths = await subtreePaths(db, actor, q.unitId);
  const where = blankOutletWhere(paths);
  const counts = await countsOfPaths(db, paths);
  const page: Page<ReturnType<typeof toItem>> = await paged(
    q,
    (limit, offset) =>
      db
        .select(columns)
        .from(units)
        .leftJoin(unitPeopleStats, eq(unitPeopleStats.unitId, units.id))
        .where(where)
        .orderBy(asc(units.path))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(units)
        .leftJoin(unitPeopleStats, eq(unitPeopleStats.unitId, units.id))
        .where(where),
    (rows) => rows.map(toItem),
  );
  return { ...page, rate: rate(counts.blankOutlets, counts.outlets) };
}

/** Every blank outlet of the subtree, for export. */
export async function allBlankOutlets(db: Db, actor: Actor, unitId: number | undefined) {
  const rows = await db
    .select(columns)
    .from(units)
    .leftJoin(unitPeopleStats, eq(unitPeopleStats.unitId, units.id))
    .where(blankOutletWhere(await subtreePaths(db, actor, unitId)))
    .orderBy(asc(units.path));
  return rows.map(toItem);
}

/** Both registry rates of a subtree, each with what it is made of. */
export async function registryRates(db: Db, actor: Actor, unitId: number | undefined) {
  const c = await countsOfPaths(db, await subtreePaths(db, actor, unitId));
  return {
    blankOutlets: rate(c.blankOutlets, c.outlets),
    externalMembers: rate(c.membersExternal, c.membersFull + c.membersProbationary),
  };
}
