import { eq } from 'drizzle-orm';
import type { CreatePartyOrgBody } from '../../../contracts/party-orgs.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate } from '../../platform/errors.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { getPartyOrgDetail } from './queries.ts';
import { assertParent, resolveDates } from './validate.ts';

export async function createPartyOrg(tx: Db, ctx: ServiceContext, body: CreatePartyOrgBody) {
  await loadUnitInScope(tx, ctx.actor, body.unitId);
  await assertParent(tx, ctx.actor, ctx.lang, body.parentId);
  const dates = resolveDates(ctx.lang, body);
  const [taken] = await tx.select({ id: partyOrgs.id }).from(partyOrgs).where(eq(partyOrgs.code, body.code));
  if (taken) throw duplicate(ctx.lang, 'code', body.code);
  const [row] = await tx
    .insert(partyOrgs)
    .values({
      code: body.code,
      name: body.name,
      kind: body.kind,
      unitId: body.unitId,
      parentId: body.parentId ?? null,
      ...dates,
    })
    .returning({ id: partyOrgs.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'party_org.create',
    targetType: 'party_org',
    targetId: row.id,
    before: null,
    after: { ...body, ...dates },
  });
  return getPartyOrgDetail(tx, ctx.actor, row.id);
}
