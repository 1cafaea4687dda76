import { z } from 'zod';
import { isoDate } from './common-dates.ts';

/**
 * The annual side of the responsibility checklists (seed 001): the board (units × items),
 * a unit's year at a glance, the annual assessment and ranking, member appraisal tallies,
 * duty reports (述职) with reviews, and accountability (问责).
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
export const annualIdParam = idParam;
export const appraisalParam = z.strictObject({ assignmentId: z.coerce.number().int().positive() });

export const CELL_STATES = ['done', 'partly', 'overdue', 'pending'] as const;
export type CellState = (typeof CELL_STATES)[number];

export const boardItemSchema = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  areaId: z.number().int(),
  title: z.string(),
  weight: z.number(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
});
export const boardCellSchema = z.object({
  itemId: z.number().int(),
  state: z.enum(CELL_STATES),
  achievement: z.number(),
  entryCount: z.number().int(),
  /** The measured quantity of a quantitative item, else null. */
  measured: z.number().nullable(),
});
export const boardSchema = z.object({
  template: z.object({ id: z.number().int(), name: z.string(), year: z.number().int(), unit: ref }),
  areas: z.array(z.object({ id: z.number().int(), title: z.string() })),
  items: z.array(boardItemSchema),
  rows: z.array(
    z.object({
      assignment: z.object({ id: z.number().int(), unit: ref }),
      cells: z.array(boardCellSchema),
      points: z.number(),
      pct: z.number(),
    }),
  ),
  /** Per item: how many of the shown units have it done. */
  totals: z.array(z.object({ itemId: z.number().int(), done: z.number().int() })),
});
export type Board = z.infer<typeof boardSchema>;

export const weightsSchema = z.object({
  checklist: z.number(),
  appraisal: z.number(),
  dutyReport: z.number(),
  /** The led projects' evaluation score. */
  project: z.number(),
});

export const ACCOUNTABILITY_KINDS = ['reminder', 'admonition', 'formal_admonition', 'disqualification'] as const;
export type AccountabilityKind = (typeof ACCOUNTABILITY_KINDS)[number];

export const accountabilityCountsSchema = z.object({
  reminder: z.number().int(),
  admonition: z.number().int(),
  formalAdmonition: z.number().int(),
  disqualification: z.number().int(),
});

export const rankingRowSchema = z.object({
  assignment: z.object({ id: z.number().int(), unit: ref }),
  checklistPoints: z.number(),
  checklistPct: z.number(),
  appraisalScore: z.number().nullable(),
  dutyReportScore: z.number().nullable(),
  /** Mean evaluation score of the unit's approved, evaluated led projects of the year; null without any. */
  projectScore: z.number().nullable(),
  total: z.number(),
  rank: z.number().int(),
  disqualified: z.boolean(),
  accountability: accountabilityCountsSchema,
});
export const rankingSchema = z.object({
  template: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  rows: z.array(rankingRowSchema),
  weights: weightsSchema,
});
export type Ranking = z.infer<typeof rankingSchema>;
export type RankingRow = z.infer<typeof rankingRowSchema>;

/** 党员评议 tallies. */
export const appraisalBody = z
  .strictObject({
    excellent: z.number().int().min(0).max(100_000),
    good: z.number().int().min(0).max(100_000),
    fair: z.number().int().min(0).max(100_000),
    poor: z.number().int().min(0).max(100_000),
    version: z.number().int().positive().optional(),
  })
  .refine((b) => b.excellent + b.good + b.fair + b.poor >= 1, {
    path: ['excellent'],
    params: { reason: 'no_ballots' },
    message: 'at least one ballot',
  });
export type AppraisalBody = z.infer<typeof appraisalBody>;
export const appraisalSchema = z.object({
  assignmentId: z.number().int(),
  excellent: z.number().int(),
  good: z.number().int(),
  fair: z.number().int(),
  poor: z.number().int(),
  score: z.number(),
  enteredAt: z.string(),
  version: z.number().int(),
});
export type Appraisal = z.infer<typeof appraisalSchema>;

export const DUTY_REPORT_KINDS = ['section', 'secretary'] as const;
export type DutyReportKind = (typeof DUTY_REPORT_KINDS)[number];
export const dutyReportReviewSchema = z.object({
  reviewer: ref,
  score: z.number().int(),
  comment: z.string(),
  updatedAt: z.string(),
});
export const dutyReportSchema = z.object({
  id: z.number().int(),
  kind: z.enum(DUTY_REPORT_KINDS),
  year: z.number().int(),
  unit: ref,
  assignmentId: z.number().int().nullable(),
  partyOrg: ref.nullable(),
  reporter: ref.nullable(),
  title: z.string(),
  content: z.string(),
  submittedBy: ref,
  submittedAt: z.string(),
  version: z.number().int(),
  averageScore: z.number().nullable(),
  reviewCount: z.number().int(),
  reviews: z.array(dutyReportReviewSchema),
  /** kind secretary: the rank among the listed reports by average score (unreviewed: null). */
  rank: z.number().int().nullable(),
});
export type DutyReport = z.infer<typeof dutyReportSchema>;
export const dutyReportList = z.array(dutyReportSchema);
export const dutyReportQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(DUTY_REPORT_KINDS).optional(),
  templateId: z.coerce.number().int().positive().optional(),
});
export type DutyReportQuery = z.infer<typeof dutyReportQuery>;
const title = z.string().trim().min(1).max(200);
const content = z.string().trim().min(1).max(20_000);
export const createDutyReportBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('section'), assignmentId: id, title, content }),
  z.strictObject({
    kind: z.literal('secretary'),
    year: z.number().int().min(2000).max(2100),
    partyOrgId: id,
    title,
    content,
  }),
]);
export type CreateDutyReportBody = z.infer<typeof createDutyReportBody>;
export const updateDutyReportBody = z.strictObject({ title, content, version: z.number().int().positive() });
export type UpdateDutyReportBody = z.infer<typeof updateDutyReportBody>;
export const reviewBody = z.strictObject({
  score: z.number().int().min(0).max(100),
  comment: z.string().trim().min(1).max(2_000),
});
export type ReviewBody = z.infer<typeof reviewBody>;

export const accountabilitySchema = z.object({
  id: z.number().int(),
  assignmentId: z.number().int(),
  unit: ref,
  person: ref.nullable(),
  kind: z.enum(ACCOUNTABILITY_KINDS),
  reason: z.string(),
  evidence: z.string().nullable(),
  occurredOn: z.string(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Accountability = z.infer<typeof accountabilitySchema>;
export const accountabilityList = z.array(accountabilitySchema);
export const accountabilityQuery = z.strictObject({
  templateId: z.coerce.number().int().positive().optional(),
  assignmentId: z.coerce.number().int().positive().optional(),
});
export const createAccountabilityBody = z.strictObject({
  assignmentId: id,
  personId: id.nullable().optional(),
  kind: z.enum(ACCOUNTABILITY_KINDS),
  reason: z.string().trim().min(1).max(2_000),
  evidence: z.string().trim().max(2_000).nullable().optional(),
  occurredOn: isoDate,
});
export type CreateAccountabilityBody = z.infer<typeof createAccountabilityBody>;

export const scoreBreakdownSchema = z.object({
  points: z.number(),
  maxPoints: z.number(),
  pct: z.number(),
  appraisalScore: z.number().nullable(),
  dutyReportScore: z.number().nullable(),
  /** Mean evaluation score of the unit's approved, evaluated led projects of the year; null without any. */
  projectScore: z.number().nullable(),
  total: z.number(),
  weights: weightsSchema,
});
export type ScoreBreakdown = z.infer<typeof scoreBreakdownSchema>;

export const unitYearSchema = z.object({
  assignment: z.object({ id: z.number().int(), unit: ref }),
  template: z.object({ id: z.number().int(), name: z.string(), year: z.number().int() }),
  areas: z.array(z.object({ id: z.number().int(), title: z.string() })),
  items: z.array(
    boardItemSchema.extend({
      state: z.enum(CELL_STATES),
      achievement: z.number(),
      measured: z.number().nullable(),
      entries: z.array(z.object({ id: z.number().int(), completedOn: z.string(), evidence: z.string() })),
    }),
  ),
  inspections: z.array(
    z.object({
      id: z.number().int(),
      quarter: z.number().int(),
      inspectedOn: z.string(),
      inspectors: z.string(),
      done: z.number().int(),
      partly: z.number().int(),
      notDone: z.number().int(),
    }),
  ),
  openRectifications: z.array(
    z.object({
      findingId: z.number().int(),
      itemId: z.number().int(),
      quarter: z.number().int(),
      finding: z.string(),
      note: z.string().nullable(),
      owner: ref.nullable(),
      due: z.string().nullable(),
    }),
  ),
  appraisal: appraisalSchema.nullable(),
  dutyReport: dutyReportSchema.nullable(),
  accountabilities: accountabilityList,
  score: scoreBreakdownSchema,
  disqualified: z.boolean(),
});
export type UnitYear = z.infer<typeof unitYearSchema>;
