import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { partyOrgs } from './party-orgs.ts';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * 结对制度: a kind of pairing with its own target kinds (counselor → outlets,
 * party representative → blank outlets, leader contact point → a party org…).
 */
export const schemes = pgTable('schemes', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description'),
  /** 'unit' or 'party_org'. */
  targetType: text('target_type').notNull(),
  /** Unit kinds or party org kinds a target may have. */
  targetKinds: text('target_kinds').array().notNull(),
  /** Party representatives pair only with outlets that have no member (seed 002). */
  blankOutletsOnly: boolean('blank_outlets_only').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * 结对: a person assigned to a target unit or party org under a scheme for a
 * date range. `scope_unit_id` is the unit of the target (a party org's own unit),
 * which places the pairing in the data scope.
 */
export const pairings = pgTable(
  'pairings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer('scheme_id')
      .notNull()
      .references(() => schemes.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    targetUnitId: integer('target_unit_id').references(() => units.id),
    targetPartyOrgId: integer('target_party_org_id').references(() => partyOrgs.id),
    scopeUnitId: integer('scope_unit_id')
      .notNull()
      .references(() => units.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    note: text('note'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('pairings_one_target', sql`(${t.targetUnitId} is null) <> (${t.targetPartyOrgId} is null)`),
    check('pairings_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    index('pairings_scheme_scope_idx').on(t.schemeId, t.scopeUnitId),
    index('pairings_person_idx').on(t.personId),
    index('pairings_target_unit_idx').on(t.targetUnitId),
    index('pairings_target_org_idx').on(t.targetPartyOrgId),
  ],
);

/**
 * 规定动作: "at least min_count actions of action_kind per period by subject".
 * Rules are data; a change of substance is a new version (same code, a later
 * effective_from; the previous one gets an effective_to).
 */
export const rules = pgTable(
  'rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** A scheme's pairings and holders, or… */
    schemeId: integer('scheme_id').references(() => schemes.id),
    /** …party orgs of one kind and their secretaries. */
    partyOrgKind: text('party_org_kind'),
    subject: text('subject').notNull(),
    actionKind: text('action_kind').notNull(),
    period: text('period').notNull(),
    minCount: integer('min_count').notNull(),
    onSiteOnly: boolean('on_site_only').notNull().default(false),
    requireStandardItems: boolean('require_standard_items').notNull().default(false),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('rules_code_from_unique').on(t.code, t.effectiveFrom),
    check('rules_applies_to_one', sql`(${t.schemeId} is null) <> (${t.partyOrgKind} is null)`),
    check('rules_min_count', sql`${t.minCount} >= 1`),
    index('rules_scheme_idx').on(t.schemeId),
  ],
);
