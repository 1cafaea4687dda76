import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  outsidePerson,
  type PersonRow,
  peopleOf,
  postFile,
  tableState,
  workbook,
} from '../../../../tests/helpers/training.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { OnlineHoursItem, TrainingImportResult } from '../../../contracts/training.ts';

/** Online-course hours from a learning platform's export: CSV and xlsx, dry run, row errors, idempotent re-import. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let p: PersonRow[];
const day = dayFromToday(-3);
const year = Number(day.slice(0, 4));

const importFile = (mode: 'dry_run' | 'commit', file: Buffer, type?: string) =>
  postFile<TrainingImportResult & ApiError>(admin, `/api/training/online-hours/import?mode=${mode}`, file, type);
const csv = (lines: string[], bom = true) => Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`, 'utf8');
const audits = () => countOf(env, sql`select count(*) as n from audit_log where action = 'training.online_import'`);

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  p = await peopleOf(env, 'JN010101', 3);
});

describe('online hours import', () => {
  it('imports a CSV (BOM, quotes), re-imports it unchanged, updates changed hours', async () => {
    const header = '工号,姓名,学习平台,课程名称,完成日期,学时';
    const lines = [
      header,
      `${p[0]!.employeeNo},${p[0]!.name},网络学院,"习近平新时代中国特色社会主义思想（专题一，二）",${day},2.5`,
      `${p[1]!.employeeNo},,学习强国,党章党规学习,${day},1`,
    ];
    const before = await tableState(env, 'online_course_hours');
    const dry = await importFile('dry_run', csv(lines), 'text/csv; charset=utf-8');
    expect(dry.body).toEqual({
      mode: 'dry_run',
      rows: 2,
      committed: false,
      inserted: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await tableState(env, 'online_course_hours')).toBe(before);

    const commit = await importFile('commit', csv(lines), 'text/csv');
    expect(commit.body).toMatchObject({ committed: true, inserted: 2, updated: 0, unchanged: 0 });
    expect(await audits()).toBe(1);
    const list = await counselor.get<OnlineHoursItem[]>(`/api/training/online-hours?year=${year}&personId=${p[0]!.id}`);
    expect(list.body.map((r) => [r.employeeNo, r.platform, r.course, r.completedOn, r.hours])).toEqual([
      [p[0]!.employeeNo, '网络学院', '习近平新时代中国特色社会主义思想（专题一，二）', day, 2.5],
    ]);

    const again = await importFile('commit', csv(lines, false), 'text/csv');
    expect(again.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 2 });
    const changed = [...lines.slice(0, 2), `${p[1]!.employeeNo},,学习强国,党章党规学习,${day},1.5`];
    const upd = await importFile('commit', csv(changed), 'text/csv');
    expect(upd.body).toMatchObject({ committed: true, inserted: 0, updated: 1, unchanged: 1 });
    const second = await counselor.get<OnlineHoursItem[]>(
      `/api/training/online-hours?year=${year}&personId=${p[1]!.id}`,
    );
    expect(second.body.map((r) => r.hours)).toEqual([1.5]);
    expect(await audits()).toBe(3);
  });

  it('imports an xlsx with an Excel date, and reports every bad row by row and column, writing nothing', async () => {
    const header = ['工号*', '姓名', '学习平台*', '课程名称*', '完成日期*', '学时*'];
    const good = await workbook('线上学时', [
      header,
      [p[2]!.employeeNo, p[2]!.name, '网络学院', '金融业务与党建融合', new Date(`${day}T08:00:00Z`), 3],
    ]);
    const stranger = await outsidePerson(env);
    const bad = await workbook('平台导出', [
      header,
      [p[2]!.employeeNo, p[2]!.name, '网络学院', '好课', day, 2],
      ['NOSUCH', null, '网络学院', '好课', day, 1],
      [p[0]!.employeeNo, '错名字', '网络学院', '好课', day, 1],
      [stranger.employeeNo, null, '网络学院', '好课', day, 1],
      [p[1]!.employeeNo, null, null, '好课', '2026-13-01', 'abc'],
      [p[1]!.employeeNo, null, '网络学院', '好课', dayFromToday(5), 1.25],
      [p[2]!.employeeNo, null, '网络学院', '好课', day, 2],
    ]);
    const before = await tableState(env, 'online_course_hours');
    const auditsBefore = await audits();
    for (const mode of ['dry_run', 'commit'] as const) {
      const res = await importFile(mode, bad);
      expect(res.status).toBe(200);
      expect(res.body.committed).toBe(false);
      expect(res.body.errors.map((e) => [e.row, e.column])).toEqual([
        [3, 'A 工号'],
        [4, 'B 姓名'],
        [5, 'A 工号'],
        [6, 'C 学习平台'],
        [6, 'E 完成日期'],
        [6, 'F 学时'],
        [7, 'E 完成日期'],
        [7, 'F 学时'],
        [8, 'D 课程名称'],
      ]);
    }
    expect(await tableState(env, 'online_course_hours')).toBe(before);
    expect(await audits()).toBe(auditsBefore);

    const ok = await importFile('commit', good);
    expect(ok.body).toMatchObject({ committed: true, rows: 1, inserted: 1 });
    const list = await admin.get<OnlineHoursItem[]>(
      `/api/training/online-hours?year=${year}&unitId=${env.fixture.unit('JN010101')}&personId=${p[2]!.id}`,
    );
    expect(list.body.map((r) => [r.course, r.completedOn, r.hours])).toEqual([['金融业务与党建融合', day, 3]]);

    const missing = await importFile('dry_run', csv(['工号,课程名称', '1,x']), 'text/csv');
    expect([missing.status, missing.body.code]).toEqual([400, 'IMPORT_MISSING_COLUMNS']);
    const tpl = await admin.get<Buffer>('/api/training/online-hours/template');
    expect(tpl.status).toBe(200);
    const roundTrip = await importFile('dry_run', tpl.body);
    expect([roundTrip.status, roundTrip.body.code]).toEqual([400, 'IMPORT_EMPTY']);
  });
});
