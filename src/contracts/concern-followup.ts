import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { isoDate } from './common-dates.ts';

/**
 * The follow-up side (跟踪问效): the party committee's meetings that study
 * tier-3 concerns, exemplars (选树典型) and admonitions (约谈督导).
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });

export const committeeItemInput = z.strictObject({
  concernId: id,
  decision: z.string().trim().min(1).max(2_000),
  /**
   * The department that owns the follow-up; the concern is routed to it. It must be an
   * active department of the concern's unit or of a branch above it.
   */
  ownerDepartmentId: id,
  ownerNote: z.string().trim().max(500).nullable().optional(),
});
export const createCommitteeMeetingBody = z.strictObject({
  /** The unit whose committee met (a province or city branch). */
  unitId: id,
  heldOn: isoDate,
  title: z.string().trim().min(1).max(200),
  attendees: z.string().trim().max(1_000).nullable().optional(),
  items: z.array(committeeItemInput).min(1).max(100),
});
export type CreateCommitteeMeetingBody = z.infer<typeof createCommitteeMeetingBody>;

export const committeeMeetingSchema = z.object({
  id: z.number().int(),
  unit: ref,
  heldOn: z.string(),
  title: z.string(),
  attendees: z.string().nullable(),
  items: z.array(
    z.object({
      concernId: z.number().int(),
      concernTitle: z.string(),
      decision: z.string(),
      owner: ref,
      ownerNote: z.string().nullable(),
      /** The concern's state now: did the follow-up happen? */
      concernState: z.string(),
    }),
  ),
  createdAt: z.string(),
});
export type CommitteeMeeting = z.infer<typeof committeeMeetingSchema>;
export const committeeMeetingPage = pageOf(committeeMeetingSchema);
export const committeeListQuery = z.strictObject({
  ...pageQuery,
  unitId: z.coerce.number().int().positive().optional(),
});

export const EXEMPLAR_SUBJECTS = ['concern', 'counselor'] as const;
export const createExemplarBody = z.strictObject({
  subject: z.enum(EXEMPLAR_SUBJECTS),
  concernId: id.nullable().optional(),
  /** The counselor (a person) whose case is held up. */
  personId: id.nullable().optional(),
  title: z.string().trim().min(1).max(200),
  writeUp: z.string().trim().min(1).max(5_000),
});
export type CreateExemplarBody = z.infer<typeof createExemplarBody>;
export const exemplarSchema = z.object({
  id: z.number().int(),
  subject: z.enum(EXEMPLAR_SUBJECTS),
  concern: ref.nullable(),
  person: ref.nullable(),
  unit: ref,
  title: z.string(),
  writeUp: z.string(),
  markedBy: z.string(),
  markedAt: z.string(),
});
export type Exemplar = z.infer<typeof exemplarSchema>;

/** GLOSSARY: 提醒 / 约谈 / 诫勉谈话 — reminder / admonition / formal admonition. */
export const ADMONITION_KINDS = ['reminder', 'admonition', 'formal_admonition'] as const;
export type AdmonitionKind = (typeof ADMONITION_KINDS)[number];
export const createAdmonitionBody = z.strictObject({
  kind: z.enum(ADMONITION_KINDS),
  /** Against a department (a unit) or a person; exactly one. */
  departmentId: id.nullable().optional(),
  personId: id.nullable().optional(),
  occurredOn: isoDate,
  reason: z.string().trim().min(1).max(2_000),
  /** The concern whose follow-through failed, if one. */
  concernId: id.nullable().optional(),
});
export type CreateAdmonitionBody = z.infer<typeof createAdmonitionBody>;
export const admonitionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ADMONITION_KINDS),
  department: ref.nullable(),
  person: ref.nullable(),
  unit: ref,
  occurredOn: z.string(),
  reason: z.string(),
  concern: ref.nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Admonition = z.infer<typeof admonitionSchema>;

export const followUpQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const followUpSchema = z.object({
  exemplars: z.array(exemplarSchema),
  admonitions: z.array(admonitionSchema),
});
export type FollowUp = z.infer<typeof followUpSchema>;
