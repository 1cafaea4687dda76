import { type SQL, sql } from 'drizzle-orm';
import { yearEnd, yearStart } from './dates.ts';

/**
 * THE definition of a person's training hours in a year and of the role their
 * requirement follows (gaps and a person's record both read it from here):
 * - hours = Σ hours credited by sessions attended that start in the year
 *   + Σ online-course hours completed in the year;
 * - role 'leader' when the person held a committee seat (any role) at some time
 *   in the year, else 'member'; a leader's requirement is leaderHours.
 *
 * `population` is a statement with a `person_id` column (duplicates allowed).
 * Columns: person_id, session_hours, online_hours, hours (numeric, as strings on
 * PostgreSQL: wrap with Number()), leader (boolean).
 */
export function personHours(year: number, population: SQL): SQL {
  const from = yearStart(year);
  const to = yearEnd(year);
  return sql`
    select pop.person_id,
      coalesce(sh.h, 0) as session_hours,
      coalesce(oh.h, 0) as online_hours,
      coalesce(sh.h, 0) + coalesce(oh.h, 0) as hours,
      (ld.person_id is not null) as leader
    from (select distinct x.person_id from (${population}) x) pop
    left join (
      select e.person_id, sum(e.hours) as h from training_enrolments e
      join training_sessions s on s.id = e.session_id
      where e.status = 'attended' and s.starts_on between ${from}::date and ${to}::date
      group by e.person_id
    ) sh on sh.person_id = pop.person_id
    left join (
      select o.person_id, sum(o.hours) as h from online_course_hours o
      where o.completed_on between ${from}::date and ${to}::date
      group by o.person_id
    ) oh on oh.person_id = pop.person_id
    left join (${leadersIn(year)}) ld on ld.person_id = pop.person_id`;
}

/** People who held a committee seat (any role) overlapping the year. */
export function leadersIn(year: number): SQL {
  return sql`
    select distinct c.person_id from party_org_committee c
    where c.started_on <= ${yearEnd(year)}::date
      and (c.ended_on is null or c.ended_on >= ${yearStart(year)}::date)`;
}

/** The hours a person of that role must reach (SQL, for filtering). */
export function requiredHours(leader: SQL, req: { memberHours: number; leaderHours: number }): SQL {
  return sql`(case when ${leader} then ${req.leaderHours}::numeric else ${req.memberHours}::numeric end)`;
}

/** A raw hours figure (numeric: a string on PostgreSQL) as a number in tenths. */
export const hoursValue = (v: number | string | null | undefined): number => Math.round(Number(v ?? 0) * 10) / 10;
