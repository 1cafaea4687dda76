import { type AnyPgColumn, bigint, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { partyOrgs } from './party-orgs.ts';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * Heart-to-heart talks (谈心谈话, seed 004): a recorded one-to-one talk, and the
 * talks that are due because something happened to a person — a job change or
 * a transfer in the registry, a disciplinary record, a hardship or warning flag.
 * A talk's summary and follow-up are confidential: stored encrypted, shown only
 * to its participants, the person's branch secretary and the roles granted it,
 * and every showing is audited.
 */
export const talks = pgTable(
  'talks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The counterpart's unit when the talk took place: the talk's place in the data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** The counterpart's party org then (null for a non-member); coverage counts per branch. */
    partyOrgId: integer('party_org_id').references(() => partyOrgs.id),
    /** Who talked (usually the secretary or a committee member)… */
    initiatorPersonId: integer('initiator_person_id')
      .notNull()
      .references(() => people.id),
    /** …with whom. */
    counterpartPersonId: integer('counterpart_person_id')
      .notNull()
      .references(() => people.id),
    occurredOn: date('occurred_on').notNull(),
    /** routine | job_change | disciplinary | hardship | warning | other */
    kind: text('kind').notNull(),
    place: text('place'),
    summaryEnc: text('summary_enc').notNull(),
    followUpEnc: text('follow_up_enc'),
    /** The due talk this one fulfils, if any. */
    dueTalkId: bigint('due_talk_id', { mode: 'number' }).references((): AnyPgColumn => dueTalks.id),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('talks_unit_idx').on(t.unitId, t.occurredOn),
    index('talks_party_org_idx').on(t.partyOrgId, t.occurredOn),
    index('talks_initiator_idx').on(t.initiatorPersonId),
    index('talks_counterpart_idx').on(t.counterpartPersonId),
  ],
);

/**
 * What a secretary enters about a member that calls for a talk: a disciplinary
 * handling, a family or health hardship, warning signs or bad reports. Cleared
 * when it no longer applies; kept as history.
 */
export const personFlags = pgTable(
  'person_flags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** disciplinary | hardship | warning */
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    raisedOn: date('raised_on').notNull(),
    raisedBy: integer('raised_by')
      .notNull()
      .references(() => accounts.id),
    clearedOn: date('cleared_on'),
    clearedBy: integer('cleared_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('person_flags_person_idx').on(t.personId)],
);

/**
 * A talk that must happen: created in the same transaction as its cause (a
 * transfer, a position change, a flag), due a configurable number of days
 * later, for the person's branch secretary; done when a talk fulfils it.
 */
export const dueTalks = pgTable(
  'due_talks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    /** The person's unit when it was raised: the due talk's place in the data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** job_change | transfer | disciplinary | hardship | warning */
    reason: text('reason').notNull(),
    /** person_transfer | person_update | person_flag: what raised it. */
    sourceType: text('source_type').notNull(),
    sourceId: integer('source_id').notNull(),
    /** The branch responsible (the person's party org, else the nearest org of their unit), and its secretary then. */
    partyOrgId: integer('party_org_id').references(() => partyOrgs.id),
    responsiblePersonId: integer('responsible_person_id').references(() => people.id),
    raisedOn: date('raised_on').notNull(),
    dueOn: date('due_on').notNull(),
    talkId: bigint('talk_id', { mode: 'number' }).references((): AnyPgColumn => talks.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('due_talks_responsible_idx').on(t.responsiblePersonId, t.dueOn),
    index('due_talks_unit_idx').on(t.unitId, t.dueOn),
    index('due_talks_party_org_idx').on(t.partyOrgId),
    index('due_talks_person_idx').on(t.personId),
    index('due_talks_source_idx').on(t.sourceType, t.sourceId),
  ],
);
