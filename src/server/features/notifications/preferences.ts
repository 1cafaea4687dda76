import { and, eq } from 'drizzle-orm';
import {
  type NotificationMode,
  type NotificationPreferences,
  type PreferencesBody,
  REMINDER_KINDS,
  type ReminderKind,
} from '../../../contracts/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notificationPreferences } from '../../db/schema/notifications.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { invalidField, staleVersion } from '../../platform/errors.ts';

const isKind = (k: string): k is ReminderKind => (REMINDER_KINDS as readonly string[]).includes(k);

/** The caller's preferences; without a row, every kind on and immediate (version 1). */
export async function readPreferences(db: Db, accountId: number): Promise<NotificationPreferences> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.accountId, accountId));
  if (!row) return { mutedKinds: [], mode: 'immediate', version: 1 };
  return {
    mutedKinds: row.mutedKinds.filter(isKind),
    mode: row.mode as NotificationMode,
    version: row.version,
  };
}

/** Saves the caller's preferences (the version read guards against a second tab's change). */
export async function writePreferences(
  tx: Db,
  ctx: ServiceContext,
  body: PreferencesBody,
): Promise<NotificationPreferences> {
  const unknown = body.mutedKinds.find((k) => !isKind(k));
  if (unknown !== undefined) {
    throw invalidField(ctx.lang, 'mutedKinds', 'unknown_kind', {
      'zh-CN': `中没有“${unknown}”这种提醒`,
      'en-US': `names an unknown reminder kind "${unknown}"`,
    });
  }
  const accountId = ctx.actor.accountId;
  const mutedKinds = [...new Set(body.mutedKinds.filter(isKind))];
  const before = await readPreferences(tx, accountId);
  await tx.insert(notificationPreferences).values({ accountId }).onConflictDoNothing();
  const [row] = await tx
    .update(notificationPreferences)
    .set({ mutedKinds, mode: body.mode, updatedAt: new Date(), version: body.version + 1 })
    .where(and(eq(notificationPreferences.accountId, accountId), eq(notificationPreferences.version, body.version)))
    .returning();
  if (!row) throw staleVersion();
  const after = { mutedKinds, mode: body.mode, version: row.version };
  await writeAudit(tx, ctx.audit, {
    action: 'notification_preferences.update',
    targetType: 'account',
    targetId: accountId,
    before: { mutedKinds: before.mutedKinds, mode: before.mode },
    after: { mutedKinds, mode: body.mode },
  });
  return after;
}
