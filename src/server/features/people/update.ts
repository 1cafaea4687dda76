import { eq } from 'drizzle-orm';
import type { UpdatePersonBody } from '../../../contracts/people.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { Db } from '../../db/client.ts';
import { people, personTransfers } from '../../db/schema/people.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import { loadPartyOrgInScope } from '../party-orgs/queries.ts';
import { raiseDueTalk } from '../talks/due-talks.ts';
import { loadPersonInScope, lockPersonInScope, toPerson } from './queries.ts';
import { personalOf, sealPersonal } from './sensitive.ts';
import { assertPersonRules } from './validate.ts';

/**
 * Changes a person's own fields (the unit and the party org change by transfer).
 * Phone and ID number are replaced only when sent; `null` clears them.
 */
export async function updatePerson(tx: Db, ctx: ServiceContext, id: number, body: UpdatePersonBody) {
  const row = await lockPersonInScope(tx, ctx.actor, id);
  if (row.version !== body.version) throw staleVersion();
  const { version: _v, phone, idNumber, partyOrgId: orgChange, ...fields } = body;
  const partyOrgId = orgChange === undefined ? row.partyOrgId : orgChange;
  if (partyOrgId !== null && partyOrgId !== row.partyOrgId) await loadPartyOrgInScope(tx, ctx.actor, partyOrgId);
  assertPersonRules(ctx, { ...fields, hasPartyOrg: partyOrgId !== null });
  const current = personalOf(ctx.cipher, row, true);
  const sealed = sealPersonal(ctx.cipher, {
    phone: phone === undefined ? current.phone : phone,
    idNumber: idNumber === undefined ? current.idNumber : idNumber,
  });
  const next = {
    name: fields.name,
    gender: fields.gender,
    position: fields.position ?? null,
    cadreGrade: fields.cadreGrade,
    employmentStatus: fields.employmentStatus,
    hiredOn: fields.hiredOn ?? null,
    leftOn: fields.leftOn ?? null,
    partyStatus: fields.partyStatus,
    joinedPartyOn: fields.joinedPartyOn ?? null,
    fullMemberOn: fields.fullMemberOn ?? null,
    partyRelation: fields.partyRelation ?? null,
    externalOrgName: fields.externalOrgName ?? null,
  };
  await tx
    .update(people)
    .set({ ...next, partyOrgId, ...sealed, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(people.id, id));
  if (partyOrgId !== row.partyOrgId) {
    await tx.insert(personTransfers).values({
      personId: id,
      kind: 'party_org',
      fromId: row.partyOrgId,
      toId: partyOrgId,
      effectiveOn: todayInChina(),
      recordedBy: ctx.actor.accountId,
    });
  }
  if ((row.position ?? null) !== next.position && next.employmentStatus === 'active') {
    await raiseDueTalk(tx, {
      personId: id,
      reason: 'job_change',
      sourceType: 'person_update',
      sourceId: id,
      causeDate: todayInChina(),
    });
  }
  const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof typeof next]]));
  await writeAudit(tx, ctx.audit, {
    action: 'person.update',
    targetType: 'person',
    targetId: id,
    before: { ...before, partyOrgId: row.partyOrgId, phone: current.phone, idNumber: current.idNumber },
    after: {
      ...next,
      partyOrgId,
      phone: phone === undefined ? current.phone : phone,
      idNumber: idNumber === undefined ? current.idNumber : idNumber,
    },
  });
  return toPerson(ctx.cipher, await loadPersonInScope(tx, ctx.actor, id), false);
}
