import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { PartyOrg } from '../../../contracts/party-orgs.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import type { Cell } from '../../platform/xlsx-export.ts';
import { partyOrgRow } from '../registry/sheet-rows.ts';

/** Party org rows with their sitting committee as employee numbers (the import's columns). */
export async function partyOrgRows(db: Db, orgs: PartyOrg[]): Promise<Cell[][]> {
  const seats = orgs.length
    ? await db
        .select({ orgId: partyOrgCommittee.partyOrgId, role: partyOrgCommittee.role, no: people.employeeNo })
        .from(partyOrgCommittee)
        .innerJoin(people, eq(people.id, partyOrgCommittee.personId))
        .where(
          and(
            inArray(
              partyOrgCommittee.partyOrgId,
              orgs.map((o) => o.id),
            ),
            isNull(partyOrgCommittee.endedOn),
          ),
        )
        .orderBy(people.employeeNo)
    : [];
  return orgs.map((o) => {
    const mine = seats.filter((s) => s.orgId === o.id);
    const nos = (role: string) => mine.filter((s) => s.role === role).map((s) => s.no);
    return partyOrgRow(o, {
      secretaryNo: nos('secretary').join(','),
      deputyNo: nos('deputy_secretary').join(','),
      memberNos: nos('member').join(','),
    });
  });
}
