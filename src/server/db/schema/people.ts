import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { partyOrgs } from './party-orgs.ts';
import { units } from './units.ts';

/**
 * Employees, party members among them. `unit_path` copies the unit's path so
 * subtree lists are an index range scan; unit moves and transfers keep it in
 * step. Phone and ID number are stored encrypted, with a masked form for lists.
 */
export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    employeeNo: text('employee_no').notNull().unique(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    position: text('position'),
    cadreGrade: text('cadre_grade').notNull().default('staff'),
    employmentStatus: text('employment_status').notNull().default('active'),
    hiredOn: date('hired_on'),
    leftOn: date('left_on'),
    partyStatus: text('party_status').notNull().default('none'),
    joinedPartyOn: date('joined_party_on'),
    fullMemberOn: date('full_member_on'),
    partyOrgId: integer('party_org_id').references((): AnyPgColumn => partyOrgs.id),
    partyRelation: text('party_relation'),
    externalOrgName: text('external_org_name'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // unit_path and employee_no use the "C" collation (see the registry migration), so this one
    // index serves both the subtree prefix test (LIKE '/1/5/%') and the list's ORDER BY.
    index('people_unit_path_idx').on(t.unitPath, t.employeeNo),
    // Partial twins of that index for the list's selective filters: the list's capped count
    // then reads only matching entries instead of scanning past non-matching people (bench/registry.ts).
    index('people_outside_idx')
      .on(t.unitPath, t.employeeNo)
      .where(sql`${t.partyRelation} = 'outside' and ${t.employmentStatus} = 'active'`),
    index('people_probationary_idx')
      .on(t.unitPath, t.employeeNo)
      .where(sql`${t.partyStatus} = 'probationary' and ${t.employmentStatus} = 'active'`),
    index('people_mid_level_idx')
      .on(t.unitPath, t.employeeNo)
      .where(sql`${t.cadreGrade} in ('senior', 'mid') and ${t.employmentStatus} = 'active'`),
    index('people_unit_idx').on(t.unitId),
    index('people_party_org_idx').on(t.partyOrgId),
    index('people_name_idx').on(t.name),
  ],
);

/** Moves between units and between party orgs, as they happened. */
export const personTransfers = pgTable(
  'person_transfers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind').notNull(),
    fromId: integer('from_id'),
    toId: integer('to_id'),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: integer('recorded_by'),
  },
  (t) => [index('person_transfers_person_idx').on(t.personId, t.effectiveOn)],
);

/**
 * Direct head counts per unit (active staff only), kept by statement triggers on
 * `people` in the same transaction as every change (see the registry migration),
 * so subtree roll-ups sum ≤100k small rows instead of scanning 1M people.
 */
export const unitPeopleStats = pgTable('unit_people_stats', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  staff: integer('staff').notNull().default(0),
  membersFull: integer('members_full').notNull().default(0),
  membersProbationary: integer('members_probationary').notNull().default(0),
  membersExternal: integer('members_external').notNull().default(0),
});
