import { sql } from 'drizzle-orm';
import type { Gaps, Requirements } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { escapeLike } from '../../platform/scope.ts';
import { yearEnd, yearStart } from './dates.ts';
import { hoursValue, personHours, requiredHours } from './hours.ts';
import { membersUnder } from './population.ts';

/**
 * Whose hours a subtree answers for in a year: its members (active, in the party)
 * and everyone who held a seat overlapping the year on a live party org of the subtree.
 */
export function hoursPopulation(path: string, year: number) {
  return sql`
    ${membersUnder(path)}
    union
    select c.person_id from party_org_committee c
    join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
    join units u on u.id = o.unit_id
    where u.path like ${`${escapeLike(path)}%`}
      and c.started_on <= ${yearEnd(year)}::date
      and (c.ended_on is null or c.ended_on >= ${yearStart(year)}::date)`;
}

type Row = {
  person_id: number;
  name: string;
  employee_no: string;
  unit_id: number;
  unit_name: string;
  org_id: number | null;
  org_name: string | null;
  hours: string | number;
  leader: boolean;
};

/** The hours rate of a subtree and the people below their requirement (at most `limit`, fewest hours first). */
export async function hoursGaps(
  db: Db,
  path: string,
  year: number,
  req: Requirements,
  limit: number,
): Promise<{ hoursMet: Gaps['rates']['hoursMet']; belowHours: Gaps['belowHours']; count: number }> {
  const h = sql`(${personHours(year, hoursPopulation(path, year))})`;
  const required = requiredHours(sql`h.leader`, req);
  const [totals] = rowsOf<{ total: number | string; met: number | string }>(
    await db.execute(sql`
      select count(*) as total, count(*) filter (where h.hours >= ${required}) as met from ${h} h`),
  );
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select h.person_id, p.name, p.employee_no, u.id as unit_id, u.name as unit_name,
        o.id as org_id, o.name as org_name, h.hours, h.leader
      from ${h} h
      join people p on p.id = h.person_id
      join units u on u.id = p.unit_id
      left join party_orgs o on o.id = p.party_org_id
      where h.hours < ${required}
      order by h.hours, u.path, p.employee_no
      limit ${limit}`),
  );
  const total = Number(totals?.total ?? 0);
  const met = Number(totals?.met ?? 0);
  return {
    hoursMet: { numerator: met, denominator: total },
    count: total - met,
    belowHours: rows.map((r) => ({
      personId: Number(r.person_id),
      name: r.name,
      employeeNo: r.employee_no,
      unit: { id: Number(r.unit_id), name: r.unit_name },
      partyOrg: r.org_id === null ? null : { id: Number(r.org_id), name: r.org_name ?? '' },
      role: r.leader ? 'leader' : 'member',
      hours: hoursValue(r.hours),
      required: r.leader ? req.leaderHours : req.memberHours,
    })),
  };
}
