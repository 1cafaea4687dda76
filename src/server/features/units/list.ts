import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { UnitFilters, UnitKind, UnitListItem } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { unitMoves, units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { type Page, paged } from '../../platform/paging.ts';
import { escapeLike, pathIds, pathInScope, underPaths } from '../../platform/scope.ts';
import { loadUnitInScope, subtreePaths } from './queries.ts';

function listWhere(paths: string[], f: UnitFilters) {
  return and(
    underPaths(units.path, paths),
    f.kind ? eq(units.kind, f.kind) : undefined,
    f.includeInactive === 'true' ? undefined : eq(units.active, true),
    f.q ? or(ilike(units.name, `%${escapeLike(f.q)}%`), ilike(units.code, `${escapeLike(f.q)}%`)) : undefined,
  );
}

const columns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  level: units.level,
  parentId: units.parentId,
  sortOrder: units.sortOrder,
  active: units.active,
  version: units.version,
  path: units.path,
  childCount: sql<number>`(select count(*)::int from units c where c.parent_id = units.id)`,
  parentCode: sql<string | null>`(select p.code from units p where p.id = units.parent_id)`,
};
interface Row {
  id: number;
  code: string;
  name: string;
  kind: string;
  level: number;
  parentId: number | null;
  sortOrder: number;
  active: boolean;
  version: number;
  path: string;
  childCount: number;
  parentCode: string | null;
}

/** Names of every ancestor of the rows inside the scope, fetched in one query. */
async function withAncestors(db: Db, actor: Actor, rows: Row[]): Promise<UnitListItem[]> {
  const ids = [...new Set(rows.flatMap((r) => pathIds(r.path).slice(0, -1)))];
  const names = ids.length
    ? await db.select({ id: units.id, name: units.name, path: units.path }).from(units).where(inArray(units.id, ids))
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows.map(({ path, ...r }) => ({
    ...r,
    kind: r.kind as UnitKind,
    ancestors: pathIds(path)
      .slice(0, -1)
      .map((id) => byId.get(id))
      .filter((a): a is { id: number; name: string; path: string } => !!a && pathInScope(a.path, actor.scopePaths))
      .map(({ id, name }) => ({ id, name })),
  }));
}

/** A flat, paged list of the units in a subtree, in tree order. */
export async function listUnits(
  db: Db,
  actor: Actor,
  q: UnitFilters & { page: number; pageSize: number },
): Promise<Page<UnitListItem>> {
  const where = listWhere(await subtreePaths(db, actor, q.unitId), q);
  return paged(
    q,
    (limit, offset) => db.select(columns).from(units).where(where).orderBy(asc(units.path)).limit(limit).offset(offset),
    () => db.select({ n: count() }).from(units).where(where),
    (rows) => withAncestors(db, actor, rows),
  );
}

/** Every row of the list (for export), in tree order, in batches; paths resolved before the download starts. */
export async function* unitBatches(
  db: Db,
  actor: Actor,
  paths: string[],
  f: UnitFilters,
  batch = 2000,
): AsyncGenerator<UnitListItem[]> {
  const where = listWhere(paths, f);
  for (let offset = 0; ; offset += batch) {
    const rows = await db.select(columns).from(units).where(where).orderBy(asc(units.path)).limit(batch).offset(offset);
    if (rows.length === 0) return;
    yield withAncestors(db, actor, rows);
    if (rows.length < batch) return;
  }
}

/** Where a unit hung before, newest first. */
export async function unitHistory(db: Db, actor: Actor, id: number) {
  await loadUnitInScope(db, actor, id);
  const rows = await db
    .select()
    .from(unitMoves)
    .where(eq(unitMoves.unitId, id))
    .orderBy(sql`${unitMoves.movedAt} desc`);
  const ids = [...new Set(rows.flatMap((r) => [r.fromParentId, r.toParentId]).filter((x): x is number => x !== null))];
  const names = ids.length
    ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))
    : [];
  const ref = (x: number | null) => (x === null ? null : (names.find((n) => n.id === x) ?? null));
  return rows.map((r) => ({
    id: r.id,
    from: ref(r.fromParentId),
    to: ref(r.toParentId),
    movedAt: r.movedAt.toISOString(),
  }));
}
