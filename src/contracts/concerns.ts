import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { isoDate } from './common-dates.ts';
import type { Localized } from './i18n.ts';

/**
 * 意见建议 / 问题 (GLOSSARY "concern") and its 分级解决 (tiered resolution):
 * tier 1 the counselor solves it, tier 2 the owning department's designated
 * handler, tier 3 the party committee's meeting (seed 000).
 */
export const CONCERN_KINDS = ['problem', 'suggestion'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

export const CONCERN_TIERS = [1, 2, 3] as const;
export type ConcernTier = (typeof CONCERN_TIERS)[number];

/**
 * States. `returned` is a concern a department sent back as wrongly routed:
 * it is at tier 1 again, for the counselor (or the party admin) to solve or route anew.
 * `on_agenda` waits for the committee's meeting; its decision routes it to the owner.
 */
export const CONCERN_STATES = [
  'submitted',
  'routed',
  'accepted',
  'in_progress',
  'returned',
  'on_agenda',
  'resolved',
  'reopened',
  'closed',
  'rejected',
] as const;
export type ConcernState = (typeof CONCERN_STATES)[number];

/** States in which nobody needs to act any more. */
export const FINAL_STATES: readonly ConcernState[] = ['closed', 'rejected'];
/** States that count as "resolved" in the figures (solved, whether or not confirmed yet). */
export const RESOLVED_STATES: readonly ConcernState[] = ['resolved', 'closed'];
/** States that count as open: neither resolved nor rejected. */
export const OPEN_STATES: readonly ConcernState[] = CONCERN_STATES.filter(
  (s) => !RESOLVED_STATES.includes(s) && s !== 'rejected',
);

/**
 * What can be done to a concern. The transition table (server: concerns/policy.ts)
 * says from which states, at which tier and by whom; the detail view lists the
 * ones open to the caller.
 */
export const CONCERN_ACTIONS = [
  'resolve',
  'escalate',
  'accept',
  'reassign',
  'progress',
  'return',
  'decide',
  'confirm',
  'reopen',
  'reject',
] as const;
export type ConcernAction = (typeof CONCERN_ACTIONS)[number];

/** Event kinds of a concern's timeline: its raising plus every action. */
export const CONCERN_EVENT_KINDS = ['raise', ...CONCERN_ACTIONS] as const;
export type ConcernEventKind = (typeof CONCERN_EVENT_KINDS)[number];

export const CONCERN_LIMITS = {
  title: 100,
  description: 5_000,
  note: 2_000,
  attachmentsPerConcern: 10,
} as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const id = z.number().int().positive();

export const raiseConcernBody = z.strictObject({
  kind: z.enum(CONCERN_KINDS),
  /** A category code from the configured list (concern_categories). */
  category: z.string().trim().min(1).max(40),
  title: text(CONCERN_LIMITS.title),
  description: text(CONCERN_LIMITS.description),
  /** The outlet (or other unit) the concern is about. */
  unitId: id,
  /** The visit or meeting record it was collected at, if any. */
  recordId: id.nullable().optional(),
  /** Hidden from handlers and every other reader; the system and the audit log keep it. */
  anonymous: z.boolean().default(false),
});
export type RaiseConcernBody = z.infer<typeof raiseConcernBody>;

/**
 * One body for every transition; which fields an action needs is checked by the
 * service (a resolution for `resolve`, a reason for `escalate`, a score for `confirm`…),
 * naming the missing field. `version` is the concern's version the caller saw.
 */
export const concernTransitionBody = z.strictObject({
  action: z.enum(CONCERN_ACTIONS),
  version: z.number().int().positive(),
  /** Why: required to escalate, return, reopen, reject, and to override the routing table. */
  reason: optionalText(CONCERN_LIMITS.note),
  /** The resolution (resolve), the progress update (progress), or a note (accept). */
  note: optionalText(CONCERN_LIMITS.note),
  /** Escalating from tier 1: a department other than the routing table's (needs `overrideReason`). */
  departmentId: id.nullable().optional(),
  overrideReason: optionalText(CONCERN_LIMITS.note),
  /** accept / reassign: the designated handler (an account holding the handler role over the department). */
  handlerAccountId: id.nullable().optional(),
  /** confirm: satisfaction 1–5 and a comment. */
  satisfaction: z.number().int().min(1).max(5).nullable().optional(),
  comment: optionalText(CONCERN_LIMITS.note),
});
export type ConcernTransitionBody = z.infer<typeof concernTransitionBody>;

const ref = z.object({ id: z.number().int(), name: z.string() });

export const concernEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CONCERN_EVENT_KINDS),
  fromState: z.enum(CONCERN_STATES).nullable(),
  toState: z.enum(CONCERN_STATES),
  fromTier: z.number().int().nullable(),
  toTier: z.number().int(),
  /** Null when the actor is the anonymous raiser and the reader is someone else. */
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  department: ref.nullable(),
  handler: ref.nullable(),
  satisfaction: z.number().int().nullable(),
  at: z.string(),
});
export type ConcernEvent = z.infer<typeof concernEventSchema>;

export const concernSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CONCERN_KINDS),
  category: z.string(),
  categoryName: z.string(),
  title: z.string(),
  tier: z.number().int(),
  state: z.enum(CONCERN_STATES),
  unit: ref,
  /** The outlet's place in the tree, for the list's second line ("青州市分行 / 北城支行"). */
  unitTrail: z.string(),
  department: ref.nullable(),
  handler: ref.nullable(),
  counselor: ref.nullable(),
  /** Null when the raiser chose to be anonymous and the reader is not the raiser. */
  raiser: ref.nullable(),
  anonymous: z.boolean(),
  raisedAt: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Concern = z.infer<typeof concernSchema>;

export const concernAttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

export const concernDetailSchema = concernSchema.extend({
  description: z.string(),
  record: z.object({ id: z.number().int(), title: z.string(), occurredAt: z.string() }).nullable(),
  routeOverrideReason: z.string().nullable(),
  resolution: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  satisfactionComment: z.string().nullable(),
  /** The committee decision(s), for tier-3 concerns. */
  decisions: z.array(
    z.object({
      meetingId: z.number().int(),
      heldOn: z.string(),
      meetingTitle: z.string(),
      decision: z.string(),
      owner: ref.nullable(),
      ownerNote: z.string().nullable(),
    }),
  ),
  events: z.array(concernEventSchema),
  attachments: z.array(concernAttachmentSchema),
  /** The actions the caller may take now (the buttons to show). */
  allowedActions: z.array(z.enum(CONCERN_ACTIONS)),
  /** Whether the caller raised it (and may add attachments while it is still new). */
  mine: z.boolean(),
});
export type ConcernDetail = z.infer<typeof concernDetailSchema>;

/**
 * List filters. `status` is the figure a number was clicked from, so every figure
 * opens exactly the list it counts; `queue=mine` is "waiting for me".
 */
export const CONCERN_STATUS_FILTERS = ['raised', 'resolved', 'open', 'overdue', 'rejected'] as const;
export type ConcernStatusFilter = (typeof CONCERN_STATUS_FILTERS)[number];

export const concernListQuery = z.strictObject({
  ...pageQuery,
  queue: z.enum(['mine', 'all']).default('all'),
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(CONCERN_STATUS_FILTERS).optional(),
  state: z.enum(CONCERN_STATES).optional(),
  kind: z.enum(CONCERN_KINDS).optional(),
  tier: z.coerce.number().int().min(1).max(3).optional(),
  category: z.string().max(40).optional(),
  /** Department filter; 0 means "none" (tier 1, never routed). */
  departmentId: z.coerce.number().int().min(0).optional(),
  /** Counselor filter; 0 means "none" (no counselor was paired with the outlet). */
  counselorId: z.coerce.number().int().min(0).optional(),
  outletId: z.coerce.number().int().positive().optional(),
  /** The concerns collected at one visit or meeting record. */
  recordId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
});
export type ConcernListQuery = z.infer<typeof concernListQuery>;
export const concernPage = pageOf(concernSchema);
export type ConcernPage = z.infer<typeof concernPage>;

export const concernCounts = z.object({ mine: z.number().int() });

/** Localized names of states and actions, shared by the server's 409 messages and the client. */
export const CONCERN_STATE_NAMES: Record<ConcernState, Localized> = {
  submitted: { 'zh-CN': '已提交', 'en-US': 'Submitted' },
  routed: { 'zh-CN': '已转办', 'en-US': 'Routed' },
  accepted: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  in_progress: { 'zh-CN': '办理中', 'en-US': 'In progress' },
  returned: { 'zh-CN': '已退回', 'en-US': 'Returned' },
  on_agenda: { 'zh-CN': '待党委研究', 'en-US': 'On the agenda' },
  resolved: { 'zh-CN': '已解决待确认', 'en-US': 'Resolved' },
  reopened: { 'zh-CN': '已重新打开', 'en-US': 'Reopened' },
  closed: { 'zh-CN': '已办结', 'en-US': 'Closed' },
  rejected: { 'zh-CN': '不予受理', 'en-US': 'Rejected' },
};

export const CONCERN_ACTION_NAMES: Record<ConcernAction, Localized> = {
  resolve: { 'zh-CN': '办结', 'en-US': 'Resolve' },
  escalate: { 'zh-CN': '升级', 'en-US': 'Escalate' },
  accept: { 'zh-CN': '受理', 'en-US': 'Accept' },
  reassign: { 'zh-CN': '改派', 'en-US': 'Reassign' },
  progress: { 'zh-CN': '反馈进度', 'en-US': 'Post progress' },
  return: { 'zh-CN': '退回', 'en-US': 'Return' },
  decide: { 'zh-CN': '党委决定', 'en-US': 'Committee decision' },
  confirm: { 'zh-CN': '确认办结', 'en-US': 'Confirm' },
  reopen: { 'zh-CN': '重新打开', 'en-US': 'Reopen' },
  reject: { 'zh-CN': '不予受理', 'en-US': 'Reject' },
};
