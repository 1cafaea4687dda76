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
  // Every figure is one grouped pass joined to the orgs (not a subquery per org), so a
  // province's ~1,000 branches cost one scan each of seats, members, talks and due talks.
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
        -- Every required pair has a committee member on one side: only their talks can cover one.
        select distinct least(t.initiator_person_id, t.counterpart_person_id) as lo,
          greatest(t.initiator_person_id, t.counterpart_person_id) as hi
        from talks t where t.occurred_on between ${from}::date and ${to}::date
          and exists (select 1 from committee k where k.person_id in (t.initiator_person_id, t.counterpart_person_id))
      ), seats as (
        select party_org_id, count(*) as n from committee group by party_org_id
      ), heads as (
        select party_org_id, count(*) as n from members group by party_org_id
      ), covered as (
        select pr.party_org_id, count(*) as n from pairs pr
        join talked tk on tk.lo = least(pr.x, pr.y) and tk.hi = greatest(pr.x, pr.y)
        group by pr.party_org_id
      ), held as (
        select t.party_org_id, count(*) as n from talks t join orgs on orgs.id = t.party_org_id
        where t.occurred_on between ${from}::date and ${to}::date group by t.party_org_id
      ), due as (
        select d.party_org_id,
          count(*) filter (where d.due_on >= ${today}::date) as open,
          count(*) filter (where d.due_on < ${today}::date) as overdue
        from due_talks d join orgs on orgs.id = d.party_org_id where d.talk_id is null group by d.party_org_id
      )
      select orgs.id as org_id, orgs.name as org_name, orgs.unit_id, orgs.unit_name,
        coalesce(seats.n, 0) as c, coalesce(heads.n, 0) as m, coalesce(covered.n, 0) as covered,
        coalesce(held.n, 0) as talks, coalesce(due.open, 0) as due_open, coalesce(due.overdue, 0) as due_overdue
      from orgs
      left join seats on seats.party_org_id = orgs.id
      left join heads on heads.party_org_id = orgs.id
      left join covered on covered.party_org_id = orgs.id
      left join held on held.party_org_id = orgs.id
      left join due on due.party_org_id = orgs.id
      order by orgs.path, orgs.code`),
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
