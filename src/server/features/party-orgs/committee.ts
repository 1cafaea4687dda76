import { and, eq, isNull } from 'drizzle-orm';
import type { AppointBody } from '../../../contracts/party-orgs.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import { MEMBER_STATUSES, type PartyStatus } from '../../../contracts/registry-enums.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, notFound, staleVersion } from '../../platform/errors.ts';
import { loadPersonInScope } from '../people/queries.ts';
import { getPartyOrgDetail, lockPartyOrgInScope } from './queries.ts';

async function bumpVersion(tx: Db, id: number, version: number) {
  await tx
    .update(partyOrgs)
    .set({ updatedAt: new Date(), version: version + 1 })
    .where(eq(partyOrgs.id, id));
}

/**
 * Seats a member on a party org's committee. A new secretary or deputy
 * secretary ends the sitting one's seat the day before; a member already on the
 * committee in another role changes role (the old seat ends). History stays.
 */
export async function appoint(tx: Db, ctx: ServiceContext, orgId: number, body: AppointBody) {
  const org = await lockPartyOrgInScope(tx, ctx.actor, orgId);
  if (org.version !== body.version) throw staleVersion();
  const { person } = await loadPersonInScope(tx, ctx.actor, body.personId);
  if (!MEMBER_STATUSES.includes(person.partyStatus as PartyStatus) || person.employmentStatus !== 'active') {
    throw invalidField(ctx.lang, 'personId', 'not_a_member', {
      'zh-CN': '只能任命在职党员',
      'en-US': 'must be an active party member',
    });
  }
  if (body.startedOn > todayInChina()) {
    throw invalidField(ctx.lang, 'startedOn', 'future_date', {
      'zh-CN': '不能晚于今天',
      'en-US': 'cannot be in the future',
    });
  }
  const sitting = await tx
    .select()
    .from(partyOrgCommittee)
    .where(and(eq(partyOrgCommittee.partyOrgId, orgId), isNull(partyOrgCommittee.endedOn)));
  if (sitting.some((s) => s.personId === body.personId && s.role === body.role)) {
    throw conflict(ctx.lang, {
      'zh-CN': '该人员已在本届委员会担任此职务',
      'en-US': 'the person already holds this seat',
    });
  }
  const single = body.role !== 'member';
  const ending = sitting.filter((s) => s.personId === body.personId || (single && s.role === body.role));
  for (const s of ending) {
    if (s.startedOn > body.startedOn) {
      throw invalidField(ctx.lang, 'startedOn', 'before_current', {
        'zh-CN': `不能早于现任人员的任职日期 ${s.startedOn}`,
        'en-US': `cannot be before the sitting holder's start ${s.startedOn}`,
      });
    }
    await tx.update(partyOrgCommittee).set({ endedOn: body.startedOn }).where(eq(partyOrgCommittee.id, s.id));
  }
  await tx
    .insert(partyOrgCommittee)
    .values({ partyOrgId: orgId, personId: body.personId, role: body.role, startedOn: body.startedOn });
  await bumpVersion(tx, orgId, org.version);
  await writeAudit(tx, ctx.audit, {
    action: 'party_org.appoint',
    targetType: 'party_org',
    targetId: orgId,
    detail: { personId: body.personId, role: body.role, startedOn: body.startedOn, ended: ending.map((s) => s.id) },
  });
  return getPartyOrgDetail(tx, ctx.actor, orgId);
}

/** Ends one sitting seat (the person leaves the committee). */
export async function endSeat(
  tx: Db,
  ctx: ServiceContext,
  orgId: number,
  seatId: number,
  endedOn: string,
  version: number,
) {
  const org = await lockPartyOrgInScope(tx, ctx.actor, orgId);
  if (org.version !== version) throw staleVersion();
  const [seat] = await tx
    .select()
    .from(partyOrgCommittee)
    .where(and(eq(partyOrgCommittee.id, seatId), eq(partyOrgCommittee.partyOrgId, orgId)));
  if (!seat) throw notFound();
  if (seat.endedOn !== null)
    throw conflict(ctx.lang, { 'zh-CN': '该任职已结束', 'en-US': 'the seat has already ended' });
  if (endedOn < seat.startedOn) {
    throw invalidField(ctx.lang, 'endedOn', 'before_started', {
      'zh-CN': '不能早于任职日期',
      'en-US': 'cannot be before the start',
    });
  }
  await tx.update(partyOrgCommittee).set({ endedOn }).where(eq(partyOrgCommittee.id, seatId));
  await bumpVersion(tx, orgId, org.version);
  await writeAudit(tx, ctx.audit, {
    action: 'party_org.end_seat',
    targetType: 'party_org',
    targetId: orgId,
    detail: { seatId, personId: seat.personId, role: seat.role, endedOn },
  });
  return getPartyOrgDetail(tx, ctx.actor, orgId);
}
