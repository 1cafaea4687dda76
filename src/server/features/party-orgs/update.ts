import { eq } from 'drizzle-orm';
import type { UpdatePartyOrgBody } from '../../../contracts/party-orgs.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgs } from '../../db/schema/party-orgs.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { getPartyOrgDetail, lockPartyOrgInScope } from './queries.ts';
import { assertParent, resolveDates } from './validate.ts';

/** Edits a party org: name, kind, unit, parent, term, founding and dissolution. */
export async function updatePartyOrg(tx: Db, ctx: ServiceContext, id: number, body: UpdatePartyOrgBody) {
  const row = await lockPartyOrgInScope(tx, ctx.actor, id);
  if (row.version !== body.version) throw staleVersion();
  await loadUnitInScope(tx, ctx.actor, body.unitId);
  await assertParent(tx, ctx.actor, ctx.lang, body.parentId, id);
  const next = {
    name: body.name,
    kind: body.kind,
    unitId: body.unitId,
    parentId: body.parentId ?? null,
    ...resolveDates(ctx.lang, body),
  };
  await tx
    .update(partyOrgs)
    .set({ ...next, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(partyOrgs.id, id));
  const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof typeof next]]));
  await writeAudit(tx, ctx.audit, {
    action: 'party_org.update',
    targetType: 'party_org',
    targetId: id,
    before,
    after: next,
  });
  return getPartyOrgDetail(tx, ctx.actor, id);
}
