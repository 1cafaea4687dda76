import { sql } from 'drizzle-orm';
import type { Coverage } from '../../../contracts/talks.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { escapeLike, pathIds, topPaths } from '../../platform/scope.ts';
import { yearEnd, yearStart } from '../training/dates.ts';
import { loadUnitInScope } from '../units/queries.ts';

/**
 * Yearly talk coverage per branch (branch or general branch, live, unit in the
 * subtree): committee = the current seats' people; members = active full or
 * probationary members of the org outside its committee. Required pairs =
 * c(c−1)/2 + c·m; covered = those with a talk in the year between the two,
 * either way round. Counts only: no talk is named.
 */
interface Row {
  org_id: number;
  org_name: string;
  unit_id: number;
  unit_name: string;
  c: number | string;
  m: number | string;
  covered: number | string;
  talks: number | string;
  due_open: number | string;
  due_overdue: number | string;
}

export async function readCoverage(
  db: Db,
  actor: Actor,
  q: { year: number; unitId?: number | undefined },
  today: string,
): Promise<Coverage> {
  let unitId = q.unitId;
  if (unitId === undefined) {
    const root = topPaths(actor.scopePaths)[0];
    if (!root) throw notFound();
    unitId = pathIds(root).at(-1)!;
  }
  const unit = await loadUnitInScope(db, actor, unitId);
  const [named] = rowsOf<{ name: string }>(await db.execute(sql`select name from units where id = ${unitId}`));
  const from = yearStart(q.year);
  const to = yearEnd(q.year);
  const rows = rowsOf<Row>(
    await db.execute(sql`with orgs as (
        select o.id, o.name, o.code, o.unit_id, u.name as unit_name, u.path from party_orgs o
        join units u on u.id = o.unit_id
        where o.dissolved_on is null and o.kind in ('branch', 'general_branch') and u.path like ${`${escapeLike(unit.path)}%`}
      ), committee as (
        select distinct c.party_org_id, c.person_id from party_org_committee c
        join orgs on orgs.id = c.party_org_id where c.ended_on is null
      ), members as (
        select p.party_org_id, p.id as person_id from people p join orgs on orgs.id = p.party_org_id
        where p.employment_status = 'active' and p.party_status in ('full', 'probationary')
          and not exists (select 1 from committee k where k.party_org_id = p.party_org_id and k.person_id = p.id)
      ), pairs as (
        select a.party_org_id, a.person_id as x, b.person_id as y from committee a
        join committee b on b.party_org_id = a.party_org_id and a.person_id < b.person_id
        union all
        select a.party_org_id, a.person_id, m.person_id from committee a
        join members m on m.party_org_id = a.party_org_id
      ), talked as (
        select distinct least(t.initiator_person_id, t.counterpart_person_id) as lo,
          greatest(t.initiator_person_id, t.counterpart_person_id) as hi
        from talks t where t.occurred_on between ${from}::date and ${to}::date
      )
      select orgs.id as org_id, orgs.name as org_name, orgs.unit_id, orgs.unit_name,
        (select count(*) from committee k where k.party_org_id = orgs.id) as c,
        (select count(*) from members m where m.party_org_id = orgs.id) as m,
        (select count(*) from pairs pr join talked tk on tk.lo = least(pr.x, pr.y) and tk.hi = greatest(pr.x, pr.y)
          where pr.party_org_id = orgs.id) as covered,
        (select count(*) from talks t where t.party_org_id = orgs.id
          and t.occurred_on between ${from}::date and ${to}::date) as talks,
        (select count(*) from due_talks d where d.party_org_id = orgs.id and d.talk_id is null
          and d.due_on >= ${today}::date) as due_open,
        (select count(*) from due_talks d where d.party_org_id = orgs.id and d.talk_id is null
          and d.due_on < ${today}::date) as due_overdue
      from orgs order by orgs.path, orgs.code`),
  );
  let numerator = 0;
  let denominator = 0;
  let dueOverdue = 0;
  const out = rows.map((r) => {
    const c = Number(r.c);
    const m = Number(r.m);
    const pairs = { numerator: Number(r.covered), denominator: (c * (c - 1)) / 2 + c * m };
    numerator += pairs.numerator;
    denominator += pairs.denominator;
    dueOverdue += Number(r.due_overdue);
    return {
      partyOrg: { id: r.org_id, name: r.org_name },
      unit: { id: r.unit_id, name: r.unit_name },
      committee: c,
      members: m,
      pairs,
      talks: Number(r.talks),
      dueOpen: Number(r.due_open),
      dueOverdue: Number(r.due_overdue),
    };
  });
  return {
    year: q.year,
    unit: { id: unitId, name: named?.name ?? '' },
    today,
    total: { numerator, denominator },
    dueOverdue,
    rows: out,
  };
}
