import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { type MessageItem, notificationMessage, notificationsKey } from './message.ts';

interface Matched {
  webhook_id: number;
  id: number | string;
  item_key: string;
  title_zh: string;
  kind: string;
  unit_name: string;
  link: string | null;
  due_on: string | Date | null;
}

function dayOf(v: string | Date | null): string | null {
  if (v === null) return null;
  return typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}

/**
 * The line a chat group reads. A talk due names the person in the app, but a group is not
 * the place to learn who must be talked with (it may follow a disciplinary record or a
 * hardship): the robot hears only that the unit has a talk due.
 */
function robotTitle(m: Matched): string {
  if (m.kind === 'talk_due' || m.kind === 'talk_overdue') {
    const due = dayOf(m.due_on);
    return `${m.kind === 'talk_due' ? '【应谈话】' : '【逾期】'}${m.unit_name} · 谈心谈话 1 项${due ? `（${due} 前）` : ''}`;
  }
  return m.title_zh;
}

/**
 * Turns newly created notifications into messages for the chat-group robots of the
 * units above their items (one message per robot and run, listing the items), and
 * returns the ids of the deliveries queued. Idempotent: a second call for the same
 * notifications queues nothing (dedupe key = the robot's notification ids, hashed).
 * An item several accounts were told of appears once per message.
 */
export async function fanOutNotifications(db: Db, notificationIds: readonly number[]): Promise<number[]> {
  const ids = [...new Set(notificationIds.map(Number))];
  if (ids.length === 0) return [];
  const rows = rowsOf<Matched>(
    await db.execute(sql`
      select w.id as webhook_id, n.id, n.item_key, n.title_zh, n.kind, u.name as unit_name, n.link, n.due_on
      from notifications n
      join units u on u.id = n.unit_id
      join unit_webhooks w on w.enabled
        and (cardinality(w.kinds) = 0 or n.kind = any(w.kinds))
      join units wu on wu.id = w.unit_id and starts_with(u.path, wu.path)
      where n.id = any(${arrayParam(ids)}::bigint[])
      order by w.id, n.due_on nulls last, n.id`),
  );
  const byRobot = new Map<number, Matched[]>();
  for (const r of rows) {
    const list = byRobot.get(Number(r.webhook_id)) ?? [];
    list.push(r);
    byRobot.set(Number(r.webhook_id), list);
  }
  const out: number[] = [];
  for (const [webhookId, matched] of byRobot) {
    const seen = new Set<string>();
    const items: MessageItem[] = [];
    for (const m of matched) {
      if (seen.has(m.item_key)) continue;
      seen.add(m.item_key);
      items.push({ title: robotTitle(m), link: m.link, dueOn: dayOf(m.due_on) });
    }
    const key = notificationsKey(matched.map((m) => Number(m.id)));
    const payload = { source: 'notifications', ...notificationMessage(items) };
    const inserted = rowsOf<{ id: number | string }>(
      await db.execute(sql`
        insert into webhook_deliveries (webhook_id, dedupe_key, payload)
        values (${webhookId}, ${key}, ${JSON.stringify(payload)}::jsonb)
        on conflict (webhook_id, dedupe_key) do nothing
        returning id`),
    );
    for (const r of inserted) out.push(Number(r.id));
  }
  return out;
}
