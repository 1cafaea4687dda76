import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { isoDate } from './common-dates.ts';
import { PARTY_ORG_KINDS } from './registry-enums.ts';
import { UNIT_KINDS } from './units.ts';

export const SCHEME_TARGET_TYPES = ['unit', 'party_org'] as const;

export const schemeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  targetType: z.enum(SCHEME_TARGET_TYPES),
  targetKinds: z.array(z.string()),
  blankOutletsOnly: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Scheme = z.infer<typeof schemeSchema>;

const targetKinds = z
  .array(z.enum([...UNIT_KINDS, ...PARTY_ORG_KINDS]))
  .min(1)
  .max(8);
export const createSchemeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/),
  name: z.string().trim().min(1).max(64),
  description: z.string().trim().max(500).nullable().optional(),
  targetType: z.enum(SCHEME_TARGET_TYPES),
  targetKinds,
  blankOutletsOnly: z.boolean().optional(),
});
export type CreateSchemeBody = z.infer<typeof createSchemeBody>;
export const updateSchemeBody = z.strictObject({
  name: z.string().trim().min(1).max(64),
  description: z.string().trim().max(500).nullable().optional(),
  targetKinds,
  blankOutletsOnly: z.boolean().optional(),
  active: z.boolean(),
  version: z.number().int().positive(),
});
export type UpdateSchemeBody = z.infer<typeof updateSchemeBody>;

const ref = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const pairingSchema = z.object({
  id: z.number().int(),
  scheme: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  person: z.object({ id: z.number().int(), employeeNo: z.string(), name: z.string(), unitName: z.string() }),
  targetType: z.enum(SCHEME_TARGET_TYPES),
  target: ref,
  /** The unit that places the pairing in the data scope (a party org's own unit). */
  scopeUnit: ref,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type Pairing = z.infer<typeof pairingSchema>;

export const pairingFilters = {
  schemeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
  /** Default active: those in force today. */
  status: z.enum(['active', 'ended', 'all']).optional(),
  q: z.string().trim().min(1).max(64).optional(),
};
export const pairingListQuery = z.strictObject({ ...pageQuery, ...pairingFilters });
export type PairingFilters = z.infer<z.ZodObject<typeof pairingFilters>>;
export const pairingExportQuery = z.strictObject(pairingFilters);
export const pairingPage = pageOf(pairingSchema);

export const createPairingBody = z.strictObject({
  schemeId: z.number().int().positive(),
  personId: z.number().int().positive(),
  targetUnitId: z.number().int().positive().nullable().optional(),
  targetPartyOrgId: z.number().int().positive().nullable().optional(),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  note: z.string().trim().max(200).nullable().optional(),
});
export type CreatePairingBody = z.infer<typeof createPairingBody>;

/** Several targets for one person at once (bulk assignment). */
export const bulkPairingBody = z.strictObject({
  schemeId: z.number().int().positive(),
  personId: z.number().int().positive(),
  targetIds: z.array(z.number().int().positive()).min(1).max(500),
  startsOn: isoDate,
  note: z.string().trim().max(200).nullable().optional(),
});
export type BulkPairingBody = z.infer<typeof bulkPairingBody>;

/** Ending keeps the pairing and its records; the history stays. */
export const endPairingBody = z.strictObject({ endsOn: isoDate, version: z.number().int().positive() });

export const coverageQuery = z.strictObject({
  schemeId: z.coerce.number().int().positive(),
  unitId: z.coerce.number().int().positive().optional(),
  /** As of this date (default today). */
  on: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const coverageSchema = z.object({
  /** Targets with an active pairing / all targets of the scheme in the subtree. */
  rate: z.object({ numerator: z.number().int(), denominator: z.number().int(), value: z.number().nullable() }),
  /** Targets with no active pairing, a page of them. */
  uncovered: pageOf(
    z.object({ id: z.number().int(), code: z.string(), name: z.string(), parentName: z.string().nullable() }),
  ),
  /** How many active pairings each holder carries (most first, top 50). */
  load: z.array(
    z.object({ personId: z.number().int(), name: z.string(), unitName: z.string(), pairings: z.number().int() }),
  ),
});
