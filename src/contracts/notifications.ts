import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';

/**
 * In-app notifications (提醒) and reminder preferences (issue 9): the reminder run
 * creates one row per account and item state; in digest mode the day's items hang
 * under one digest row, so the bell counts one.
 */
export const REMINDER_KINDS = [
  'action_due',
  'action_overdue',
  'talk_due',
  'talk_overdue',
  'concern_waiting',
  'concern_overdue',
  'checklist_due',
  'checklist_overdue',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const NOTIFICATION_KINDS = [...REMINDER_KINDS, 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_MODES = ['immediate', 'digest'] as const;
export type NotificationMode = (typeof NOTIFICATION_MODES)[number];

const item = z.object({
  id: z.number().int(),
  kind: z.string(),
  /** In the caller's language (both are stored). */
  title: z.string(),
  link: z.string().nullable(),
  dueOn: z.string().nullable(),
  unitId: z.number().int().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof item>;

export const notificationSchema = item.extend({
  /** A digest row's items (empty for the others). */
  items: z.array(item),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuery = z.strictObject({
  status: z.enum(['unread', 'all']).default('all'),
  ...pageQuery,
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;
export const notificationPage = pageOf(notificationSchema);
export type NotificationPage = z.infer<typeof notificationPage>;

export const unreadCountSchema = z.object({ count: z.number().int() });
export const readAllSchema = z.object({ updated: z.number().int() });

export const preferencesSchema = z.object({
  mutedKinds: z.array(z.enum(REMINDER_KINDS)),
  mode: z.enum(NOTIFICATION_MODES),
  version: z.number().int(),
});
export type NotificationPreferences = z.infer<typeof preferencesSchema>;
/** Kinds are checked by the service (an unknown one names the field in the error). */
export const preferencesBody = z.strictObject({
  mutedKinds: z.array(z.string().max(40)).max(20),
  mode: z.enum(NOTIFICATION_MODES),
  version: z.number().int().positive(),
});
export type PreferencesBody = z.infer<typeof preferencesBody>;

export const reminderRunSchema = z.object({ created: z.number().int(), accounts: z.number().int() });
export type ReminderRunResult = z.infer<typeof reminderRunSchema>;
