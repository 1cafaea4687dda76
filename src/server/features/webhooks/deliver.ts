import { sql } from 'drizzle-orm';
import { retryDelaySeconds, WEBHOOK_MAX_ATTEMPTS, type WebhookKind } from '../../../contracts/webhooks.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { judgeAnswer, type RobotMessage, robotBody, signedUrl } from './message.ts';

/**
 * Sending deliveries: claim the due ones (a lease pushes their next attempt out, so a
 * second worker skips them; FOR UPDATE SKIP LOCKED while claiming), post each outside
 * any transaction, then record the attempt and the outcome in a small transaction.
 * A disabled robot's messages wait (pending) until it is enabled again; test messages go anyway.
 */
export const DEFAULT_TIMEOUT_MS = 5000;
const ERROR_MAX = 500;
const BATCH = 20;

export interface DeliverOptions {
  now: Date;
  cipher: FieldCipher;
  timeoutMs?: number;
  /** Only these deliveries (a test message sent at once); otherwise every due one. */
  ids?: readonly number[];
}

export interface AttemptOutcome {
  deliveryId: number;
  status: 'pending' | 'sent' | 'failed';
  statusCode: number | null;
  error: string | null;
}

interface Claimed {
  id: number | string;
  attempts: number;
  payload: RobotMessage;
  kind: WebhookKind;
  url: string;
  secret_enc: string | null;
}

const deliverable = sql`(w.enabled or d.dedupe_key like 'test:%')`;

async function claim(db: Db, now: Date, leaseMs: number, ids: readonly number[] | undefined): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = rowsOf<{ id: number | string }>(
      await tx.execute(sql`
        select d.id from webhook_deliveries d
        join unit_webhooks w on w.id = d.webhook_id
        where d.status = 'pending' and d.next_attempt_at <= ${now.toISOString()}::timestamptz and ${deliverable}
          ${ids ? sql`and d.id = any(${arrayParam(ids.map(Number))}::bigint[])` : sql``}
        order by d.next_attempt_at, d.id
        limit ${BATCH}
        for update of d skip locked`),
    );
    if (due.length === 0) return [];
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    return rowsOf<Claimed>(
      await tx.execute(sql`
        update webhook_deliveries d set next_attempt_at = ${lease}::timestamptz
        from unit_webhooks w
        where w.id = d.webhook_id and d.id = any(${arrayParam(due.map((r) => Number(r.id)))}::bigint[])
        returning d.id, d.attempts, d.payload, w.kind, w.url, w.secret_enc`),
    );
  });
}

async function post(
  url: string,
  body: unknown,
  timeoutMs: number,
): Promise<{ statusCode: number | null; ok: boolean; error: string | null }> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    const text = await res.text();
    const verdict = judgeAnswer(res.status, text);
    return { statusCode: res.status, ok: verdict.ok, error: verdict.ok ? null : verdict.error };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return { statusCode: null, ok: false, error: `timeout after ${timeoutMs} ms` };
    }
    const cause = e.cause?.code ?? e.cause?.message;
    return { statusCode: null, ok: false, error: cause ? `${e.message} (${cause})` : e.message };
  }
}

async function attemptOne(db: Db, c: Claimed, opts: DeliverOptions, timeoutMs: number): Promise<AttemptOutcome> {
  const deliveryId = Number(c.id);
  const started = performance.now();
  let result: { statusCode: number | null; ok: boolean; error: string | null };
  try {
    const secret = c.secret_enc ? opts.cipher.decrypt(c.secret_enc) : null;
    const url = signedUrl(c.kind, c.url, secret, opts.now.getTime());
    result = await post(url, robotBody(c.kind, c.payload), timeoutMs);
  } catch (err) {
    result = { statusCode: null, ok: false, error: (err as Error).message };
  }
  const durationMs = Math.max(0, Math.round(performance.now() - started));
  const attempts = c.attempts + 1;
  const status = result.ok ? 'sent' : attempts >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
  const error = result.error ? result.error.slice(0, ERROR_MAX) : null;
  const at = opts.now.toISOString();
  const next = new Date(opts.now.getTime() + retryDelaySeconds(attempts) * 1000).toISOString();
  // The robot may have been deleted meanwhile (its deliveries with it): then nothing is recorded.
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into webhook_attempts (delivery_id, attempt, at, status_code, error, duration_ms)
      select id, ${attempts}, ${at}::timestamptz, ${result.statusCode}::int, ${error}::text, ${durationMs}::int
      from webhook_deliveries where id = ${deliveryId}`);
    await tx.execute(sql`
      update webhook_deliveries set
        attempts = ${attempts},
        status = ${status},
        last_status_code = ${result.statusCode},
        last_error = ${error},
        sent_at = ${status === 'sent' ? at : null}::timestamptz,
        next_attempt_at = ${status === 'pending' ? next : at}::timestamptz
      where id = ${deliveryId}`);
  });
  return { deliveryId, status, statusCode: result.statusCode, error };
}

/** Makes one attempt of every due delivery (or of the given ones); answers what became of each. */
export async function deliverDue(db: Db, opts: DeliverOptions): Promise<AttemptOutcome[]> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const leaseMs = timeoutMs + 60_000;
  const out: AttemptOutcome[] = [];
  const tried = new Set<number>();
  for (;;) {
    const batch = (await claim(db, opts.now, leaseMs, opts.ids)).filter((c) => !tried.has(Number(c.id)));
    if (batch.length === 0) return out;
    for (const c of batch) tried.add(Number(c.id));
    out.push(...(await Promise.all(batch.map((c) => attemptOne(db, c, opts, timeoutMs)))));
  }
}

/** When the next pending delivery of an enabled robot is due, if any. */
export async function nextDueAt(db: Db): Promise<Date | null> {
  const [row] = rowsOf<{ at: string | Date | null }>(
    await db.execute(sql`
      select min(d.next_attempt_at) as at from webhook_deliveries d
      join unit_webhooks w on w.id = d.webhook_id
      where d.status = 'pending' and ${deliverable}`),
  );
  return row?.at ? new Date(row.at) : null;
}
