import { eq, sql } from 'drizzle-orm';
import type { Rate, Rollup, RollupCounts } from '../../../contracts/registry.ts';
import type { Unit } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { escapeLike, topPaths } from '../../platform/scope.ts';
import { getUnitDetail, listUnitChildren, loadUnitInScope } from '../units/queries.ts';

export const ZERO_COUNTS: RollupCounts = {
  units: 0,
  outlets: 0,
  staff: 0,
  membersFull: 0,
  membersProbationary: 0,
  partyOrgs: 0,
  blankOutlets: 0,
  membersExternal: 0,
};

interface CountRow {
  key: number | null;
  units: number;
  outlets: number;
  staff: number;
  members_full: number;
  members_probationary: number;
  members_external: number;
  blank_outlets: number;
}

/**
 * Counts of a subtree grouped by the child of the subtree's root each row lies
 * under (`childLevel` = that child's level; null = no grouping, key null).
 * One index range scan over the subtree's units, joined to the per-unit head
 * counts that triggers keep; party orgs in a second scan.
 */
async function subtreeCounts(
  db: Db,
  rootPath: string,
  childLevel: number | null,
): Promise<Map<number | null, RollupCounts>> {
  const like = `${escapeLike(rootPath)}%`;
  const key = childLevel === null ? sql`null::int` : sql`nullif(split_part(u.path, '/', ${childLevel + 1}), '')::int`;
  const rows = rowsOf<CountRow>(
    await db.execute(sql`
      select ${key} as key,
        count(*) filter (where u.active)::int as units,
        count(*) filter (where u.active and u.kind = 'outlet')::int as outlets,
        coalesce(sum(s.staff), 0)::int as staff,
        coalesce(sum(s.members_full), 0)::int as members_full,
        coalesce(sum(s.members_probationary), 0)::int as members_probationary,
        coalesce(sum(s.members_external), 0)::int as members_external,
        count(*) filter (where u.active and u.kind = 'outlet'
          and coalesce(s.members_full, 0) + coalesce(s.members_probationary, 0) = 0)::int as blank_outlets
      from units u left join unit_people_stats s on s.unit_id = u.id
      where u.path like ${like}
      group by 1`),
  );
  const orgRows = rowsOf<{ key: number | null; n: number }>(
    await db.execute(sql`
      select ${key} as key, count(*)::int as n
      from party_orgs p join units u on u.id = p.unit_id
      where u.path like ${like} and (p.dissolved_on is null or p.dissolved_on > current_date)
      group by 1`),
  );
  const out = new Map<number | null, RollupCounts>();
  for (const r of rows) {
    out.set(r.key === null ? null : Number(r.key), {
      units: r.units,
      outlets: r.outlets,
      staff: r.staff,
      membersFull: r.members_full,
      membersProbationary: r.members_probationary,
      partyOrgs: 0,
      blankOutlets: r.blank_outlets,
      membersExternal: r.members_external,
    });
  }
  for (const r of orgRows) {
    const k = r.key === null ? null : Number(r.key);
    out.set(k, { ...(out.get(k) ?? ZERO_COUNTS), partyOrgs: r.n });
  }
  return out;
}

export function addCounts(a: RollupCounts, b: RollupCounts): RollupCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof RollupCounts)[]) out[k] += b[k];
  return out;
}

/** Counts of one whole subtree. */
export async function countsOf(db: Db, path: string): Promise<RollupCounts> {
  return (await subtreeCounts(db, path, null)).get(null) ?? ZERO_COUNTS;
}

/** Counts of the union of the given subtrees (the caller's scope when several roots). */
export async function countsOfPaths(db: Db, paths: readonly string[]): Promise<RollupCounts> {
  let total = ZERO_COUNTS;
  for (const p of topPaths(paths)) total = addCounts(total, await countsOf(db, p));
  return total;
}

/**
 * A unit and its children, each with the counts of its whole subtree; without a
 * unit, the caller's scope roots.
 */
export async function rollup(db: Db, actor: Actor, parentId: number | undefined): Promise<Rollup> {
  const children: Unit[] = await listUnitChildren(db, actor, parentId, false);
  if (parentId === undefined) {
    const rows = [];
    for (const unit of children) {
      const [row] = await db.select({ path: units.path }).from(units).where(eq(units.id, unit.id));
      rows.push({ unit, counts: await countsOf(db, row!.path) });
    }
    return { node: null, children: rows };
  }
  const { path } = await loadUnitInScope(db, actor, parentId);
  const parent = await getUnitDetail(db, actor, parentId);
  const grouped = await subtreeCounts(db, path, parent.level + 1);
  let total = ZERO_COUNTS;
  for (const c of grouped.values()) total = addCounts(total, c);
  return {
    node: { unit: parent, counts: total },
    children: children.map((unit) => ({ unit, counts: grouped.get(unit.id) ?? ZERO_COUNTS })),
  };
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
