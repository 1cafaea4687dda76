import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  CalendarDay,
  ConcernCategory,
  ConcernRoute,
  CreateCategoryBody,
  PutRouteBody,
  UpdateCategoryBody,
} from '../../../contracts/concern-config.ts';
import type { Db } from '../../db/client.ts';
import { concernCategories, concernRoutes, workingCalendar } from '../../db/schema/concerns.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate, invalidField, notFound, outOfScope, staleVersion } from '../../platform/errors.ts';
import { pathInScope, underPaths } from '../../platform/scope.ts';
import { activeCategory } from './raise.ts';
import { departmentAbove } from './routing.ts';

const toCategory = (c: typeof concernCategories.$inferSelect): ConcernCategory => ({
  code: c.code,
  nameZh: c.nameZh,
  nameEn: c.nameEn,
  slaDays: c.slaDays,
  slaDayKind: c.slaDayKind === 'working' ? 'working' : 'calendar',
  active: c.active,
  sortOrder: c.sortOrder,
  version: c.version,
});

export async function listCategories(db: Db): Promise<ConcernCategory[]> {
  const rows = await db
    .select()
    .from(concernCategories)
    .orderBy(asc(concernCategories.sortOrder), asc(concernCategories.code));
  return rows.map(toCategory);
}

export async function createCategory(tx: Db, ctx: ServiceContext, body: CreateCategoryBody): Promise<ConcernCategory> {
  const [taken] = await tx.select().from(concernCategories).where(eq(concernCategories.code, body.code));
  if (taken) throw duplicate(ctx.lang, 'code', body.code);
  const [row] = await tx.insert(concernCategories).values(body).returning();
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'concern_category.create',
    targetType: 'concern_category',
    targetId: body.code,
    before: null,
    after: body,
  });
  return toCategory(row);
}

/** Renames, re-times or retires a category; concerns already raised keep it. */
export async function updateCategory(
  tx: Db,
  ctx: ServiceContext,
  code: string,
  body: UpdateCategoryBody,
): Promise<ConcernCategory> {
  const [before] = await tx.select().from(concernCategories).where(eq(concernCategories.code, code));
  if (!before) throw notFound();
  const { version, ...values } = body;
  const [row] = await tx
    .update(concernCategories)
    .set({ ...values, version: version + 1 })
    .where(and(eq(concernCategories.code, code), eq(concernCategories.version, version)))
    .returning();
  if (!row) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'concern_category.update',
    targetType: 'concern_category',
    targetId: code,
    before,
    after: row,
  });
  return toCategory(row);
}

/** A branch (not an outlet or department) in the caller's scope, else the field is refused. */
async function branchInScope(db: Db, ctx: ServiceContext, unitId: number) {
  const [u] = await db.select().from(units).where(eq(units.id, unitId));
  if (
    !u ||
    !pathInScope(u.path, ctx.actor.scopePaths) ||
    !['head_office', 'province', 'city', 'county'].includes(u.kind)
  ) {
    throw invalidField(ctx.lang, 'unitId', 'not_branch', {
      'zh-CN': '须为您范围内的总行、省、市或县级机构',
      'en-US': 'must be a head office, province, city or county branch in your scope',
    });
  }
  return u;
}

const department = alias(units, 'department');

/** The routing rows of branches in scope (or of one branch), with the names a table shows. */
export async function listRoutes(db: Db, ctx: ServiceContext, unitId: number | undefined): Promise<ConcernRoute[]> {
  const rows = await db
    .select({ r: concernRoutes, unitName: units.name, unitKind: units.kind, departmentName: department.name })
    .from(concernRoutes)
    .innerJoin(units, eq(units.id, concernRoutes.unitId))
    .innerJoin(department, eq(department.id, concernRoutes.departmentUnitId))
    .where(and(underPaths(units.path, ctx.actor.scopePaths), unitId ? eq(concernRoutes.unitId, unitId) : undefined))
    .orderBy(asc(units.path), asc(concernRoutes.category));
  return rows.map(({ r, unitName, unitKind, departmentName }) => ({
    id: r.id,
    unit: { id: r.unitId, name: unitName, kind: unitKind },
    category: r.category,
    department: { id: r.departmentUnitId, name: departmentName },
  }));
}

/** Sets the department of one category at one branch (insert or replace). */
export async function putRoute(tx: Db, ctx: ServiceContext, body: PutRouteBody): Promise<number> {
  const unit = await branchInScope(tx, ctx, body.unitId);
  await activeCategory(tx, ctx.lang, body.category);
  await departmentAbove(tx, ctx.lang, 'departmentId', body.departmentId, unit.path);
  const [before] = await tx
    .select()
    .from(concernRoutes)
    .where(and(eq(concernRoutes.unitId, body.unitId), eq(concernRoutes.category, body.category)));
  const [row] = await tx
    .insert(concernRoutes)
    .values({ unitId: body.unitId, category: body.category, departmentUnitId: body.departmentId })
    .onConflictDoUpdate({
      target: [concernRoutes.unitId, concernRoutes.category],
      set: { departmentUnitId: body.departmentId },
    })
    .returning({ id: concernRoutes.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'concern_route.put',
    targetType: 'concern_route',
    targetId: row.id,
    before: before ? { ...before } : null,
    after: { unitId: body.unitId, category: body.category, departmentUnitId: body.departmentId },
  });
  return row.id;
}

export async function deleteRoute(tx: Db, ctx: ServiceContext, id: number): Promise<void> {
  const [row] = await tx
    .select({ r: concernRoutes, path: units.path })
    .from(concernRoutes)
    .innerJoin(units, eq(units.id, concernRoutes.unitId))
    .where(eq(concernRoutes.id, id));
  if (!row) throw notFound();
  if (!pathInScope(row.path, ctx.actor.scopePaths)) throw outOfScope('concern_route', id);
  await tx.delete(concernRoutes).where(eq(concernRoutes.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'concern_route.delete',
    targetType: 'concern_route',
    targetId: id,
    before: { ...row.r },
    after: null,
  });
}

export async function listCalendar(db: Db, year: number): Promise<CalendarDay[]> {
  return db
    .select()
    .from(workingCalendar)
    .where(and(gte(workingCalendar.day, `${year}-01-01`), lt(workingCalendar.day, `${year + 1}-01-01`)))
    .orderBy(asc(workingCalendar.day));
}

export async function putCalendarDay(tx: Db, ctx: ServiceContext, body: CalendarDay): Promise<CalendarDay> {
  const [before] = await tx.select().from(workingCalendar).where(eq(workingCalendar.day, body.day));
  const values = { day: body.day, working: body.working, note: body.note ?? null };
  await tx.insert(workingCalendar).values(values).onConflictDoUpdate({ target: workingCalendar.day, set: values });
  await writeAudit(tx, ctx.audit, {
    action: 'working_calendar.put',
    targetType: 'working_calendar',
    targetId: body.day,
    before: before ?? null,
    after: values,
  });
  return values;
}

export async function deleteCalendarDay(tx: Db, ctx: ServiceContext, day: string): Promise<void> {
  const [before] = await tx.delete(workingCalendar).where(eq(workingCalendar.day, day)).returning();
  if (!before) throw notFound();
  await writeAudit(tx, ctx.audit, {
    action: 'working_calendar.delete',
    targetType: 'working_calendar',
    targetId: day,
    before,
    after: null,
  });
}
