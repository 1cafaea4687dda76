import {
  type AnyPgColumn,
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { units } from './units.ts';

/**
 * In-app notifications (提醒): one row per account and item, created by the reminder
 * run from what is due or overdue. `item_key` names the item and its state (for
 * example an action's period and "overdue"), so a second run finds the row and
 * creates nothing. In digest mode the day's items hang under one digest row.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** action_due | action_overdue | talk_due | talk_overdue | concern_waiting | concern_overdue | checklist_due | digest … */
    kind: text('kind').notNull(),
    /** The item and its state; unique per account (idempotence). */
    itemKey: text('item_key').notNull(),
    /** The item's unit: its place in the data scope and the chat-group robots that hear of it. */
    unitId: integer('unit_id').references(() => units.id),
    /** Rendered once at creation, in both languages, so lists and robots need no second lookup. */
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    /** The web path of the item (the page to open). */
    link: text('link'),
    dueOn: date('due_on'),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
    /** In digest mode: the day's digest row this item is grouped under. */
    digestId: bigint('digest_id', { mode: 'number' }).references((): AnyPgColumn => notifications.id, {
      onDelete: 'cascade',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_item_uq').on(t.accountId, t.itemKey),
    index('notifications_account_idx').on(t.accountId, t.readAt, t.createdAt),
    index('notifications_digest_idx').on(t.digestId),
  ],
);

/** Which reminders an account receives, and whether as they come or as one daily digest. */
export const notificationPreferences = pgTable('notification_preferences', {
  accountId: integer('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  /** Kinds switched off (absent = on, so a new kind reaches everyone). */
  mutedKinds: text('muted_kinds').array().notNull().default([]),
  /** immediate | digest */
  mode: text('mode').notNull().default('immediate'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * A chat-group robot (WeCom / DingTalk style webhook) configured on a unit: it hears
 * of the reminders whose item lies in the unit's subtree.
 */
export const unitWebhooks = pgTable(
  'unit_webhooks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    /** wecom | dingtalk — the message body shape. */
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    /** DingTalk signing secret, encrypted like other sensitive fields. */
    secretEnc: text('secret_enc'),
    /** Notification kinds sent; empty = all. */
    kinds: text('kinds').array().notNull().default([]),
    enabled: boolean('enabled').notNull().default(true),
    createdBy: integer('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('unit_webhooks_unit_idx').on(t.unitId)],
);

/** One message to one robot: retried until it is accepted or its attempts run out. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => unitWebhooks.id, { onDelete: 'cascade' }),
    /** What the message is about (a reminder run and day, a test); unique per robot (idempotence). */
    dedupeKey: text('dedupe_key').notNull(),
    payload: jsonb('payload').notNull(),
    /** pending | sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_dedupe_uq').on(t.webhookId, t.dedupeKey),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** The delivery log: every attempt, its answer and how long it took. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    deliveryId: bigint('delivery_id', { mode: 'number' })
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId)],
);
