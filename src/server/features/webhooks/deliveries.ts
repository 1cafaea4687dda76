import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Delivery, DeliveryList, DeliveryStatus } from '../../../contracts/webhooks.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { webhookInScope } from './access.ts';
import { testMessage } from './message.ts';

/** The delivery log of a robot (newest first, each with its attempts), and test messages. */

interface DeliveryRow {
  id: number | string;
  payload: { source?: string; title?: string };
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string | Date;
  sent_at: string | Date | null;
}
interface AttemptRow {
  delivery_id: number | string;
  attempt: number;
  at: string | Date;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

const iso = (v: string | Date) => new Date(v).toISOString();

async function withAttempts(db: Db, rows: DeliveryRow[]): Promise<Delivery[]> {
  const ids = rows.map((r) => Number(r.id));
  const attempts =
    ids.length === 0
      ? []
      : rowsOf<AttemptRow>(
          await db.execute(sql`
            select delivery_id, attempt, at, status_code, error, duration_ms from webhook_attempts
            where delivery_id = any(${arrayParam(ids)}::bigint[]) order by delivery_id, attempt, id`),
        );
  return rows.map((r) => ({
    id: Number(r.id),
    source: r.payload.source ?? (String(r.payload.title ?? '') ? 'notifications' : 'unknown'),
    title: String(r.payload.title ?? ''),
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
    lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
    lastError: r.last_error,
    createdAt: iso(r.created_at),
    sentAt: r.sent_at ? iso(r.sent_at) : null,
    log: attempts
      .filter((a) => Number(a.delivery_id) === Number(r.id))
      .map((a) => ({
        attempt: Number(a.attempt),
        at: iso(a.at),
        statusCode: a.status_code === null ? null : Number(a.status_code),
        error: a.error,
        durationMs: Number(a.duration_ms),
      })),
  }));
}

const columns = sql`id, payload, status, attempts, next_attempt_at, last_status_code, last_error, created_at, sent_at`;

export async function listDeliveries(
  db: Db,
  actor: Actor,
  webhookId: number,
  q: { page: number; pageSize: number },
): Promise<DeliveryList> {
  await webhookInScope(db, actor, webhookId);
  const rows = rowsOf<DeliveryRow>(
    await db.execute(sql`select ${columns} from webhook_deliveries where webhook_id = ${webhookId}
      order by id desc limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
  );
  const [count] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*) as n from webhook_deliveries where webhook_id = ${webhookId}`),
  );
  return { items: await withAttempts(db, rows), total: Number(count?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function readDelivery(db: Db, id: number): Promise<Delivery> {
  const rows = rowsOf<DeliveryRow>(await db.execute(sql`select ${columns} from webhook_deliveries where id = ${id}`));
  const [d] = await withAttempts(db, rows);
  if (!d) throw new Error(`delivery ${id} vanished`);
  return d;
}

/** Queues a test message to a robot (even a disabled one); the route sends it at once after commit. */
export async function queueTest(tx: Db, ctx: ServiceContext, webhookId: number, now: Date): Promise<number> {
  const { webhook, unitName } = await webhookInScope(tx, ctx.actor, webhookId);
  const payload = {
    source: 'test',
    ...testMessage(unitName, webhook.name, ctx.actor.displayName || ctx.actor.username, now),
  };
  const [row] = rowsOf<{ id: number | string }>(
    await tx.execute(sql`
      insert into webhook_deliveries (webhook_id, dedupe_key, payload, next_attempt_at)
      values (${webhookId}, ${`test:${randomUUID()}`}, ${JSON.stringify(payload)}::jsonb, ${now.toISOString()}::timestamptz)
      returning id`),
  );
  await writeAudit(tx, ctx.audit, {
    action: 'webhook.test',
    targetType: 'unit_webhook',
    targetId: webhookId,
    detail: { deliveryId: Number(row!.id) },
  });
  return Number(row!.id);
}
