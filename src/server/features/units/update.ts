import { eq } from 'drizzle-orm';
import type { UpdateUnitBody } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import { getUnitDetail, lockUnitInScope } from './queries.ts';

/** Renames a unit, changes its kind or its place among its siblings. */
export async function updateUnit(tx: Db, ctx: ServiceContext, id: number, body: UpdateUnitBody) {
  const row = await lockUnitInScope(tx, ctx.actor, id);
  if (row.version !== body.version) throw staleVersion();
  const next = {
    name: body.name ?? row.name,
    kind: body.kind ?? row.kind,
    sortOrder: body.sortOrder ?? row.sortOrder,
  };
  await tx
    .update(units)
    .set({ ...next, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(units.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'unit.update',
    targetType: 'unit',
    targetId: id,
    before: { name: row.name, kind: row.kind, sortOrder: row.sortOrder },
    after: next,
  });
  return getUnitDetail(tx, ctx.actor, id);
}
