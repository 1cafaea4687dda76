import { and, count, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type {
  Notification,
  NotificationItem,
  NotificationListQuery,
  NotificationPage,
} from '../../../contracts/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema/notifications.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import { paged } from '../../platform/paging.ts';

type Row = typeof notifications.$inferSelect;

function itemOf(r: Row, lang: Lang): NotificationItem {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: lang === 'zh-CN' ? r.titleZh : r.titleEn,
    link: r.link,
    dueOn: r.dueOn,
    unitId: r.unitId,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  };
}

/** The caller's own notifications, newest first; a digest row carries the items under it. */
export async function listNotifications(
  db: Db,
  accountId: number,
  q: NotificationListQuery,
  lang: Lang,
): Promise<NotificationPage> {
  const conds: SQL[] = [eq(notifications.accountId, accountId), isNull(notifications.digestId)];
  if (q.status === 'unread') conds.push(isNull(notifications.readAt));
  const where = and(...conds);
  return paged(
    q,
    (limit, offset) =>
      db
        .select()
        .from(notifications)
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(notifications).where(where),
    async (rows): Promise<Notification[]> => {
      const digests = rows.filter((r) => r.kind === 'digest').map((r) => Number(r.id));
      const children = digests.length
        ? await db
            .select()
            .from(notifications)
            .where(inArray(notifications.digestId, digests))
            .orderBy(notifications.id)
        : [];
      return rows.map((r) => ({
        ...itemOf(r, lang),
        items: children.filter((c) => Number(c.digestId) === Number(r.id)).map((c) => itemOf(c, lang)),
      }));
    },
  );
}

/** Unread rows the bell counts: top-level only, so a digest counts one however many items it holds. */
export async function unreadCount(db: Db, accountId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.digestId), isNull(notifications.readAt)));
  return Number(r?.n ?? 0);
}

/** Marks one of the caller's notifications read (a digest with its items); another account's answers 404. */
export async function markRead(tx: Db, ctx: ServiceContext, id: number): Promise<void> {
  const [row] = await tx
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.accountId, ctx.actor.accountId)));
  if (!row) throw notFound();
  const changed = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.accountId, ctx.actor.accountId),
        isNull(notifications.readAt),
        or(eq(notifications.id, id), eq(notifications.digestId, id)),
      ),
    )
    .returning({ id: notifications.id });
  if (changed.length === 0) return;
  await writeAudit(tx, ctx.audit, {
    action: 'notifications.read',
    targetType: 'notification',
    targetId: id,
    detail: { rows: changed.length },
  });
}

/** Marks every notification of the caller read. */
export async function markAllRead(tx: Db, ctx: ServiceContext): Promise<number> {
  const changed = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.accountId, ctx.actor.accountId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (changed.length) {
    await writeAudit(tx, ctx.audit, {
      action: 'notifications.read_all',
      targetType: 'notification',
      detail: { rows: changed.length },
    });
  }
  return changed.length;
}
