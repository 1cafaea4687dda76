import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { pairings } from './pairings.ts';
import { partyOrgs } from './party-orgs.ts';
import { people } from './people.ts';
import { units } from './units.ts';

/**
 * 纪实: the evidence that an action or meeting happened — when, where, in which
 * mode, who attended, what was discussed and decided. Compliance counts these.
 */
export const records = pgTable(
  'records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    partyOrgId: integer('party_org_id').references(() => partyOrgs.id),
    pairingId: integer('pairing_id').references(() => pairings.id),
    mode: text('mode').notNull(),
    /** Who gave the lecture or led the session (a secretary's party lecture). */
    presenterId: integer('presenter_id').references(() => people.id),
    title: text('title').notNull(),
    content: text('content'),
    outcomes: text('outcomes'),
    /** For a monthly meeting: the four standard items, each {done, note}. */
    standardItems: jsonb('standard_items'),
    /**
     * How many attendees were present (the record's person-times), written with the
     * attendee rows in the same transaction, so compliance need not count 10M rows.
     */
    presentCount: integer('present_count').notNull().default(0),
    authorAccountId: integer('author_account_id').notNull(),
    authorPersonId: integer('author_person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Compliance looks up one subject's records of one kind in one period: all three in the key.
    index('records_pairing_kind_idx').on(t.pairingId, t.kind, t.occurredAt),
    index('records_party_org_kind_idx').on(t.partyOrgId, t.kind, t.occurredAt),
    index('records_unit_idx').on(t.unitId, t.occurredAt),
    index('records_occurred_idx').on(t.occurredAt),
    index('records_author_idx').on(t.authorAccountId, t.occurredAt),
  ],
);

/** Who was there (person-times) and, for branch meetings, who was absent and why. */
export const recordAttendees = pgTable(
  'record_attendees',
  {
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    present: boolean('present').notNull().default(true),
    absenceReason: text('absence_reason'),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.personId] }), index('record_attendees_person_idx').on(t.personId)],
);

/** Files of a record, stored under random keys behind the storage interface. */
export const recordAttachments = pgTable(
  'record_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('record_attachments_record_idx').on(t.recordId)],
);
