import { z } from 'zod';
import { isoDate } from './common-dates.ts';

/**
 * 跟踪问效 figures for a subtree and a period (concerns raised in it), by one
 * dimension. Every count comes with what it is out of, and opens its list
 * (GET /api/concerns with the row's filter and the figure's `status`).
 */
export const CONCERN_DIMENSIONS = ['tier', 'category', 'department', 'counselor', 'outlet'] as const;
export type ConcernDimension = (typeof CONCERN_DIMENSIONS)[number];

export const concernFiguresQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate,
  to: isoDate,
  dimension: z.enum(CONCERN_DIMENSIONS).default('tier'),
});
export type ConcernFiguresQuery = z.infer<typeof concernFiguresQuery>;

export const concernTallySchema = z.object({
  raised: z.number().int(),
  resolved: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  rejected: z.number().int(),
  /** resolved / raised, 0–1; null when nothing was raised. */
  resolutionRate: z.number().nullable(),
  /** Median days from raising to (latest) resolution, over the resolved ones; null when none. */
  medianDaysToResolve: z.number().nullable(),
  /** Suggestions raised and problems solved: seed 000's "70 suggestions, 58 problems". */
  suggestionsRaised: z.number().int(),
  problemsSolved: z.number().int(),
});
export type ConcernTally = z.infer<typeof concernTallySchema>;

export const concernFigureRowSchema = concernTallySchema.extend({
  /** The list filter this row stands for: tier 1–3, a category code, a department / person / unit id (0: none). */
  key: z.union([z.string(), z.number()]),
  label: z.string(),
});
export type ConcernFigureRow = z.infer<typeof concernFigureRowSchema>;

export const concernFiguresSchema = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  from: z.string(),
  to: z.string(),
  dimension: z.enum(CONCERN_DIMENSIONS),
  total: concernTallySchema,
  rows: z.array(concernFigureRowSchema),
  /** How many distinct counselors the period's concerns are credited to (seed 000's "54 counselors"). */
  counselorsActive: z.number().int(),
});
export type ConcernFigures = z.infer<typeof concernFiguresSchema>;

/** The quarterly progress report (xlsx), per department or per city branch. */
export const concernReportQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  by: z.enum(['department', 'city']).default('department'),
});
export type ConcernReportQuery = z.infer<typeof concernReportQuery>;
