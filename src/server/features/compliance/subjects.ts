import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RuleSubject } from '../../../contracts/actions.ts';
import type { ComplianceSubject } from '../../../contracts/compliance.ts';
import type { Db } from '../../db/client.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';

export interface SubjectKey {
  type: RuleSubject;
  id: number;
}

const keyOf = (k: SubjectKey) => `${k.type}:${k.id}`;
const targetUnit = alias(units, 'target_unit');
const targetOrg = alias(partyOrgs, 'target_org');
const scopeUnit = alias(units, 'scope_unit');

/** Names for subjects, in at most three queries whatever their number. */
export async function describeSubjects(db: Db, keys: SubjectKey[]): Promise<Map<string, ComplianceSubject>> {
  const out = new Map<string, ComplianceSubject>();
  const ids = (t: RuleSubject) => [...new Set(keys.filter((k) => k.type === t).map((k) => k.id))];
  const pairingIds = ids('pairing');
  if (pairingIds.length) {
    const rows = await db
      .select({
        id: pairings.id,
        holder: people.name,
        unitName: targetUnit.name,
        orgName: targetOrg.name,
        scopeName: scopeUnit.name,
      })
      .from(pairings)
      .innerJoin(people, eq(people.id, pairings.personId))
      .innerJoin(scopeUnit, eq(scopeUnit.id, pairings.scopeUnitId))
      .leftJoin(targetUnit, eq(targetUnit.id, pairings.targetUnitId))
      .leftJoin(targetOrg, eq(targetOrg.id, pairings.targetPartyOrgId))
      .where(inArray(pairings.id, pairingIds));
    for (const r of rows) {
      const target = r.unitName ?? r.orgName ?? '';
      out.set(keyOf({ type: 'pairing', id: r.id }), {
        type: 'pairing',
        id: r.id,
        name: `${r.holder} → ${target}`,
        detail: target,
        unitName: r.scopeName,
      });
    }
  }
  const holderIds = ids('holder');
  if (holderIds.length) {
    const rows = await db
      .select({ id: people.id, name: people.name, unitName: units.name, employeeNo: people.employeeNo })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(inArray(people.id, holderIds));
    for (const r of rows) {
      out.set(keyOf({ type: 'holder', id: r.id }), {
        type: 'holder',
        id: r.id,
        name: r.name,
        detail: r.employeeNo,
        unitName: r.unitName,
      });
    }
  }
  const orgIds = [...new Set([...ids('party_org'), ...ids('secretary')])];
  if (orgIds.length) {
    const rows = await db
      .select({ id: partyOrgs.id, name: partyOrgs.name, unitName: units.name })
      .from(partyOrgs)
      .innerJoin(units, eq(units.id, partyOrgs.unitId))
      .where(inArray(partyOrgs.id, orgIds));
    for (const r of rows) {
      for (const type of ['party_org', 'secretary'] as const) {
        out.set(keyOf({ type, id: r.id }), { type, id: r.id, name: r.name, detail: r.unitName, unitName: r.unitName });
      }
    }
  }
  return out;
}

export function subjectOf(map: Map<string, ComplianceSubject>, k: SubjectKey): ComplianceSubject {
  return map.get(keyOf(k)) ?? { type: k.type, id: k.id, name: `#${k.id}`, detail: '', unitName: '' };
}
