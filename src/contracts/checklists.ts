import { z } from 'zod';
import { ACTION_KINDS } from './actions.ts';
import { isoDate } from './common-dates.ts';

/**
 * 责任清单模板 (seed 001): a committee's yearly checklist of areas → items, and
 * its assignments to units (each with a supervisor and a counselor).
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });

export const RESPONSIBLE_ROLES = ['committee', 'secretary', 'supervisor', 'counselor'] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];
export const CADENCES = ['monthly', 'quarterly', 'half_year', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const TARGET_UNITS = ['times', 'hours', 'percent', 'pieces'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const MEASURES = ['manual', 'record_count', 'lecture_audience'] as const;
export type Measure = (typeof MEASURES)[number];
export const MAX_TEMPLATE_ITEMS = 200;

export const checklistTemplateSummary = z.object({
  id: z.number().int(),
  unit: ref,
  year: z.number().int(),
  name: z.string(),
  itemCount: z.number().int(),
  assignmentCount: z.number().int(),
  totalWeight: z.number(),
});
export type ChecklistTemplateSummary = z.infer<typeof checklistTemplateSummary>;
export const checklistTemplateList = z.object({ items: z.array(checklistTemplateSummary) });
export type ChecklistTemplateList = z.infer<typeof checklistTemplateList>;
export const templateListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export type TemplateListQuery = z.infer<typeof templateListQuery>;

const pct = z.number().int().min(0).max(100);

export const templateItemInput = z.strictObject({
  /** Sent back on an update: the item keeps its identity (entries and findings point to it). */
  id: id.optional(),
  title: z.string().trim().min(1).max(500),
  responsibleRole: z.enum(RESPONSIBLE_ROLES),
  assessmentContent: z.string().trim().max(2_000).nullable().optional(),
  deadline: isoDate.nullable().optional(),
  cadence: z.enum(CADENCES).nullable().optional(),
  weight: z.number().positive().max(1_000),
  targetValue: z.number().positive().max(1_000_000).nullable().optional(),
  targetUnit: z.enum(TARGET_UNITS).nullable().optional(),
  measure: z.enum(MEASURES).default('manual'),
  measureKind: z.enum(ACTION_KINDS).nullable().optional(),
});
export type TemplateItemInput = z.input<typeof templateItemInput>;

export const templateAreaInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  items: z.array(templateItemInput).max(MAX_TEMPLATE_ITEMS),
});
export type TemplateAreaInput = z.input<typeof templateAreaInput>;

const templateContent = {
  name: z.string().trim().min(1).max(200),
  partialCreditPct: pct.default(50),
  checklistWeightPct: pct.default(60),
  appraisalWeightPct: pct.default(20),
  dutyReportWeightPct: pct.default(20),
  /** The led projects' evaluation score (issue 7); 0 leaves it out of the assessment. */
  projectWeightPct: pct.default(0),
  areas: z.array(templateAreaInput).min(1).max(50),
};

export const createTemplateBody = z.strictObject({
  unitId: id,
  year: z.number().int().min(2000).max(2100),
  ...templateContent,
});
export type CreateTemplateBody = z.input<typeof createTemplateBody>;

export const updateTemplateBody = z.strictObject({ ...templateContent, version: z.number().int().positive() });
export type UpdateTemplateBody = z.input<typeof updateTemplateBody>;

export const copyTemplateBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  withAssignments: z.boolean(),
});
export type CopyTemplateBody = z.infer<typeof copyTemplateBody>;

export const checklistItemSchema = z.object({
  id: z.number().int(),
  areaId: z.number().int(),
  ordinal: z.number().int(),
  title: z.string(),
  responsibleRole: z.enum(RESPONSIBLE_ROLES),
  assessmentContent: z.string().nullable(),
  deadline: z.string().nullable(),
  cadence: z.enum(CADENCES).nullable(),
  weight: z.number(),
  targetValue: z.number().nullable(),
  targetUnit: z.enum(TARGET_UNITS).nullable(),
  measure: z.enum(MEASURES),
  measureKind: z.enum(ACTION_KINDS).nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistAssignmentSchema = z.object({
  id: z.number().int(),
  unit: ref,
  supervisor: ref.nullable(),
  counselor: ref.nullable(),
  version: z.number().int(),
  hasData: z.boolean(),
});
export type ChecklistAssignment = z.infer<typeof checklistAssignmentSchema>;

export const checklistTemplateDetail = z.object({
  id: z.number().int(),
  unit: ref,
  year: z.number().int(),
  name: z.string(),
  partialCreditPct: z.number().int(),
  checklistWeightPct: z.number().int(),
  appraisalWeightPct: z.number().int(),
  dutyReportWeightPct: z.number().int(),
  projectWeightPct: z.number().int(),
  copiedFromId: z.number().int().nullable(),
  version: z.number().int(),
  /** Whether the caller may change the template itself (its owner unit is in scope). */
  ownerInScope: z.boolean(),
  areas: z.array(
    z.object({
      id: z.number().int(),
      ordinal: z.number().int(),
      title: z.string(),
      items: z.array(checklistItemSchema),
    }),
  ),
  assignments: z.array(checklistAssignmentSchema),
  totalWeight: z.number(),
});
export type ChecklistTemplateDetail = z.infer<typeof checklistTemplateDetail>;

export const addAssignmentsBody = z.strictObject({
  units: z
    .array(
      z.strictObject({
        unitId: id,
        supervisorPersonId: id.nullable().optional(),
        counselorPersonId: id.nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export type AddAssignmentsBody = z.infer<typeof addAssignmentsBody>;

export const updateAssignmentBody = z.strictObject({
  supervisorPersonId: id.nullable(),
  counselorPersonId: id.nullable(),
  version: z.number().int().positive(),
});
export type UpdateAssignmentBody = z.infer<typeof updateAssignmentBody>;
export const versionQuery = z.strictObject({ version: z.coerce.number().int().positive() });

export const IMPORT_MODES = ['dry_run', 'commit'] as const;
export const templateImportQuery = z.strictObject({
  mode: z.enum(IMPORT_MODES),
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
});
export type TemplateImportQuery = z.infer<typeof templateImportQuery>;
export const templateImportResult = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  templateId: z.number().int().optional(),
});
export type TemplateImportResult = z.infer<typeof templateImportResult>;
