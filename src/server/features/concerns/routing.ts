import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { concernRoutes } from '../../db/schema/concerns.ts';
import { units } from '../../db/schema/units.ts';
import { invalidField } from '../../platform/errors.ts';
import { pathIds } from '../../platform/scope.ts';

export interface RouteTarget {
  department: { id: number; name: string };
  /** The branch whose row applied. */
  from: { id: number; name: string };
}

/**
 * The routing table's answer for a concern of `category` at the unit with `path`:
 * the row of the nearest branch above (or at) it. Null when no branch has a row —
 * then the router must name a department.
 */
export async function routeFor(db: Db, path: string, category: string): Promise<RouteTarget | null> {
  const branch = units;
  const [row] = await db
    .select({
      departmentUnitId: concernRoutes.departmentUnitId,
      fromId: branch.id,
      fromName: branch.name,
      level: branch.level,
    })
    .from(concernRoutes)
    .innerJoin(branch, eq(branch.id, concernRoutes.unitId))
    .where(and(eq(concernRoutes.category, category), inArray(concernRoutes.unitId, pathIds(path))))
    .orderBy(desc(branch.level))
    .limit(1);
  if (!row) return null;
  const [dep] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.id, row.departmentUnitId));
  if (!dep) return null;
  return { department: dep, from: { id: row.fromId, name: row.fromName } };
}

/**
 * A department a concern may be routed to: an active department of a branch on the
 * way up from `belowPath` (or of that unit itself) — a city's or the province's, never
 * another city's. Otherwise the field is refused by name.
 */
export async function departmentAbove(db: Db, lang: Lang, field: string, departmentId: number, belowPath: string) {
  const [dep] = await db
    .select({ id: units.id, name: units.name, kind: units.kind, active: units.active, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, departmentId));
  const ancestors = pathIds(belowPath);
  const fits = dep?.active && dep.kind === 'department' && dep.parentId !== null && ancestors.includes(dep.parentId);
  if (!dep || !fits) {
    throw invalidField(lang, field, 'not_department_above', {
      'zh-CN': '须为该网点上级机构的在用职能部门',
      'en-US': 'must be an active department of a branch above the unit',
    });
  }
  return dep;
}
