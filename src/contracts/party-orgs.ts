import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { isoDate } from './common-dates.ts';
import { COMMITTEE_ROLES, PARTY_ORG_KINDS, TERM_STATUSES } from './registry-enums.ts';

const ref = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const committeeSeatSchema = z.object({
  id: z.number().int(),
  person: z.object({ id: z.number().int(), employeeNo: z.string(), name: z.string() }),
  role: z.enum(COMMITTEE_ROLES),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
});
export type CommitteeSeat = z.infer<typeof committeeSeatSchema>;

export const partyOrgSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(PARTY_ORG_KINDS),
  unit: ref,
  parent: ref.nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  termStatus: z.enum(TERM_STATUSES),
  foundedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  /** The sitting secretary, from the committee. */
  secretary: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Active staff whose party org this is and who are members. */
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type PartyOrg = z.infer<typeof partyOrgSchema>;

export const partyOrgDetailSchema = partyOrgSchema.extend({
  committee: z.array(committeeSeatSchema),
  /** Former seats, newest first. */
  committeeHistory: z.array(committeeSeatSchema),
});
export type PartyOrgDetail = z.infer<typeof partyOrgDetailSchema>;

export const partyOrgFilters = {
  unitId: z.coerce.number().int().positive().optional(),
  /** "true": only the orgs attached to unitId itself, not those of the units below it. */
  unitOnly: z.enum(['true', 'false']).optional(),
  kind: z.enum(PARTY_ORG_KINDS).optional(),
  termStatus: z.enum(TERM_STATUSES).optional(),
  includeDissolved: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(64).optional(),
};
export const partyOrgListQuery = z.strictObject({ ...pageQuery, ...partyOrgFilters });
export type PartyOrgListQuery = z.infer<typeof partyOrgListQuery>;
export const partyOrgExportQuery = z.strictObject(partyOrgFilters);
export type PartyOrgFilters = z.infer<typeof partyOrgExportQuery>;
export const partyOrgPage = pageOf(partyOrgSchema);

const fields = {
  name: z.string().trim().min(1).max(64),
  kind: z.enum(PARTY_ORG_KINDS),
  unitId: z.number().int().positive(),
  parentId: z.number().int().positive().nullable().optional(),
  termStart: isoDate.nullable().optional(),
  /** Omitted: the kind's term length from termStart. */
  termEnd: isoDate.nullable().optional(),
  foundedOn: isoDate.nullable().optional(),
  dissolvedOn: isoDate.nullable().optional(),
};
export const createPartyOrgBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/),
  ...fields,
});
export type CreatePartyOrgBody = z.infer<typeof createPartyOrgBody>;
export const updatePartyOrgBody = z.strictObject({ ...fields, version: z.number().int().positive() });
export type UpdatePartyOrgBody = z.infer<typeof updatePartyOrgBody>;

/** Seats a person on the committee; a new secretary or deputy ends the sitting one's seat that day. */
export const appointBody = z.strictObject({
  personId: z.number().int().positive(),
  role: z.enum(COMMITTEE_ROLES),
  startedOn: isoDate,
  version: z.number().int().positive(),
});
export type AppointBody = z.infer<typeof appointBody>;
export const endSeatBody = z.strictObject({ endedOn: isoDate, version: z.number().int().positive() });
