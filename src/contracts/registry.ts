import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { unitSchema } from './units.ts';

/** Head counts of a subtree, each computed from the records beneath it. */
export const rollupCountsSchema = z.object({
  units: z.number().int(),
  outlets: z.number().int(),
  /** Active staff. */
  staff: z.number().int(),
  membersFull: z.number().int(),
  membersProbationary: z.number().int(),
  /** Party orgs not dissolved. */
  partyOrgs: z.number().int(),
  /** Active outlets whose active staff include no party member. */
  blankOutlets: z.number().int(),
  /** Members whose party relation is held outside the enterprise. */
  membersExternal: z.number().int(),
});
export type RollupCounts = z.infer<typeof rollupCountsSchema>;

export const rollupRowSchema = z.object({ unit: unitSchema, counts: rollupCountsSchema });
export type RollupRow = z.infer<typeof rollupRowSchema>;

export const rollupQuery = z.strictObject({ parentId: z.coerce.number().int().positive().optional() });
/** A node and its children, each with the counts of its whole subtree. Without parentId: the caller's scope roots. */
export const rollupSchema = z.object({ node: rollupRowSchema.nullable(), children: z.array(rollupRowSchema) });
export type Rollup = z.infer<typeof rollupSchema>;

/** A rate is never shown without what it is made of. */
export const rateSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** numerator / denominator, or null when the denominator is 0. */
  value: z.number().nullable(),
});
export type Rate = z.infer<typeof rateSchema>;

export const blankOutletSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** The unit above the outlet (e.g. its county branch). */
  parent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  staff: z.number().int(),
});
export const blankOutletQuery = z.strictObject({ ...pageQuery, unitId: z.coerce.number().int().positive().optional() });
export const blankOutletExportQuery = z.strictObject({ unitId: z.coerce.number().int().positive().optional() });
export const blankOutletPage = pageOf(blankOutletSchema).extend({ rate: rateSchema });

export const rateQuery = z.strictObject({ unitId: z.coerce.number().int().positive().optional() });
export const registryRatesSchema = z.object({
  /** Blank outlets / active outlets. */
  blankOutlets: rateSchema,
  /** Members with external relations / members. */
  externalMembers: rateSchema,
});
