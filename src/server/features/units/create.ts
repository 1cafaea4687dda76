import { eq } from 'drizzle-orm';
import type { CreateUnitBody } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate } from '../../platform/errors.ts';
import { insertUnits } from './insert.ts';
import { getUnitDetail, loadUnitInScope } from './queries.ts';

/** Adds a unit under a parent inside the caller's scope. */
export async function createUnit(tx: Db, ctx: ServiceContext, body: CreateUnitBody) {
  await loadUnitInScope(tx, ctx.actor, body.parentId);
  const [parent] = await tx.select({ code: units.code }).from(units).where(eq(units.id, body.parentId));
  const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, body.code));
  if (taken) throw duplicate(ctx.lang, 'code', body.code);
  const ids = await insertUnits(tx, [
    { code: body.code, name: body.name, kind: body.kind, parentCode: parent!.code, sortOrder: body.sortOrder ?? 0 },
  ]);
  const id = ids.get(body.code);
  if (id === undefined) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'unit.create',
    targetType: 'unit',
    targetId: id,
    before: null,
    after: { ...body },
  });
  return getUnitDetail(tx, ctx.actor, id);
}
