import { z } from 'zod';
import { ACTION_KINDS, RULE_PERIODS, RULE_SUBJECTS } from './actions.ts';
import { isoDate } from './common-dates.ts';
import { PARTY_ORG_KINDS } from './registry-enums.ts';

export const ruleSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  schemeId: z.number().int().nullable(),
  partyOrgKind: z.enum(PARTY_ORG_KINDS).nullable(),
  subject: z.enum(RULE_SUBJECTS),
  actionKind: z.enum(ACTION_KINDS),
  period: z.enum(RULE_PERIODS),
  minCount: z.number().int(),
  onSiteOnly: z.boolean(),
  requireStandardItems: z.boolean(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  version: z.number().int(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const ruleListQuery = z.strictObject({
  schemeId: z.coerce.number().int().positive().optional(),
  /** Rules in effect on this date; omit for every version. */
  on: isoDate.optional(),
});

const ruleFields = {
  name: z.string().trim().min(1).max(64),
  subject: z.enum(RULE_SUBJECTS),
  actionKind: z.enum(ACTION_KINDS),
  period: z.enum(RULE_PERIODS),
  minCount: z.number().int().min(1).max(100),
  onSiteOnly: z.boolean(),
  requireStandardItems: z.boolean(),
};

export const createRuleBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{1,47}$/),
  schemeId: z.number().int().positive().nullable().optional(),
  partyOrgKind: z.enum(PARTY_ORG_KINDS).nullable().optional(),
  ...ruleFields,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().optional(),
});
export type CreateRuleBody = z.infer<typeof createRuleBody>;

/**
 * A new version of a rule from a date: the current version ends the day
 * before, so figures of earlier periods keep the rule they were judged by.
 */
export const reviseRuleBody = z.strictObject({
  ...ruleFields,
  effectiveFrom: isoDate,
  version: z.number().int().positive(),
});
export type ReviseRuleBody = z.infer<typeof reviseRuleBody>;

/** Ends a rule (no new version): it no longer applies after this date. */
export const retireRuleBody = z.strictObject({ effectiveTo: isoDate, version: z.number().int().positive() });
