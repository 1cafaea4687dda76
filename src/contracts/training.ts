import { z } from 'zod';
import { isoDate } from './common-dates.ts';

/**
 * Training (seed 003 rotation training, seed 004 secretaries' yearly centralized
 * training and the six-month window of new secretaries, the member education
 * regulations' 32 / 56 credit hours): programs, sessions, enrolment and
 * attendance, online-course hours, the yearly requirements, a person's record,
 * and the gaps with their rates for a subtree.
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const year = z.number().int().min(2000).max(2100);
const version = z.number().int().positive();
/** Credit hours: up to 999.9, in tenths. */
const hours = z
  .number()
  .min(0)
  .max(999.9)
  .refine((h) => Math.round(h * 10) === h * 10, { params: { reason: 'one_decimal' } });

export const PROGRAM_KINDS = ['rotation', 'special', 'other'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
/** Seed 003's methods: centralized lectures, special tutoring, discussion, experiential and simulated teaching; plus online courses. */
export const TRAINING_METHODS = ['lecture', 'tutoring', 'discussion', 'experiential', 'simulation', 'online'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];
/** Seed 003's places: party schools, corporate universities, red-education bases; plus in-house and online. */
export const PLACE_KINDS = ['party_school', 'corporate_university', 'red_base', 'in_house', 'online', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const AUDIENCES = ['all_secretaries', 'new_secretaries', 'committee_members', 'members', 'custom'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const ENROLMENT_STATUSES = ['invited', 'attended', 'absent'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_SOURCES = ['manual', 'audience', 'sign_in_import'] as const;
export type EnrolmentSource = (typeof ENROLMENT_SOURCES)[number];
/** Whose yearly hours the requirement sets: members, or secretaries and committee members (56). */
export const HOUR_ROLES = ['member', 'leader'] as const;
export type HourRole = (typeof HOUR_ROLES)[number];

// ---- programs ----------------------------------------------------------------

const programContent = {
  title: text(200),
  organizer: text(100),
  kind: z.enum(PROGRAM_KINDS),
  description: optText(4000),
};
export const createProgramBody = z.strictObject({ unitId: id, year, ...programContent });
export type CreateProgramBody = z.infer<typeof createProgramBody>;
export const updateProgramBody = z.strictObject({ ...programContent, version });
export type UpdateProgramBody = z.infer<typeof updateProgramBody>;

export const programListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export const programSchema = z.object({
  id: z.number().int(),
  unit: ref,
  year: z.number().int(),
  title: z.string(),
  organizer: z.string(),
  kind: z.enum(PROGRAM_KINDS),
  description: z.string().nullable(),
  sessions: z.number().int(),
  /** Person-times attended over the program's sessions (人次). */
  attended: z.number().int(),
  version: z.number().int(),
});
export type Program = z.infer<typeof programSchema>;
export const programList = z.array(programSchema);

// ---- sessions ----------------------------------------------------------------

const sessionContent = {
  programId: id.nullable(),
  title: text(200),
  method: z.enum(TRAINING_METHODS),
  placeKind: z.enum(PLACE_KINDS),
  placeName: optText(200),
  startsOn: isoDate,
  endsOn: isoDate,
  creditHours: hours,
  centralized: z.boolean(),
  audience: z.enum(AUDIENCES),
  /** Default: the organizing unit. */
  audienceUnitId: id.nullable().optional(),
  description: optText(4000),
};
export const createSessionBody = z.strictObject({ unitId: id, ...sessionContent });
export type CreateSessionBody = z.infer<typeof createSessionBody>;
export const updateSessionBody = z.strictObject({ ...sessionContent, version });
export type UpdateSessionBody = z.infer<typeof updateSessionBody>;

export const sessionListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  programId: z.coerce.number().int().positive().optional(),
  method: z.enum(TRAINING_METHODS).optional(),
});

export const enrolmentCountsSchema = z.object({
  invited: z.number().int(),
  attended: z.number().int(),
  absent: z.number().int(),
  /** Σ hours credited to attendees. */
  hours: z.number(),
});
export type EnrolmentCounts = z.infer<typeof enrolmentCountsSchema>;

export const sessionListItem = z.object({
  id: z.number().int(),
  program: ref.nullable(),
  unit: ref,
  title: z.string(),
  method: z.enum(TRAINING_METHODS),
  placeKind: z.enum(PLACE_KINDS),
  placeName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  creditHours: z.number(),
  centralized: z.boolean(),
  audience: z.enum(AUDIENCES),
  counts: enrolmentCountsSchema,
});
export type SessionListItem = z.infer<typeof sessionListItem>;
export const sessionList = z.array(sessionListItem);

export const materialSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type Material = z.infer<typeof materialSchema>;

export const sessionDetail = sessionListItem.extend({
  audienceUnit: ref,
  description: z.string().nullable(),
  materials: z.array(materialSchema),
  version: z.number().int(),
  /** What the caller may do here (computed by the server). */
  can: z.object({ manage: z.boolean() }),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

// ---- enrolment and attendance --------------------------------------------------

/** Invite the session's audience (resolved now, from the registry) and/or named people. */
export const inviteBody = z.strictObject({
  audience: z.boolean(),
  personIds: z.array(id).max(2000),
});
export type InviteBody = z.infer<typeof inviteBody>;
export const inviteResult = z.object({ added: z.number().int(), already: z.number().int() });

export const attendanceEntry = z.strictObject({
  personId: id,
  status: z.enum(ENROLMENT_STATUSES),
  /** Required when absent (请假/缺席原因). */
  absenceReason: optText(200),
  /** Hours credited when attended; default the session's credit hours. */
  hours: hours.nullable().optional(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntry>;
export const attendanceBody = z.strictObject({ entries: z.array(attendanceEntry).min(1).max(2000) });
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const enrolmentSchema = z.object({
  personId: z.number().int(),
  employeeNo: z.string(),
  name: z.string(),
  unit: ref,
  position: z.string().nullable(),
  status: z.enum(ENROLMENT_STATUSES),
  absenceReason: z.string().nullable(),
  hours: z.number().nullable(),
  source: z.enum(ENROLMENT_SOURCES),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;
export const enrolmentList = z.array(enrolmentSchema);

/** Imports (sign-in sheets, online hours): dry run checks everything, commit writes all or nothing. */
export const trainingImportQuery = z.strictObject({ mode: z.enum(['dry_run', 'commit']) });
export const trainingImportProblem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export const trainingImportResult = z.object({
  mode: z.enum(['dry_run', 'commit']),
  rows: z.number().int(),
  committed: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(trainingImportProblem),
});
export type TrainingImportResult = z.infer<typeof trainingImportResult>;

// ---- online-course hours --------------------------------------------------------

export const onlineHoursQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
});
export const onlineHoursItem = z.object({
  id: z.number().int(),
  person: ref,
  employeeNo: z.string(),
  platform: z.string(),
  course: z.string(),
  completedOn: z.string(),
  hours: z.number(),
});
export type OnlineHoursItem = z.infer<typeof onlineHoursItem>;
export const onlineHoursList = z.array(onlineHoursItem);

// ---- requirements ---------------------------------------------------------------

export const requirementsBody = z.strictObject({
  memberHours: hours,
  leaderHours: hours,
  centralizedPerYear: z.number().int().min(0).max(12),
  newSecretaryMonths: z.number().int().min(1).max(24),
  /** 0 when the year was never saved (it shows the inherited figures). */
  version: z.number().int().min(0),
});
export type RequirementsBody = z.infer<typeof requirementsBody>;
export const requirementsSchema = z.object({
  year: z.number().int(),
  memberHours: z.number(),
  leaderHours: z.number(),
  centralizedPerYear: z.number().int(),
  newSecretaryMonths: z.number().int(),
  /** The year the figures come from (this year, an earlier year, or null for the defaults). */
  fromYear: z.number().int().nullable(),
  version: z.number().int(),
});
export type Requirements = z.infer<typeof requirementsSchema>;
export const DEFAULT_REQUIREMENTS = {
  memberHours: 32,
  leaderHours: 56,
  centralizedPerYear: 1,
  newSecretaryMonths: 6,
} as const;

// ---- a person's record -------------------------------------------------------------

export const personRecordQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const personRecord = z.object({
  person: z.object({ id: z.number().int(), name: z.string(), employeeNo: z.string(), unit: ref }),
  year: z.number().int(),
  role: z.enum(HOUR_ROLES),
  requiredHours: z.number(),
  sessionHours: z.number(),
  onlineHours: z.number(),
  totalHours: z.number(),
  centralized: z.number().int(),
  sessions: z.array(
    z.object({
      sessionId: z.number().int(),
      title: z.string(),
      method: z.enum(TRAINING_METHODS),
      startsOn: z.string(),
      centralized: z.boolean(),
      status: z.enum(ENROLMENT_STATUSES),
      absenceReason: z.string().nullable(),
      hours: z.number().nullable(),
    }),
  ),
  online: z.array(onlineHoursItem.omit({ person: true, employeeNo: true })),
  /** The current secretary seats with their appointment dates (for the new-secretary window). */
  secretarySeats: z.array(z.object({ partyOrg: ref, startedOn: z.string() })),
});
export type PersonRecord = z.infer<typeof personRecord>;

// ---- gaps and rates ------------------------------------------------------------------

/** A rate is always shown with what it counts. */
export const rateSchema = z.object({ numerator: z.number().int(), denominator: z.number().int() });
export type Rate = z.infer<typeof rateSchema>;

export const gapsQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
});
const gapPerson = z.object({
  personId: z.number().int(),
  name: z.string(),
  employeeNo: z.string(),
  unit: ref,
  partyOrg: ref.nullable(),
});
export const gapsSchema = z.object({
  year: z.number().int(),
  unit: ref,
  today: z.string(),
  requirements: requirementsSchema,
  rates: z.object({
    /** Members and leaders at or above their hours. */
    hoursMet: rateSchema,
    /** Secretaries with their centralized training(s) this year. */
    secretariesTrained: rateSchema,
    /** New secretaries whose window has closed, trained within it. */
    newSecretariesTrained: rateSchema,
  }),
  belowHours: z.array(gapPerson.extend({ role: z.enum(HOUR_ROLES), hours: z.number(), required: z.number() })),
  secretariesUntrained: z.array(gapPerson.extend({ centralized: z.number().int() })),
  newSecretaries: z.array(
    gapPerson.extend({
      appointedOn: z.string(),
      windowEnds: z.string(),
      /** overdue: window closed untrained; open: still inside the window, untrained. */
      state: z.enum(['overdue', 'open']),
    }),
  ),
  /** Lists are capped; these are the full counts. */
  counts: z.object({
    belowHours: z.number().int(),
    secretariesUntrained: z.number().int(),
    newSecretariesOverdue: z.number().int(),
    newSecretariesOpen: z.number().int(),
  }),
});
export type Gaps = z.infer<typeof gapsSchema>;
export const GAP_LIST_LIMIT = 500;
