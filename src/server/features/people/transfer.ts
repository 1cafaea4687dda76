import { eq } from 'drizzle-orm';
import type { TransferBody } from '../../../contracts/people.ts';
import type { Db } from '../../db/client.ts';
import { people, personTransfers } from '../../db/schema/people.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, staleVersion } from '../../platform/errors.ts';
import { loadPartyOrgInScope } from '../party-orgs/queries.ts';
import { raiseDueTalk } from '../talks/due-talks.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { loadPersonInScope, lockPersonInScope, toPerson } from './queries.ts';

/**
 * Moves a person to another unit, or a member to another party org (or out of
 * the enterprise's orgs), keeping the move in person_transfers. Both ends must
 * lie in the caller's scope.
 */
export async function transferPerson(tx: Db, ctx: ServiceContext, id: number, body: TransferBody) {
  const row = await lockPersonInScope(tx, ctx.actor, id);
  if (row.version !== body.version) throw staleVersion();
  const fromId = body.kind === 'unit' ? row.unitId : row.partyOrgId;
  if (fromId === body.toId) {
    throw conflict(ctx.lang, { 'zh-CN': '调入对象与当前相同', 'en-US': 'the destination is the current one' });
  }
  const set: Partial<typeof people.$inferInsert> = { updatedAt: new Date(), version: row.version + 1 };
  if (body.kind === 'unit') {
    if (body.toId === null) {
      throw invalidField(ctx.lang, 'toId', 'required', {
        'zh-CN': '调动必须指定新机构',
        'en-US': 'is required for a unit transfer',
      });
    }
    const unit = await loadUnitInScope(tx, ctx.actor, body.toId);
    set.unitId = body.toId;
    set.unitPath = unit.path;
  } else {
    if (row.partyStatus === 'none') {
      throw conflict(ctx.lang, {
        'zh-CN': '非党员没有组织关系可转接',
        'en-US': 'a non-member has no party relation to transfer',
      });
    }
    if (body.toId !== null) await loadPartyOrgInScope(tx, ctx.actor, body.toId);
    else if (!body.externalOrgName) {
      throw invalidField(ctx.lang, 'externalOrgName', 'required_when_outside', {
        'zh-CN': '转出到地方时必须填写地方党组织名称',
        'en-US': 'is required when the relation leaves for a local org',
      });
    }
    set.partyOrgId = body.toId;
    // Into an enterprise org the relation is inside; out of them it is held outside.
    set.partyRelation = body.toId === null ? 'outside' : 'inside';
    set.externalOrgName = body.toId === null ? (body.externalOrgName ?? null) : null;
  }
  await tx.update(people).set(set).where(eq(people.id, id));
  const [moved] = await tx
    .insert(personTransfers)
    .values({
      personId: id,
      kind: body.kind,
      fromId,
      toId: body.toId,
      effectiveOn: body.effectiveOn,
      note: body.note ?? null,
      recordedBy: ctx.actor.accountId,
    })
    .returning({ id: personTransfers.id });
  if (body.kind === 'unit') {
    await raiseDueTalk(tx, {
      personId: id,
      reason: 'transfer',
      sourceType: 'person_transfer',
      sourceId: moved!.id,
      causeDate: body.effectiveOn,
    });
  }
  await writeAudit(tx, ctx.audit, {
    action: 'person.transfer',
    targetType: 'person',
    targetId: id,
    before: { [body.kind === 'unit' ? 'unitId' : 'partyOrgId']: fromId },
    after: { [body.kind === 'unit' ? 'unitId' : 'partyOrgId']: body.toId },
    detail: { effectiveOn: body.effectiveOn },
  });
  return toPerson(ctx.cipher, await loadPersonInScope(tx, ctx.actor, id), false);
}
