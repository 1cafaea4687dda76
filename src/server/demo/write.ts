import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { arrayParam, rowsOf } from '../db/sql.ts';
import { sealPersonal } from '../features/people/sensitive.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import type { PlanOrg, PlanPerson, PlanSeat, PlanTransfer, RegistryPlan } from './plan.ts';

/**
 * Writes a registry plan with bulk statements: each chunk of rows is one
 * INSERT … SELECT FROM unnest(arrays) (one parameter per column), and ids are
 * resolved in SQL by joining codes and employee numbers, so nothing is
 * written row by row. The units must already be stored.
 */
export const CHUNK = 5000;

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function expectInserted(db: Db, what: string, query: ReturnType<typeof sql>, expected: number) {
  const [row] = rowsOf<{ n: number }>(await db.execute(query));
  const n = Number(row?.n ?? 0);
  if (n !== expected) throw new Error(`${what}: ${n} of ${expected} rows inserted (a code did not resolve)`);
}

/** Party orgs, parents before children: one generation of the org tree at a time. */
export async function writeOrgs(db: Db, orgs: readonly PlanOrg[]): Promise<void> {
  const codes = new Map(orgs.map((o) => [o.code, o]));
  const depth = new Map<string, number>();
  const depthOf = (o: PlanOrg): number => {
    const known = depth.get(o.code);
    if (known !== undefined) return known;
    const parent = o.parentCode ? codes.get(o.parentCode) : undefined;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(o.code, d);
    return d;
  };
  const generations: PlanOrg[][] = [];
  for (const o of orgs) {
    const d = depthOf(o);
    generations[d] ??= [];
    generations[d].push(o);
  }
  for (const gen of generations) {
    for (const rows of chunks(gen)) {
      await expectInserted(
        db,
        'party orgs',
        sql`with ins as (
          insert into party_orgs (code, name, kind, unit_id, parent_id, term_start, term_end, founded_on)
          select i.code, i.name, i.kind, u.id, p.id, i.term_start, i.term_end, i.founded_on
          from unnest(
            ${arrayParam(rows.map((r) => r.code))}::text[],
            ${arrayParam(rows.map((r) => r.name))}::text[],
            ${arrayParam(rows.map((r) => r.kind))}::text[],
            ${arrayParam(rows.map((r) => r.unitCode))}::text[],
            ${arrayParam(rows.map((r) => r.parentCode))}::text[],
            ${arrayParam(rows.map((r) => r.termStart))}::date[],
            ${arrayParam(rows.map((r) => r.termEnd))}::date[],
            ${arrayParam(rows.map((r) => r.foundedOn))}::date[]
          ) as i(code, name, kind, unit_code, parent_code, term_start, term_end, founded_on)
          join units u on u.code = i.unit_code
          left join party_orgs p on p.code = i.parent_code
          where i.parent_code is null or p.id is not null
          returning 1)
        select count(*)::int as n from ins`,
        rows.length,
      );
    }
  }
}

/** People, with phone and ID number sealed; unit path and party org resolved from their codes. */
export async function writePeople(db: Db, cipher: FieldCipher, people: readonly PlanPerson[]): Promise<void> {
  for (const rows of chunks(people)) {
    const sealed = rows.map((r) => sealPersonal(cipher, { phone: r.phone, idNumber: r.idNumber }));
    const col = <K extends keyof PlanPerson>(k: K) => arrayParam(rows.map((r) => r[k]));
    await expectInserted(
      db,
      'people',
      sql`with ins as (
        insert into people (employee_no, name, gender, unit_id, unit_path, position, cadre_grade, employment_status,
          hired_on, left_on, party_status, joined_party_on, full_member_on, party_org_id, party_relation,
          external_org_name, phone_enc, phone_masked, id_number_enc, id_number_masked)
        select i.employee_no, i.name, i.gender, u.id, u.path, i.position, i.cadre_grade, i.employment_status,
          i.hired_on, i.left_on, i.party_status, i.joined_party_on, i.full_member_on, o.id, i.party_relation,
          i.external_org_name, i.phone_enc, i.phone_masked, i.id_number_enc, i.id_number_masked
        from unnest(
          ${col('employeeNo')}::text[], ${col('name')}::text[], ${col('gender')}::text[], ${col('unitCode')}::text[],
          ${col('position')}::text[], ${col('cadreGrade')}::text[], ${col('employmentStatus')}::text[],
          ${col('hiredOn')}::date[], ${col('leftOn')}::date[], ${col('partyStatus')}::text[],
          ${col('joinedPartyOn')}::date[], ${col('fullMemberOn')}::date[], ${col('partyOrgCode')}::text[],
          ${col('partyRelation')}::text[], ${col('externalOrgName')}::text[],
          ${arrayParam(sealed.map((s) => s.phoneEnc))}::text[], ${arrayParam(sealed.map((s) => s.phoneMasked))}::text[],
          ${arrayParam(sealed.map((s) => s.idNumberEnc))}::text[],
          ${arrayParam(sealed.map((s) => s.idNumberMasked))}::text[]
        ) as i(employee_no, name, gender, unit_code, position, cadre_grade, employment_status, hired_on, left_on,
          party_status, joined_party_on, full_member_on, org_code, party_relation, external_org_name,
          phone_enc, phone_masked, id_number_enc, id_number_masked)
        join units u on u.code = i.unit_code
        left join party_orgs o on o.code = i.org_code
        where i.org_code is null or o.id is not null
        returning 1)
      select count(*)::int as n from ins`,
      rows.length,
    );
  }
}

export async function writeSeats(db: Db, seats: readonly PlanSeat[]): Promise<void> {
  for (const rows of chunks(seats)) {
    await expectInserted(
      db,
      'committee seats',
      sql`with ins as (
        insert into party_org_committee (party_org_id, person_id, role, started_on, ended_on)
        select o.id, p.id, i.role, i.started_on, i.ended_on
        from unnest(
          ${arrayParam(rows.map((r) => r.orgCode))}::text[],
          ${arrayParam(rows.map((r) => r.employeeNo))}::text[],
          ${arrayParam(rows.map((r) => r.role))}::text[],
          ${arrayParam(rows.map((r) => r.startedOn))}::date[],
          ${arrayParam(rows.map((r) => r.endedOn))}::date[]
        ) as i(org_code, employee_no, role, started_on, ended_on)
        join party_orgs o on o.code = i.org_code
        join people p on p.employee_no = i.employee_no
        returning 1)
      select count(*)::int as n from ins`,
      rows.length,
    );
  }
}

export async function writeTransfers(db: Db, transfers: readonly PlanTransfer[]): Promise<void> {
  for (const rows of chunks(transfers)) {
    await expectInserted(
      db,
      'transfers',
      sql`with ins as (
        insert into person_transfers (person_id, kind, from_id, to_id, effective_on, note)
        select p.id, 'unit', f.id, t.id, i.effective_on, i.note
        from unnest(
          ${arrayParam(rows.map((r) => r.employeeNo))}::text[],
          ${arrayParam(rows.map((r) => r.fromUnitCode))}::text[],
          ${arrayParam(rows.map((r) => r.toUnitCode))}::text[],
          ${arrayParam(rows.map((r) => r.effectiveOn))}::date[],
          ${arrayParam(rows.map((r) => r.note))}::text[]
        ) as i(employee_no, from_code, to_code, effective_on, note)
        join people p on p.employee_no = i.employee_no
        join units f on f.code = i.from_code
        join units t on t.code = i.to_code
        returning 1)
      select count(*)::int as n from ins`,
      rows.length,
    );
  }
}

/** The whole plan in dependency order: orgs, people, seats, transfers. */
export async function writeRegistry(db: Db, cipher: FieldCipher, plan: RegistryPlan): Promise<void> {
  await writeOrgs(db, plan.orgs);
  await writePeople(db, cipher, plan.people);
  await writeSeats(db, plan.seats);
  await writeTransfers(db, plan.transfers);
}
