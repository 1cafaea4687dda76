import { z } from 'zod';
import { isoDate } from './common-dates.ts';

/**
 * The completion register (完成一项，登记一项), monthly reports (一月一汇报) with the
 * supervisor's comment, quarterly inspections (一季一检查) with their findings, and
 * the follow-up of rectifications.
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const FINDINGS = ['done', 'partly', 'not_done'] as const;
export type Finding = (typeof FINDINGS)[number];

// ---- register -------------------------------------------------------------

export const registerParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});

export const entryAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
});
export type EntryAttachment = z.infer<typeof entryAttachmentSchema>;

export const entrySchema = z.object({
  id: z.number().int(),
  completedOn: z.string(),
  evidence: z.string(),
  quantity: z.number().nullable(),
  record: z.object({ id: z.number().int(), title: z.string(), occurredAt: z.string() }).nullable(),
  registeredBy: ref,
  createdAt: z.string(),
  attachments: z.array(entryAttachmentSchema),
  /** The caller may delete it: the registrant on the day of registering, or a manager. */
  canDelete: z.boolean(),
});
export type Entry = z.infer<typeof entrySchema>;

export const registerItemSchema = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  area: z.string(),
  title: z.string(),
  responsibleRole: z.string(),
  assessmentContent: z.string().nullable(),
  deadline: z.string().nullable(),
  cadence: z.string().nullable(),
  weight: z.number(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  measure: z.string(),
  measureKind: z.string().nullable(),
});
export type RegisterItem = z.infer<typeof registerItemSchema>;

export const registerFindingSchema = z.object({
  inspectionId: z.number().int(),
  quarter: z.number().int(),
  inspectedOn: z.string(),
  finding: z.enum(FINDINGS),
  note: z.string().nullable(),
});

export const registerSchema = z.object({
  assignment: z.object({ id: z.number().int(), unit: ref, year: z.number().int(), templateId: z.number().int() }),
  item: registerItemSchema,
  /** What the system counts for a target (records, quantities registered); null without a target. */
  measured: z.number().nullable(),
  entries: z.array(entrySchema),
  findings: z.array(registerFindingSchema),
});
export type Register = z.infer<typeof registerSchema>;

export const createEntryBody = z.strictObject({
  assignmentId: id,
  itemId: id,
  completedOn: isoDate,
  evidence: text(2_000),
  /** Only for an item measured by hand with a target (and then required). */
  quantity: z.number().positive().max(99_999_999).nullable().optional(),
  recordId: id.nullable().optional(),
});
export type CreateEntryBody = z.infer<typeof createEntryBody>;

// ---- monthly reports ------------------------------------------------------

export const monthlyReportSchema = z.object({
  id: z.number().int(),
  month: z.string(),
  partyWork: z.string(),
  keyBusiness: z.string().nullable(),
  problems: z.string().nullable(),
  nextPlan: z.string().nullable(),
  submittedBy: ref,
  submittedAt: z.string(),
  comment: z.string().nullable(),
  commentedBy: ref.nullable(),
  commentedAt: z.string().nullable(),
  version: z.number().int(),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

export const monthlyReportsQuery = z.strictObject({
  templateId: z.coerce.number().int().positive(),
  month: yearMonth,
});
export const monthlyReportRowSchema = z.object({
  assignment: z.object({ id: z.number().int(), unit: ref }),
  report: monthlyReportSchema.nullable(),
});
export const monthlyReportListSchema = z.object({
  rows: z.array(monthlyReportRowSchema),
  /** Units without a report for the month. */
  missing: z.number().int(),
});
export type MonthlyReportList = z.infer<typeof monthlyReportListSchema>;

export const unitMonthsQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const MONTH_STATES = ['submitted', 'missing', 'future'] as const;
export const unitMonthsSchema = z.object({
  assignmentId: z.number().int(),
  year: z.number().int(),
  months: z.array(z.object({ month: z.string(), state: z.enum(MONTH_STATES), report: monthlyReportSchema.nullable() })),
});
export type UnitMonths = z.infer<typeof unitMonthsSchema>;

export const putMonthlyReportBody = z.strictObject({
  assignmentId: id,
  month: yearMonth,
  partyWork: text(5_000),
  keyBusiness: optText(5_000),
  problems: optText(5_000),
  nextPlan: optText(5_000),
  /** Required to update an existing report. */
  version: z.number().int().positive().optional(),
});
export type PutMonthlyReportBody = z.infer<typeof putMonthlyReportBody>;

export const commentMonthlyReportBody = z.strictObject({
  comment: text(2_000),
  version: z.number().int().positive(),
});
export type CommentMonthlyReportBody = z.infer<typeof commentMonthlyReportBody>;

// ---- inspections ----------------------------------------------------------

export const inspectionsQuery = z.strictObject({
  templateId: z.coerce.number().int().positive().optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  assignmentId: z.coerce.number().int().positive().optional(),
});

export const inspectionSummarySchema = z.object({
  id: z.number().int(),
  assignment: z.object({ id: z.number().int(), unit: ref }),
  quarter: z.number().int(),
  inspectedOn: z.string(),
  inspectors: z.string(),
  note: z.string().nullable(),
  counts: z.object({ done: z.number().int(), partly: z.number().int(), notDone: z.number().int() }),
  openRectifications: z.number().int(),
});
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;

export const findingSchema = z.object({
  id: z.number().int(),
  item: z.object({ id: z.number().int(), ordinal: z.number().int(), title: z.string() }),
  finding: z.enum(FINDINGS),
  note: z.string().nullable(),
  rectifyOwner: ref.nullable(),
  rectifyDue: z.string().nullable(),
  rectifiedOn: z.string().nullable(),
  rectifiedNote: z.string().nullable(),
  version: z.number().int(),
});
export type FindingRow = z.infer<typeof findingSchema>;

export const inspectionDetailSchema = inspectionSummarySchema.extend({ findings: z.array(findingSchema) });
export type InspectionDetail = z.infer<typeof inspectionDetailSchema>;

export const findingInput = z.strictObject({
  itemId: id,
  finding: z.enum(FINDINGS),
  note: optText(1_000),
  rectifyOwnerPersonId: id.nullable().optional(),
  rectifyDue: isoDate.nullable().optional(),
});
export const createInspectionBody = z.strictObject({
  assignmentId: id,
  quarter: z.number().int().min(1).max(4),
  inspectedOn: isoDate,
  inspectors: text(500),
  note: optText(2_000),
  findings: z.array(findingInput).min(1).max(200),
});
export type CreateInspectionBody = z.infer<typeof createInspectionBody>;

// ---- rectifications -------------------------------------------------------

export const rectificationsQuery = z.strictObject({
  templateId: z.coerce.number().int().positive().optional(),
  open: z.enum(['true', 'false']).optional(),
});
export const rectificationSchema = findingSchema.extend({
  inspection: z.object({ id: z.number().int(), quarter: z.number().int(), inspectedOn: z.string() }),
  assignment: z.object({ id: z.number().int(), unit: ref }),
  overdue: z.boolean(),
});
export type Rectification = z.infer<typeof rectificationSchema>;

export const rectifiedBody = z.strictObject({
  rectifiedOn: isoDate,
  rectifiedNote: text(2_000),
  version: z.number().int().positive(),
});
export type RectifiedBody = z.infer<typeof rectifiedBody>;
