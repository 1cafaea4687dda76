import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Webhook } from '../../../contracts/webhooks.ts';
import { rowsOf } from '../../db/sql.ts';
import { fanOutNotifications } from './fanout.ts';

/**
 * Robot configuration (address checked, secret sealed and never shown, scope, versions,
 * audit without tokens) and the fan-out of notifications to the robots above their items.
 */
const env = fileTestEnv();
let admin: Client;
const TOKEN = 'a1b2c3d4-secret-token';
const URL_WECOM = `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${TOKEN}`;

const create = (body: Record<string, unknown>) =>
  admin.post<{ id: number } & ApiError>('/api/webhooks', {
    unitId: env.fixture.unit('JN01'),
    name: '青州党建群',
    kind: 'wecom',
    url: URL_WECOM,
    ...body,
  });
const listOf = async (unitCode: string) =>
  (await admin.get<Webhook[]>(`/api/webhooks?unitId=${env.fixture.unit(unitCode)}`)).body;
const one = async (id: number) => (await admin.get<Webhook[]>('/api/webhooks')).body.find((w) => w.id === id)!;

let seq = 0;
async function notify(unitCode: string, kind = 'action_overdue', itemKey?: string, account = 'admin'): Promise<number> {
  seq += 1;
  const [row] = rowsOf<{ id: string | number }>(
    await env.database.db.execute(sql`
      insert into notifications (account_id, kind, item_key, unit_id, title_zh, title_en, link)
      values (${env.fixture.account(account)}, ${kind}, ${itemKey ?? `fan:${seq}`}, ${env.fixture.unit(unitCode)},
        ${`事项${seq}`}, ${`Item ${seq}`}, ${`/todo?n=${seq}`})
      returning id`),
  );
  return Number(row!.id);
}
async function deliveriesOf(robotId: number) {
  return rowsOf<{ id: number; payload: { title: string; text: string } }>(
    await env.database.db.execute(
      sql`select id, payload from webhook_deliveries where webhook_id = ${robotId} order by id`,
    ),
  );
}

beforeAll(async () => {
  admin = await env.as('admin');
});

describe('robot configuration', () => {
  it('creates a robot: the address is shown masked, the secret sealed and never returned', async () => {
    const res = await create({ kind: 'dingtalk', secret: 'SECxyz', kinds: ['talk_due', 'talk_due'] });
    expect(res.status).toBe(201);
    const w = await one(res.body.id);
    expect(w).toMatchObject({
      name: '青州党建群',
      kind: 'dingtalk',
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***',
      hasSecret: true,
      kinds: ['talk_due'],
      enabled: true,
      lastDelivery: null,
      version: 1,
    });
    expect(JSON.stringify(w)).not.toContain(TOKEN);
    expect(JSON.stringify(w)).not.toContain('SECxyz');
    const [row] = rowsOf<{ secret_enc: string }>(
      await env.database.db.execute(sql`select secret_enc from unit_webhooks where id = ${res.body.id}`),
    );
    expect(row!.secret_enc).not.toContain('SECxyz');
    expect(env.app.cipher.decrypt(row!.secret_enc)).toBe('SECxyz');
  });

  it('edits with the version: keeps the address when absent, removes the secret on null, refuses a stale version', async () => {
    const { id } = (await create({ secret: 'SEC1' })).body;
    const put = await admin.put<Webhook>(`/api/webhooks/${id}`, {
      name: '改名',
      kind: 'wecom',
      kinds: [],
      enabled: false,
      secret: null,
      version: 1,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: '改名', enabled: false, hasSecret: false, version: 2 });
    const [row] = rowsOf<{ url: string }>(
      await env.database.db.execute(sql`select url from unit_webhooks where id = ${id}`),
    );
    expect(row!.url).toBe(URL_WECOM);
    const stale = await admin.put<ApiError>(`/api/webhooks/${id}`, { name: 'x', kind: 'wecom', version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    expect((await admin.request<ApiError>('DELETE', `/api/webhooks/${id}?version=1`)).status).toBe(409);
    expect((await admin.request('DELETE', `/api/webhooks/${id}?version=2`)).status).toBe(200);
    expect(await one(id)).toBeUndefined();
  });

  it('refuses an address that is not http(s), naming the field', async () => {
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'not a url']) {
      const res = await create({ url });
      expect(res.status).toBe(400);
      expect(res.body.details).toMatchObject({ fields: [{ field: 'url', reason: 'not_http_url' }] });
      expect(res.body.message).toContain('机器人地址');
    }
    const { id } = (await create({})).body;
    const put = await admin.put<ApiError>(`/api/webhooks/${id}`, {
      name: 'x',
      kind: 'wecom',
      url: 'file:///etc/passwd',
      version: 1,
    });
    expect(put.status).toBe(400);
    expect(put.body.details).toMatchObject({ fields: [{ field: 'url' }] });
    expect((await one(id)).version).toBe(1);
  });

  it('keeps robots to the scope: a unit out of scope is refused (404 on the list, the field on create)', async () => {
    const outside = env.fixture.outsideUnitId;
    const created = await create({ unitId: outside });
    expect(created.status).toBe(400);
    expect(created.body.details).toMatchObject({ fields: [{ field: 'unitId', reason: 'out_of_reach' }] });
    expect((await admin.get(`/api/webhooks?unitId=${outside}`)).status).toBe(404);
    const [row] = rowsOf<{ id: number }>(
      await env.database.db.execute(
        sql`insert into unit_webhooks (unit_id, name, kind, url) values (${outside}, '外省群', 'wecom', 'https://x.test/h') returning id`,
      ),
    );
    const id = Number(row!.id);
    expect((await admin.put(`/api/webhooks/${id}`, { name: 'x', kind: 'wecom', version: 1 })).status).toBe(404);
    expect((await admin.request('DELETE', `/api/webhooks/${id}?version=1`)).status).toBe(404);
    expect((await admin.post(`/api/webhooks/${id}/test`)).status).toBe(404);
    expect((await admin.get(`/api/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await admin.get<Webhook[]>('/api/webhooks')).body.some((w) => w.id === id)).toBe(false);
    // A counselor may not manage robots at all.
    const counselor = await env.as('counselor');
    expect((await counselor.get('/api/webhooks')).status).toBe(403);
  });

  it('audits every change without the address token or the secret', async () => {
    const { id } = (await create({ secret: 'SEC-audit-me' })).body;
    await admin.put(`/api/webhooks/${id}`, {
      name: '审计群',
      kind: 'dingtalk',
      url: `http://127.0.0.1:9/robot/send?access_token=${TOKEN}-2`,
      secret: 'SEC-audit-2',
      version: 1,
    });
    await admin.post(`/api/webhooks/${id}/test`);
    await admin.request('DELETE', `/api/webhooks/${id}?version=2`);
    const rows = rowsOf<{ action: string; diff: unknown }>(
      await env.database.db.execute(
        sql`select action, diff from audit_log where target_type = 'unit_webhook' and target_id = ${String(id)} order by seq`,
      ),
    );
    expect(rows.map((r) => r.action)).toEqual(['webhook.create', 'webhook.update', 'webhook.test', 'webhook.delete']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('SEC-audit');
    expect(text).toContain('access_token=***');
  });

  it('lists the robots under the chosen unit', async () => {
    const { id: city } = (await create({ name: '城市群' })).body;
    const { id: outlet } = (await create({ name: '网点群', unitId: env.fixture.unit('JN010101') })).body;
    expect((await listOf('JN0101')).map((w) => w.id)).toContain(outlet);
    expect((await listOf('JN0101')).map((w) => w.id)).not.toContain(city);
    expect((await listOf('JN')).map((w) => w.id)).toEqual(expect.arrayContaining([city, outlet]));
    await env.database.db.execute(sql`update unit_webhooks set enabled = false`);
  });
});

describe('fan-out of notifications', () => {
  it('one message per robot per call, idempotent; only items in the robot subtree; the kinds filter', async () => {
    await env.database.db.execute(sql`update unit_webhooks set enabled = false`);
    const city = (await create({ name: '城市全部' })).body.id;
    const outlet = (await create({ name: '网点谈话', unitId: env.fixture.unit('JN010101'), kinds: ['talk_due'] })).body
      .id;
    const province = (await create({ name: '省级停用', unitId: env.fixture.unit('JN'), enabled: false })).body.id;
    const ids = [
      await notify('JN010101', 'talk_due'),
      await notify('JN010101', 'action_overdue'),
      await notify('JN0201', 'talk_due'), // another city: outside both robots' subtrees
    ];
    const first = await fanOutNotifications(env.database.db, ids);
    expect(first).toHaveLength(2);
    expect(await fanOutNotifications(env.database.db, [...ids].reverse())).toEqual([]);
    const [cityMsg] = await deliveriesOf(city);
    expect((await deliveriesOf(city)).length).toBe(1);
    expect(cityMsg!.payload.title).toBe('联点党建提醒（2 项）');
    // A talk due reaches the group without the person's name (the app's title names them).
    expect(cityMsg!.payload.text).not.toContain(`事项${seq - 2}`);
    expect(cityMsg!.payload.text).toContain('【应谈话】青州人民路网点 · 谈心谈话 1 项');
    expect(cityMsg!.payload.text).toContain(`事项${seq - 1}`);
    expect(cityMsg!.payload.text).not.toContain(`事项${seq}`);
    expect(cityMsg!.payload.text).toContain(`/todo?n=${seq - 2}`);
    const outletMsgs = await deliveriesOf(outlet);
    expect(outletMsgs).toHaveLength(1);
    expect(outletMsgs[0]!.payload.title).toBe('联点党建提醒（1 项）');
    expect(outletMsgs[0]!.payload.text).toContain('谈心谈话 1 项');
    expect(await deliveriesOf(province)).toEqual([]);
    // Nothing matching: nothing queued.
    expect(await fanOutNotifications(env.database.db, [await notify('JN0201')])).toEqual([]);
    expect(await fanOutNotifications(env.database.db, [])).toEqual([]);
  });

  it('lists at most 20 items, then "另有 N 项"; an item several accounts were told of appears once', async () => {
    await env.database.db.execute(sql`update unit_webhooks set enabled = false`);
    const robot = (await create({ name: '长消息' })).body.id;
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) ids.push(await notify('JN010101', 'concern_waiting'));
    ids.push(await notify('JN010101', 'concern_waiting', `fan:${seq}`, 'counselor'));
    await fanOutNotifications(env.database.db, ids);
    const [msg] = await deliveriesOf(robot);
    expect(msg!.payload.title).toBe('联点党建提醒（24 项）');
    const lines = msg!.payload.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(20);
    expect(msg!.payload.text.endsWith('另有 4 项')).toBe(true);
  });
});
