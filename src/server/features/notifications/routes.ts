import type { FastifyInstance } from 'fastify';
import { idParam, okSchema } from '../../../contracts/common.ts';
import {
  notificationListQuery,
  notificationPage,
  preferencesBody,
  preferencesSchema,
  readAllSchema,
  reminderRunSchema,
  unreadCountSchema,
} from '../../../contracts/notifications.ts';
import { serviceContext } from '../../platform/access.ts';
import { typed } from '../../platform/route.ts';
import { accountsWithin } from './actors.ts';
import { listNotifications, markAllRead, markRead, unreadCount } from './inbox.ts';
import { registerReminderJob, runAndDeliver } from './job.ts';
import { readPreferences, writePreferences } from './preferences.ts';

/** 消息提醒: the caller's own notifications, reminder preferences, and a reminder run on demand. */
export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);
  const db = () => app.database.db;
  const read = { access: { permission: 'notifications.read' as const } };
  await registerReminderJob(app);

  r.get('/api/notifications', {
    config: read,
    schema: { querystring: notificationListQuery, response: { 200: notificationPage } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return listNotifications(db(), ctx.actor.accountId, req.query, ctx.lang);
    },
  });

  r.get('/api/notifications/unread-count', {
    config: read,
    schema: { response: { 200: unreadCountSchema } },
    handler: async (req) => ({ count: await unreadCount(db(), serviceContext(req).actor.accountId) }),
  });

  r.post('/api/notifications/:id/read', {
    config: read,
    schema: { params: idParam, response: { 200: okSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      await db().transaction((tx) => markRead(tx, ctx, req.params.id));
      return { ok: true as const };
    },
  });

  r.post('/api/notifications/read-all', {
    config: read,
    schema: { response: { 200: readAllSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return { updated: await db().transaction((tx) => markAllRead(tx, ctx)) };
    },
  });

  r.get('/api/notification-preferences', {
    config: read,
    schema: { response: { 200: preferencesSchema } },
    handler: async (req) => readPreferences(db(), serviceContext(req).actor.accountId),
  });

  r.put('/api/notification-preferences', {
    config: read,
    schema: { body: preferencesBody, response: { 200: preferencesSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      return db().transaction((tx) => writePreferences(tx, ctx, req.body));
    },
  });

  // Run now, for the accounts whose scope lies within the caller's (the department's people).
  r.post('/api/reminders/run', {
    config: { access: { permission: 'webhooks.manage' as const } },
    schema: { response: { 200: reminderRunSchema } },
    handler: async (req) => {
      const ctx = serviceContext(req);
      const accountIds = await accountsWithin(db(), ctx.actor.scopePaths);
      const result = await runAndDeliver(app, { accountIds, audit: ctx.audit });
      return { created: result.created, accounts: result.accounts };
    },
  });
}
