import { z } from 'zod';
import { COMPLIANCE_STATUSES, RULE_SUBJECTS } from './actions.ts';
import { pageOf } from './common.ts';
import { periodParam } from './periods.ts';
import { rateSchema } from './registry.ts';
import { ruleSchema } from './rules.ts';

/**
 * Compliance of a track — a scheme's pairings and holders, or the party orgs
 * (and their secretaries) — over a subtree and a calendar period.
 */
export const complianceFilters = {
  /** A scheme; omit for the party orgs' own rules (三会一课…). */
  schemeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  period: periodParam,
};
export const complianceQuery = z.strictObject(complianceFilters);
export type ComplianceQuery = z.infer<typeof complianceQuery>;

const counts = {
  subjects: z.number().int(),
  met: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
  notYetDue: z.number().int(),
  /** Subjects with at least one record of the rule's kind / all subjects. */
  participation: rateSchema,
  /** Subjects meeting the rule / all subjects. */
  completion: rateSchema,
  /** Attendees present at the records counted. */
  personTimes: z.number().int(),
};
export const ruleFiguresSchema = z.object({ rule: ruleSchema, ...counts });
export type RuleFigures = z.infer<typeof ruleFiguresSchema>;

export const complianceSummarySchema = z.object({
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  rules: z.array(ruleFiguresSchema),
  /** The same figures for each child of the unit (drill-down). */
  children: z.array(
    z.object({
      unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }),
      rules: z.array(z.object({ ruleId: z.number().int(), ...counts })),
    }),
  ),
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;

export const cellSchema = z.object({
  ruleId: z.number().int(),
  required: z.number().int(),
  done: z.number().int(),
  status: z.enum(COMPLIANCE_STATUSES),
});
export type ComplianceCell = z.infer<typeof cellSchema>;

export const subjectSchema = z.object({
  type: z.enum(RULE_SUBJECTS),
  /** Pairing id, person id or party org id, by type. */
  id: z.number().int(),
  name: z.string(),
  /** What the subject is about (the pairing's target, the holder's unit, the org's unit). */
  detail: z.string(),
  unitName: z.string(),
});
export type ComplianceSubject = z.infer<typeof subjectSchema>;

export const matrixQuery = z.strictObject({
  ...complianceFilters,
  status: z.enum(COMPLIANCE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const matrixSchema = z.object({
  rules: z.array(ruleSchema),
  rows: pageOf(z.object({ subject: subjectSchema, cells: z.array(cellSchema) })),
});

export const overdueSchema = pageOf(
  z.object({ subject: subjectSchema, rule: ruleSchema, required: z.number().int(), done: z.number().int() }),
);

/** One line of someone's to-do: a rule for one of their pairings or orgs in the current period. */
export const todoItemSchema = z.object({
  subject: subjectSchema,
  rule: ruleSchema,
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  required: z.number().int(),
  done: z.number().int(),
  status: z.enum(COMPLIANCE_STATUSES),
  /** What the action is recorded against: a pairing or a party org. */
  recordFor: z.object({
    pairingId: z.number().int().nullable(),
    partyOrgId: z.number().int().nullable(),
    unitId: z.number().int(),
  }),
});
export type TodoItem = z.infer<typeof todoItemSchema>;
export const todoSchema = z.object({ today: z.string(), items: z.array(todoItemSchema) });
