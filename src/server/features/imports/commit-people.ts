import { type SQL, sql } from 'drizzle-orm';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { staleVersion } from '../../platform/errors.ts';
import type { SealedPersonal } from '../people/sensitive.ts';
import { type DueCause, raiseDueTalks } from '../talks/due-talks.ts';
import type { StoredPerson } from './lookups.ts';
import { type PersonValues, sealedOf } from './person-values.ts';
import type { PeoplePlan } from './validate-people.ts';

/** Rows per statement: big enough to amortize a round trip, small enough for modest memory. */
const CHUNK = 5000;

type Row = PersonValues & SealedPersonal;

/** A long list in statement-sized parts. */
export function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** The columns an import writes (besides the employee number, the natural key), with their SQL types. */
const COLUMNS: readonly [string, string, (r: Row) => unknown][] = [
  ['name', 'text', (r) => r.name],
  ['gender', 'text', (r) => r.gender],
  ['unit_id', 'int', (r) => r.unitId],
  ['unit_path', 'text', (r) => r.unitPath],
  ['position', 'text', (r) => r.position],
  ['cadre_grade', 'text', (r) => r.cadreGrade],
  ['employment_status', 'text', (r) => r.employmentStatus],
  ['hired_on', 'date', (r) => r.hiredOn],
  ['left_on', 'date', (r) => r.leftOn],
  ['party_status', 'text', (r) => r.partyStatus],
  ['joined_party_on', 'date', (r) => r.joinedPartyOn],
  ['full_member_on', 'date', (r) => r.fullMemberOn],
  ['party_org_id', 'int', (r) => r.partyOrgId],
  ['party_relation', 'text', (r) => r.partyRelation],
  ['external_org_name', 'text', (r) => r.externalOrgName],
  ['phone_enc', 'text', (r) => r.phoneEnc],
  ['phone_masked', 'text', (r) => r.phoneMasked],
  ['id_number_enc', 'text', (r) => r.idNumberEnc],
  ['id_number_masked', 'text', (r) => r.idNumberMasked],
];
const NAMES = sql.raw(COLUMNS.map(([name]) => name).join(', '));
const INPUT = sql.raw(COLUMNS.map(([name]) => `i.${name}`).join(', '));

/** The columns' values as unnest arguments, one array parameter each. */
function arrays(rows: readonly Row[]): SQL {
  return sql.join(
    COLUMNS.map(([, type, get]) => sql`${arrayParam(rows.map(get))}::${sql.raw(type)}[]`),
    sql`, `,
  );
}

/**
 * Writes a checked people plan in chunks of unnest statements: inserts, then
 * updates guarded by their versions, then the transfers that unit and party
 * org changes make (effective today). unit_people_stats follows by trigger.
 */
export async function commitPeople(tx: Db, ctx: ServiceContext, plan: PeoplePlan): Promise<void> {
  for (const part of chunks(plan.inserts)) {
    const rows = part.map((v) => ({ ...v, ...sealedOf(ctx.cipher, v, null) }));
    await tx.execute(sql`
      insert into people (employee_no, ${NAMES})
      select * from unnest(${arrayParam(rows.map((r) => r.employeeNo))}::text[], ${arrays(rows)})`);
  }
  for (const part of chunks(plan.updates)) {
    const rows = part.map((u) => ({ ...u.values, ...sealedOf(ctx.cipher, u.values, u.stored) }));
    const updated = rowsOf<{ id: number }>(
      await tx.execute(sql`
        update people p set (${NAMES}, updated_at, version) = (${INPUT}, now(), p.version + 1)
        from unnest(
          ${arrayParam(part.map((u) => u.stored.id))}::int[],
          ${arrayParam(part.map((u) => u.stored.version))}::int[],
          ${arrays(rows)}
        ) as i(id, version, ${NAMES})
        where p.id = i.id and p.version = i.version
        returning p.id`),
    );
    // Someone changed one of these people since the file was checked: write nothing.
    if (updated.length !== part.length) throw staleVersion();
  }
  await recordTransfers(tx, ctx, plan.updates);
}

async function recordTransfers(
  tx: Db,
  ctx: ServiceContext,
  updates: readonly { stored: StoredPerson; values: PersonValues }[],
): Promise<void> {
  const moves: { personId: number; kind: 'unit' | 'party_org'; from: number | null; to: number | null }[] = [];
  // A position change calls for a talk as a transfer does (seed 004), whichever way the registry learns of it.
  const causes: DueCause[] = [];
  const today = todayInChina();
  for (const { stored, values } of updates) {
    if (stored.unitId !== values.unitId) {
      moves.push({ personId: stored.id, kind: 'unit', from: stored.unitId, to: values.unitId });
    }
    if (stored.partyOrgId !== values.partyOrgId) {
      moves.push({ personId: stored.id, kind: 'party_org', from: stored.partyOrgId, to: values.partyOrgId });
    }
    if ((stored.position ?? null) !== values.position) {
      causes.push({
        personId: stored.id,
        reason: 'job_change',
        sourceType: 'person_update',
        sourceId: stored.id,
        causeDate: today,
      });
    }
  }
  for (const part of chunks(moves)) {
    const inserted = rowsOf<{ id: number; person_id: number; kind: string }>(
      await tx.execute(sql`
        insert into person_transfers (person_id, kind, from_id, to_id, effective_on, recorded_by)
        select i.person_id, i.kind, i.from_id, i.to_id, ${today}::date, ${ctx.actor.accountId}::int
        from unnest(
          ${arrayParam(part.map((m) => m.personId))}::int[],
          ${arrayParam(part.map((m) => m.kind))}::text[],
          ${arrayParam(part.map((m) => m.from))}::int[],
          ${arrayParam(part.map((m) => m.to))}::int[]
        ) as i(person_id, kind, from_id, to_id)
        returning id, person_id, kind`),
    );
    for (const t of inserted) {
      if (t.kind !== 'unit') continue;
      causes.push({
        personId: Number(t.person_id),
        reason: 'transfer',
        sourceType: 'person_transfer',
        sourceId: Number(t.id),
        causeDate: today,
      });
    }
  }
  for (const part of chunks(causes)) await raiseDueTalks(tx, part);
}
