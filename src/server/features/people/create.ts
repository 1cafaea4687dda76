import { eq } from 'drizzle-orm';
import type { CreatePersonBody } from '../../../contracts/people.ts';
import type { Db } from '../../db/client.ts';
import { people } from '../../db/schema/people.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate } from '../../platform/errors.ts';
import { loadPartyOrgInScope } from '../party-orgs/queries.ts';
import { loadUnitInScope } from '../units/queries.ts';
import { loadPersonInScope, toPerson } from './queries.ts';
import { sealPersonal } from './sensitive.ts';
import { assertPersonRules } from './validate.ts';

/** Adds a person to a unit (and party org) inside the caller's scope. */
export async function createPerson(tx: Db, ctx: ServiceContext, body: CreatePersonBody) {
  const unit = await loadUnitInScope(tx, ctx.actor, body.unitId);
  if (body.partyOrgId) await loadPartyOrgInScope(tx, ctx.actor, body.partyOrgId);
  assertPersonRules(ctx, { ...body, hasPartyOrg: Boolean(body.partyOrgId) });
  const [taken] = await tx.select({ id: people.id }).from(people).where(eq(people.employeeNo, body.employeeNo));
  if (taken) throw duplicate(ctx.lang, 'employeeNo', body.employeeNo);
  const { phone, idNumber, ...fields } = body;
  const [row] = await tx
    .insert(people)
    .values({
      ...fields,
      unitPath: unit.path,
      partyOrgId: body.partyOrgId ?? null,
      ...sealPersonal(ctx.cipher, { phone, idNumber }),
    })
    .returning({ id: people.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'person.create',
    targetType: 'person',
    targetId: row.id,
    before: null,
    after: { ...body },
  });
  return toPerson(ctx.cipher, await loadPersonInScope(tx, ctx.actor, row.id), false);
}
