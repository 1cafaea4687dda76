import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { counselorPairedOutside, countRows, fieldsOf, hoursAgo } from '../../../../tests/helpers/records.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { RecordDetail } from '../../../contracts/records.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * Records through the real API: what a valid record is, person-times from the
 * attendees, the author's edit window, and who sees what — a counselor records
 * at the outlet they are paired with even outside their granted scope.
 */
const env = fileTestEnv();
let w: Awaited<ReturnType<typeof counselorPairedOutside>>;
let counselor: Client;
beforeAll(async () => {
  w = await counselorPairedOutside(env, '2026-01-01');
  counselor = await env.as('counselor');
});

const meeting = (over: Record<string, unknown> = {}) => ({
  kind: 'monthly_meeting',
  occurredAt: hoursAgo(2),
  pairingId: w.pairingId,
  mode: 'on_site',
  title: '列席十一月"每月一会"',
  content: '学习文件，复盘业务',
  standardItems: {
    study: { done: true, note: '学习文件' },
    business_review: { done: true, note: '存款增长 3%' },
    risk_check: { done: true, note: null },
    concerns: { done: false, note: '下月再收集' },
  },
  attendees: [
    { personId: w.staff[0], present: true },
    { personId: w.staff[1], present: true },
    { personId: w.staff[2], present: false, absenceReason: '休假' },
  ],
  ...over,
});

describe('recording', () => {
  it('records a monthly meeting at the paired outlet: person-times count those present, and it is audited', async () => {
    const res = await counselor.post<RecordDetail>('/api/records', meeting());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.personTimes).toBe(2);
    expect(res.body.unit.id).toBe(w.outletId);
    expect(res.body.editable).toBe(true);
    expect(res.body.attendees.find((a) => !a.present)?.absenceReason).toBe('休假');
    const [row] = rowsOf<{ present_count: number; n: number }>(
      await env.database.db.execute(sql`select r.present_count,
        (select count(*)::int from record_attendees a where a.record_id = r.id and a.present) as n
        from records r where r.id = ${res.body.id}`),
    );
    expect(row).toEqual({ present_count: 2, n: 2 });
    const audit = await env.database.db.execute(
      sql`select 1 from audit_log where action = 'record.create' and target_id = ${String(res.body.id)}`,
    );
    expect(rowsOf(audit)).toHaveLength(1);
  });

  it('refuses a date in the future, naming the field, and writes nothing', async () => {
    const before = await countRows(env, 'records');
    const res = await counselor.post<ApiError>(
      '/api/records',
      meeting({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)[0]).toMatchObject({ field: 'occurredAt', reason: 'future_date' });
    expect(res.body.message).toContain('活动时间');
    expect(await countRows(env, 'records')).toBe(before);
  });

  it('refuses a date before the pairing began', async () => {
    const res = await counselor.post<ApiError>('/api/records', meeting({ occurredAt: '2025-12-31T23:59:00+08:00' }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)[0]).toMatchObject({ field: 'occurredAt', reason: 'outside_pairing' });
    expect(fieldsOf(res.body)[0]!.message).toContain('2026-01-01');
  });

  it('keeps the four standard items to monthly meetings, and a person once per record', async () => {
    const coaching = await counselor.post<ApiError>('/api/records', meeting({ kind: 'coaching' }));
    expect(fieldsOf(coaching.body)[0]).toMatchObject({ field: 'standardItems', reason: 'not_monthly' });
    const twice = await counselor.post<ApiError>(
      '/api/records',
      meeting({
        attendees: [
          { personId: w.staff[0], present: true },
          { personId: w.staff[0], present: false },
        ],
      }),
    );
    expect(fieldsOf(twice.body)[0]).toMatchObject({ field: 'attendees', reason: 'duplicate' });
  });

  it("answers 404 for a unit outside the caller's reach", async () => {
    const secretary = await env.as('secretary');
    const created = await counselor.post<RecordDetail>('/api/records', meeting());
    expect((await secretary.get(`/api/records/${created.body.id}`)).status).toBe(404);
    const elsewhere = await counselor.post('/api/records', {
      kind: 'daily_study',
      occurredAt: hoursAgo(1),
      unitId: env.fixture.unit('JN03'),
      mode: 'on_site',
      title: '越权记录',
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('editing', () => {
  it('lets the author edit within the window; others get a conflict and nothing changes', async () => {
    const created = (await counselor.post<RecordDetail>('/api/records', meeting())).body;
    const body = { ...meeting({ title: '改过的主题', attendees: [] }), version: created.version };
    const admin = await env.as('admin');
    const refused = await admin.put<ApiError>(`/api/records/${created.id}`, body);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('记录人');
    const ok = await counselor.put<RecordDetail>(`/api/records/${created.id}`, body);
    expect(ok.status).toBe(200);
    expect([ok.body.title, ok.body.personTimes, ok.body.version]).toEqual(['改过的主题', 0, created.version + 1]);
    const stale = await counselor.put(`/api/records/${created.id}`, body);
    expect(stale.status).toBe(409);
  });

  it('locks a record once the window has passed, and the window is a setting', async () => {
    const created = (await counselor.post<RecordDetail>('/api/records', meeting())).body;
    await env.database.db.execute(
      sql`update records set created_at = now() - interval '8 days' where id = ${created.id}`,
    );
    const locked = await counselor.get<RecordDetail>(`/api/records/${created.id}`);
    expect(locked.body.editable).toBe(false);
    const body = { ...meeting({ title: '锁定后修改' }), version: created.version };
    const refused = await counselor.put<ApiError>(`/api/records/${created.id}`, body);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('锁定');
    const admin = await env.as('admin');
    const settings = await admin.get<{ version: number }>('/api/settings/records');
    const put = await admin.put('/api/settings/records', {
      value: { editWindowDays: 30, timeZone: 'Asia/Shanghai' },
      version: settings.body.version,
    });
    expect(put.status).toBe(200);
    expect((await counselor.put(`/api/records/${created.id}`, body)).status).toBe(200);
  });
});
