import { z } from 'zod';
import { periodParam } from './periods.ts';
import { rateSchema } from './registry.ts';

/**
 * The cockpit (驾驶舱): the figures of a unit subtree for a calendar period, each a
 * rate (numerator / denominator) or a count, computed by the modules that own them,
 * with the same figure for each child unit on request and a link to what is behind it.
 */
export const cockpitQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  /** "2026", "2026-H2", "2026-Q4", "2026-11" (contracts/periods.ts). */
  period: periodParam,
});
export type CockpitQuery = z.infer<typeof cockpitQuery>;

export const COCKPIT_SECTIONS = [
  'pairings',
  'branches',
  'records',
  'concerns',
  'checklists',
  'projects',
  'training',
  'talks',
  'registry',
] as const;
export type CockpitSection = (typeof COCKPIT_SECTIONS)[number];

const unitRef = z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() });

/** A figure's value: a rate with what it is made of, or a plain count. Exactly one is set. */
export const figureValueSchema = z.object({ rate: rateSchema.nullable(), count: z.number().int().nullable() });
export type FigureValue = z.infer<typeof figureValueSchema>;

export const cockpitFigureSchema = figureValueSchema.extend({
  /** Stable key, e.g. `scheme:3:completion`, `concerns:resolved`, `training:hoursMet`. */
  key: z.string(),
  section: z.enum(COCKPIT_SECTIONS),
  /** Localized by the server (the reports print the same words). */
  label: z.string(),
  /** What the numerator and denominator count, localized ("已达标人数 / 应参训人数"). */
  hint: z.string(),
  /** Higher is better for rates and things done; lower for overdue and blank. */
  better: z.enum(['higher', 'lower']),
  /** The web page listing the records or gaps behind the figure, for this unit and period. */
  link: z.string().nullable(),
});
export type CockpitFigure = z.infer<typeof cockpitFigureSchema>;

export const cockpitSchema = z.object({
  unit: unitRef,
  /** From the caller's scope root down to the unit (breadcrumb). */
  trail: z.array(z.object({ id: z.number().int(), name: z.string() })),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  today: z.string(),
  figures: z.array(cockpitFigureSchema),
  children: z.array(unitRef),
  /** When the figures were computed, and whether this answer came from the refreshed store. */
  computedAt: z.string(),
  cached: z.boolean(),
});
export type Cockpit = z.infer<typeof cockpitSchema>;

/** One figure for each child unit: the comparison and ranking charts, and the drill-down table. */
export const cockpitChildrenQuery = cockpitQuery.extend({ key: z.string().min(1).max(100) });
export const cockpitChildrenSchema = z.object({
  figure: cockpitFigureSchema,
  rows: z.array(
    figureValueSchema.extend({
      unit: unitRef,
      /** The child's own cockpit link (drill down), or the records/gaps page at the last level. */
      link: z.string().nullable(),
    }),
  ),
});
export type CockpitChildren = z.infer<typeof cockpitChildrenSchema>;

/** Month by month over the period's year (up to the current month): the trend chart. */
export const cockpitTrendQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const cockpitTrendSchema = z.object({
  year: z.number().int(),
  months: z.array(
    z.object({
      /** "2026-03" */
      month: z.string(),
      records: z.number().int(),
      personTimes: z.number().int(),
      concernsRaised: z.number().int(),
      concernsResolved: z.number().int(),
    }),
  ),
});
export type CockpitTrend = z.infer<typeof cockpitTrendSchema>;
