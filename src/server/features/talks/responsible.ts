import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * Who answers for a person's talks: the person's party org if any, else the
 * nearest live party org attached to the person's unit or its nearest ancestor;
 * and that org's current secretary (null when the seat is vacant).
 */
export async function responsibleFor(
  db: Db,
  person: { partyOrgId: number | null; unitPath: string },
): Promise<{ partyOrgId: number | null; personId: number | null }> {
  let partyOrgId = person.partyOrgId;
  if (partyOrgId === null) {
    const [org] = rowsOf<{ id: number }>(
      await db.execute(sql`select o.id from party_orgs o join units u on u.id = o.unit_id
        where o.dissolved_on is null and starts_with(${person.unitPath}, u.path)
        order by length(u.path) desc, o.id limit 1`),
    );
    partyOrgId = org ? Number(org.id) : null;
  }
  if (partyOrgId === null) return { partyOrgId: null, personId: null };
  const [sec] = rowsOf<{ person_id: number }>(
    await db.execute(sql`select person_id from party_org_committee
      where party_org_id = ${partyOrgId} and role = 'secretary' and ended_on is null
      order by started_on desc, id desc limit 1`),
  );
  return { partyOrgId, personId: sec ? Number(sec.person_id) : null };
}
