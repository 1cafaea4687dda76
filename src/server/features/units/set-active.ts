import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, staleVersion } from '../../platform/errors.ts';
import { getUnitDetail, lockUnitInScope } from './queries.ts';

/**
 * Deactivates or reactivates a unit. Records that refer to it stay; a unit with
 * active children cannot be deactivated (deactivate from the bottom up), and a
 * unit cannot be reactivated under an inactive parent.
 */
export async function setUnitActive(tx: Db, ctx: ServiceContext, id: number, active: boolean, version: number) {
  const row = await lockUnitInScope(tx, ctx.actor, id);
  if (row.version !== version) throw staleVersion();
  if (row.active === active) return getUnitDetail(tx, ctx.actor, id);
  if (!active) {
    const [children] = await tx
      .select({ n: count() })
      .from(units)
      .where(and(eq(units.parentId, id), eq(units.active, true)));
    if ((children?.n ?? 0) > 0) {
      throw conflict(ctx.lang, {
        'zh-CN': `该机构还有 ${children!.n} 个启用的下级机构，请先停用下级机构`,
        'en-US': `it still has ${children!.n} active child units; deactivate them first`,
      });
    }
  } else if (row.parentId !== null) {
    const [parent] = await tx.select({ active: units.active }).from(units).where(eq(units.id, row.parentId));
    if (parent && !parent.active) {
      throw conflict(ctx.lang, { 'zh-CN': '上级机构已停用，请先启用上级机构', 'en-US': 'its parent is inactive' });
    }
  }
  await tx
    .update(units)
    .set({ active, deactivatedAt: active ? null : new Date(), updatedAt: new Date(), version: row.version + 1 })
    .where(eq(units.id, id));
  await writeAudit(tx, ctx.audit, {
    action: active ? 'unit.activate' : 'unit.deactivate',
    targetType: 'unit',
    targetId: id,
    before: { active: row.active },
    after: { active },
  });
  return getUnitDetail(tx, ctx.actor, id);
}
