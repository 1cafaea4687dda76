import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CommitteeSeat, PartyOrg, PartyOrgDetail, PartyOrgFilters } from '../../../contracts/party-orgs.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import {
  type CommitteeRole,
  type PartyOrgKind,
  TERM_WARNING_DAYS,
  termStatus,
} from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { escapeLike, inScope, underPaths } from '../../platform/scope.ts';
import { subtreePaths } from '../units/queries.ts';

const parent = alias(partyOrgs, 'parent');

function notDissolved(): SQL {
  return sql`(${partyOrgs.dissolvedOn} is null or ${partyOrgs.dissolvedOn} > current_date)`;
}

function termWhere(status: PartyOrgFilters['termStatus'], today: string): SQL | undefined {
  const warnFrom = sql`(${today}::date + ${TERM_WARNING_DAYS}::int)`;
  switch (status) {
    case 'none':
      return isNull(partyOrgs.termEnd);
    case 'overdue':
      return sql`${partyOrgs.termEnd} < ${today}::date`;
    case 'expiring':
      return sql`${partyOrgs.termEnd} >= ${today}::date and ${partyOrgs.termEnd} <= ${warnFrom}`;
    case 'ok':
      return sql`${partyOrgs.termEnd} > ${warnFrom}`;
    default:
      return undefined;
  }
}

export function partyOrgWhere(paths: string[], f: PartyOrgFilters, today = todayInChina()): SQL | undefined {
  return and(
    underPaths(units.path, paths),
    f.unitOnly === 'true' && f.unitId ? eq(partyOrgs.unitId, f.unitId) : undefined,
    f.kind ? eq(partyOrgs.kind, f.kind) : undefined,
    f.includeDissolved === 'true' ? undefined : notDissolved(),
    termWhere(f.termStatus, today),
    f.q ? or(ilike(partyOrgs.name, `%${escapeLike(f.q)}%`), ilike(partyOrgs.code, `${escapeLike(f.q)}%`)) : undefined,
  );
}

function selectOrgs(db: Db) {
  return db
    .select({
      org: partyOrgs,
      unitCode: units.code,
      unitName: units.name,
      parentCode: parent.code,
      parentName: parent.name,
      secretaryId: sql<number | null>`(select c.person_id from party_org_committee c
        where c.party_org_id = ${partyOrgs.id} and c.role = 'secretary' and c.ended_on is null
        order by c.started_on desc limit 1)`,
      secretaryName: sql<string | null>`(select pp.name from party_org_committee c join people pp on pp.id = c.person_id
        where c.party_org_id = ${partyOrgs.id} and c.role = 'secretary' and c.ended_on is null
        order by c.started_on desc limit 1)`,
      memberCount: sql<number>`(select count(*)::int from people m where m.party_org_id = ${partyOrgs.id}
        and m.employment_status = 'active' and m.party_status in ('full', 'probationary'))`,
    })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .leftJoin(parent, eq(parent.id, partyOrgs.parentId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectOrgs>['execute']>>[number];

function toPartyOrg(r: Selected, today: string): PartyOrg {
  const o = r.org;
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind as PartyOrgKind,
    unit: { id: o.unitId, code: r.unitCode, name: r.unitName },
    parent: o.parentId === null ? null : { id: o.parentId, code: r.parentCode ?? '', name: r.parentName ?? '' },
    termStart: o.termStart,
    termEnd: o.termEnd,
    termStatus: termStatus(o.termEnd, today),
    foundedOn: o.foundedOn,
    dissolvedOn: o.dissolvedOn,
    secretary: r.secretaryId === null ? null : { id: r.secretaryId, name: r.secretaryName ?? '' },
    memberCount: r.memberCount,
    version: o.version,
  };
}

export async function listPartyOrgs(
  db: Db,
  actor: Actor,
  q: PartyOrgFilters & { page: number; pageSize: number },
): Promise<Page<PartyOrg>> {
  const today = todayInChina();
  const where = partyOrgWhere(await subtreePaths(db, actor, q.unitId), q, today);
  return paged(
    q,
    (limit, offset) =>
      selectOrgs(db).where(where).orderBy(asc(units.path), asc(partyOrgs.code)).limit(limit).offset(offset),
    () => db.select({ n: count() }).from(partyOrgs).innerJoin(units, eq(units.id, partyOrgs.unitId)).where(where),
    (rows) => rows.map((r) => toPartyOrg(r, today)),
  );
}

/** Every matching party org (exports). The registry holds thousands, not millions. */
export async function allPartyOrgs(db: Db, actor: Actor, f: PartyOrgFilters): Promise<PartyOrg[]> {
  const today = todayInChina();
  const rows = await selectOrgs(db)
    .where(partyOrgWhere(await subtreePaths(db, actor, f.unitId), f, today))
    .orderBy(asc(units.path), asc(partyOrgs.code));
  return rows.map((r) => toPartyOrg(r, today));
}

/** A party org whose unit lies in the caller's scope, or 404 (denial audited). */
export async function loadPartyOrgInScope(db: Db, actor: Actor, id: number) {
  const [row] = await db
    .select({ org: partyOrgs, unitPath: units.path })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .where(and(eq(partyOrgs.id, id), inScope(units.path, actor)));
  if (row) return row;
  const [exists] = await db.select({ id: partyOrgs.id }).from(partyOrgs).where(eq(partyOrgs.id, id));
  throw exists ? outOfScope('party_org', id) : notFound();
}

/** The row locked for an update in this transaction. */
export async function lockPartyOrgInScope(db: Db, actor: Actor, id: number) {
  await loadPartyOrgInScope(db, actor, id);
  const [row] = await db.select().from(partyOrgs).where(eq(partyOrgs.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}

function toSeat(r: { seat: typeof partyOrgCommittee.$inferSelect; employeeNo: string; name: string }): CommitteeSeat {
  return {
    id: r.seat.id,
    person: { id: r.seat.personId, employeeNo: r.employeeNo, name: r.name },
    role: r.seat.role as CommitteeRole,
    startedOn: r.seat.startedOn,
    endedOn: r.seat.endedOn,
  };
}

const ROLE_ORDER = sql`case ${partyOrgCommittee.role} when 'secretary' then 0 when 'deputy_secretary' then 1 else 2 end`;

export async function getPartyOrgDetail(db: Db, actor: Actor, id: number): Promise<PartyOrgDetail> {
  await loadPartyOrgInScope(db, actor, id);
  const [row] = await selectOrgs(db).where(eq(partyOrgs.id, id));
  if (!row) throw notFound();
  const seats = () =>
    db
      .select({ seat: partyOrgCommittee, employeeNo: people.employeeNo, name: people.name })
      .from(partyOrgCommittee)
      .innerJoin(people, eq(people.id, partyOrgCommittee.personId));
  const [current, former] = await Promise.all([
    seats()
      .where(and(eq(partyOrgCommittee.partyOrgId, id), isNull(partyOrgCommittee.endedOn)))
      .orderBy(ROLE_ORDER, asc(partyOrgCommittee.startedOn)),
    seats()
      .where(and(eq(partyOrgCommittee.partyOrgId, id), isNotNull(partyOrgCommittee.endedOn)))
      .orderBy(desc(partyOrgCommittee.endedOn)),
  ]);
  return {
    ...toPartyOrg(row, todayInChina()),
    committee: current.map(toSeat),
    committeeHistory: former.map(toSeat),
  };
}
