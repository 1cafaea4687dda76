import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Draw } from './compliance-sql.ts';

/**
 * Who is paired with what in the national dataset, as temporary tables the
 * record generator reads (they live until the transaction ends):
 *   gen_counselors  `count` cadres numbered in tree order: mid-level or above party members
 *                   of the province departments, city offices and departments and county
 *                   offices; where those run short, the county offices' junior leaders
 *   gen_outlets     every active outlet numbered in tree order, with its staff
 *   gen_pairings    one counselor pairing per outlet: outlet i goes to counselor
 *                   ⌊i·C/N⌋, so a counselor holds ≈N/C outlets next to each other
 *   gen_branches    every branch with its active members and its secretary
 */
export async function pairCounselors(
  db: Db,
  draw: Draw,
  opts: { count: number; windowStart: string },
): Promise<{ counselors: number; pairings: number; branches: number }> {
  await db.execute(sql`create temp table gen_counselors on commit drop as
    with cand as (
      select p.id, u.path, p.cadre_grade in ('senior', 'mid') as senior
      from people p join units u on u.id = p.unit_id left join units pu on pu.id = u.parent_id
      where p.employment_status = 'active' and p.party_status <> 'none'
        and (u.kind in ('city', 'county') or (u.kind = 'department' and pu.kind in ('province', 'city')))
        and (p.cadre_grade in ('senior', 'mid') or (p.cadre_grade = 'junior' and u.kind = 'county'))
    ),
    chosen as (select id, path from cand order by senior desc, ${draw.raw(sql`id`, 1)}, id limit ${opts.count})
    select id, (row_number() over (order by path, id) - 1)::int as k from chosen`);
  await db.execute(sql`create temp table gen_outlets on commit drop as
    select u.id, (row_number() over (order by u.path) - 1)::int as i, coalesce(s.staff, 0) as staff
    from units u left join unit_people_stats s on s.unit_id = u.id
    where u.kind = 'outlet' and u.active`);
  await db.execute(sql`insert into pairings (scheme_id, person_id, target_unit_id, scope_unit_id, starts_on)
    select s.id, c.id, o.id, o.id, ${opts.windowStart}::date - (30 + ${draw.below(sql`o.id`, 2, 500)})
    from gen_outlets o
    cross join (select count(*)::bigint as n from gen_outlets) nn
    cross join (select count(*)::bigint as n from gen_counselors) cc
    join gen_counselors c on c.k = (o.i::bigint * cc.n) / nn.n
    join schemes s on s.code = 'counselor'
    order by o.i`);
  await db.execute(sql`create temp table gen_pairings on commit drop as
    select p.id, p.target_unit_id as unit_id, p.person_id, p.starts_on
    from pairings p join schemes s on s.id = p.scheme_id and s.code = 'counselor'`);
  await db.execute(sql`create temp table gen_branches on commit drop as
    select o.id, o.unit_id, greatest(count(p.id), 1)::int as members,
      (select c.person_id from party_org_committee c
        where c.party_org_id = o.id and c.role = 'secretary' and c.ended_on is null limit 1) as secretary_id
    from party_orgs o left join people p on p.party_org_id = o.id and p.employment_status = 'active'
    where o.kind = 'branch' group by o.id, o.unit_id`);
  await db.execute(sql`create index on gen_pairings (unit_id)`);
  await db.execute(sql`analyze gen_counselors, gen_outlets, gen_pairings, gen_branches`);
  const [n] = rowsOf<{ counselors: number; pairings: number; branches: number }>(
    await db.execute(sql`select (select count(*)::int from gen_counselors) as counselors,
      (select count(*)::int from gen_pairings) as pairings, (select count(*)::int from gen_branches) as branches`),
  );
  return n!;
}
