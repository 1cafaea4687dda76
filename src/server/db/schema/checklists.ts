import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { partyOrgs } from './party-orgs.ts';
import { people } from './people.ts';
import { records } from './records.ts';
import { units } from './units.ts';

/**
 * 责任清单 (seed 001): a party committee's yearly template of areas → items, applied
 * to chosen units (sections, branches). Each (assignment, item) has its own
 * completion register; inspections, monthly reports, appraisal, duty reports and
 * accountability hang off the assignment. Scores are computed, never stored.
 */
export const checklistTemplates = pgTable(
  'checklist_templates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The unit whose party committee owns the checklist; its subtree is where it may be assigned. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    /** Credit for an inspection finding of "partly done", in percent of the item's weight. */
    partialCreditPct: smallint('partial_credit_pct').notNull().default(50),
    /** How the annual assessment weighs its parts (percent; they add up to 100). */
    checklistWeightPct: smallint('checklist_weight_pct').notNull().default(60),
    appraisalWeightPct: smallint('appraisal_weight_pct').notNull().default(20),
    dutyReportWeightPct: smallint('duty_report_weight_pct').notNull().default(20),
    /** The led projects' evaluation (一科一品, 书记领题) as a fourth part; 0 leaves it out. */
    projectWeightPct: smallint('project_weight_pct').notNull().default(0),
    copiedFromId: integer('copied_from_id'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('checklist_templates_unit_year_name_key').on(t.unitId, t.year, t.name)],
);

/** The five areas of seed 001 are one template's areas; ordinal orders them. */
export const checklistAreas = pgTable(
  'checklist_areas',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer('template_id')
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    ordinal: smallint('ordinal').notNull(),
    title: text('title').notNull(),
  },
  (t) => [index('checklist_areas_template_idx').on(t.templateId)],
);

/**
 * One task of the checklist. `deadline` (a date) or `cadence` (monthly, quarterly,
 * half_year, yearly) says when it is due. A quantitative target (`target_value`)
 * is measured: `manual` sums the quantities registered, `record_count` counts the
 * assigned unit's records of `measure_kind`, `lecture_audience` is the party
 * lectures' average attendance in percent of members.
 */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer('template_id')
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    areaId: integer('area_id')
      .notNull()
      .references(() => checklistAreas.id, { onDelete: 'cascade' }),
    /** 序号 across the template (1…30 in seed 001). */
    ordinal: smallint('ordinal').notNull(),
    title: text('title').notNull(),
    /** committee | secretary | supervisor | counselor (the section head as counselor). */
    responsibleRole: text('responsible_role').notNull(),
    assessmentContent: text('assessment_content'),
    deadline: date('deadline', { mode: 'string' }),
    cadence: text('cadence'),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    targetValue: numeric('target_value', { precision: 10, scale: 2, mode: 'number' }),
    /** times | hours | percent | pieces */
    targetUnit: text('target_unit'),
    measure: text('measure').notNull().default('manual'),
    measureKind: text('measure_kind'),
  },
  (t) => [index('checklist_items_template_idx').on(t.templateId)],
);

/** A template applied to one unit, with the unit's supervisor (党委委员) and section head (counselor). */
export const checklistAssignments = pgTable(
  'checklist_assignments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer('template_id')
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    supervisorPersonId: integer('supervisor_person_id').references(() => people.id),
    counselorPersonId: integer('counselor_person_id').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('checklist_assignments_template_unit_key').on(t.templateId, t.unitId),
    index('checklist_assignments_unit_idx').on(t.unitId),
  ],
);

/** 完成进度登记簿: "完成一项，登记一项" — one row per completion, with its evidence. */
export const checklistEntries = pgTable(
  'checklist_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => checklistAssignments.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => checklistItems.id),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    evidence: text('evidence').notNull(),
    /** For a manually measured target: how much this completion adds (hours, pieces…). */
    quantity: numeric('quantity', { precision: 10, scale: 2, mode: 'number' }),
    /** The meeting or action record this completion points to, if any. */
    recordId: bigint('record_id', { mode: 'number' }).references(() => records.id),
    registeredBy: integer('registered_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checklist_entries_assignment_item_idx').on(t.assignmentId, t.itemId, t.completedOn)],
);

export const checklistEntryAttachments = pgTable(
  'checklist_entry_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    entryId: bigint('entry_id', { mode: 'number' })
      .notNull()
      .references(() => checklistEntries.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checklist_entry_attachments_entry_idx').on(t.entryId)],
);

/** 一月一汇报: the section head's monthly report, and the supervisor's comment on it. */
export const checklistMonthlyReports = pgTable(
  'checklist_monthly_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => checklistAssignments.id, { onDelete: 'cascade' }),
    /** YYYY-MM */
    month: text('month').notNull(),
    partyWork: text('party_work').notNull(),
    keyBusiness: text('key_business'),
    problems: text('problems'),
    nextPlan: text('next_plan'),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
    commentedBy: integer('commented_by').references(() => accounts.id),
    commentedAt: timestamp('commented_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [unique('checklist_monthly_reports_assignment_month_key').on(t.assignmentId, t.month)],
);

/** 一季一检查: the inspection team's visit to one assigned unit in one quarter. */
export const checklistInspections = pgTable(
  'checklist_inspections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => checklistAssignments.id, { onDelete: 'cascade' }),
    quarter: smallint('quarter').notNull(),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    inspectors: text('inspectors').notNull(),
    note: text('note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('checklist_inspections_assignment_quarter_key').on(t.assignmentId, t.quarter)],
);

/**
 * A finding per item of an inspection: done, partly or not_done. One that needs
 * rectification carries its owner and due date, and is closed by `rectified_on`.
 */
export const checklistFindings = pgTable(
  'checklist_findings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => checklistInspections.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => checklistItems.id),
    finding: text('finding').notNull(),
    note: text('note'),
    rectifyOwnerPersonId: integer('rectify_owner_person_id').references(() => people.id),
    rectifyDue: date('rectify_due', { mode: 'string' }),
    rectifiedOn: date('rectified_on', { mode: 'string' }),
    rectifiedNote: text('rectified_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('checklist_findings_inspection_item_key').on(t.inspectionId, t.itemId),
    index('checklist_findings_open_idx').on(t.rectifyDue).where(sql`rectify_due is not null and rectified_on is null`),
  ],
);

/** 党员评议: the members' ballots on the unit's party-building work, as tallied. */
export const checklistAppraisals = pgTable('checklist_appraisals', {
  assignmentId: integer('assignment_id')
    .primaryKey()
    .references(() => checklistAssignments.id, { onDelete: 'cascade' }),
  excellent: integer('excellent').notNull(),
  good: integer('good').notNull(),
  fair: integer('fair').notNull(),
  poor: integer('poor').notNull(),
  enteredBy: integer('entered_by')
    .notNull()
    .references(() => accounts.id),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * 述职: a section's yearly duty report (kind `section`, on its assignment) or a branch
 * secretary's (kind `secretary`, on the party org) to the superior org.
 */
export const dutyReports = pgTable(
  'duty_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    year: smallint('year').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    assignmentId: integer('assignment_id').references(() => checklistAssignments.id, { onDelete: 'cascade' }),
    partyOrgId: integer('party_org_id').references(() => partyOrgs.id),
    reporterPersonId: integer('reporter_person_id').references(() => people.id),
    title: text('title').notNull(),
    content: text('content').notNull(),
    submittedBy: integer('submitted_by')
      .notNull()
      .references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('duty_reports_assignment_key').on(t.assignmentId).where(sql`kind = 'section'`),
    uniqueIndex('duty_reports_party_org_year_key').on(t.partyOrgId, t.year).where(sql`kind = 'secretary'`),
    index('duty_reports_unit_year_idx').on(t.unitId, t.year),
  ],
);

/** A reviewer's score (0–100) and comment (领导点评) on a duty report; one per reviewer. */
export const dutyReportReviews = pgTable(
  'duty_report_reviews',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dutyReportId: integer('duty_report_id')
      .notNull()
      .references(() => dutyReports.id, { onDelete: 'cascade' }),
    reviewerAccountId: integer('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    score: smallint('score').notNull(),
    comment: text('comment').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('duty_report_reviews_report_reviewer_key').on(t.dutyReportId, t.reviewerAccountId)],
);

/**
 * 问责: a reminder, admonition, formal admonition or disqualification from the year's
 * awards, recorded against an assigned unit (and optionally a person), with reason and evidence.
 */
export const checklistAccountabilities = pgTable(
  'checklist_accountabilities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => checklistAssignments.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence'),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checklist_accountabilities_assignment_idx').on(t.assignmentId)],
);
