import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  createSession,
  enrolmentsOf,
  outsidePerson,
  type PersonRow,
  peopleOf,
  postFile,
  tableState,
  workbook,
} from '../../../../tests/helpers/training.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { TrainingImportResult } from '../../../contracts/training.ts';

/** The sign-in sheet import: a real xlsx, dry run, row errors naming row and column, all-or-nothing commit. */
const env = fileTestEnv();
let admin: Client;
let p: PersonRow[];

const HEADER = ['工号*', '姓名', '单位', '签到*', '缺席原因', '学时'];
const signIn = (id: number, mode: 'dry_run' | 'commit', file: Buffer) =>
  postFile<TrainingImportResult & ApiError>(admin, `/api/training/sessions/${id}/sign-in?mode=${mode}`, file);
const audits = (id: number) =>
  countOf(
    env,
    sql`select count(*) as n from audit_log where action = 'training.attendance' and target_id = ${String(id)}`,
  );

beforeAll(async () => {
  admin = await env.as('admin');
  p = await peopleOf(env, 'JN010101', 5);
});

describe('sign-in sheet import', () => {
  it('checks a dry run without writing, refuses a file with a bad row whole, and commits a good one as the list shows', async () => {
    const id = await createSession(env, admin, { creditHours: 6 });
    // Two people invited beforehand: one will attend, one will be on leave.
    await admin.post(`/api/training/sessions/${id}/invite`, { audience: false, personIds: [p[0]!.id, p[1]!.id] });
    const rows = [
      [p[0]!.employeeNo, p[0]!.name, '网点', '出席', null, null],
      [p[1]!.employeeNo, p[1]!.name, '网点', '请假', null, null],
      [p[2]!.employeeNo, p[2]!.name, '网点', '缺席', '外出办理业务', null],
      [p[3]!.employeeNo, null, null, '出席', null, 3.5],
    ];
    const good = await workbook('签到表', [HEADER, ...rows]);
    const before = await tableState(env, 'training_enrolments');

    const dry = await signIn(id, 'dry_run', good);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      mode: 'dry_run',
      rows: 4,
      committed: false,
      inserted: 2,
      updated: 2,
      unchanged: 0,
      errors: [],
    });
    expect(await tableState(env, 'training_enrolments')).toBe(before);

    // One bad row (hours above the credit hours), plus an unknown 工号, a name that does not match,
    // an out-of-scope person, a bad word and a duplicate: the whole file is refused, row and column named.
    const stranger = await outsidePerson(env);
    const bad = await workbook('签到表', [
      HEADER,
      ...rows.slice(0, 3),
      [p[3]!.employeeNo, null, null, '出席', null, 7],
      ['NOSUCH01', '无名', null, '出席', null, null],
      [p[4]!.employeeNo, '张冠李戴', null, '出席', null, null],
      [stranger.employeeNo, stranger.name, null, '出席', null, null],
      [p[4]!.employeeNo, null, null, '迟到', null, null],
    ]);
    for (const mode of ['dry_run', 'commit'] as const) {
      const refused = await signIn(id, mode, bad);
      expect(refused.status).toBe(200);
      expect(refused.body.committed).toBe(false);
      expect(refused.body.errors.map((e) => [e.row, e.column])).toEqual([
        [5, 'F 学时'],
        [6, 'A 工号'],
        [7, 'B 姓名'],
        [8, 'A 工号'],
        [9, 'A 工号'],
        [9, 'D 签到'],
      ]);
      expect(refused.body.errors[0]!.message).toContain('6');
    }
    expect(await tableState(env, 'training_enrolments')).toBe(before);
    expect(await audits(id)).toBe(0);

    const commit = await signIn(id, 'commit', good);
    expect(commit.body).toMatchObject({
      mode: 'commit',
      rows: 4,
      committed: true,
      inserted: 2,
      updated: 2,
      errors: [],
    });
    expect(await audits(id)).toBe(1);
    const list = await enrolmentsOf(admin, id);
    expect(
      list
        .map((e) => [e.employeeNo, e.status, e.absenceReason, e.hours, e.source])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [p[0]!.employeeNo, 'attended', null, 6, 'manual'],
        [p[1]!.employeeNo, 'absent', '请假', null, 'manual'],
        [p[2]!.employeeNo, 'absent', '外出办理业务', null, 'sign_in_import'],
        [p[3]!.employeeNo, 'attended', null, 3.5, 'sign_in_import'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    // The same sheet again changes nothing.
    const again = await signIn(id, 'commit', good);
    expect(again.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 4 });
  });

  it('serves a template listing the enrolled people that imports back, and refuses a sheet before the start (409)', async () => {
    const id = await createSession(env, admin, { creditHours: 2 });
    await admin.post(`/api/training/sessions/${id}/invite`, { audience: false, personIds: [p[0]!.id, p[1]!.id] });
    const tpl = await admin.get<Buffer>(`/api/training/sessions/${id}/sign-in-template`);
    expect(tpl.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('签到表')!;
    expect(ws.getRow(1).values).toEqual([undefined, '工号*', '姓名', '单位', '签到*', '缺席原因', '学时']);
    expect([ws.getCell('A2').value, ws.getCell('A3').value].sort()).toEqual(
      [p[0]!.employeeNo, p[1]!.employeeNo].sort(),
    );
    ws.getCell('D2').value = '出席';
    ws.getCell('D3').value = '出席';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await signIn(id, 'commit', filled);
    expect(res.body).toMatchObject({ committed: true, rows: 2, updated: 2 });
    expect((await enrolmentsOf(admin, id)).map((e) => [e.status, e.hours])).toEqual([
      ['attended', 2],
      ['attended', 2],
    ]);

    const future = await createSession(env, admin, { startsOn: dayFromToday(3), endsOn: dayFromToday(3) });
    const early = await signIn(future, 'dry_run', filled);
    expect([early.status, early.body.code]).toEqual([409, 'CONFLICT']);
    const notXlsx = await signIn(id, 'dry_run', Buffer.from('工号,签到\n1,出席\n'));
    expect([notXlsx.status, notXlsx.body.code]).toEqual([400, 'IMPORT_NOT_XLSX']);
  });
});
