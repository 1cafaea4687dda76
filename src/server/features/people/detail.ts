import { desc, eq, inArray } from 'drizzle-orm';
import type { PersonDetail, Transfer } from '../../../contracts/people.ts';
import type { CommitteeRole } from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { personTransfers } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { loadPersonInScope, toPerson } from './queries.ts';

/** A person with the history of their transfers and committee seats. */
export async function getPersonDetail(db: Db, ctx: ServiceContext, id: number, reveal: boolean): Promise<PersonDetail> {
  const row = await loadPersonInScope(db, ctx.actor, id);
  const [transfers, seats] = await Promise.all([
    db
      .select()
      .from(personTransfers)
      .where(eq(personTransfers.personId, id))
      .orderBy(desc(personTransfers.effectiveOn), desc(personTransfers.id)),
    db
      .select({ seat: partyOrgCommittee, code: partyOrgs.code, name: partyOrgs.name })
      .from(partyOrgCommittee)
      .innerJoin(partyOrgs, eq(partyOrgs.id, partyOrgCommittee.partyOrgId))
      .where(eq(partyOrgCommittee.personId, id))
      .orderBy(desc(partyOrgCommittee.startedOn)),
  ]);
  const ids = (kind: string) =>
    [...new Set(transfers.filter((t) => t.kind === kind).flatMap((t) => [t.fromId, t.toId]))].filter(
      (x): x is number => x !== null,
    );
  const [unitNames, orgNames] = await Promise.all([
    ids('unit').length
      ? db
          .select({ id: units.id, name: units.name })
          .from(units)
          .where(inArray(units.id, ids('unit')))
      : [],
    ids('party_org').length
      ? db
          .select({ id: partyOrgs.id, name: partyOrgs.name })
          .from(partyOrgs)
          .where(inArray(partyOrgs.id, ids('party_org')))
      : [],
  ]);
  const ref = (kind: string, x: number | null) =>
    x === null ? null : ((kind === 'unit' ? unitNames : orgNames).find((n) => n.id === x) ?? { id: x, name: '' });
  return {
    ...toPerson(ctx.cipher, row, reveal),
    transfers: transfers.map(
      (t): Transfer => ({
        id: t.id,
        kind: t.kind as Transfer['kind'],
        from: ref(t.kind, t.fromId),
        to: ref(t.kind, t.toId),
        effectiveOn: t.effectiveOn,
        note: t.note,
        recordedAt: t.recordedAt.toISOString(),
      }),
    ),
    committeeRoles: seats.map((s) => ({
      partyOrg: { id: s.seat.partyOrgId, code: s.code, name: s.name },
      role: s.seat.role as CommitteeRole,
      startedOn: s.seat.startedOn,
      endedOn: s.seat.endedOn,
    })),
  };
}
