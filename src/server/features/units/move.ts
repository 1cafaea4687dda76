import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitMoves, units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, staleVersion } from '../../platform/errors.ts';
import { escapeLike } from '../../platform/scope.ts';
import { getUnitDetail, loadUnitInScope, lockUnitInScope } from './queries.ts';

/**
 * Moves a unit with its whole subtree under another parent (both in scope).
 * Paths below it and the people's copies are rewritten in two statements; the
 * move is kept in unit_moves.
 */
export async function moveUnit(tx: Db, ctx: ServiceContext, id: number, parentId: number, version: number) {
  const row = await lockUnitInScope(tx, ctx.actor, id);
  if (row.version !== version) throw staleVersion();
  const parent = await loadUnitInScope(tx, ctx.actor, parentId);
  if (parent.path.startsWith(row.path)) {
    throw conflict(ctx.lang, {
      'zh-CN': '不能移动到本机构或其下级机构之下',
      'en-US': 'a unit cannot move under itself',
    });
  }
  if (row.parentId === parentId) return getUnitDetail(tx, ctx.actor, id);
  const [parentRow] = await tx.select({ level: units.level }).from(units).where(eq(units.id, parentId));
  const oldPrefix = row.path;
  const newPrefix = `${parent.path}${id}/`;
  const levelDelta = parentRow!.level + 1 - row.level;
  const like = `${escapeLike(oldPrefix)}%`;
  await tx.execute(sql`
    update units set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}), level = level + ${levelDelta}
    where path like ${like}`);
  await tx.execute(sql`
    update people set unit_path = ${newPrefix} || substr(unit_path, ${oldPrefix.length + 1})
    where unit_path like ${like}`);
  await tx
    .update(units)
    .set({ parentId, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(units.id, id));
  await tx.insert(unitMoves).values({
    unitId: id,
    fromParentId: row.parentId,
    toParentId: parentId,
    fromPath: oldPrefix,
    toPath: newPrefix,
    movedBy: ctx.actor.accountId,
  });
  await writeAudit(tx, ctx.audit, {
    action: 'unit.move',
    targetType: 'unit',
    targetId: id,
    before: { parentId: row.parentId },
    after: { parentId },
  });
  return getUnitDetail(tx, ctx.actor, id);
}
