import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pairings, schemes } from '../../db/schema/pairings.ts';
import { unitPeopleStats } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import { arrayParam } from '../../db/sql.ts';

/** What the pairings import reads of the stored data, loaded once per import (party orgs and people: org-lookups.ts). */

export type SchemeRef = Pick<
  typeof schemes.$inferSelect,
  'id' | 'code' | 'name' | 'targetType' | 'targetKinds' | 'blankOutletsOnly' | 'active'
>;

/** Every scheme (a handful of rows). */
export async function allSchemes(db: Db): Promise<SchemeRef[]> {
  return db
    .select({
      id: schemes.id,
      code: schemes.code,
      name: schemes.name,
      targetType: schemes.targetType,
      targetKinds: schemes.targetKinds,
      blankOutletsOnly: schemes.blankOutletsOnly,
      active: schemes.active,
    })
    .from(schemes);
}

export interface UnitTarget {
  id: number;
  code: string;
  name: string;
  kind: string;
  active: boolean;
  path: string;
  /** Full and probationary members on its staff (a blank outlet has none). */
  members: number;
}

/** Units by code with what a scheme's target rules look at. */
export async function unitTargets(db: Db, codes: readonly string[]): Promise<Map<string, UnitTarget>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      active: units.active,
      path: units.path,
      members: sql<number>`(coalesce(${unitPeopleStats.membersFull}, 0) + coalesce(${unitPeopleStats.membersProbationary}, 0))::int`,
    })
    .from(units)
    .leftJoin(unitPeopleStats, eq(unitPeopleStats.unitId, units.id))
    .where(sql`${units.code} = any(${arrayParam([...new Set(codes)])}::text[])`);
  return new Map(rows.map((r) => [r.code, r]));
}

export type StoredPairing = Pick<
  typeof pairings.$inferSelect,
  'id' | 'schemeId' | 'personId' | 'targetUnitId' | 'targetPartyOrgId' | 'startsOn' | 'endsOn' | 'note' | 'version'
>;

/** Every pairing, ended or not, of these holders. */
export async function pairingsOf(db: Db, personIds: readonly number[]): Promise<StoredPairing[]> {
  if (personIds.length === 0) return [];
  return db
    .select({
      id: pairings.id,
      schemeId: pairings.schemeId,
      personId: pairings.personId,
      targetUnitId: pairings.targetUnitId,
      targetPartyOrgId: pairings.targetPartyOrgId,
      startsOn: pairings.startsOn,
      endsOn: pairings.endsOn,
      note: pairings.note,
      version: pairings.version,
    })
    .from(pairings)
    .where(sql`${pairings.personId} = any(${arrayParam([...new Set(personIds)])}::int[])`);
}
