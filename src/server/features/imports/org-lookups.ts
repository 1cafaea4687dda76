import { and, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';

/** What the party org import reads of the stored registry, loaded once per import. */

const parentOrg = alias(partyOrgs, 'parent_org');
const anyText = (values: readonly string[]) => sql`any(${arrayParam([...new Set(values)])}::text[])`;

export interface StoredOrg {
  id: number;
  code: string;
  name: string;
  kind: string;
  unitId: number;
  unitPath: string;
  parentId: number | null;
  parentCode: string | null;
  termStart: string | null;
  termEnd: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  version: number;
}

export async function orgsByCode(db: Db, codes: readonly string[]): Promise<Map<string, StoredOrg>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({
      id: partyOrgs.id,
      code: partyOrgs.code,
      name: partyOrgs.name,
      kind: partyOrgs.kind,
      unitId: partyOrgs.unitId,
      unitPath: units.path,
      parentId: partyOrgs.parentId,
      parentCode: parentOrg.code,
      termStart: partyOrgs.termStart,
      termEnd: partyOrgs.termEnd,
      foundedOn: partyOrgs.foundedOn,
      dissolvedOn: partyOrgs.dissolvedOn,
      version: partyOrgs.version,
    })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .leftJoin(parentOrg, eq(parentOrg.id, partyOrgs.parentId))
    .where(sql`${partyOrgs.code} = ${anyText(codes)}`);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Stored parent code of these orgs and of all their ancestors (for the cycle check). */
export async function orgAncestry(db: Db, codes: readonly string[]): Promise<Map<string, string | null>> {
  if (codes.length === 0) return new Map();
  const rows = rowsOf<{ code: string; parent_code: string | null }>(
    await db.execute(sql`
      with recursive chain(id, code, parent_id) as (
        select id, code, parent_id from party_orgs where code = ${anyText(codes)}
        union
        select o.id, o.code, o.parent_id from party_orgs o join chain c on o.id = c.parent_id
      )
      select c.code, p.code as parent_code from chain c left join party_orgs p on p.id = c.parent_id`),
  );
  return new Map(rows.map((r) => [r.code, r.parent_code]));
}

export interface PersonRef {
  id: number;
  employeeNo: string;
  unitPath: string;
  partyStatus: string;
  employmentStatus: string;
}

/** People named on committees, by employee number. */
export async function personRefs(db: Db, numbers: readonly string[]): Promise<Map<string, PersonRef>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      employeeNo: people.employeeNo,
      unitPath: people.unitPath,
      partyStatus: people.partyStatus,
      employmentStatus: people.employmentStatus,
    })
    .from(people)
    .where(sql`${people.employeeNo} = ${anyText(numbers)}`);
  return new Map(rows.map((r) => [r.employeeNo, r]));
}

export interface SittingSeat {
  id: number;
  partyOrgId: number;
  personId: number;
  role: string;
}

/** The sitting committees (seats without an end) of these orgs. */
export async function sittingSeats(db: Db, orgIds: readonly number[]): Promise<SittingSeat[]> {
  if (orgIds.length === 0) return [];
  return db
    .select({
      id: partyOrgCommittee.id,
      partyOrgId: partyOrgCommittee.partyOrgId,
      personId: partyOrgCommittee.personId,
      role: partyOrgCommittee.role,
    })
    .from(partyOrgCommittee)
    .where(
      and(
        isNull(partyOrgCommittee.endedOn),
        sql`${partyOrgCommittee.partyOrgId} = any(${arrayParam([...orgIds])}::int[])`,
      ),
    );
}
