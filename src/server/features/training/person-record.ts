import { sql } from 'drizzle-orm';
import type { EnrolmentStatus, PersonRecord, TrainingMethod } from '../../../contracts/training.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { loadPersonInScope } from '../people/queries.ts';
import { yearEnd, yearStart } from './dates.ts';
import { hoursValue, personHours } from './hours.ts';
import { readRequirements } from './requirements.ts';

/**
 * A person's training year: their role and required hours, hours from sessions and
 * online courses (the same figures the gaps use), every enrolment of a session
 * starting in the year, the online courses completed in it, how many centralized
 * sessions they attended, and their current secretary seats.
 */
export async function readPersonRecord(db: Db, actor: Actor, personId: number, year: number): Promise<PersonRecord> {
  const { person: p, unitName } = await loadPersonInScope(db, actor, personId);
  const req = await readRequirements(db, year);
  const from = yearStart(year);
  const to = yearEnd(year);
  const [h] = rowsOf<{ session_hours: string | number; online_hours: string | number; leader: boolean }>(
    await db.execute(personHours(year, sql`select ${personId}::int as person_id`)),
  );
  const sessions = rowsOf<{
    session_id: number;
    title: string;
    method: string;
    starts_on: string;
    centralized: boolean;
    status: string;
    absence_reason: string | null;
    hours: string | number | null;
  }>(
    await db.execute(sql`
      select s.id as session_id, s.title, s.method, s.starts_on::text as starts_on, s.centralized,
        e.status, e.absence_reason, e.hours
      from training_enrolments e join training_sessions s on s.id = e.session_id
      where e.person_id = ${personId} and s.starts_on between ${from}::date and ${to}::date
      order by s.starts_on, s.id`),
  );
  const online = rowsOf<{ id: number | string; platform: string; course: string; completed_on: string; hours: string }>(
    await db.execute(sql`
      select o.id, o.platform, o.course, o.completed_on::text as completed_on, o.hours
      from online_course_hours o
      where o.person_id = ${personId} and o.completed_on between ${from}::date and ${to}::date
      order by o.completed_on, o.id`),
  );
  const seats = rowsOf<{ id: number; name: string; started_on: string }>(
    await db.execute(sql`
      select o.id, o.name, c.started_on::text as started_on from party_org_committee c
      join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
      where c.person_id = ${personId} and c.role = 'secretary' and c.ended_on is null
      order by c.started_on, o.id`),
  );
  const sessionHours = hoursValue(h?.session_hours);
  const onlineHours = hoursValue(h?.online_hours);
  const leader = h?.leader === true;
  return {
    person: { id: p.id, name: p.name, employeeNo: p.employeeNo, unit: { id: p.unitId, name: unitName } },
    year,
    role: leader ? 'leader' : 'member',
    requiredHours: leader ? req.leaderHours : req.memberHours,
    sessionHours,
    onlineHours,
    totalHours: hoursValue(sessionHours + onlineHours),
    centralized: sessions.filter((s) => s.centralized && s.status === 'attended').length,
    sessions: sessions.map((s) => ({
      sessionId: Number(s.session_id),
      title: s.title,
      method: s.method as TrainingMethod,
      startsOn: s.starts_on,
      centralized: s.centralized,
      status: s.status as EnrolmentStatus,
      absenceReason: s.absence_reason,
      hours: s.hours === null ? null : hoursValue(s.hours),
    })),
    online: online.map((o) => ({
      id: Number(o.id),
      platform: o.platform,
      course: o.course,
      completedOn: o.completed_on,
      hours: hoursValue(o.hours),
    })),
    secretarySeats: seats.map((s) => ({ partyOrg: { id: Number(s.id), name: s.name }, startedOn: s.started_on })),
  };
}
