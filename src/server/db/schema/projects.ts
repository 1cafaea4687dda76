import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { partyOrgs } from './party-orgs.ts';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * Led projects (seed 002 书记领题 / 支部破题, seed 001 一科一品): a campaign run by a
 * party org for a year invites proposals from eligible proposers (party orgs of
 * chosen kinds, or sections for brands) in a subtree; approved proposals become
 * projects, implemented with milestones and a dossier (一事一册), then evaluated
 * and ranked. Scores are computed from the reviewers' sheets, never stored.
 */
export const projectCampaigns = pgTable(
  'project_campaigns',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** secretary_led | branch_led | section_brand */
    kind: text('kind').notNull(),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The organizing party org; its unit anchors the campaign in the data scope. */
    organizerOrgId: integer('organizer_org_id')
      .notNull()
      .references(() => partyOrgs.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** A city committee's campaign under the province's (cascade). */
    parentId: integer('parent_id').references((): AnyPgColumn => projectCampaigns.id),
    /** Proposers come from this subtree… */
    eligibleUnitId: integer('eligible_unit_id')
      .notNull()
      .references(() => units.id),
    /** …and are party orgs of these kinds (secretary_led, branch_led) or units of these kinds (section_brand). */
    proposerKinds: text('proposer_kinds').array().notNull(),
    /** Approved projects per proposer (e.g. one per city committee), and overall (null: no cap). */
    quotaPerProposer: smallint('quota_per_proposer').notNull().default(1),
    quotaTotal: smallint('quota_total'),
    themes: text('themes').array().notNull(),
    /** proposal → review → implementation → evaluation → closed, advanced by the organizer. */
    phase: text('phase').notNull().default('proposal'),
    proposalOpens: date('proposal_opens').notNull(),
    proposalDue: date('proposal_due').notNull(),
    reviewDue: date('review_due').notNull(),
    implementationDue: date('implementation_due').notNull(),
    evaluationDue: date('evaluation_due').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('project_campaigns_org_year_name_key').on(t.organizerOrgId, t.year, t.name),
    index('project_campaigns_unit_idx').on(t.unitId),
    index('project_campaigns_parent_idx').on(t.parentId),
  ],
);

/** Scoring criteria of a campaign, per stage (review of proposals, evaluation of results); weights add up to 100. */
export const projectCriteria = pgTable(
  'project_criteria',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => projectCampaigns.id, { onDelete: 'cascade' }),
    /** review | evaluation */
    stage: text('stage').notNull(),
    ordinal: smallint('ordinal').notNull(),
    name: text('name').notNull(),
    weightPct: smallint('weight_pct').notNull(),
  },
  (t) => [index('project_criteria_campaign_idx').on(t.campaignId, t.stage)],
);

/**
 * A proposal and, once approved, the project. `status`: draft → submitted →
 * (returned → submitted)* → approved | rejected; withdrawn before the deadline.
 */
export const projects = pgTable(
  'projects',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => projectCampaigns.id),
    /** The proposing unit (the org's unit, or the section itself): the project's place in the data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The proposing party org (secretary_led, branch_led); null for a section brand. */
    partyOrgId: integer('party_org_id').references(() => partyOrgs.id),
    title: text('title').notNull(),
    theme: text('theme'),
    /** party_building | business: which difficulty the project breaks (两破解). */
    problemKind: text('problem_kind').notNull(),
    problem: text('problem').notNull(),
    goals: text('goals').notNull(),
    plan: text('plan').notNull(),
    resources: text('resources'),
    /** 项目组组长: the proposing org's secretary for secretary-led and branch-led projects. */
    leaderPersonId: integer('leader_person_id')
      .notNull()
      .references(() => people.id),
    /** The superior leader assigned to guide and supervise (挂钩指导), set by the organizer. */
    guidePersonId: integer('guide_person_id').references(() => people.id),
    status: text('status').notNull().default('draft'),
    /** The organizer's reason for the last return or rejection. */
    decisionReason: text('decision_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => accounts.id),
    exemplary: boolean('exemplary').notNull().default(false),
    exemplaryNote: text('exemplary_note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('projects_campaign_idx').on(t.campaignId, t.status), index('projects_unit_idx').on(t.unitId)],
);

/** 项目组成员. */
export const projectMembers = pgTable(
  'project_members',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.personId] })],
);

/** A measurable goal: baseline, target, and the readings taken during implementation. */
export const projectTargets = pgTable(
  'project_targets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ordinal: smallint('ordinal').notNull(),
    name: text('name').notNull(),
    /** Free text unit: 个, %, 万元, 户… */
    unit: text('unit').notNull(),
    baseline: numeric('baseline', { mode: 'number' }),
    targetValue: numeric('target_value', { mode: 'number' }).notNull(),
  },
  (t) => [index('project_targets_project_idx').on(t.projectId)],
);

export const projectTargetReadings = pgTable(
  'project_target_readings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    targetId: integer('target_id')
      .notNull()
      .references(() => projectTargets.id, { onDelete: 'cascade' }),
    measuredOn: date('measured_on').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_target_readings_target_idx').on(t.targetId, t.measuredOn)],
);

export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ordinal: smallint('ordinal').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    doneNote: text('done_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('project_milestones_project_idx').on(t.projectId)],
);

/** 一事一册: a dated progress entry with evidence, optionally against a milestone. */
export const projectProgress = pgTable(
  'project_progress',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    milestoneId: integer('milestone_id').references(() => projectMilestones.id, { onDelete: 'set null' }),
    occurredOn: date('occurred_on').notNull(),
    content: text('content').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_progress_project_idx').on(t.projectId, t.occurredOn)],
);

export const projectProgressAttachments = pgTable(
  'project_progress_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    progressId: bigint('progress_id', { mode: 'number' })
      .notNull()
      .references(() => projectProgress.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_progress_attachments_progress_idx').on(t.progressId)],
);

/** The guiding leader's (and the organizer's) comments on a project. */
export const projectComments = pgTable(
  'project_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    content: text('content').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_comments_project_idx').on(t.projectId)],
);

/** Every status change of a proposal (submitted, withdrawn, returned, approved, …) with its reason: the dossier's spine. */
export const projectEvents = pgTable(
  'project_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    note: text('note'),
    actorId: integer('actor_id')
      .notNull()
      .references(() => accounts.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.at)],
);

/** One reviewer's score sheet for a project at a stage; replaced when the reviewer scores again. */
export const projectScoreSheets = pgTable(
  'project_score_sheets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => accounts.id),
    comment: text('comment'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('project_score_sheets_project_stage_reviewer_key').on(t.projectId, t.stage, t.reviewerId)],
);

export const projectCriterionScores = pgTable(
  'project_criterion_scores',
  {
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => projectScoreSheets.id, { onDelete: 'cascade' }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => projectCriteria.id, { onDelete: 'cascade' }),
    /** 0–100 on this criterion; the sheet's total is Σ score × weight / 100. */
    score: numeric('score', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sheetId, t.criterionId] })],
);
