import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { isoOf } from '../dates.ts';
import type { PlanPairing, PlanRecord } from './plan.ts';

/**
 * Writes the demo's pairings, records and attendees with bulk statements
 * (INSERT … SELECT FROM unnest, one array per column), keeping the ids the
 * planners gave (OVERRIDING SYSTEM VALUE), then moves the identity sequences
 * past them so records made through the API continue from there.
 */
const CHUNK = 5000;
const ATTENDEE_CHUNK = 20_000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Runs a bulk load with row triggers off where the role may turn them off (a
 * superuser, as on PGlite): the foreign-key checks they make cost four fifths
 * of the insert time, and the planned rows refer only to ids just read from
 * the tables (checked by assertIds). Restored before anything else is written
 * in the transaction, so the audit chain's triggers still run.
 */
export async function bulkLoad(db: Db, load: () => Promise<void>): Promise<void> {
  const [role] = rowsOf<{ rolsuper: boolean }>(
    await db.execute(sql`select rolsuper from pg_roles where rolname = current_user`),
  );
  const off = role?.rolsuper === true;
  if (off) await db.execute(sql`set local session_replication_role = replica`);
  await load();
  if (off) await db.execute(sql`set local session_replication_role = origin`);
}

/** Throws on a planned row naming an id that did not resolve (a planner bug, never data). */
export function assertIds(pairings: readonly PlanPairing[], records: readonly PlanRecord[]): void {
  const ok = (v: number | null, nullable = false) => (v === null ? nullable : Number.isInteger(v) && v > 0);
  const bad =
    pairings.find((p) => !ok(p.personId) || !ok(p.targetUnitId)) ??
    records.find(
      (r) =>
        !ok(r.unitId) ||
        !ok(r.partyOrgId, true) ||
        !ok(r.pairingId, true) ||
        !ok(r.presenterId, true) ||
        !ok(r.authorAccountId) ||
        r.attendees.some((a) => !ok(a.personId)),
    );
  if (bad) throw new Error(`demo activity: unresolved id in ${JSON.stringify(bad).slice(0, 200)}`);
}

/** The largest id a table holds (the planners count on from there). */
export async function maxId(db: Db, table: 'pairings' | 'records'): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select coalesce(max(id), 0)::bigint as n from ${sql.identifier(table)}`),
  );
  return Number(row?.n ?? 0);
}

async function syncSequence(db: Db, table: 'pairings' | 'records'): Promise<void> {
  await db.execute(sql`select setval(pg_get_serial_sequence(${table}, 'id'),
    greatest((select max(id) from ${sql.identifier(table)}), 1))`);
}

export async function writePairings(db: Db, rows: readonly PlanPairing[]): Promise<void> {
  for (const part of chunks(rows, CHUNK)) {
    await db.execute(sql`insert into pairings (id, scheme_id, person_id, target_unit_id, scope_unit_id, starts_on, ends_on, note)
      overriding system value
      select i.id, s.id, i.person_id, i.unit_id, i.unit_id, i.starts_on, i.ends_on, i.note
      from unnest(
        ${arrayParam(part.map((p) => p.id))}::int[],
        ${arrayParam(part.map((p) => p.scheme))}::text[],
        ${arrayParam(part.map((p) => p.personId))}::int[],
        ${arrayParam(part.map((p) => p.targetUnitId))}::int[],
        ${arrayParam(part.map((p) => isoOf(p.startsOn)))}::date[],
        ${arrayParam(part.map((p) => (p.endsOn === null ? null : isoOf(p.endsOn))))}::date[],
        ${arrayParam(part.map((p) => p.note))}::text[]
      ) as i(id, scheme, person_id, unit_id, starts_on, ends_on, note)
      join schemes s on s.code = i.scheme`);
  }
  await syncSequence(db, 'pairings');
}

/** Entered a few hours after the fact, never after `now`: the edit window of old records has closed. */
function enteredAt(r: PlanRecord, now: number): string {
  return new Date(Math.min(r.at + 3 * 3_600_000 + (r.id % 20) * 1_800_000, now)).toISOString();
}

export async function writeRecords(db: Db, rows: readonly PlanRecord[], now: number): Promise<void> {
  for (const part of chunks(rows, CHUNK)) {
    const col = <T>(f: (r: PlanRecord) => T) => arrayParam(part.map(f));
    await db.execute(sql`insert into records (id, kind, occurred_at, unit_id, party_org_id, pairing_id, mode, presenter_id,
        title, content, outcomes, standard_items, present_count, author_account_id, author_person_id, created_at, updated_at)
      overriding system value
      select id, kind, occurred_at, unit_id, party_org_id, pairing_id, mode, presenter_id, title, content, outcomes,
        standard_items::jsonb, present_count, author_account_id, author_person_id, created_at, created_at
      from unnest(
        ${col((r) => r.id)}::bigint[], ${col((r) => r.kind)}::text[],
        ${col((r) => new Date(r.at).toISOString())}::timestamptz[],
        ${col((r) => r.unitId)}::int[], ${col((r) => r.partyOrgId)}::int[], ${col((r) => r.pairingId)}::int[],
        ${col((r) => r.mode)}::text[], ${col((r) => r.presenterId)}::int[], ${col((r) => r.title)}::text[],
        ${col((r) => r.content)}::text[], ${col((r) => r.outcomes)}::text[],
        ${col((r) => (r.standardItems ? JSON.stringify(r.standardItems) : null))}::text[],
        ${col((r) => r.attendees.filter((a) => a.present).length)}::int[],
        ${col((r) => r.authorAccountId)}::int[], ${col((r) => r.authorPersonId)}::int[],
        ${col((r) => enteredAt(r, now))}::timestamptz[]
      ) as i(id, kind, occurred_at, unit_id, party_org_id, pairing_id, mode, presenter_id, title, content, outcomes,
        standard_items, present_count, author_account_id, author_person_id, created_at)`);
  }
  // In key order (records are numbered by time), so the primary key grows at its end.
  const attendees = rows.flatMap((r) =>
    r.attendees.map((a) => ({ recordId: r.id, ...a })).sort((a, b) => a.personId - b.personId),
  );
  for (const part of chunks(attendees, ATTENDEE_CHUNK)) {
    await db.execute(sql`insert into record_attendees (record_id, person_id, present, absence_reason)
      select * from unnest(
        ${arrayParam(part.map((a) => a.recordId))}::bigint[],
        ${arrayParam(part.map((a) => a.personId))}::int[],
        ${arrayParam(part.map((a) => a.present))}::bool[],
        ${arrayParam(part.map((a) => a.absenceReason))}::text[]
      )`);
  }
  await syncSequence(db, 'records');
}
