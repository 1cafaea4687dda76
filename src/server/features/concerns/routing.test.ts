import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { act, raise, setRoute } from '../../../../tests/helpers/concerns.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { addSlaDays } from './sla.ts';

/**
 * Routing through the real API: the nearest branch's table row decides the
 * department; an override needs a reason and a department above the outlet; with
 * no row the router must name one; the due date follows the category's SLA.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let handler: Client;
const u = (code: string) => env.fixture.unit(code);

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  handler = await env.as('handler');
  // Province: staffing → the province HR department; city JN01: its own HR-like department B01.
  await setRoute(env, admin, 'JN', 'staffing', 'JNB03');
  await setRoute(env, admin, 'JN01', 'staffing', 'JN01B01');
  await setRoute(env, admin, 'JN', 'risk_compliance', 'JNB05');
  await env.database.db.execute(
    // A category without any row anywhere, so "no route" can be shown whatever the demo seeds.
    (await import('drizzle-orm'))
      .sql`insert into concern_categories (code, name_zh, name_en) values ('unrouted', '未配置', 'Unrouted')`,
  );
});

describe('routing table', () => {
  it("takes the nearest branch's row: the city's over the province's", async () => {
    const c = await raise(env, counselor, { category: 'staffing' });
    const res = await act(counselor, c.id, 'escalate', { reason: '需人力资源支持' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.department?.id).toBe(u('JN01B01'));
    expect(res.body.tier).toBe(2);
    const preview = await counselor.get<{ department: { id: number }; from: { id: number } }>(
      `/api/concern-routes/preview?unitId=${u('JN010101')}&category=staffing`,
    );
    expect([preview.body.department.id, preview.body.from.id]).toEqual([u('JN01B01'), u('JN01')]);
  });

  it("falls back to the province's row when the city has none", async () => {
    await env.database.db.execute(
      (await import('drizzle-orm'))
        .sql`delete from concern_routes where category = 'risk_compliance' and unit_id <> ${u('JN')}`,
    );
    const c = await raise(env, counselor, { category: 'risk_compliance' });
    const res = await act(counselor, c.id, 'escalate', { reason: '涉及合规' });
    expect(res.body.department?.id).toBe(u('JNB05'));
  });

  it('overrides the table only with a reason, and only to a department above the outlet', async () => {
    const c = await raise(env, counselor, { category: 'staffing' });
    const noReason = await act(counselor, c.id, 'escalate', { reason: '转办', departmentId: u('JN01B02') });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body as unknown as ApiError).map((f) => f.field)).toEqual(['overrideReason']);
    const otherCity = await act(counselor, c.id, 'escalate', {
      reason: '转办',
      departmentId: u('JN02B01'),
      overrideReason: '试试',
    });
    expect(otherCity.status).toBe(400);
    expect(fieldsOf(otherCity.body as unknown as ApiError)[0]!.field).toBe('departmentId');
    const unchanged = await counselor.get<ConcernDetail>(`/api/concerns/${c.id}`);
    expect([unchanged.body.state, unchanged.body.version]).toEqual(['submitted', c.version]);
    const ok = await act(counselor, c.id, 'escalate', {
      reason: '转办',
      departmentId: u('JN01B02'),
      overrideReason: '设备相关，由运营部牵头',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.department?.id).toBe(u('JN01B02'));
    expect(ok.body.routeOverrideReason).toBe('设备相关，由运营部牵头');
  });

  it('asks the router to name a department when no branch has a row', async () => {
    const c = await raise(env, counselor, { category: 'unrouted' });
    const res = await act(counselor, c.id, 'escalate', { reason: '需部门' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body as unknown as ApiError)[0]!.field).toBe('departmentId');
  });

  it('a department returns a wrongly routed concern to tier 1, and it leaves its queue', async () => {
    const c = await raise(env, counselor, { category: 'staffing' });
    await act(counselor, c.id, 'escalate', { reason: '转办', departmentId: u('JN01B02'), overrideReason: '试' });
    const queue = await handler.get<{ items: { id: number }[] }>('/api/concerns?queue=mine&pageSize=200');
    expect(queue.body.items.map((i) => i.id)).toContain(c.id);
    const back = await act(handler, c.id, 'return', { reason: '属人力资源事项，非本部门职责' });
    expect([back.status, back.body.state, back.body.tier, back.body.department]).toEqual([200, 'returned', 1, null]);
    const after = await handler.get<{ items: { id: number }[] }>('/api/concerns?queue=mine&pageSize=200');
    expect(after.body.items.map((i) => i.id)).not.toContain(c.id);
    expect((await handler.get(`/api/concerns/${c.id}`)).status).toBe(404);
    const mine = await counselor.get<{ items: { id: number }[] }>('/api/concerns?queue=mine&pageSize=200');
    expect(mine.body.items.map((i) => i.id)).toContain(c.id);
  });

  it("dates the due day by the category's SLA from the routing day; working-day SLAs skip the calendar's holidays", async () => {
    const cat = await admin.get<{ version: number }[]>('/api/concern-categories');
    expect(cat.status).toBe(200);
    const today = (await admin.get<{ today: string }>('/api/todo')).body.today;
    const c = await raise(env, counselor, { category: 'staffing' });
    expect(c.dueOn).toBe(addSlaDays(today, 30, 'calendar', new Map()));
    // Staffing: 10 working days; a holiday two days ahead.
    const staffing = (await admin.get<{ code: string; version: number }[]>('/api/concern-categories')).body.find(
      (x) => x.code === 'staffing',
    )!;
    const put = await admin.put('/api/concern-categories/staffing', {
      nameZh: '人员配置',
      nameEn: 'Staffing',
      slaDays: 10,
      slaDayKind: 'working',
      active: true,
      sortOrder: 20,
      version: staffing.version,
    });
    expect(put.status).toBe(200);
    const holiday = addSlaDays(today, 2, 'calendar', new Map());
    expect((await admin.put('/api/working-calendar', { day: holiday, working: false, note: '假日' })).status).toBe(200);
    const routed = await act(counselor, c.id, 'escalate', { reason: '需人力资源支持' });
    expect(routed.body.dueOn).toBe(addSlaDays(today, 10, 'working', new Map([[holiday, false]])));
  });

  it('refuses a route to a department outside the branch, naming the field, and writes nothing', async () => {
    const before = await countRows(env, 'concern_routes');
    const res = await admin.put<ApiError>('/api/concern-routes', {
      unitId: u('JN01'),
      category: 'staffing',
      departmentId: u('JN02B01'),
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)[0]!.field).toBe('departmentId');
    expect(await countRows(env, 'concern_routes')).toBe(before);
  });
});
