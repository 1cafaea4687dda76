import { z } from 'zod';
import { isoDate } from './common-dates.ts';

/**
 * The configurable side of concerns (BRIEF "rules are data"): categories with
 * their SLA, the routing table (category → owning department, per branch), and
 * the working-day calendar that SLAs in working days count on.
 */
export const SLA_DAY_KINDS = ['calendar', 'working'] as const;
export type SlaDayKind = (typeof SLA_DAY_KINDS)[number];

/** Seed 000's categories; the default SLA is 30 calendar days. */
export const PRESET_CATEGORIES = [
  { code: 'business_development', zh: '业务发展', en: 'Business development' },
  { code: 'staffing', zh: '人员配置', en: 'Staffing' },
  { code: 'facilities', zh: '设施设备', en: 'Facilities and equipment' },
  { code: 'staff_welfare', zh: '员工关爱', en: 'Staff welfare' },
  { code: 'risk_compliance', zh: '风险合规', en: 'Risk and compliance' },
  { code: 'party_building', zh: '党的建设', en: 'Party building' },
  { code: 'other', zh: '其他', en: 'Other' },
] as const;
export const DEFAULT_SLA_DAYS = 30;

export const concernCategorySchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  slaDays: z.number().int(),
  slaDayKind: z.enum(SLA_DAY_KINDS),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type ConcernCategory = z.infer<typeof concernCategorySchema>;

const categoryFields = {
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(80),
  slaDays: z.number().int().min(1).max(365),
  slaDayKind: z.enum(SLA_DAY_KINDS),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(10_000),
};
export const createCategoryBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/),
  ...categoryFields,
});
export type CreateCategoryBody = z.infer<typeof createCategoryBody>;
export const updateCategoryBody = z.strictObject({ ...categoryFields, version: z.number().int().positive() });
export type UpdateCategoryBody = z.infer<typeof updateCategoryBody>;
export const categoryParam = z.strictObject({ code: z.string().max(40) });

/**
 * One row of the routing table: at `unit` (a head office, province, city or county
 * branch), concerns of `category` from outlets below it go to `department`, an active
 * department of that branch or of one above it. The nearest branch above the outlet
 * that has a row wins.
 */
export const concernRouteSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  category: z.string(),
  department: z.object({ id: z.number().int(), name: z.string() }),
});
export type ConcernRoute = z.infer<typeof concernRouteSchema>;
export const routeListQuery = z.strictObject({ unitId: z.coerce.number().int().positive().optional() });
export const putRouteBody = z.strictObject({
  unitId: z.number().int().positive(),
  category: z.string().trim().min(1).max(40),
  departmentId: z.number().int().positive(),
});
export type PutRouteBody = z.infer<typeof putRouteBody>;

/** Where the routing table sends a concern of this category from this outlet (the form's preview). */
export const routePreviewQuery = z.strictObject({
  unitId: z.coerce.number().int().positive(),
  category: z.string().max(40),
});
export const routePreviewSchema = z.object({
  department: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** The branch whose table row applied. */
  from: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

/** Exceptions to "Monday–Friday are working days": holidays and make-up working days. */
export const calendarDaySchema = z.object({ day: z.string(), working: z.boolean(), note: z.string().nullable() });
export type CalendarDay = z.infer<typeof calendarDaySchema>;
export const calendarQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const putCalendarDayBody = z.strictObject({
  day: isoDate,
  working: z.boolean(),
  note: z.string().trim().max(100).nullable().optional(),
});
export const dayParam = z.strictObject({ day: isoDate });
