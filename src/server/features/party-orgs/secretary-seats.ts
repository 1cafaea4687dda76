import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { units } from '../../db/schema/units.ts';

/** The party orgs whose current secretary or deputy the caller is (the same seats as the to-do's): the home's org cards and the checklist reminders. */
export async function secretarySeatsOf(db: Db, personId: number) {
  return db
    .select({
      orgId: partyOrgs.id,
      orgName: partyOrgs.name,
      unitId: units.id,
      unitName: units.name,
      role: partyOrgCommittee.role,
    })
    .from(partyOrgCommittee)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyOrgCommittee.partyOrgId))
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .where(
      and(
        eq(partyOrgCommittee.personId, personId),
        inArray(partyOrgCommittee.role, ['secretary', 'deputy_secretary']),
        isNull(partyOrgCommittee.endedOn),
      ),
    )
    .orderBy(asc(partyOrgs.id));
}
