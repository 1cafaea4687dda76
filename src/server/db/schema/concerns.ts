import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { people } from './people.ts';
import { records } from './records.ts';
import { units } from './units.ts';

/** Concern categories with their SLA; seeded with seed 000's list, then data. */
export const concernCategories = pgTable('concern_categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  slaDays: integer('sla_days').notNull().default(30),
  /** 'calendar' or 'working' (counted on working_calendar). */
  slaDayKind: text('sla_day_kind').notNull().default('calendar'),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  version: integer('version').notNull().default(1),
});

/**
 * The routing table: at a branch (`unit_id`), concerns of a category go to a
 * department. An outlet's concern takes the row of its nearest ancestor that has one.
 */
export const concernRoutes = pgTable(
  'concern_routes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    category: text('category')
      .notNull()
      .references(() => concernCategories.code),
    departmentUnitId: integer('department_unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [unique('concern_routes_unit_category_key').on(t.unitId, t.category)],
);

/** Exceptions to Monday–Friday: public holidays (not working) and make-up days (working). */
export const workingCalendar = pgTable('working_calendar', {
  day: date('day', { mode: 'string' }).primaryKey(),
  working: boolean('working').notNull(),
  note: text('note'),
});

/**
 * A concern (意见建议/问题). `tier` and `state` are the workflow's position; every
 * move is also a row of concern_events. `counselor_person_id` is whom the figures
 * credit: the raising counselor, or the outlet's counselor when someone else raised it.
 */
export const concerns = pgTable(
  'concerns',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    category: text('category')
      .notNull()
      .references(() => concernCategories.code),
    title: text('title').notNull(),
    description: text('description').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    recordId: bigint('record_id', { mode: 'number' }).references(() => records.id),
    raisedByAccountId: integer('raised_by_account_id')
      .notNull()
      .references(() => accounts.id),
    raisedByPersonId: integer('raised_by_person_id').references(() => people.id),
    anonymous: boolean('anonymous').notNull().default(false),
    counselorPersonId: integer('counselor_person_id').references(() => people.id),
    tier: smallint('tier').notNull().default(1),
    state: text('state').notNull().default('submitted'),
    departmentUnitId: integer('department_unit_id').references(() => units.id),
    routeOverrideReason: text('route_override_reason'),
    handlerAccountId: integer('handler_account_id').references(() => accounts.id),
    dueOn: date('due_on', { mode: 'string' }),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    satisfaction: smallint('satisfaction'),
    satisfactionComment: text('satisfaction_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Figures read a subtree's outlets over a period: outlet first, then time.
    index('concerns_unit_raised_idx').on(t.unitId, t.raisedAt),
    index('concerns_raised_idx').on(t.raisedAt),
    // A department's queue: only the concerns still open are in this index.
    index('concerns_department_open_idx')
      .on(t.departmentUnitId, t.state)
      .where(sql`state not in ('closed', 'rejected', 'resolved')`),
    index('concerns_counselor_idx').on(t.counselorPersonId, t.raisedAt),
    index('concerns_raiser_idx').on(t.raisedByAccountId, t.raisedAt),
    index('concerns_record_idx').on(t.recordId),
  ],
);

/** The timeline: raising, every transition and every progress update, with who, when and why. */
export const concernEvents = pgTable(
  'concern_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    concernId: bigint('concern_id', { mode: 'number' })
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    fromTier: smallint('from_tier'),
    toTier: smallint('to_tier').notNull(),
    actorAccountId: integer('actor_account_id')
      .notNull()
      .references(() => accounts.id),
    actorName: text('actor_name').notNull(),
    reason: text('reason'),
    note: text('note'),
    departmentUnitId: integer('department_unit_id').references(() => units.id),
    handlerAccountId: integer('handler_account_id').references(() => accounts.id),
    satisfaction: smallint('satisfaction'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('concern_events_concern_idx').on(t.concernId, t.at)],
);

export const concernAttachments = pgTable(
  'concern_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    concernId: bigint('concern_id', { mode: 'number' })
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('concern_attachments_concern_idx').on(t.concernId)],
);

/** A party committee meeting that studied tier-3 concerns (its minutes' concern part). */
export const committeeMeetings = pgTable(
  'committee_meetings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    attendees: text('attendees'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('committee_meetings_unit_idx').on(t.unitId, t.heldOn)],
);

export const committeeMeetingItems = pgTable(
  'committee_meeting_items',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id, { onDelete: 'cascade' }),
    concernId: bigint('concern_id', { mode: 'number' })
      .notNull()
      .references(() => concerns.id),
    decision: text('decision').notNull(),
    ownerDepartmentId: integer('owner_department_id')
      .notNull()
      .references(() => units.id),
    ownerNote: text('owner_note'),
  },
  (t) => [
    unique('committee_meeting_items_key').on(t.meetingId, t.concernId),
    index('committee_meeting_items_concern_idx').on(t.concernId),
  ],
);

/** 选树典型: a concern or a counselor's case held up as an example, with a write-up. */
export const exemplars = pgTable(
  'exemplars',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    subject: text('subject').notNull(),
    concernId: bigint('concern_id', { mode: 'number' }).references(() => concerns.id),
    personId: integer('person_id').references(() => people.id),
    /** Where it belongs in the tree (the concern's outlet, the counselor's unit): its data scope. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    writeUp: text('write_up').notNull(),
    markedBy: integer('marked_by')
      .notNull()
      .references(() => accounts.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('exemplars_unit_idx').on(t.unitId)],
);

/** 提醒 / 约谈 / 诫勉谈话 against a department or a person, with its reason. */
export const admonitions = pgTable(
  'admonitions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    departmentUnitId: integer('department_unit_id').references(() => units.id),
    personId: integer('person_id').references(() => people.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    concernId: bigint('concern_id', { mode: 'number' }).references(() => concerns.id),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('admonitions_unit_idx').on(t.unitId, t.occurredOn)],
);
