import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Unit, UnitDetail, UnitKind, UnitPickerItem } from '../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound, outOfReachField, outOfScope } from '../../platform/errors.ts';
import { escapeLike, inScope, pathIds, pathInScope, topPaths } from '../../platform/scope.ts';

// Written as plain SQL: Drizzle leaves columns unqualified in single-table selects,
// which would bind "id" to the inner alias instead of the outer row.
const childCount = (includeInactive: boolean) =>
  sql<number>`(select count(*)::int from units c where c.parent_id = units.id${includeInactive ? sql`` : sql` and c.active`})`;

function unitColumns(includeInactive: boolean) {
  return {
    id: units.id,
    code: units.code,
    name: units.name,
    kind: units.kind,
    level: units.level,
    parentId: units.parentId,
    sortOrder: units.sortOrder,
    active: units.active,
    childCount: childCount(includeInactive),
    version: units.version,
  };
}

type UnitRow = Omit<Unit, 'kind'> & { kind: string };
const asUnit = (r: UnitRow): Unit => ({ ...r, kind: r.kind as UnitKind });

/**
 * Children of a unit inside the caller's scope, or the caller's scope roots.
 * A parent outside the scope answers 404.
 */
export async function listUnitChildren(
  db: Db,
  actor: Actor,
  parentId: number | undefined,
  includeInactive: boolean,
): Promise<Unit[]> {
  const active = includeInactive ? undefined : eq(units.active, true);
  if (parentId === undefined) {
    const roots = topPaths(actor.scopePaths);
    if (roots.length === 0) return [];
    const rows = await db
      .select(unitColumns(includeInactive))
      .from(units)
      .where(and(inArray(units.path, roots), active))
      .orderBy(asc(units.sortOrder), asc(units.code));
    return rows.map(asUnit);
  }
  await loadUnitInScope(db, actor, parentId);
  const rows = await db
    .select(unitColumns(includeInactive))
    .from(units)
    .where(and(eq(units.parentId, parentId), inScope(units.path, actor), active))
    .orderBy(asc(units.sortOrder), asc(units.code));
  return rows.map(asUnit);
}

/** One unit in scope, or 404 (never a hint that it exists elsewhere). */
export async function loadUnitInScope(db: Db, actor: Actor, id: number) {
  const [row] = await db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(and(eq(units.id, id), inScope(units.path, actor)));
  if (row) return row;
  const [exists] = await db.select({ id: units.id }).from(units).where(eq(units.id, id));
  throw exists ? outOfScope('unit', id) : notFound();
}

/** A unit named in a request body, in the caller's scope (id, name, path), else the field is refused as out of reach. */
export async function unitInReach(db: Db, lang: Lang, actor: Actor, unitId: number, field: string) {
  const [u] = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.id, unitId), inScope(units.path, actor)));
  if (!u) throw outOfReachField(lang, field);
  return u;
}

/** The full row of a unit in scope, locked for the rest of the transaction, or 404. */
export async function lockUnitInScope(db: Db, actor: Actor, id: number) {
  await loadUnitInScope(db, actor, id);
  const [row] = await db.select().from(units).where(eq(units.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}

export async function getUnitDetail(db: Db, actor: Actor, id: number): Promise<UnitDetail> {
  const { path } = await loadUnitInScope(db, actor, id);
  const [row] = await db.select(unitColumns(true)).from(units).where(eq(units.id, id));
  if (!row) throw notFound();
  const ancestorIds = pathIds(path).slice(0, -1);
  const ancestors =
    ancestorIds.length === 0
      ? []
      : await db
          .select({ id: units.id, name: units.name, path: units.path, level: units.level })
          .from(units)
          .where(inArray(units.id, ancestorIds))
          .orderBy(asc(units.level));
  return {
    ...asUnit(row),
    // Ancestors above the scope root are not the caller's business.
    ancestors: ancestors.filter((a) => pathInScope(a.path, actor.scopePaths)).map((a) => ({ id: a.id, name: a.name })),
  };
}

/**
 * The whole tree for choosing data scopes (security administrator): children of
 * a unit, or the roots, or a search by name or code. Not cut to a scope: scopes
 * are granted from here.
 */
export async function pickUnits(db: Db, opts: { parentId?: number; q?: string }): Promise<UnitPickerItem[]> {
  const columns = {
    id: units.id,
    code: units.code,
    name: units.name,
    kind: units.kind,
    parentId: units.parentId,
    active: units.active,
    childCount: childCount(true),
  };
  const where = opts.q
    ? or(ilike(units.name, `%${escapeLike(opts.q)}%`), ilike(units.code, `${escapeLike(opts.q)}%`))
    : opts.parentId
      ? eq(units.parentId, opts.parentId)
      : sql`${units.parentId} is null`;
  const rows = await db
    .select(columns)
    .from(units)
    .where(where)
    .orderBy(asc(units.level), asc(units.sortOrder), asc(units.code))
    .limit(200);
  return rows.map((r) => ({ ...r, kind: r.kind as UnitKind }));
}

/**
 * The subtrees a filtered query covers: the given unit's (which must lie in the
 * caller's scope, else 404) or, without one, the caller's whole scope.
 */
export async function subtreePaths(db: Db, actor: Actor, unitId: number | undefined): Promise<string[]> {
  if (unitId === undefined) return topPaths(actor.scopePaths);
  const { path } = await loadUnitInScope(db, actor, unitId);
  return [path];
}
