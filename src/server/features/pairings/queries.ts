import { and, asc, count, eq, ilike, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Pairing, PairingFilters } from '../../../contracts/schemes.ts';
import type { Db } from '../../db/client.ts';
import { pairings, schemes } from '../../db/schema/pairings.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { escapeLike, pathInScope, underPaths } from '../../platform/scope.ts';

/** The unit that places a pairing in the scope (the export orders its batches by its path). */
export const scopeUnit = alias(units, 'scope_unit');
const targetUnit = alias(units, 'target_unit');
const personUnit = alias(units, 'person_unit');

export function selectPairings(db: Db) {
  return db
    .select({
      pairing: pairings,
      schemeCode: schemes.code,
      schemeName: schemes.name,
      targetType: schemes.targetType,
      personNo: people.employeeNo,
      personName: people.name,
      personUnitName: personUnit.name,
      scopeCode: scopeUnit.code,
      scopeName: scopeUnit.name,
      scopePath: scopeUnit.path,
      targetCode: sql<string>`coalesce(${targetUnit.code}, ${partyOrgs.code})`,
      targetName: sql<string>`coalesce(${targetUnit.name}, ${partyOrgs.name})`,
    })
    .from(pairings)
    .innerJoin(schemes, eq(schemes.id, pairings.schemeId))
    .innerJoin(people, eq(people.id, pairings.personId))
    .innerJoin(personUnit, eq(personUnit.id, people.unitId))
    .innerJoin(scopeUnit, eq(scopeUnit.id, pairings.scopeUnitId))
    .leftJoin(targetUnit, eq(targetUnit.id, pairings.targetUnitId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, pairings.targetPartyOrgId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectPairings>['execute']>>[number];

/** Whether a pairing is in force on a date. */
export function inForce(p: { startsOn: string; endsOn: string | null }, on: string): boolean {
  return p.startsOn <= on && (p.endsOn === null || p.endsOn >= on);
}

export function toPairing(r: Selected, today: string): Pairing {
  const p = r.pairing;
  return {
    id: p.id,
    scheme: { id: p.schemeId, code: r.schemeCode, name: r.schemeName },
    person: { id: p.personId, employeeNo: r.personNo, name: r.personName, unitName: r.personUnitName },
    targetType: r.targetType as Pairing['targetType'],
    target: { id: p.targetUnitId ?? p.targetPartyOrgId ?? 0, code: r.targetCode, name: r.targetName },
    scopeUnit: { id: p.scopeUnitId, code: r.scopeCode, name: r.scopeName },
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    active: inForce(p, today),
    note: p.note,
    version: p.version,
  };
}

function statusWhere(status: PairingFilters['status'], today: string): SQL | undefined {
  const active = and(lte(pairings.startsOn, today), or(isNull(pairings.endsOn), sql`${pairings.endsOn} >= ${today}`));
  if (status === 'all') return undefined;
  if (status === 'ended') return and(sql`${pairings.endsOn} is not null`, sql`${pairings.endsOn} < ${today}`);
  return active;
}

export function pairingWhere(paths: string[], f: PairingFilters, today: string): SQL | undefined {
  return and(
    underPaths(scopeUnit.path, paths),
    f.schemeId ? eq(pairings.schemeId, f.schemeId) : undefined,
    f.personId ? eq(pairings.personId, f.personId) : undefined,
    statusWhere(f.status, today),
    f.q
      ? or(
          ilike(people.name, `%${escapeLike(f.q)}%`),
          sql`${people.employeeNo} like ${`${escapeLike(f.q)}%`}`,
          ilike(sql`coalesce(${targetUnit.name}, ${partyOrgs.name})`, `%${escapeLike(f.q)}%`),
        )
      : undefined,
  );
}

export async function listPairings(
  db: Db,
  paths: string[],
  q: PairingFilters & { page: number; pageSize: number },
  today: string,
): Promise<Page<Pairing>> {
  const where = pairingWhere(paths, q, today);
  return paged(
    q,
    (limit, offset) =>
      selectPairings(db)
        .where(where)
        .orderBy(asc(scopeUnit.path), asc(pairings.schemeId), asc(people.employeeNo))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(pairings)
        .innerJoin(people, eq(people.id, pairings.personId))
        .innerJoin(scopeUnit, eq(scopeUnit.id, pairings.scopeUnitId))
        .leftJoin(targetUnit, eq(targetUnit.id, pairings.targetUnitId))
        .leftJoin(partyOrgs, eq(partyOrgs.id, pairings.targetPartyOrgId))
        .where(where),
    (rows) => rows.map((r) => toPairing(r, today)),
  );
}

/** A pairing whose target lies in the subtrees, or 404. */
export async function loadPairingIn(db: Db, paths: string[], id: number): Promise<Selected> {
  const [row] = await selectPairings(db).where(eq(pairings.id, id));
  if (row && pathInScope(row.scopePath, paths)) return row;
  throw row ? outOfScope('pairing', id) : notFound();
}
