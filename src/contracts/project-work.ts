import { z } from 'zod';
import { isoDate } from './common-dates.ts';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_PHASES,
  criterionSchema,
  PROBLEM_KINDS,
  PROJECT_EVENT_KINDS,
  PROJECT_STATUSES,
  proposerSchema,
  scoreSheetSchema,
} from './projects.ts';

/**
 * A project once proposed: its detail, milestones, progress entries with evidence
 * (the dossier, 一事一册), target readings, the guiding leader's comments, the
 * dossier timeline, evaluation ranking and exemplary marks.
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();

export const targetSchema = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number(),
  /** The latest reading (by measured date, then entry), or null before the first. */
  current: z.number().nullable(),
  measuredOn: z.string().nullable(),
  readings: z.array(
    z.object({
      id: z.number().int(),
      measuredOn: z.string(),
      value: z.number(),
      note: z.string().nullable(),
      recordedBy: ref,
    }),
  ),
});
export type ProjectTarget = z.infer<typeof targetSchema>;

export const milestoneSchema = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  doneNote: z.string().nullable(),
  /** Not done and its due date is before today (enterprise time zone). */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const projectDetail = z.object({
  id: z.number().int(),
  campaign: z.object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(CAMPAIGN_KINDS),
    year: z.number().int(),
    phase: z.enum(CAMPAIGN_PHASES),
    organizer: ref,
  }),
  proposer: proposerSchema,
  title: z.string(),
  theme: z.string().nullable(),
  problemKind: z.enum(PROBLEM_KINDS),
  problem: z.string(),
  goals: z.string(),
  plan: z.string(),
  resources: z.string().nullable(),
  leader: ref,
  members: z.array(ref),
  guide: ref.nullable(),
  status: z.enum(PROJECT_STATUSES),
  decisionReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  exemplary: z.boolean(),
  exemplaryNote: z.string().nullable(),
  targets: z.array(targetSchema),
  milestones: z.array(milestoneSchema),
  criteria: z.array(criterionSchema),
  reviewScore: z.number().nullable(),
  evaluationScore: z.number().nullable(),
  /** Score sheets are shown to those who review or manage the campaign; others get []. */
  sheets: z.array(scoreSheetSchema),
  /** What the caller may do now (role, scope, phase and status together). */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    decide: z.boolean(),
    review: z.boolean(),
    evaluate: z.boolean(),
    work: z.boolean(),
    comment: z.boolean(),
    markExemplary: z.boolean(),
  }),
  version: z.number().int(),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

// ---- implementation ---------------------------------------------------------

export const createMilestoneBody = z.strictObject({ title: text(200), dueOn: isoDate });
export type CreateMilestoneBody = z.infer<typeof createMilestoneBody>;
export const updateMilestoneBody = z.strictObject({
  title: text(200),
  dueOn: isoDate,
  /** Set to mark it done (not in the future), null to reopen. */
  doneOn: isoDate.nullable(),
  doneNote: optText(2000),
  version: z.number().int().positive(),
});
export type UpdateMilestoneBody = z.infer<typeof updateMilestoneBody>;
export const deleteMilestoneQuery = z.strictObject({ version: z.coerce.number().int().positive() });

export const createProgressBody = z.strictObject({
  occurredOn: isoDate,
  content: text(8000),
  milestoneId: id.nullable().optional(),
});
export type CreateProgressBody = z.infer<typeof createProgressBody>;

export const createReadingBody = z.strictObject({
  measuredOn: isoDate,
  value: z.number().finite(),
  note: optText(1000),
});
export type CreateReadingBody = z.infer<typeof createReadingBody>;

export const createCommentBody = z.strictObject({ content: text(4000) });
export type CreateCommentBody = z.infer<typeof createCommentBody>;

export const exemplaryBody = z.strictObject({
  exemplary: z.boolean(),
  note: optText(2000),
  version: z.number().int().positive(),
});
export type ExemplaryBody = z.infer<typeof exemplaryBody>;

export const progressAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
});

// ---- dossier (一事一册) -------------------------------------------------------

export const DOSSIER_ENTRY_KINDS = ['event', 'progress', 'reading', 'comment', 'milestone_done', 'score'] as const;
export type DossierEntryKind = (typeof DOSSIER_ENTRY_KINDS)[number];

/**
 * The project's running documentation as one timeline, oldest first. `on` is the
 * date the thing happened (a progress entry's occurred date, a reading's measured
 * date, otherwise the day it was recorded in the enterprise time zone).
 */
export const dossierEntrySchema = z.object({
  kind: z.enum(DOSSIER_ENTRY_KINDS),
  on: z.string(),
  at: z.string(),
  actor: ref.nullable(),
  /** event: its kind; score: the stage; milestone_done / progress: the milestone's title when linked. */
  event: z.enum(PROJECT_EVENT_KINDS).nullable(),
  title: z.string().nullable(),
  text: z.string().nullable(),
  /** reading: value and the target's name and unit; score: the sheet's total. */
  value: z.number().nullable(),
  attachments: z.array(progressAttachmentSchema),
  refId: z.number().int().nullable(),
});
export type DossierEntry = z.infer<typeof dossierEntrySchema>;
export const dossierSchema = z.object({
  project: projectDetail,
  entries: z.array(dossierEntrySchema),
});
export type Dossier = z.infer<typeof dossierSchema>;

// ---- ranking --------------------------------------------------------------------

export const projectRankingRow = z.object({
  project: z.object({ id: z.number().int(), title: z.string() }),
  proposer: proposerSchema,
  leader: ref,
  reviewScore: z.number().nullable(),
  evaluationScore: z.number().nullable(),
  evaluationSheets: z.number().int(),
  /** Competition rank by evaluation score (1, 1, 3); null until the project has an evaluation sheet. */
  rank: z.number().int().nullable(),
  /** Per evaluation criterion: the mean score over the sheets. */
  criteria: z.array(z.object({ criterionId: z.number().int(), mean: z.number().nullable() })),
  milestones: z.number().int(),
  milestonesDone: z.number().int(),
  exemplary: z.boolean(),
});
export type ProjectRankingRow = z.infer<typeof projectRankingRow>;
export const projectRankingSchema = z.object({
  campaign: z.object({
    id: z.number().int(),
    name: z.string(),
    year: z.number().int(),
    phase: z.enum(CAMPAIGN_PHASES),
  }),
  criteria: z.array(criterionSchema),
  rows: z.array(projectRankingRow),
});
export type ProjectRanking = z.infer<typeof projectRankingSchema>;
