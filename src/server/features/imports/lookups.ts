import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { arrayParam } from '../../db/sql.ts';

/**
 * Reference data of an import, loaded once per import by natural key with one
 * array parameter each (never one query per row, never a 65k-parameter IN list).
 */
const anyOf = (codes: readonly string[]) => sql`any(${arrayParam([...new Set(codes)])}::text[])`;

export interface UnitRef {
  id: number;
  code: string;
  path: string;
}

/** Units by code: id and path (the scope test and people's unit_path). */
export async function unitRefs(db: Db, codes: readonly string[]): Promise<Map<string, UnitRef>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code, path: units.path })
    .from(units)
    .where(sql`${units.code} = ${anyOf(codes)}`);
  return new Map(rows.map((r) => [r.code, r]));
}

export interface OrgRef {
  id: number;
  code: string;
  /** Path of the org's unit: the org lies in a scope when its unit does. */
  unitPath: string;
}

export async function orgRefs(db: Db, codes: readonly string[]): Promise<Map<string, OrgRef>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: partyOrgs.id, code: partyOrgs.code, unitPath: units.path })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .where(sql`${partyOrgs.code} = ${anyOf(codes)}`);
  return new Map(rows.map((r) => [r.code, r]));
}

/** What the people import compares and keeps of a stored person (timestamps left out: 100k Date objects cost). */
const personColumns = {
  id: people.id,
  employeeNo: people.employeeNo,
  name: people.name,
  gender: people.gender,
  unitId: people.unitId,
  unitPath: people.unitPath,
  position: people.position,
  cadreGrade: people.cadreGrade,
  employmentStatus: people.employmentStatus,
  hiredOn: people.hiredOn,
  leftOn: people.leftOn,
  partyStatus: people.partyStatus,
  joinedPartyOn: people.joinedPartyOn,
  fullMemberOn: people.fullMemberOn,
  partyOrgId: people.partyOrgId,
  partyRelation: people.partyRelation,
  externalOrgName: people.externalOrgName,
  phoneEnc: people.phoneEnc,
  phoneMasked: people.phoneMasked,
  idNumberEnc: people.idNumberEnc,
  idNumberMasked: people.idNumberMasked,
  version: people.version,
};

/** Stored people by employee number. */
export async function peopleByNumber(db: Db, numbers: readonly string[]): Promise<Map<string, StoredPerson>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select(personColumns)
    .from(people)
    .where(sql`${people.employeeNo} = ${anyOf(numbers)}`);
  return new Map(rows.map((r) => [r.employeeNo, r]));
}
export type StoredPerson = Omit<typeof people.$inferSelect, 'createdAt' | 'updatedAt'>;

const parentUnit = alias(units, 'parent_unit');

export interface StoredUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  level: number;
  parentId: number | null;
  parentCode: string | null;
  path: string;
  sortOrder: number;
  active: boolean;
  version: number;
}

/** Stored units by code with their parent's code (the units import compares and moves them). */
export async function unitsByCode(db: Db, codes: readonly string[]): Promise<Map<string, StoredUnit>> {
  if (codes.length === 0) return new Map<string, StoredUnit>();
  const rows = await db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      level: units.level,
      parentId: units.parentId,
      parentCode: parentUnit.code,
      path: units.path,
      sortOrder: units.sortOrder,
      active: units.active,
      version: units.version,
    })
    .from(units)
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .where(sql`${units.code} = ${anyOf(codes)}`);
  return new Map(rows.map((r) => [r.code, r]));
}
