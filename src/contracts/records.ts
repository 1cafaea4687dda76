import { z } from 'zod';
import { ACTION_KINDS, RECORD_MODES, STANDARD_ITEMS } from './actions.ts';
import { pageOf, pageQuery } from './common.ts';

/** Limits of a record's text and attachments. */
export const RECORD_LIMITS = {
  attendees: 500,
  attachmentsPerRecord: 10,
  attachmentBytes: 20 * 1024 * 1024,
} as const;

const item = z.strictObject({ done: z.boolean(), note: z.string().trim().max(500).nullable().optional() });
/** The monthly meeting's four standard items, each ticked with a note. */
export const standardItemsSchema = z.strictObject(
  Object.fromEntries(STANDARD_ITEMS.map((k) => [k, item])) as Record<(typeof STANDARD_ITEMS)[number], typeof item>,
);
export type StandardItems = z.infer<typeof standardItemsSchema>;

export const attendeeInput = z.strictObject({
  personId: z.number().int().positive(),
  present: z.boolean(),
  absenceReason: z.string().trim().max(200).nullable().optional(),
});

const recordFields = {
  kind: z.enum(ACTION_KINDS),
  /** ISO date-time with offset, e.g. 2026-09-30T23:59:00+08:00. */
  occurredAt: z.iso.datetime({ offset: true }),
  /** Where it happened; for a party org's meeting, the org's unit by default. */
  unitId: z.number().int().positive().nullable().optional(),
  partyOrgId: z.number().int().positive().nullable().optional(),
  /** The pairing this action fulfils, if any. */
  pairingId: z.number().int().positive().nullable().optional(),
  mode: z.enum(RECORD_MODES),
  presenterId: z.number().int().positive().nullable().optional(),
  title: z.string().trim().min(1).max(200),
  content: z.string().trim().max(10_000).nullable().optional(),
  outcomes: z.string().trim().max(5_000).nullable().optional(),
  standardItems: standardItemsSchema.nullable().optional(),
  attendees: z.array(attendeeInput).max(RECORD_LIMITS.attendees).optional(),
};
export const createRecordBody = z.strictObject(recordFields);
export type CreateRecordBody = z.infer<typeof createRecordBody>;
export const updateRecordBody = z.strictObject({ ...recordFields, version: z.number().int().positive() });
export type UpdateRecordBody = z.infer<typeof updateRecordBody>;

const ref = z.object({ id: z.number().int(), name: z.string() });

export const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const recordSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ACTION_KINDS),
  occurredAt: z.string(),
  unit: ref,
  partyOrg: ref.nullable(),
  pairing: z
    .object({ id: z.number().int(), schemeName: z.string(), holderName: z.string(), targetName: z.string() })
    .nullable(),
  mode: z.enum(RECORD_MODES),
  presenter: ref.nullable(),
  title: z.string(),
  content: z.string().nullable(),
  outcomes: z.string().nullable(),
  standardItems: standardItemsSchema.nullable(),
  /** Attendees present: the record's person-times. */
  personTimes: z.number().int(),
  author: z.object({ accountId: z.number().int(), name: z.string() }),
  createdAt: z.string(),
  /** Until when the author may still edit it; past it the record is locked. */
  editableUntil: z.string(),
  editable: z.boolean(),
  version: z.number().int(),
});
export type RecordItem = z.infer<typeof recordSchema>;

export const recordDetailSchema = recordSchema.extend({
  attendees: z.array(
    z.object({
      personId: z.number().int(),
      name: z.string(),
      present: z.boolean(),
      absenceReason: z.string().nullable(),
    }),
  ),
  attachments: z.array(attachmentSchema),
});
export type RecordDetail = z.infer<typeof recordDetailSchema>;

export const recordFilters = {
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  pairingId: z.coerce.number().int().positive().optional(),
  partyOrgId: z.coerce.number().int().positive().optional(),
  /** Local dates (enterprise time zone), inclusive. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  mine: z.enum(['true', 'false']).optional(),
};
export const recordListQuery = z.strictObject({ ...pageQuery, ...recordFilters });
export type RecordListQuery = z.infer<typeof recordListQuery>;
export const recordPage = pageOf(recordSchema);

export const attachmentParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  attachmentId: z.coerce.number().int().positive(),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Enterprise settings of the records (editable window, time zone of periods). */
export const recordSettingsSchema = z.strictObject({
  editWindowDays: z.number().int().min(0).max(365),
  /** An IANA zone name the runtime knows (e.g. Asia/Shanghai): periods are cut at its midnights. */
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine(isTimeZone, { params: { reason: 'invalid_time_zone' } }),
});
export type RecordSettings = z.infer<typeof recordSettingsSchema>;
export const DEFAULT_RECORD_SETTINGS: RecordSettings = { editWindowDays: 7, timeZone: 'Asia/Shanghai' };
