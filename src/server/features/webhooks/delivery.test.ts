import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { Delivery } from '../../../contracts/webhooks.ts';
import { rowsOf } from '../../db/sql.ts';
import { deliverDue } from './deliver.ts';
import { fanOutNotifications } from './fanout.ts';

/**
 * Delivery with retries against a robot played by a local HTTP server on 127.0.0.1:
 * backoff and the attempt log, giving up after five, timeouts, DingTalk's signature,
 * the test button, and the 'webhooks.deliver' job.
 */
const env = fileTestEnv();
let admin: Client;

interface Received {
  url: URL;
  body: unknown;
}
type Answer = (req: Received) => { status: number; body?: string } | 'hang';

/** A robot: answers each request with the next answer (the last one repeats). */
async function robotServer(answers: Answer[]) {
  const received: Received[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = {
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      };
      received.push(r);
      const answer = (answers[received.length - 1] ?? answers[answers.length - 1]!)(r);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return {
    url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=TOKEN-${port}`,
    received,
    close: () => {
      for (const res of hanging) res.destroy();
    },
  };
}
const servers: http.Server[] = [];
const ok = (): { status: number; body: string } => ({
  status: 200,
  body: JSON.stringify({ errcode: 0, errmsg: 'ok' }),
});
const fail500 = (): { status: number; body: string } => ({ status: 500, body: 'boom' });

async function createRobot(body: Record<string, unknown>): Promise<number> {
  const res = await admin.post<{ id: number }>('/api/webhooks', {
    unitId: env.fixture.unit('JN01'),
    name: '测试群',
    kind: 'wecom',
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

let seq = 0;
/** A notification of the admin on a unit (what the reminder run would create). */
async function notify(unitCode: string, kind = 'action_overdue', title = '纪实待补'): Promise<number> {
  seq += 1;
  const [row] = rowsOf<{ id: string | number }>(
    await env.database.db.execute(sql`
      insert into notifications (account_id, kind, item_key, unit_id, title_zh, title_en, link, due_on)
      values (${env.fixture.account('admin')}, ${kind}, ${`test:${seq}`}, ${env.fixture.unit(unitCode)},
        ${`${title} ${seq}`}, ${`Item ${seq}`}, ${`/records?n=${seq}`}, '2026-12-31')
      returning id`),
  );
  return Number(row!.id);
}

async function deliveryRow(id: number) {
  const [d] = rowsOf<{ status: string; attempts: number; next_attempt_at: string | Date }>(
    await env.database.db.execute(
      sql`select status, attempts, next_attempt_at from webhook_deliveries where id = ${id}`,
    ),
  );
  return { status: d!.status, attempts: Number(d!.attempts), next: new Date(d!.next_attempt_at) };
}
async function attemptRows(id: number) {
  return rowsOf<{ attempt: number; status_code: number | null; error: string | null; duration_ms: number }>(
    await env.database.db.execute(
      sql`select attempt, status_code, error, duration_ms from webhook_attempts where delivery_id = ${id} order by attempt`,
    ),
  ).map((a) => ({
    attempt: Number(a.attempt),
    statusCode: a.status_code === null ? null : Number(a.status_code),
    error: a.error,
    durationMs: Number(a.duration_ms),
  }));
}
const disable = (robotId: number) =>
  env.database.db.execute(sql`update unit_webhooks set enabled = false where id = ${robotId}`);

/** One delivery for a fresh robot, and the clock the test advances. */
async function queued(robotUrl: string, extra: Record<string, unknown> = {}) {
  // Earlier tests' robots (same unit) would hear of the notification too.
  await env.database.db.execute(sql`update unit_webhooks set enabled = false`);
  const robotId = await createRobot({ url: robotUrl, ...extra });
  const queuedIds = await fanOutNotifications(env.database.db, [await notify('JN010101')]);
  expect(queuedIds).toHaveLength(1);
  const deliveryId = queuedIds[0];
  return { robotId, deliveryId: deliveryId!, now: new Date(Date.now() + 1000) };
}

beforeAll(async () => {
  admin = await env.as('admin');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

describe('webhook delivery', () => {
  it('retries a robot that answers 500 twice with backoff, then records it sent after the third attempt', async () => {
    const robot = await robotServer([fail500, fail500, ok]);
    const { robotId, deliveryId } = await queued(robot.url);
    let now = new Date(Date.now() + 1000);
    const cipher = env.app.cipher;
    const first = await deliverDue(env.database.db, { now, cipher });
    expect(first.find((o) => o.deliveryId === deliveryId)).toMatchObject({ status: 'pending', statusCode: 500 });
    let row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.next.getTime() - now.getTime()).toBe(30_000);
    // Not yet due: nothing is sent before the backoff has passed.
    expect(await deliverDue(env.database.db, { now: new Date(now.getTime() + 29_000), cipher })).toEqual([]);
    now = new Date(row.next.getTime() + 1);
    await deliverDue(env.database.db, { now, cipher });
    row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row.next.getTime() - now.getTime()).toBe(60_000);
    now = new Date(row.next.getTime() + 1);
    await deliverDue(env.database.db, { now, cipher });
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'sent', attempts: 3 });
    const attempts = await attemptRows(deliveryId);
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(attempts[0]!.error).toBe('HTTP 500: boom');
    expect(attempts[2]!.error).toBeNull();
    expect(robot.received).toHaveLength(3);
    expect(robot.received[0]!.body).toMatchObject({ msgtype: 'markdown', markdown: { content: expect.any(String) } });
    // The log through the API: newest first, with its attempts.
    const log = await admin.get<{ items: Delivery[]; total: number }>(`/api/webhooks/${robotId}/deliveries`);
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toMatchObject({ id: deliveryId, status: 'sent', attempts: 3, source: 'notifications' });
    expect(log.body.items[0]!.log.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    // Nothing left: a further call sends nothing.
    expect(await deliverDue(env.database.db, { now: new Date(now.getTime() + 3_600_000), cipher })).toEqual([]);
  });

  it('gives up after five failed attempts, counts an errcode as a failure, and keeps every attempt', async () => {
    const robot = await robotServer([
      fail500,
      fail500,
      fail500,
      fail500,
      () => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' }),
    ]);
    const { deliveryId } = await queued(robot.url);
    let now = new Date(Date.now() + 1000);
    for (let i = 1; i <= 5; i++) {
      await deliverDue(env.database.db, { now, cipher: env.app.cipher });
      const row = await deliveryRow(deliveryId);
      expect(row.attempts).toBe(i);
      expect(row.status).toBe(i < 5 ? 'pending' : 'failed');
      if (i < 5) expect(row.next.getTime() - now.getTime()).toBe(30_000 * 2 ** (i - 1));
      now = new Date(row.next.getTime() + 1);
    }
    await deliverDue(env.database.db, { now: new Date(now.getTime() + 86_400_000), cipher: env.app.cipher });
    const attempts = await attemptRows(deliveryId);
    expect(attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 200]);
    expect(attempts[4]!.error).toBe('errcode 93000: invalid webhook url');
    expect(robot.received).toHaveLength(5);
  });

  it('counts a robot that never answers as a failed attempt once the timeout passes', async () => {
    const robot = await robotServer([() => 'hang']);
    const { robotId, deliveryId } = await queued(robot.url);
    const started = Date.now();
    const out = await deliverDue(env.database.db, {
      now: new Date(Date.now() + 1000),
      cipher: env.app.cipher,
      timeoutMs: 300,
    });
    const took = Date.now() - started;
    robot.close();
    expect(out.find((o) => o.deliveryId === deliveryId)).toMatchObject({ status: 'pending', statusCode: null });
    expect(took).toBeLessThan(5000);
    const [attempt] = await attemptRows(deliveryId);
    expect(attempt).toMatchObject({ attempt: 1, statusCode: null, error: 'timeout after 300 ms' });
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(250);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'pending', attempts: 1 });
    await disable(robotId);
  });

  it('signs DingTalk messages with the secret (timestamp and sign checked by the robot)', async () => {
    const secret = 'SECdingtalk-test-secret';
    const robot = await robotServer([
      ({ url }) => {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
        const good = timestamp !== '' && url.searchParams.get('sign') === expected;
        return {
          status: 200,
          body: JSON.stringify(good ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' }),
        };
      },
    ]);
    const dingUrl = robot.url.replace('/cgi-bin/webhook/send?key=', '/robot/send?access_token=');
    const { deliveryId } = await queued(dingUrl, { kind: 'dingtalk', secret });
    const now = new Date(Date.now() + 1000);
    await deliverDue(env.database.db, { now, cipher: env.app.cipher });
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'sent', attempts: 1 });
    const got = robot.received[0]!;
    expect(got.url.searchParams.get('timestamp')).toBe(String(now.getTime()));
    expect(got.url.searchParams.get('access_token')).toMatch(/^TOKEN-/);
    expect(got.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.stringContaining('联点党建提醒'), text: expect.stringContaining('纪实待补') },
    });
  });

  it('an unsigned DingTalk robot refusing the message (wrong secret) is a failure', async () => {
    const robot = await robotServer([
      ({ url }) => ({
        status: 200,
        body: JSON.stringify(
          url.searchParams.get('sign') ? { errcode: 0 } : { errcode: 310000, errmsg: 'sign not match' },
        ),
      }),
    ]);
    const { robotId, deliveryId } = await queued(robot.url, { kind: 'dingtalk' });
    await deliverDue(env.database.db, { now: new Date(Date.now() + 1000), cipher: env.app.cipher });
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await attemptRows(deliveryId))[0]!.error).toBe('errcode 310000: sign not match');
    await disable(robotId);
  });

  it('the test button queues a message and delivers it at once, answering the delivery with its attempt', async () => {
    const robot = await robotServer([ok]);
    const robotId = await createRobot({ url: robot.url, enabled: false });
    const res = await admin.post<Delivery>(`/api/webhooks/${robotId}/test`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: 'test', status: 'sent', attempts: 1, lastStatusCode: 200 });
    expect(res.body.log).toHaveLength(1);
    expect(res.body.log[0]).toMatchObject({ attempt: 1, statusCode: 200, error: null });
    expect(robot.received[0]!.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { content: expect.stringContaining('测试') },
    });
    const failing = await robotServer([fail500]);
    const other = await createRobot({ url: failing.url });
    const bad = await admin.post<Delivery>(`/api/webhooks/${other}/test`);
    expect(bad.body).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500: boom',
    });
    await disable(other);
    await env.database.db.execute(sql`update webhook_deliveries set status = 'failed' where id = ${bad.body.id}`);
  });

  it("the 'webhooks.deliver' job sends what the reminder run queued", async () => {
    const robot = await robotServer([ok]);
    const { robotId, deliveryId } = await queued(robot.url);
    await env.app.jobs.send('webhooks.deliver', {});
    await env.app.jobs.idle();
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'sent', attempts: 1 });
    const list = await admin.get<{ id: number; lastDelivery: { status: string; statusCode: number } | null }[]>(
      `/api/webhooks?unitId=${env.fixture.unit('JN01')}`,
    );
    expect(list.body.find((w) => w.id === robotId)?.lastDelivery).toMatchObject({ status: 'sent', statusCode: 200 });
  });
});
