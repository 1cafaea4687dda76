import { type AnyPgColumn, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * 党组织: committee, general branch, branch or group, attached to a unit (which
 * gives it its place in the data scope) and to a parent party org.
 */
export const partyOrgs = pgTable(
  'party_orgs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    parentId: integer('parent_id').references((): AnyPgColumn => partyOrgs.id),
    termStart: date('term_start'),
    termEnd: date('term_end'),
    foundedOn: date('founded_on'),
    dissolvedOn: date('dissolved_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('party_orgs_unit_idx').on(t.unitId), index('party_orgs_parent_idx').on(t.parentId)],
);

/**
 * Who sat on a party org's committee, in which role, from when to when. The
 * current committee is the rows without an end; earlier ones are the history
 * (a secretary's appointment date comes from here).
 */
export const partyOrgCommittee = pgTable(
  'party_org_committee',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    partyOrgId: integer('party_org_id')
      .notNull()
      .references(() => partyOrgs.id),
    personId: integer('person_id')
      .notNull()
      .references((): AnyPgColumn => people.id),
    role: text('role').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('party_org_committee_org_idx').on(t.partyOrgId, t.endedOn),
    index('party_org_committee_person_idx').on(t.personId),
  ],
);
