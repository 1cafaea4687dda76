import { and, asc, eq, ilike, inArray, like, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Person, PersonFilters } from '../../../contracts/people.ts';
import {
  type CadreGrade,
  type EmploymentStatus,
  type Gender,
  MEMBER_STATUSES,
  MID_LEVEL_OR_ABOVE,
  type PartyRelation,
  type PartyStatus,
} from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { escapeLike, inScope, underPaths } from '../../platform/scope.ts';
import { subtreePaths } from '../units/queries.ts';
import { personalOf } from './sensitive.ts';

/** The list says "more than" past this many rows instead of counting a million. */
export const TOTAL_CAP = 10_000;

export function personWhere(paths: string[], f: PersonFilters): SQL | undefined {
  const employment = f.employmentStatus ?? 'active';
  return and(
    underPaths(people.unitPath, paths),
    employment === 'all' ? undefined : eq(people.employmentStatus, employment),
    f.partyStatus === 'member'
      ? inArray(people.partyStatus, [...MEMBER_STATUSES])
      : f.partyStatus
        ? eq(people.partyStatus, f.partyStatus)
        : undefined,
    f.cadreGrade ? eq(people.cadreGrade, f.cadreGrade) : undefined,
    f.midLevelOrAbove === 'true'
      ? inArray(people.cadreGrade, [...MID_LEVEL_OR_ABOVE])
      : f.midLevelOrAbove === 'false'
        ? notInArray(people.cadreGrade, [...MID_LEVEL_OR_ABOVE])
        : undefined,
    f.partyRelation ? eq(people.partyRelation, f.partyRelation) : undefined,
    f.partyOrgId ? eq(people.partyOrgId, f.partyOrgId) : undefined,
    f.q ? or(ilike(people.name, `%${escapeLike(f.q)}%`), like(people.employeeNo, `${escapeLike(f.q)}%`)) : undefined,
  );
}

const org = alias(partyOrgs, 'org');

function selectPeople(db: Db) {
  return db
    .select({
      person: people,
      unitCode: units.code,
      unitName: units.name,
      orgCode: org.code,
      orgName: org.name,
    })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .leftJoin(org, eq(org.id, people.partyOrgId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectPeople>['execute']>>[number];

export function toPerson(cipher: FieldCipher, r: Selected, reveal: boolean): Person {
  const p = r.person;
  return {
    id: p.id,
    employeeNo: p.employeeNo,
    name: p.name,
    gender: p.gender as Gender,
    unit: { id: p.unitId, code: r.unitCode, name: r.unitName },
    position: p.position,
    cadreGrade: p.cadreGrade as CadreGrade,
    midLevelOrAbove: MID_LEVEL_OR_ABOVE.includes(p.cadreGrade as CadreGrade),
    employmentStatus: p.employmentStatus as EmploymentStatus,
    hiredOn: p.hiredOn,
    leftOn: p.leftOn,
    partyStatus: p.partyStatus as PartyStatus,
    joinedPartyOn: p.joinedPartyOn,
    fullMemberOn: p.fullMemberOn,
    partyOrg: p.partyOrgId === null ? null : { id: p.partyOrgId, code: r.orgCode ?? '', name: r.orgName ?? '' },
    partyRelation: p.partyRelation as PartyRelation | null,
    externalOrgName: p.externalOrgName,
    ...personalOf(cipher, p, reveal),
    revealed: reveal,
    version: p.version,
  };
}

/** One page of people in tree order (unit path, then employee number), with a capped total. */
export async function listPeople(
  db: Db,
  actor: Actor,
  cipher: FieldCipher,
  q: PersonFilters & { page: number; pageSize: number },
  reveal: boolean,
) {
  const where = personWhere(await subtreePaths(db, actor, q.unitId), q);
  const rows = await selectPeople(db)
    .where(where)
    .orderBy(asc(people.unitPath), asc(people.employeeNo))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  // Counting stops at the cap: at a million people an exact total costs more than the page.
  const [counted] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from (select 1 from ${people} where ${where} limit ${TOTAL_CAP + 1}) t`,
    ),
  );
  const n = counted?.n ?? 0;
  return {
    items: rows.map((r) => toPerson(cipher, r, reveal)),
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * Every matching person in batches (exports), by keyset on (unit path, employee
 * number). The subtree paths are resolved by the caller before the download
 * starts, so an out-of-scope unit still answers a clean 404.
 */
export async function* personBatches(
  db: Db,
  paths: string[],
  cipher: FieldCipher,
  f: PersonFilters,
  reveal: boolean,
  batch = 2000,
): AsyncGenerator<Person[]> {
  const where = personWhere(paths, f);
  let after: { path: string; no: string } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after
      ? sql`(${people.unitPath}, ${people.employeeNo}) > (${after.path}, ${after.no})`
      : undefined;
    const rows: Selected[] = await selectPeople(db)
      .where(and(where, keyset))
      .orderBy(asc(people.unitPath), asc(people.employeeNo))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows.map((r) => toPerson(cipher, r, reveal));
    const last = rows[rows.length - 1]!.person;
    after = { path: last.unitPath, no: last.employeeNo };
    if (rows.length < batch) return;
  }
}

/** One person inside the caller's scope (404 otherwise, the denial audited). */
export async function loadPersonInScope(db: Db, actor: Actor, id: number) {
  const [row] = await selectPeople(db).where(and(eq(people.id, id), inScope(people.unitPath, actor)));
  if (row) return row;
  const [exists] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
  throw exists ? outOfScope('person', id) : notFound();
}

/** The person row locked for an update in this transaction. */
export async function lockPersonInScope(db: Db, actor: Actor, id: number) {
  await loadPersonInScope(db, actor, id);
  const [row] = await db.select().from(people).where(eq(people.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}
