import { z } from 'zod';
import { isoDate } from './common-dates.ts';
import { rateSchema } from './training.ts';

/**
 * Heart-to-heart talks (seed 004): talk records (confidential, audited on view),
 * flags a secretary enters (disciplinary, hardship, warning), the due talks that
 * registry changes and flags raise, and each branch's yearly coverage.
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const version = z.number().int().positive();

export const TALK_KINDS = ['routine', 'job_change', 'disciplinary', 'hardship', 'warning', 'other'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];
export const FLAG_KINDS = ['disciplinary', 'hardship', 'warning'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
/** Why a talk is due: a position change, a unit transfer, or a flag. */
export const DUE_REASONS = ['job_change', 'transfer', 'disciplinary', 'hardship', 'warning'] as const;
export type DueReason = (typeof DUE_REASONS)[number];
/** The kind of talk that fulfils a due talk of each reason. */
export const TALK_KIND_OF_REASON: Record<DueReason, TalkKind> = {
  job_change: 'job_change',
  transfer: 'job_change',
  disciplinary: 'disciplinary',
  hardship: 'hardship',
  warning: 'warning',
};
export const DUE_STATES = ['open', 'overdue', 'done'] as const;
export type DueState = (typeof DUE_STATES)[number];

// ---- talks ---------------------------------------------------------------------

const talkContent = {
  occurredOn: isoDate,
  kind: z.enum(TALK_KINDS),
  place: optText(200),
  summary: text(8000),
  followUp: optText(4000),
};
export const createTalkBody = z.strictObject({
  initiatorPersonId: id,
  counterpartPersonId: id,
  /** The due talk this talk fulfils (its person must be the counterpart). */
  dueTalkId: id.nullable().optional(),
  ...talkContent,
});
export type CreateTalkBody = z.infer<typeof createTalkBody>;
export const updateTalkBody = z.strictObject({ ...talkContent, version });
export type UpdateTalkBody = z.infer<typeof updateTalkBody>;

export const talkListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
  kind: z.enum(TALK_KINDS).optional(),
});

/** A list row carries no summary: the content is read one talk at a time, and each reading is audited. */
export const talkListItem = z.object({
  id: z.number().int(),
  occurredOn: z.string(),
  kind: z.enum(TALK_KINDS),
  initiator: ref,
  counterpart: ref,
  unit: ref,
  partyOrg: ref.nullable(),
  dueTalkId: z.number().int().nullable(),
});
export type TalkListItem = z.infer<typeof talkListItem>;
export const talkList = z.array(talkListItem);

export const talkDetail = talkListItem.extend({
  place: z.string().nullable(),
  summary: z.string(),
  followUp: z.string().nullable(),
  recordedBy: ref,
  createdAt: z.string(),
  version: z.number().int(),
  can: z.object({ edit: z.boolean() }),
});
export type TalkDetail = z.infer<typeof talkDetail>;

// ---- flags ----------------------------------------------------------------------

export const createFlagBody = z.strictObject({
  personId: id,
  kind: z.enum(FLAG_KINDS),
  note: text(2000),
  raisedOn: isoDate,
});
export type CreateFlagBody = z.infer<typeof createFlagBody>;
export const clearFlagBody = z.strictObject({ clearedOn: isoDate, version });
export type ClearFlagBody = z.infer<typeof clearFlagBody>;
export const flagListQuery = z.strictObject({ personId: z.coerce.number().int().positive() });
export const flagSchema = z.object({
  id: z.number().int(),
  person: ref,
  kind: z.enum(FLAG_KINDS),
  note: z.string(),
  raisedOn: z.string(),
  raisedBy: ref,
  clearedOn: z.string().nullable(),
  version: z.number().int(),
});
export type Flag = z.infer<typeof flagSchema>;
export const flagList = z.array(flagSchema);

// ---- due talks ----------------------------------------------------------------------

export const dueListQuery = z.strictObject({
  /** mine: due talks I am responsible for; all: every due talk I may see in the subtree. */
  view: z.enum(['mine', 'all']).default('mine'),
  state: z.enum(DUE_STATES).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export const dueTalkSchema = z.object({
  id: z.number().int(),
  person: ref,
  unit: ref,
  partyOrg: ref.nullable(),
  responsible: ref.nullable(),
  reason: z.enum(DUE_REASONS),
  raisedOn: z.string(),
  dueOn: z.string(),
  state: z.enum(DUE_STATES),
  /** Days past due (overdue), else days left (open), else null. */
  days: z.number().int().nullable(),
  talkId: z.number().int().nullable(),
});
export type DueTalk = z.infer<typeof dueTalkSchema>;
export const dueTalkList = z.object({ today: z.string(), items: z.array(dueTalkSchema) });

/** Days from the cause to the talk's due date, per reason. */
export const talkSettingsSchema = z.object({
  dueDays: z.object(
    Object.fromEntries(DUE_REASONS.map((r) => [r, z.number().int().min(1).max(365)])) as Record<DueReason, z.ZodNumber>,
  ),
});
export type TalkSettings = z.infer<typeof talkSettingsSchema>;
export const DEFAULT_TALK_SETTINGS: TalkSettings = {
  dueDays: { job_change: 30, transfer: 30, disciplinary: 15, hardship: 15, warning: 7 },
};
/** The settings as read: the figures and the version an editor must send back (0 = never saved). */
export const talkSettingsResponse = talkSettingsSchema.extend({ version: z.number().int() });
export const talkSettingsBody = talkSettingsSchema.extend({ version: z.number().int().min(0) }).strict();
export type TalkSettingsBody = z.infer<typeof talkSettingsBody>;

// ---- coverage --------------------------------------------------------------------------

export const coverageQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
});
/**
 * Per branch (per the branch work regulations): every committee member talks
 * with each other committee member and with each member at least once a year.
 * Required pairs = C(c,2) + c × (m − c); covered = those pairs with a talk this year, either way round.
 */
export const coverageRow = z.object({
  partyOrg: ref,
  unit: ref,
  committee: z.number().int(),
  members: z.number().int(),
  pairs: rateSchema,
  talks: z.number().int(),
  dueOpen: z.number().int(),
  dueOverdue: z.number().int(),
});
export type CoverageRow = z.infer<typeof coverageRow>;
export const coverageSchema = z.object({
  year: z.number().int(),
  unit: ref,
  today: z.string(),
  total: rateSchema,
  dueOverdue: z.number().int(),
  rows: z.array(coverageRow),
});
export type Coverage = z.infer<typeof coverageSchema>;
