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
