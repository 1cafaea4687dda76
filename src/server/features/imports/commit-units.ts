import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { staleVersion } from '../../platform/errors.ts';
import { escapeLike } from '../../platform/scope.ts';
import { insertUnits } from '../units/insert.ts';
import type { ChangedUnitRow, UnitsPlan } from './validate-units.ts';

/**
 * Writes a checked units plan: new units generation by generation (paths filled
 * as insertUnits does), changed units in one statement guarded by their
 * versions, then each move top-down, rewriting the subtree's paths and levels
 * and the people's copies, with its unit_moves record.
 */
export async function commitUnits(tx: Db, ctx: ServiceContext, plan: UnitsPlan): Promise<void> {
  const newIds = await insertUnits(
    tx,
    plan.inserts.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      parentCode: u.parentCode,
      ...(u.sortOrder === undefined ? {} : { sortOrder: u.sortOrder }),
    })),
  );
  const closed = plan.inserts.filter((u) => !u.active).map((u) => newIds.get(u.code)!);
  if (closed.length) {
    await tx.execute(sql`
      update units set active = false, deactivated_at = now() where id = any(${arrayParam(closed)}::int[])`);
  }
  if (plan.updates.length === 0) return;
  const parentIds = await parentIdsOf(tx, plan.updates, newIds);
  const u = plan.updates;
  const updated = rowsOf<{ id: number }>(
    await tx.execute(sql`
      update units t set
        name = i.name, kind = i.kind, sort_order = i.sort_order, parent_id = i.parent_id,
        active = i.active,
        deactivated_at = case when i.active then null when t.active then now() else t.deactivated_at end,
        updated_at = now(), version = t.version + 1
      from unnest(
        ${arrayParam(u.map((r) => r.stored.id))}::int[],
        ${arrayParam(u.map((r) => r.stored.version))}::int[],
        ${arrayParam(u.map((r) => r.name))}::text[],
        ${arrayParam(u.map((r) => r.kind))}::text[],
        ${arrayParam(u.map((r) => r.sortOrder))}::int[],
        ${arrayParam(u.map((r) => r.active))}::boolean[],
        ${arrayParam(parentIds)}::int[]
      ) as i(id, version, name, kind, sort_order, active, parent_id)
      where t.id = i.id and t.version = i.version
      returning t.id`),
  );
  // Someone changed one of these units since the file was checked: write nothing.
  if (updated.length !== u.length) throw staleVersion();
  await applyMoves(tx, ctx, u, parentIds);
}

async function parentIdsOf(
  tx: Db,
  rows: readonly ChangedUnitRow[],
  newIds: ReadonlyMap<string, number>,
): Promise<(number | null)[]> {
  const codes = rows.flatMap((r) => (r.parentCode && !newIds.has(r.parentCode) ? [r.parentCode] : []));
  const stored = codes.length
    ? rowsOf<{ id: number; code: string }>(
        await tx.execute(sql`select id, code from units where code = any(${arrayParam([...new Set(codes)])}::text[])`),
      )
    : [];
  const byCode = new Map([...newIds, ...stored.map((s) => [s.code, s.id] as const)]);
  return rows.map((r) => (r.parentCode ? byCode.get(r.parentCode)! : null));
}

/**
 * Moves run in final-depth order: when a unit moves, every moved unit above
 * its new place already sits where the file puts it, so the new parent is never
 * inside the moving subtree.
 */
async function applyMoves(
  tx: Db,
  ctx: ServiceContext,
  rows: readonly ChangedUnitRow[],
  parentIds: readonly (number | null)[],
): Promise<void> {
  const moves = rows
    .map((r, i) => ({ r, parentId: parentIds[i]! }))
    .filter((m) => m.r.moveDepth !== null)
    .sort((a, b) => a.r.moveDepth! - b.r.moveDepth!);
  const records: { unitId: number; from: number | null; to: number; fromPath: string; toPath: string }[] = [];
  for (const { r, parentId } of moves) {
    const now = rowsOf<{ id: number; path: string; level: number }>(
      await tx.execute(sql`select id, path, level from units where id in (${r.stored.id}, ${parentId})`),
    );
    const self = now.find((n) => n.id === r.stored.id)!;
    const parent = now.find((n) => n.id === parentId)!;
    const oldPrefix = self.path;
    const newPrefix = `${parent.path}${r.stored.id}/`;
    const like = `${escapeLike(oldPrefix)}%`;
    await tx.execute(sql`
      update units set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}),
        level = level + ${parent.level + 1 - self.level}::int
      where path like ${like}`);
    await tx.execute(sql`
      update people set unit_path = ${newPrefix} || substr(unit_path, ${oldPrefix.length + 1})
      where unit_path like ${like}`);
    records.push({
      unitId: r.stored.id,
      from: r.stored.parentId,
      to: parentId,
      fromPath: oldPrefix,
      toPath: newPrefix,
    });
  }
  if (records.length === 0) return;
  await tx.execute(sql`
    insert into unit_moves (unit_id, from_parent_id, to_parent_id, from_path, to_path, moved_by)
    select i.unit_id, i.from_id, i.to_id, i.from_path, i.to_path, ${ctx.actor.accountId}::int
    from unnest(
      ${arrayParam(records.map((m) => m.unitId))}::int[],
      ${arrayParam(records.map((m) => m.from))}::int[],
      ${arrayParam(records.map((m) => m.to))}::int[],
      ${arrayParam(records.map((m) => m.fromPath))}::text[],
      ${arrayParam(records.map((m) => m.toPath))}::text[]
    ) as i(unit_id, from_id, to_id, from_path, to_path)`);
}
