import { sql } from 'drizzle-orm';
import type { Gaps, Requirements } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { addMonths, yearEnd, yearStart } from './dates.ts';
import { seatsUnder } from './population.ts';

type SeatRow = {
  person_id: number;
  name: string;
  employee_no: string;
  unit_id: number;
  unit_name: string;
  org_id: number;
  org_name: string;
  started_on: string;
};

/** Current secretary seats of the subtree with the person's name and unit and the org's name. */
const secretarySeats = (path: string) => sql`
  select s.person_id, p.name, p.employee_no, u.id as unit_id, u.name as unit_name,
    o.id as org_id, o.name as org_name, s.started_on
  from (${seatsUnder(path, ['secretary'])}) s
  join people p on p.id = s.person_id
  join units u on u.id = p.unit_id
  join party_orgs o on o.id = s.party_org_id`;

const gapPerson = (r: SeatRow) => ({
  personId: Number(r.person_id),
  name: r.name,
  employeeNo: r.employee_no,
  unit: { id: Number(r.unit_id), name: r.unit_name },
  partyOrg: { id: Number(r.org_id), name: r.org_name },
});

/**
 * Seed 004's yearly centralized training: each person holding a current secretary
 * seat in the subtree (counted once however many seats) is trained when they
 * attended at least `centralizedPerYear` centralized sessions starting in the year.
 */
export async function secretaryGaps(
  db: Db,
  path: string,
  year: number,
  req: Requirements,
  limit: number,
): Promise<{
  secretariesTrained: Gaps['rates']['secretariesTrained'];
  secretariesUntrained: Gaps['secretariesUntrained'];
  count: number;
}> {
  const rows = rowsOf<SeatRow & { centralized: number | string }>(
    await db.execute(sql`
      select distinct on (x.person_id) x.*, coalesce(t.n, 0) as centralized
      from (${secretarySeats(path)}) x
      left join (
        select e.person_id, count(*) as n from training_enrolments e
        join training_sessions ts on ts.id = e.session_id
        where e.status = 'attended' and ts.centralized
          and ts.starts_on between ${yearStart(year)}::date and ${yearEnd(year)}::date
        group by e.person_id
      ) t on t.person_id = x.person_id
      order by x.person_id, x.org_id`),
  );
  const untrained = rows
    .map((r) => ({ ...gapPerson(r), centralized: Number(r.centralized) }))
    .filter((r) => r.centralized < req.centralizedPerYear)
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN') || a.employeeNo.localeCompare(b.employeeNo));
  return {
    secretariesTrained: { numerator: rows.length - untrained.length, denominator: rows.length },
    secretariesUntrained: untrained.slice(0, limit),
    count: untrained.length,
  };
}

/**
 * Seed 004's new secretaries: a current secretary seat whose six-month (configurable)
 * window — from the appointment to addMonths(appointment, n), month ends clamped —
 * overlaps the year and has begun by today. Trained when the person attended a
 * centralized session starting inside the window. Untrained: 'overdue' once the
 * window has closed, else 'open'. The rate counts the trained over the trained and
 * the overdue (an open case is not yet due).
 */
export async function newSecretaryGaps(
  db: Db,
  path: string,
  year: number,
  req: Requirements,
  today: string,
  limit: number,
): Promise<{
  newSecretariesTrained: Gaps['rates']['newSecretariesTrained'];
  newSecretaries: Gaps['newSecretaries'];
  overdue: number;
  open: number;
}> {
  const months = req.newSecretaryMonths;
  const last = today < yearEnd(year) ? today : yearEnd(year);
  // A little wider than the window needs (a clamped month end), then exact in JS.
  const earliest = addMonths(yearStart(year), -months - 1);
  const seats = rowsOf<SeatRow>(
    await db.execute(sql`
      select x.* from (${secretarySeats(path)}) x
      where x.started_on::date <= ${last}::date and x.started_on::date >= ${earliest}::date
      order by x.started_on, x.person_id, x.org_id`),
  )
    .map((s) => ({ ...s, windowEnds: addMonths(s.started_on, months) }))
    .filter((s) => s.windowEnds >= yearStart(year));
  const personIds = [...new Set(seats.map((s) => Number(s.person_id)))];
  const attended =
    personIds.length === 0
      ? []
      : rowsOf<{ person_id: number; starts_on: string }>(
          await db.execute(sql`
            select e.person_id, ts.starts_on::text as starts_on from training_enrolments e
            join training_sessions ts on ts.id = e.session_id
            where e.status = 'attended' and ts.centralized and e.person_id = any(${arrayParam(personIds)}::int[])`),
        );
  const trainedIn = (personId: number, from: string, to: string) =>
    attended.some((a) => Number(a.person_id) === personId && a.starts_on >= from && a.starts_on <= to);
  let trained = 0;
  const untrained: Gaps['newSecretaries'] = [];
  for (const s of seats) {
    if (trainedIn(Number(s.person_id), s.started_on, s.windowEnds)) {
      trained += 1;
      continue;
    }
    untrained.push({
      ...gapPerson(s),
      appointedOn: s.started_on,
      windowEnds: s.windowEnds,
      state: s.windowEnds < today ? 'overdue' : 'open',
    });
  }
  // Overdue first (the longest overdue first), then the open ones closing soonest.
  untrained.sort((a, b) =>
    a.state === b.state ? a.windowEnds.localeCompare(b.windowEnds) : a.state === 'overdue' ? -1 : 1,
  );
  const overdue = untrained.filter((u) => u.state === 'overdue').length;
  return {
    newSecretariesTrained: { numerator: trained, denominator: trained + overdue },
    newSecretaries: untrained.slice(0, limit),
    overdue,
    open: untrained.length - overdue,
  };
}
