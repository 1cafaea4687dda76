import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import type { Entry, EntryAttachment, Register } from '../../../contracts/checklist-register.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { DEFAULT_RECORD_SETTINGS } from '../../../contracts/records.ts';
import { rowsOf } from '../../db/sql.ts';
import { localDate } from '../compliance/periods.ts';

/**
 * 完成一项，登记一项: a checklist of JN01 assigned to two outlets; completions with their
 * evidence, quantities of a hand-measured target, linked records, files and deletion.
 */
const env = fileTestEnv();
const today = localDate(new Date(), DEFAULT_RECORD_SETTINGS.timeZone);
const year = Number(today.slice(0, 4));
const A = 'JN010101';
const B = 'JN010102';
let admin: Client;
let secretary: Client;
let counselor: Client;
let c: Awaited<ReturnType<typeof seedChecklist>>;
let outside: Awaited<ReturnType<typeof seedChecklist>>;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const base = () => `/api/checklist-assignments/${c.assignmentIds.get(A)}/items`;
const body = (over: Record<string, unknown> = {}) => ({
  assignmentId: c.assignmentIds.get(A)!,
  itemId: c.itemIds[0]!,
  completedOn: today,
  evidence: '召开专题会议',
  ...over,
});
async function insertRecord(unitCode: string | number, kind = 'party_lecture'): Promise<number> {
  const unitId = typeof unitCode === 'number' ? unitCode : env.fixture.unit(unitCode);
  const [r] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`insert into records (kind, occurred_at, unit_id, mode, title, author_account_id)
      values (${kind}, now() - interval '1 hour', ${unitId}, 'on_site', '党课纪实', ${env.fixture.account('admin')}) returning id`),
  );
  return Number(r!.id);
}
const upload = (client: Client, entryId: number, data = PNG, name = '照片.png') =>
  client.request<EntryAttachment & ApiError>('POST', `/api/checklist-entries/${entryId}/attachments`, {
    body: data,
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
  });

beforeAll(async () => {
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [
      { title: '每年讲党课', weight: 5 },
      { title: '学习时长', weight: 3, targetValue: 10, targetUnit: 'hours', measure: 'manual' },
      {
        title: '讲党课次数',
        weight: 2,
        targetValue: 4,
        targetUnit: 'times',
        measure: 'record_count',
        measureKind: 'party_lecture',
      },
    ],
    assignTo: [A, B],
  });
  outside = await seedChecklist(env, {
    unitCode: 'XB01',
    year,
    items: [{ title: '外省事项', weight: 1 }],
    assignTo: ['XB0101'],
  });
  [admin, secretary, counselor] = await Promise.all([env.as('admin'), env.as('secretary'), env.as('counselor')]);
});

describe('the completion register', () => {
  it('registers a completion and shows it in the register with its registrant', async () => {
    const res = await secretary.post<Entry>('/api/checklist-entries', body());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ completedOn: today, evidence: '召开专题会议', quantity: null, canDelete: true });
    const reg = await secretary.get<Register>(`${base()}/${c.itemIds[0]}/register`);
    expect(reg.status).toBe(200);
    expect(reg.body.measured).toBeNull();
    expect(reg.body.entries.map((e) => e.id)).toEqual([res.body.id]);
    expect(reg.body.entries[0]!.registeredBy.id).toBe(env.fixture.account('secretary'));
    expect(reg.body.item).toMatchObject({ title: '每年讲党课', area: '党建工作', weight: 5 });
  });

  it('refuses a date outside the year or in the future, and changes nothing', async () => {
    const before = await countRows(env, 'checklist_entries');
    const tomorrow = new Date(Date.now() + 36 * 3_600_000);
    const cases = [`${year - 1}-06-30`, localDate(tomorrow, DEFAULT_RECORD_SETTINGS.timeZone)];
    for (const completedOn of cases) {
      const res = await secretary.post<ApiError>('/api/checklist-entries', body({ completedOn }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)[0]!.field).toBe('completedOn');
    }
    expect(await countRows(env, 'checklist_entries')).toBe(before);
  });

  it('takes a quantity only for a hand-measured target, and then requires it', async () => {
    const before = await countRows(env, 'checklist_entries');
    const missing = await secretary.post<ApiError>('/api/checklist-entries', body({ itemId: c.itemIds[1] }));
    expect([missing.status, fieldsOf(missing.body)[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'quantity', reason: 'required' }),
    ]);
    const extra = await secretary.post<ApiError>('/api/checklist-entries', body({ quantity: 2 }));
    expect([extra.status, fieldsOf(extra.body)[0]!.reason]).toEqual([400, 'not_counted']);
    const counted = await secretary.post<ApiError>(
      '/api/checklist-entries',
      body({ itemId: c.itemIds[2], quantity: 1 }),
    );
    expect(counted.status).toBe(400);
    expect(await countRows(env, 'checklist_entries')).toBe(before);
    for (const q of [2.5, 4]) {
      expect((await secretary.post('/api/checklist-entries', body({ itemId: c.itemIds[1], quantity: q }))).status).toBe(
        201,
      );
    }
    const reg = await secretary.get<Register>(`${base()}/${c.itemIds[1]}/register`);
    expect(reg.body.measured).toBe(6.5);
    expect(reg.body.entries.map((e) => e.quantity).sort()).toEqual([2.5, 4]);
  });

  it('measures a record count target from the unit own records', async () => {
    const url = `${base()}/${c.itemIds[2]}/register`;
    const before = (await admin.get<Register>(url)).body.measured!;
    await insertRecord(A);
    await insertRecord(A);
    await insertRecord(B);
    await insertRecord(A, 'joint_study');
    const reg = await admin.get<Register>(url);
    expect(reg.body.measured).toBe(before + 2);
  });

  it('links a record of the assigned unit, refuses one of another unit or out of reach', async () => {
    const own = await insertRecord(A, 'joint_study');
    const other = await insertRecord(B, 'joint_study');
    const far = await insertRecord('XB0101', 'joint_study');
    const before = await countRows(env, 'checklist_entries');
    for (const recordId of [other, far, 999_999_999]) {
      const res = await secretary.post<ApiError>('/api/checklist-entries', body({ recordId }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)[0]).toMatchObject({ field: 'recordId', reason: 'out_of_reach' });
    }
    expect(await countRows(env, 'checklist_entries')).toBe(before);
    const ok = await secretary.post<Entry>('/api/checklist-entries', body({ recordId: own }));
    expect(ok.status).toBe(201);
    expect(ok.body.record).toMatchObject({ id: own, title: '党课纪实' });
  });

  it('refuses an item of another template and an assignment out of scope', async () => {
    const before = await countRows(env, 'checklist_entries');
    const foreignItem = await admin.post<ApiError>('/api/checklist-entries', body({ itemId: outside.itemIds[0] }));
    expect(fieldsOf(foreignItem.body)[0]).toMatchObject({ field: 'itemId', reason: 'out_of_reach' });
    const otherUnit = await secretary.post<ApiError>(
      '/api/checklist-entries',
      body({ assignmentId: c.assignmentIds.get(B) }),
    );
    expect(fieldsOf(otherUnit.body)[0]).toMatchObject({ field: 'assignmentId', reason: 'out_of_reach' });
    expect(await countRows(env, 'checklist_entries')).toBe(before);
  });

  it('answers 404 for a register out of scope or an item not of the template', async () => {
    const outA = outside.assignmentIds.get('XB0101')!;
    expect((await admin.get(`/api/checklist-assignments/${outA}/items/${outside.itemIds[0]}/register`)).status).toBe(
      404,
    );
    expect((await admin.get(`${base()}/${outside.itemIds[0]}/register`)).status).toBe(404);
    expect(
      (await secretary.get(`/api/checklist-assignments/${c.assignmentIds.get(B)}/items/${c.itemIds[0]}/register`))
        .status,
    ).toBe(404);
  });

  it('lets the registrant delete on the day and a manager any time; not others', async () => {
    const made = await secretary.post<Entry>('/api/checklist-entries', body({ evidence: '待删除' }));
    const byCounselor = await counselor.request<ApiError>('DELETE', `/api/checklist-entries/${made.body.id}`);
    expect(byCounselor.status).toBe(409);
    const seen = await counselor.get<Register>(`${base()}/${c.itemIds[0]}/register`);
    expect(seen.body.entries.find((e) => e.id === made.body.id)?.canDelete).toBe(false);
    expect((await secretary.request('DELETE', `/api/checklist-entries/${made.body.id}`)).status).toBe(200);
    expect((await secretary.request('DELETE', `/api/checklist-entries/${made.body.id}`)).status).toBe(404);

    // Registered yesterday: the registrant may no longer; the manager may.
    const old = await secretary.post<Entry>('/api/checklist-entries', body({ evidence: '昨日登记' }));
    await env.database.db.execute(
      sql`update checklist_entries set created_at = now() - interval '2 days' where id = ${old.body.id}`,
    );
    expect((await secretary.request('DELETE', `/api/checklist-entries/${old.body.id}`)).status).toBe(409);
    expect((await admin.request('DELETE', `/api/checklist-entries/${old.body.id}`)).status).toBe(200);
    const audit = rowsOf<{ n: number }>(
      await env.database.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'checklist.entry.delete' and target_id = ${String(old.body.id)}`,
      ),
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('stores files of an entry for its registrant, downloads them in scope, and removes them with the entry', async () => {
    const made = await secretary.post<Entry>('/api/checklist-entries', body({ evidence: '有附件' }));
    const up = await upload(secretary, made.body.id);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ mimeType: 'image/png', fileName: '照片.png', sizeBytes: PNG.length });
    const before = await countRows(env, 'checklist_entry_attachments');
    expect((await upload(counselor, made.body.id)).status).toBe(409);
    const script = await upload(secretary, made.body.id, Buffer.from('<script>alert(1)</script>'), 'x.png');
    expect(fieldsOf(script.body)[0]).toMatchObject({ field: 'file', reason: 'type' });
    expect(await countRows(env, 'checklist_entry_attachments')).toBe(before);

    const down = await counselor.get<Buffer>(`/api/checklist-entry-attachments/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body, PNG)).toBe(0);
    const reg = await secretary.get<Register>(`${base()}/${c.itemIds[0]}/register`);
    expect(reg.body.entries.find((e) => e.id === made.body.id)?.attachments.map((a) => a.id)).toEqual([up.body.id]);

    // The secretary of another outlet does not reach it.
    const bEntry = await admin.post<Entry>('/api/checklist-entries', body({ assignmentId: c.assignmentIds.get(B) }));
    const bFile = await upload(admin, bEntry.body.id);
    expect((await secretary.get(`/api/checklist-entry-attachments/${bFile.body.id}`)).status).toBe(404);

    expect((await secretary.request('DELETE', `/api/checklist-entries/${made.body.id}`)).status).toBe(200);
    expect((await counselor.get(`/api/checklist-entry-attachments/${up.body.id}`)).status).toBe(404);
  });
});
