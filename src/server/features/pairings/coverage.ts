import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { underPaths } from '../../platform/scope.ts';
import { rate } from '../registry/rollup.ts';
import { getScheme } from '../schemes/service.ts';
import { subtreePaths } from '../units/queries.ts';

/** The scheme's possible targets in the subtree (id, code, name, path, parent name). */
function targetsSql(
  scheme: { id: number; targetType: string; targetKinds: string[]; blankOutletsOnly: boolean },
  paths: string[],
  on: string,
): SQL {
  if (scheme.targetType === 'party_org') {
    return sql`select o.id, o.code, o.name, u.path, u.name as parent_name
      from party_orgs o join units u on u.id = o.unit_id
      where o.kind = any(${arrayParam(scheme.targetKinds)}::text[]) and ${underPaths(sql`u.path`, paths)}
        and (o.dissolved_on is null or o.dissolved_on > ${on}::date)`;
  }
  const blank = scheme.blankOutletsOnly
    ? sql`and coalesce(s.members_full, 0) + coalesce(s.members_probationary, 0) = 0`
    : sql``;
  return sql`select u.id, u.code, u.name, u.path, (select p.name from units p where p.id = u.parent_id) as parent_name
    from units u left join unit_people_stats s on s.unit_id = u.id
    where u.active and u.kind = any(${arrayParam(scheme.targetKinds)}::text[]) and ${underPaths(sql`u.path`, paths)} ${blank}`;
}

/**
 * Coverage of a scheme in a subtree on a date: targets with a pairing in force
 * over all targets, the uncovered ones (a page), and the load per holder.
 */
export async function coverage(
  db: Db,
  actor: Actor,
  q: { schemeId: number; unitId?: number | undefined; on: string; page: number; pageSize: number },
) {
  const scheme = await getScheme(db, q.schemeId);
  const paths = await subtreePaths(db, actor, q.unitId);
  const targetCol = scheme.targetType === 'party_org' ? sql.raw('target_party_org_id') : sql.raw('target_unit_id');
  const inForce = sql`p.scheme_id = ${scheme.id} and p.starts_on <= ${q.on}::date and (p.ends_on is null or p.ends_on >= ${q.on}::date)`;
  const base = sql`with t as (${targetsSql(scheme, paths, q.on)}),
    c as (select t.*, exists (select 1 from pairings p where p.${targetCol} = t.id and ${inForce}) as covered from t)`;
  const [totals] = rowsOf<{ targets: number; covered: number }>(
    await db.execute(
      sql`${base} select count(*)::int as targets, (count(*) filter (where covered))::int as covered from c`,
    ),
  );
  const uncovered = rowsOf<{ id: number; code: string; name: string; parent_name: string | null }>(
    await db.execute(sql`${base} select id, code, name, parent_name from c where not covered
      order by path limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
  );
  const load = rowsOf<{ person_id: number; name: string; unit_name: string; pairings: number }>(
    await db.execute(sql`select p.person_id, pp.name, pu.name as unit_name, count(*)::int as pairings
      from pairings p join units u on u.id = p.scope_unit_id
      join people pp on pp.id = p.person_id join units pu on pu.id = pp.unit_id
      where ${inForce} and ${underPaths(sql`u.path`, paths)}
      group by p.person_id, pp.name, pu.name order by pairings desc, pp.name limit 50`),
  );
  const targets = totals?.targets ?? 0;
  const covered = totals?.covered ?? 0;
  return {
    rate: rate(covered, targets),
    uncovered: {
      items: uncovered.map((u) => ({ id: u.id, code: u.code, name: u.name, parentName: u.parent_name })),
      total: targets - covered,
      page: q.page,
      pageSize: q.pageSize,
    },
    load: load.map((l) => ({ personId: l.person_id, name: l.name, unitName: l.unit_name, pairings: l.pairings })),
  };
}
