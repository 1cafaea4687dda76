import { z } from 'zod';
import { todoItemSchema } from './compliance.ts';
import { SLA_DAY_KINDS } from './concern-config.ts';
import { concernSchema } from './concerns.ts';
import { recordSchema } from './records.ts';
import { dueTalkSchema } from './talks.ts';

/**
 * 首页: what each user sees first. Sections exist only for what the caller is — a
 * holder of pairings in force (counselor, party representative), a handler or
 * counselor with a concern queue, a current secretary or deputy of a party org.
 * A caller who is none of these gets every section null.
 */

const ref = z.object({ id: z.number().int(), name: z.string() });

/** One pairing in force with its to-do items this period that are due or overdue (the same items as 我的待办). */
export const homePairingSchema = z.object({
  pairingId: z.number().int(),
  schemeName: z.string(),
  /** The pairing's target (outlet or party org), as the to-do names it. */
  targetName: z.string(),
  /** The unit to raise a concern at, and the unit the pairing sits in. */
  unit: ref,
  partyOrgId: z.number().int().nullable(),
  items: z.array(todoItemSchema),
  overdue: z.number().int(),
  due: z.number().int(),
});
export type HomePairing = z.infer<typeof homePairingSchema>;

/**
 * SLA countdown of a concern: days left until due_on (negative: overdue by), in the
 * category's kind of days (working days skip weekends and the calendar's holidays).
 */
export const slaCountdownSchema = z.object({
  dueOn: z.string(),
  daysLeft: z.number().int(),
  dayKind: z.enum(SLA_DAY_KINDS),
});
export type SlaCountdown = z.infer<typeof slaCountdownSchema>;

export const waitingConcernSchema = concernSchema.extend({ sla: slaCountdownSchema.nullable() });
export type WaitingConcern = z.infer<typeof waitingConcernSchema>;

export const CHECKLIST_DUE_KINDS = ['item', 'monthly_report'] as const;
export type ChecklistDueKind = (typeof CHECKLIST_DUE_KINDS)[number];

/**
 * A checklist obligation of the org's unit that is due now: an item with a cadence not
 * registered in its current period, an item with a deadline (or yearly) not registered
 * this year whose deadline is within 30 days or past, or this month's report not submitted.
 */
export const checklistDueSchema = z.object({
  kind: z.enum(CHECKLIST_DUE_KINDS),
  assignmentId: z.number().int(),
  templateName: z.string(),
  /** null for the monthly report. */
  itemId: z.number().int().nullable(),
  ordinal: z.number().int().nullable(),
  title: z.string(),
  /** The last day it may be done (inclusive). */
  dueOn: z.string(),
  overdue: z.boolean(),
});
export type ChecklistDue = z.infer<typeof checklistDueSchema>;

/** What a current secretary (or deputy) of one party org has to see to. */
export const homeOrgSchema = z.object({
  partyOrg: ref,
  unit: ref,
  role: z.enum(['secretary', 'deputy_secretary']),
  /** The org's to-do items of monthly and quarterly rules that are due or overdue. */
  meetings: z.array(todoItemSchema),
  /** null when the caller may not read checklists. */
  checklist: z.array(checklistDueSchema).nullable(),
  /** Open concerns raised at the org's unit (its outlet); null when the caller may not read concerns. */
  concerns: z.object({ total: z.number().int(), items: z.array(concernSchema) }).nullable(),
});
export type HomeOrg = z.infer<typeof homeOrgSchema>;

export const homeSchema = z.object({
  today: z.string(),
  /** A holder of pairings in force: each pairing's due and overdue items, and their last records. */
  pairings: z
    .object({
      items: z.array(homePairingSchema),
      records: z.array(recordSchema),
    })
    .nullable(),
  /** Concerns waiting for the caller (GET /api/concerns?queue=mine), for a counselor or a handler. */
  concerns: z
    .object({ total: z.number().int(), overdue: z.number().int(), items: z.array(waitingConcernSchema) })
    .nullable(),
  /** A current secretary or deputy of party orgs: per org, and the talks they must hold. */
  secretary: z
    .object({
      orgs: z.array(homeOrgSchema),
      /** Due talks the caller must hold (GET /api/talks/due?view=mine); null without talks.read. */
      talks: z.object({ items: z.array(dueTalkSchema) }).nullable(),
    })
    .nullable(),
});
export type Home = z.infer<typeof homeSchema>;

/** How many waiting concerns the home lists (the total says how many more there are). */
export const HOME_CONCERN_LIMIT = 20;
/** How many of the caller's last records the home lists. */
export const HOME_RECORD_LIMIT = 5;
