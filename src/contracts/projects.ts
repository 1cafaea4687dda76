import { z } from 'zod';
import { isoDate } from './common-dates.ts';
import { PARTY_ORG_KINDS } from './registry-enums.ts';
import { UNIT_KINDS } from './units.ts';

/**
 * Led projects (seed 002 书记领题 / 支部破题, seed 001 一科一品): campaigns, proposals,
 * the organizer's decisions within the quota, and the reviewers' score sheets.
 * Implementation, the dossier (一事一册), evaluation and ranking: project-work.ts.
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();

export const CAMPAIGN_KINDS = ['secretary_led', 'branch_led', 'section_brand'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
/** Secretary-led and branch-led projects are proposed by party orgs; section brands by units (sections, departments). */
export const ORG_CAMPAIGN_KINDS: readonly CampaignKind[] = ['secretary_led', 'branch_led'];

export const CAMPAIGN_PHASES = ['proposal', 'review', 'implementation', 'evaluation', 'closed'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

export const PROJECT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROBLEM_KINDS = ['party_building', 'business'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const SCORE_STAGES = ['review', 'evaluation'] as const;
export type ScoreStage = (typeof SCORE_STAGES)[number];

export const DECISIONS = ['approve', 'return', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What the dossier's event rows say happened. */
export const PROJECT_EVENT_KINDS = [
  'submitted',
  'withdrawn',
  'returned',
  'approved',
  'rejected',
  'guide_assigned',
  'exemplary',
] as const;
export type ProjectEventKind = (typeof PROJECT_EVENT_KINDS)[number];

export const PROPOSER_KINDS = [...PARTY_ORG_KINDS, ...UNIT_KINDS] as const;

export const MAX_CRITERIA = 12;
export const MAX_THEMES = 20;
export const MAX_TARGETS = 12;
export const MAX_MEMBERS = 30;

// ---- campaigns --------------------------------------------------------------

const criterionInput = z.strictObject({
  name: text(100),
  /** Percent of the stage's total; a stage's weights add up to 100. */
  weightPct: z.number().int().min(1).max(100),
});

const campaignContent = {
  name: text(200),
  description: optText(4000),
  eligibleUnitId: id,
  /** Party org kinds for secretary-led / branch-led (e.g. committee), unit kinds for section brands (section, department). */
  proposerKinds: z.array(z.enum(PROPOSER_KINDS)).min(1).max(6),
  quotaPerProposer: z.number().int().min(1).max(20),
  quotaTotal: z.number().int().min(1).max(1000).nullable(),
  themes: z.array(text(100)).max(MAX_THEMES),
  proposalOpens: isoDate,
  proposalDue: isoDate,
  reviewDue: isoDate,
  implementationDue: isoDate,
  evaluationDue: isoDate,
  reviewCriteria: z.array(criterionInput).min(1).max(MAX_CRITERIA),
  evaluationCriteria: z.array(criterionInput).min(1).max(MAX_CRITERIA),
};

export const createCampaignBody = z.strictObject({
  kind: z.enum(CAMPAIGN_KINDS),
  year: z.number().int().min(2000).max(2100),
  organizerOrgId: id,
  parentId: id.nullable().optional(),
  ...campaignContent,
});
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

/** Kind, year, organizer and parent are fixed once created; criteria of a stage that has score sheets cannot change. */
export const updateCampaignBody = z.strictObject({ ...campaignContent, version: z.number().int().positive() });
export type UpdateCampaignBody = z.infer<typeof updateCampaignBody>;

/** The organizer moves the campaign one phase on (never back). */
export const advanceCampaignBody = z.strictObject({
  to: z.enum(CAMPAIGN_PHASES),
  version: z.number().int().positive(),
});
export type AdvanceCampaignBody = z.infer<typeof advanceCampaignBody>;

export const campaignListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(CAMPAIGN_KINDS).optional(),
});

/** Proposed excludes drafts and withdrawn proposals (the organizer never saw them). */
export const campaignCountsSchema = z.object({
  eligible: z.number().int(),
  /** Eligible proposers with at least one proposal. */
  proposers: z.number().int(),
  proposed: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  rejected: z.number().int(),
  milestones: z.number().int(),
  milestonesDone: z.number().int(),
  milestonesOverdue: z.number().int(),
});
export type CampaignCounts = z.infer<typeof campaignCountsSchema>;

export const campaignListItem = z.object({
  id: z.number().int(),
  kind: z.enum(CAMPAIGN_KINDS),
  year: z.number().int(),
  name: z.string(),
  organizer: ref,
  unit: ref,
  parentId: z.number().int().nullable(),
  phase: z.enum(CAMPAIGN_PHASES),
  /** The date the current phase ends (null when closed). */
  phaseDue: z.string().nullable(),
  counts: campaignCountsSchema,
});
export type CampaignListItem = z.infer<typeof campaignListItem>;
export const campaignList = z.array(campaignListItem);

export const criterionSchema = z.object({
  id: z.number().int(),
  stage: z.enum(SCORE_STAGES),
  ordinal: z.number().int(),
  name: z.string(),
  weightPct: z.number().int(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const campaignDetail = z.object({
  id: z.number().int(),
  kind: z.enum(CAMPAIGN_KINDS),
  year: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  organizer: ref,
  unit: ref,
  eligibleUnit: ref,
  proposerKinds: z.array(z.enum(PROPOSER_KINDS)),
  quotaPerProposer: z.number().int(),
  quotaTotal: z.number().int().nullable(),
  themes: z.array(z.string()),
  phase: z.enum(CAMPAIGN_PHASES),
  phaseDue: z.string().nullable(),
  proposalOpens: z.string(),
  proposalDue: z.string(),
  reviewDue: z.string(),
  implementationDue: z.string(),
  evaluationDue: z.string(),
  criteria: z.array(criterionSchema),
  parent: ref.nullable(),
  children: z.array(
    z.object({ id: z.number().int(), name: z.string(), kind: z.enum(CAMPAIGN_KINDS), phase: z.enum(CAMPAIGN_PHASES) }),
  ),
  counts: campaignCountsSchema,
  /** What the caller may do here (the organizer's unit in scope with projects.manage, …). */
  canManage: z.boolean(),
  canPropose: z.boolean(),
  canReview: z.boolean(),
  version: z.number().int(),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

/** One eligible proposer: a party org (with its current secretary) or a unit. */
export const proposerSchema = z.object({
  partyOrg: ref.nullable(),
  unit: ref,
  /** The org's current secretary: the required group leader of a secretary-led or branch-led project. */
  secretary: ref.nullable(),
});
export type Proposer = z.infer<typeof proposerSchema>;
/** The eligible proposers the caller may propose for (their unit in the caller's scope). */
export const proposerList = z.array(proposerSchema);

/** The campaign board: one row per eligible proposer in the caller's reach. */
export const campaignBoardSchema = z.object({
  campaign: z.object({ id: z.number().int(), name: z.string(), phase: z.enum(CAMPAIGN_PHASES) }),
  counts: campaignCountsSchema,
  rows: z.array(
    z.object({
      proposer: proposerSchema,
      proposed: z.number().int(),
      approved: z.number().int(),
      returned: z.number().int(),
      rejected: z.number().int(),
      milestones: z.number().int(),
      milestonesDone: z.number().int(),
      milestonesOverdue: z.number().int(),
    }),
  ),
});
export type CampaignBoard = z.infer<typeof campaignBoardSchema>;

// ---- proposals ----------------------------------------------------------------

export const targetInput = z.strictObject({
  name: text(100),
  unit: text(20),
  baseline: z.number().finite().nullable().optional(),
  targetValue: z.number().finite(),
});

const proposalContent = {
  title: text(200),
  theme: optText(100),
  problemKind: z.enum(PROBLEM_KINDS),
  problem: text(4000),
  goals: text(4000),
  plan: text(8000),
  resources: optText(2000),
  leaderPersonId: id,
  memberPersonIds: z.array(id).max(MAX_MEMBERS),
  targets: z.array(targetInput).min(1).max(MAX_TARGETS),
};

export const createProposalBody = z.strictObject({
  /** The proposing org (secretary-led, branch-led) — or, for a section brand, the proposing unit. */
  partyOrgId: id.nullable().optional(),
  unitId: id.nullable().optional(),
  ...proposalContent,
  /** Submit at once instead of keeping a draft. */
  submit: z.boolean(),
});
export type CreateProposalBody = z.infer<typeof createProposalBody>;

/** A draft or returned proposal is edited whole; targets are replaced. */
export const updateProposalBody = z.strictObject({ ...proposalContent, version: z.number().int().positive() });
export type UpdateProposalBody = z.infer<typeof updateProposalBody>;

export const versionBody = z.strictObject({ version: z.number().int().positive() });
export const withdrawBody = z.strictObject({ version: z.number().int().positive(), reason: optText(1000) });

/** Return and reject need a reason; approve may name the guiding leader. */
export const decisionBody = z.strictObject({
  decision: z.enum(DECISIONS),
  reason: optText(2000),
  guidePersonId: id.nullable().optional(),
  version: z.number().int().positive(),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const guideBody = z.strictObject({ guidePersonId: id, version: z.number().int().positive() });

export const projectListQuery = z.strictObject({
  status: z.enum(PROJECT_STATUSES).optional(),
});

export const projectListItem = z.object({
  id: z.number().int(),
  title: z.string(),
  proposer: proposerSchema,
  status: z.enum(PROJECT_STATUSES),
  theme: z.string().nullable(),
  problemKind: z.enum(PROBLEM_KINDS),
  leader: ref,
  guide: ref.nullable(),
  submittedAt: z.string().nullable(),
  /** Mean of the review sheets' totals (null without one) and how many sheets. */
  reviewScore: z.number().nullable(),
  reviewSheets: z.number().int(),
  evaluationScore: z.number().nullable(),
  evaluationSheets: z.number().int(),
  milestones: z.number().int(),
  milestonesDone: z.number().int(),
  milestonesOverdue: z.number().int(),
  exemplary: z.boolean(),
  version: z.number().int(),
});
export type ProjectListItem = z.infer<typeof projectListItem>;
export const projectList = z.array(projectListItem);

export { createdSchema } from './common.ts';

// ---- score sheets (review and evaluation) -------------------------------------

export const scoreSheetParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  stage: z.enum(SCORE_STAGES),
});

/** A reviewer scores every criterion of the stage 0–100; scoring again replaces the sheet. */
export const scoreSheetBody = z.strictObject({
  scores: z
    .array(z.strictObject({ criterionId: id, score: z.number().min(0).max(100) }))
    .min(1)
    .max(MAX_CRITERIA),
  comment: optText(2000),
});
export type ScoreSheetBody = z.infer<typeof scoreSheetBody>;

export const scoreSheetSchema = z.object({
  id: z.number().int(),
  stage: z.enum(SCORE_STAGES),
  reviewer: ref,
  scores: z.array(z.object({ criterionId: z.number().int(), score: z.number() })),
  /** Σ score × weight / 100, two decimals. */
  total: z.number(),
  comment: z.string().nullable(),
  updatedAt: z.string(),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
export const scoreSheetList = z.array(scoreSheetSchema);
