import { z } from 'zod';

export const UNIT_KINDS = ['head_office', 'province', 'city', 'county', 'outlet', 'department', 'section'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  level: z.number().int(),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Number of direct children in the caller's view. */
  childCount: z.number().int(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitChildrenQuery = z.strictObject({
  /** Omit for the caller's scope roots. */
  parentId: z.coerce.number().int().positive().optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const unitDetailSchema = unitSchema.extend({
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

/** The whole tree in one list, for choosing scopes (security administrator). */
export const unitPickerItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().nullable(),
  active: z.boolean(),
  childCount: z.number().int(),
});
export type UnitPickerItem = z.infer<typeof unitPickerItemSchema>;

export const UNIT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

export const createUnitBody = z.strictObject({
  code: z.string().trim().regex(UNIT_CODE_PATTERN),
  name: z.string().trim().min(1).max(64),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().positive(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
  version: z.number().int().positive(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const moveUnitBody = z.strictObject({
  parentId: z.number().int().positive(),
  version: z.number().int().positive(),
});
export const setUnitActiveBody = z.strictObject({ active: z.boolean(), version: z.number().int().positive() });

/** A flat list of units in a subtree (e.g. every outlet of a city branch). */
export const unitListFilters = {
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(64).optional(),
};
export const unitListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  ...unitListFilters,
});
export const unitExportQuery = z.strictObject(unitListFilters);
export type UnitFilters = z.infer<typeof unitExportQuery>;

export const unitListItemSchema = unitSchema.extend({
  parentCode: z.string().nullable(),
  /** Names above the unit, root first (inside the caller's scope). */
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type UnitListItem = z.infer<typeof unitListItemSchema>;
export const unitListPage = z.object({
  items: z.array(unitListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const unitMoveSchema = z.object({
  id: z.number().int(),
  from: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  to: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  movedAt: z.string(),
});
