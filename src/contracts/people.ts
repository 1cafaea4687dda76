import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { isoDate } from './common-dates.ts';
import { idNumberProblem } from './id-number.ts';
import {
  CADRE_GRADES,
  COMMITTEE_ROLES,
  EMPLOYMENT_STATUSES,
  GENDERS,
  PARTY_RELATIONS,
  PARTY_STATUSES,
} from './registry-enums.ts';

export const PHONE_PATTERN = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

const ref = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const personSchema = z.object({
  id: z.number().int(),
  employeeNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  unit: ref,
  position: z.string().nullable(),
  cadreGrade: z.enum(CADRE_GRADES),
  midLevelOrAbove: z.boolean(),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  hiredOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  partyStatus: z.enum(PARTY_STATUSES),
  joinedPartyOn: z.string().nullable(),
  fullMemberOn: z.string().nullable(),
  partyOrg: ref.nullable(),
  partyRelation: z.enum(PARTY_RELATIONS).nullable(),
  externalOrgName: z.string().nullable(),
  /** Masked ("138****5678") unless revealed by a caller allowed to see it. */
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  /** True when phone and ID number are shown in full (the view was audited). */
  revealed: z.boolean(),
  version: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

const boolParam = z.enum(['true', 'false']).optional();

/** Filters of the people list; the same filters drive its export. */
export const personFilters = {
  /** Subtree root; omit for the caller's whole scope. */
  unitId: z.coerce.number().int().positive().optional(),
  /** "member" means full or probationary. */
  partyStatus: z.enum([...PARTY_STATUSES, 'member']).optional(),
  cadreGrade: z.enum(CADRE_GRADES).optional(),
  midLevelOrAbove: boolParam,
  partyRelation: z.enum(PARTY_RELATIONS).optional(),
  /** Defaults to active staff; "all" includes those who left or retired. */
  employmentStatus: z.enum([...EMPLOYMENT_STATUSES, 'all']).optional(),
  partyOrgId: z.coerce.number().int().positive().optional(),
  /** Name (contains) or employee number (prefix). */
  q: z.string().trim().min(1).max(64).optional(),
  reveal: boolParam,
};
export const personListQuery = z.strictObject({ ...pageQuery, ...personFilters });
export type PersonListQuery = z.infer<typeof personListQuery>;
export const personExportQuery = z.strictObject(personFilters);
export type PersonFilters = z.infer<typeof personExportQuery>;
export const personPage = pageOf(personSchema).extend({
  /** The total is exact up to this many rows; beyond, it reads "more than". */
  totalCapped: z.boolean(),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

const idNumber = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', params: { reason: `id_number_${problem}` } });
  });

/** Personal and party fields a person record carries; the unit and party org change by transfer. */
const personFields = {
  name: z.string().trim().min(1).max(32),
  gender: z.enum(GENDERS),
  position: optionalText(64),
  cadreGrade: z.enum(CADRE_GRADES),
  employmentStatus: z.enum(EMPLOYMENT_STATUSES),
  hiredOn: isoDate.nullable().optional(),
  leftOn: isoDate.nullable().optional(),
  partyStatus: z.enum(PARTY_STATUSES),
  joinedPartyOn: isoDate.nullable().optional(),
  fullMemberOn: isoDate.nullable().optional(),
  partyRelation: z.enum(PARTY_RELATIONS).nullable().optional(),
  externalOrgName: optionalText(64),
  phone: z
    .string()
    .trim()
    .regex(PHONE_PATTERN)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  idNumber: idNumber
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
};

export const createPersonBody = z.strictObject({
  employeeNo: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,32}$/),
  unitId: z.number().int().positive(),
  partyOrgId: z.number().int().positive().nullable().optional(),
  ...personFields,
});
export type CreatePersonBody = z.infer<typeof createPersonBody>;

export const updatePersonBody = z.strictObject({
  ...personFields,
  /**
   * Omitted: unchanged. A change is recorded as a party-org transfer effective
   * today (use the transfer endpoint for another date) — this is how a person
   * who joins the party gets an org in the same edit.
   */
  partyOrgId: z.number().int().positive().nullable().optional(),
  version: z.number().int().positive(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const TRANSFER_KINDS = ['unit', 'party_org'] as const;
export const transferBody = z.strictObject({
  kind: z.enum(TRANSFER_KINDS),
  /** The new unit, or the new party org (null: leaves every org of the enterprise). */
  toId: z.number().int().positive().nullable(),
  effectiveOn: isoDate,
  /** Required when a member's relation leaves for a local org outside the enterprise (toId null). */
  externalOrgName: optionalText(64),
  note: optionalText(200),
  version: z.number().int().positive(),
});
export type TransferBody = z.infer<typeof transferBody>;

export const transferSchema = z.object({
  id: z.number().int(),
  kind: z.enum(TRANSFER_KINDS),
  from: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  to: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  effectiveOn: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type Transfer = z.infer<typeof transferSchema>;

export const personDetailSchema = personSchema.extend({
  transfers: z.array(transferSchema),
  committeeRoles: z.array(
    z.object({ partyOrg: ref, role: z.enum(COMMITTEE_ROLES), startedOn: z.string(), endedOn: z.string().nullable() }),
  ),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const revealQuery = z.strictObject({ reveal: boolParam });
