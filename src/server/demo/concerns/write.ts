import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { PlanCalendarDay, PlanRoute } from './routes.ts';
import type { PlanAdmonition, PlanConcern, PlanEvent, PlanExemplar, PlanMeeting } from './types.ts';

/**
 * Writes the demo's concern tables with bulk statements (INSERT … SELECT FROM
 * unnest), keeping the planned ids (OVERRIDING SYSTEM VALUE) so events and
 * meeting items point at their concerns without a round trip, then moves the
 * identity sequences past them.
 */
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const CHUNK = 5000;

type IdTable = 'concerns' | 'concern_events' | 'committee_meetings';

export async function maxIdOf(db: Db, table: IdTable): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select coalesce(max(id), 0)::bigint as n from ${sql.identifier(table)}`),
  );
  return Number(row?.n ?? 0);
}

async function syncSequence(db: Db, table: IdTable): Promise<void> {
  await db.execute(sql`select setval(pg_get_serial_sequence(${table}, 'id'),
    greatest((select max(id) from ${sql.identifier(table)}), 1))`);
}

export async function writeRoutes(
  db: Db,
  routes: readonly PlanRoute[],
  ids: ReadonlyMap<string, number>,
): Promise<void> {
  if (!routes.length) return;
  await db.execute(sql`insert into concern_routes (unit_id, category, department_unit_id)
    select * from unnest(${arrayParam(routes.map((r) => ids.get(r.unitCode)!))}::int[],
      ${arrayParam(routes.map((r) => r.category))}::text[],
      ${arrayParam(routes.map((r) => ids.get(r.departmentCode)!))}::int[])`);
}

export async function writeCalendar(db: Db, days: readonly PlanCalendarDay[]): Promise<void> {
  if (!days.length) return;
  await db.execute(sql`insert into working_calendar (day, working, note)
    select * from unnest(${arrayParam(days.map((d) => d.day))}::date[], ${arrayParam(days.map((d) => d.working))}::bool[],
      ${arrayParam(days.map((d) => d.note))}::text[])
    on conflict (day) do nothing`);
}

export async function writeConcerns(db: Db, rows: readonly PlanConcern[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const col = <T>(f: (c: PlanConcern) => T) => arrayParam(part.map(f));
    await db.execute(sql`insert into concerns (id, kind, category, title, description, unit_id, record_id,
        raised_by_account_id, raised_by_person_id, anonymous, counselor_person_id, tier, state, department_unit_id,
        route_override_reason, handler_account_id, due_on, raised_at, resolved_at, resolution, closed_at, satisfaction,
        satisfaction_comment, created_at, updated_at, version)
      overriding system value
      select id, kind, category, title, description, unit_id, record_id, raised_by_account_id, raised_by_person_id,
        anonymous, counselor_person_id, tier, state, department_unit_id, route_override_reason, handler_account_id,
        due_on, raised_at, resolved_at, resolution, closed_at, satisfaction, satisfaction_comment, raised_at, updated_at,
        version
      from unnest(
        ${col((c) => c.id)}::bigint[], ${col((c) => c.kind)}::text[], ${col((c) => c.category)}::text[],
        ${col((c) => c.title)}::text[], ${col((c) => c.description)}::text[], ${col((c) => c.unitId)}::int[],
        ${col((c) => c.recordId)}::bigint[], ${col((c) => c.raisedByAccountId)}::int[],
        ${col((c) => c.raisedByPersonId)}::int[], ${col((c) => c.anonymous)}::bool[],
        ${col((c) => c.counselorPersonId)}::int[], ${col((c) => c.tier)}::smallint[], ${col((c) => c.state)}::text[],
        ${col((c) => c.departmentUnitId)}::int[], ${col((c) => c.routeOverrideReason)}::text[],
        ${col((c) => c.handlerAccountId)}::int[], ${col((c) => c.dueOn)}::date[],
        ${col((c) => iso(c.raisedAt))}::timestamptz[], ${col((c) => iso(c.resolvedAt))}::timestamptz[],
        ${col((c) => c.resolution)}::text[], ${col((c) => iso(c.closedAt))}::timestamptz[],
        ${col((c) => c.satisfaction)}::smallint[], ${col((c) => c.satisfactionComment)}::text[],
        ${col((c) => iso(c.events.at(-1)!.at))}::timestamptz[], ${col((c) => c.version)}::int[]
      ) as i(id, kind, category, title, description, unit_id, record_id, raised_by_account_id, raised_by_person_id,
        anonymous, counselor_person_id, tier, state, department_unit_id, route_override_reason, handler_account_id,
        due_on, raised_at, resolved_at, resolution, closed_at, satisfaction, satisfaction_comment, updated_at, version)`);
  }
  await syncSequence(db, 'concerns');
  const events = rows.flatMap((c) => c.events.map((e) => ({ ...e, concernId: c.id }))).sort((a, b) => a.id - b.id);
  for (let i = 0; i < events.length; i += CHUNK) {
    const part = events.slice(i, i + CHUNK);
    const col = <T>(f: (e: PlanEvent & { concernId: number }) => T) => arrayParam(part.map(f));
    await db.execute(sql`insert into concern_events (id, concern_id, kind, from_state, to_state, from_tier, to_tier,
        actor_account_id, actor_name, reason, note, department_unit_id, handler_account_id, satisfaction, at)
      overriding system value
      select * from unnest(
        ${col((e) => e.id)}::bigint[], ${col((e) => e.concernId)}::bigint[], ${col((e) => e.kind)}::text[],
        ${col((e) => e.fromState)}::text[], ${col((e) => e.toState)}::text[], ${col((e) => e.fromTier)}::smallint[],
        ${col((e) => e.toTier)}::smallint[], ${col((e) => e.actorAccountId)}::int[], ${col((e) => e.actorName)}::text[],
        ${col((e) => e.reason)}::text[], ${col((e) => e.note)}::text[], ${col((e) => e.departmentUnitId)}::int[],
        ${col((e) => e.handlerAccountId)}::int[], ${col((e) => e.satisfaction)}::smallint[],
        ${col((e) => iso(e.at))}::timestamptz[])`);
  }
  await syncSequence(db, 'concern_events');
}

export async function writeMeetings(db: Db, meetings: readonly PlanMeeting[]): Promise<void> {
  if (!meetings.length) return;
  const col = <T>(f: (m: PlanMeeting) => T) => arrayParam(meetings.map(f));
  await db.execute(sql`insert into committee_meetings (id, unit_id, held_on, title, attendees, created_by, created_at)
    overriding system value
    select * from unnest(${col((m) => m.id)}::int[], ${col((m) => m.unitId)}::int[], ${col((m) => m.heldOn)}::date[],
      ${col((m) => m.title)}::text[], ${col((m) => m.attendees)}::text[], ${col((m) => m.createdBy)}::int[],
      ${col((m) => iso(m.createdAt))}::timestamptz[])`);
  await syncSequence(db, 'committee_meetings');
  const items = meetings.flatMap((m) => m.items.map((i) => ({ ...i, meetingId: m.id })));
  const icol = <T>(f: (i: (typeof items)[number]) => T) => arrayParam(items.map(f));
  await db.execute(sql`insert into committee_meeting_items (meeting_id, concern_id, decision, owner_department_id, owner_note)
    select * from unnest(${icol((i) => i.meetingId)}::int[], ${icol((i) => i.concern.id)}::bigint[],
      ${icol((i) => i.decision)}::text[], ${icol((i) => i.ownerDepartmentId)}::int[], ${icol((i) => i.ownerNote)}::text[])`);
}

export async function writeFollowUp(
  db: Db,
  exemplars: readonly PlanExemplar[],
  admonitions: readonly PlanAdmonition[],
): Promise<void> {
  if (exemplars.length) {
    const col = <T>(f: (e: PlanExemplar) => T) => arrayParam(exemplars.map(f));
    await db.execute(sql`insert into exemplars (subject, concern_id, person_id, unit_id, title, write_up, marked_by, marked_at)
      select * from unnest(${col((e) => e.subject)}::text[], ${col((e) => e.concernId)}::bigint[],
        ${col((e) => e.personId)}::int[], ${col((e) => e.unitId)}::int[], ${col((e) => e.title)}::text[],
        ${col((e) => e.writeUp)}::text[], ${col((e) => e.markedBy)}::int[], ${col((e) => iso(e.markedAt))}::timestamptz[])`);
  }
  if (admonitions.length) {
    const col = <T>(f: (a: PlanAdmonition) => T) => arrayParam(admonitions.map(f));
    await db.execute(sql`insert into admonitions (kind, department_unit_id, person_id, unit_id, occurred_on, reason,
        concern_id, recorded_by, created_at)
      select * from unnest(${col((a) => a.kind)}::text[], ${col((a) => a.departmentUnitId)}::int[],
        ${col((a) => a.personId)}::int[], ${col((a) => a.unitId)}::int[], ${col((a) => a.occurredOn)}::date[],
        ${col((a) => a.reason)}::text[], ${col((a) => a.concernId)}::bigint[], ${col((a) => a.recordedBy)}::int[],
        ${col((a) => iso(a.createdAt))}::timestamptz[])`);
  }
}
