import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { type CellInput, fileOf, upload, xlsxOf } from '../../../../tests/helpers/upload.ts';
import { SHEET_NAMES, SHEETS } from '../../../contracts/registry-sheets.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();

type Rec = Record<string, CellInput>;
const COUNSELOR = '党建辅导员（日常联系人）';

let ready = false;
/** County PE (under JN03, outside the counselor's 青州) and PF (under JN01, inside it), an outlet or two each, and their pairings. */
async function setUp() {
  if (ready) return;
  const admin = await env.as('admin');
  const commit = async (kind: 'units' | 'people' | 'pairings', rows: Rec[]) =>
    expect((await upload(admin, kind, 'commit', await fileOf(kind, rows))).body).toMatchObject({ committed: true });
  await commit('units', [
    { code: 'PE', name: '导出测试支行', kind: '支行', parentCode: 'JN03' },
    { code: 'PEA', name: '导出测试甲网点', kind: '网点', parentCode: 'PE' },
    { code: 'PEB', name: '导出测试乙网点', kind: '网点', parentCode: 'PE' },
    { code: 'PF', name: '导出测试丙支行', kind: '支行', parentCode: 'JN01' },
    { code: 'PFA', name: '导出测试丙网点', kind: '网点', parentCode: 'PF' },
  ]);
  const staff = { gender: '男', cadreGrade: '中层管理人员', employmentStatus: '在职', partyStatus: '非党员' };
  await commit('people', [
    { ...staff, employeeNo: 'PE001', name: '导出甲', unitCode: 'PE' },
    { ...staff, employeeNo: 'PF001', name: '导出丙', unitCode: 'PF' },
  ]);
  await commit('pairings', [
    { scheme: COUNSELOR, employeeNo: 'PE001', targetCode: 'PEA', startsOn: '2026-01-01', note: '重点网点' },
    { scheme: COUNSELOR, employeeNo: 'PE001', targetCode: 'PEB', startsOn: '2025-01-01', endsOn: '2025-12-31' },
    { scheme: 'party_rep', employeeNo: 'PE001', targetCode: 'PEB', startsOn: '2026-02-01' },
    { scheme: COUNSELOR, employeeNo: 'PF001', targetCode: 'PFA', startsOn: '2026-01-01' },
  ]);
  ready = true;
}

const unitId = async (code: string) =>
  (await env.database.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

/** The data sheet of a download: its header and rows (blank cells as null). */
async function sheetOf(file: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET_NAMES.pairings)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(SHEETS.pairings.map((_c, i) => values[i + 1] ?? null));
  });
  return { header: rows[0], rows: rows.slice(1) };
}

describe('pairing export', () => {
  it('writes the pairing list in the import layout, filtered like the list, and audits it', async () => {
    await setUp();
    const admin = await env.as('admin');
    const res = await admin.get<Buffer>(`/api/pairings/export?unitId=${await unitId('PE')}&status=all`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('结对名单'));
    const { header, rows } = await sheetOf(res.body);
    expect(header).toEqual(SHEETS.pairings.map((c) => c.header));
    expect(rows).toEqual([
      [COUNSELOR, 'PE001', '导出甲', 'PEA', '导出测试甲网点', '2026-01-01', null, '重点网点'],
      [COUNSELOR, 'PE001', '导出甲', 'PEB', '导出测试乙网点', '2025-01-01', '2025-12-31', null],
      ['党代表联系点', 'PE001', '导出甲', 'PEB', '导出测试乙网点', '2026-02-01', null, null],
    ]);
    // Default: the pairings in force today (the ended one left out); the scheme filter applies.
    const active = await sheetOf((await admin.get<Buffer>(`/api/pairings/export?unitId=${await unitId('PE')}`)).body);
    expect(active.rows.map((r) => [r[0], r[3]])).toEqual([
      [COUNSELOR, 'PEA'],
      ['党代表联系点', 'PEB'],
    ]);
    const [rep] = await env.database.query<{ id: number }>(`select id from schemes where code = 'party_rep'`);
    const one = await sheetOf(
      (await admin.get<Buffer>(`/api/pairings/export?unitId=${await unitId('PE')}&schemeId=${rep!.id}`)).body,
    );
    expect(one.rows.map((r) => r[3])).toEqual(['PEB']);
    const audits = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'pairing.export'));
    expect(audits).toHaveLength(3);
    expect(audits[0]).toMatchObject({
      actorId: env.fixture.account('admin'),
      targetType: 'pairing',
      result: 'success',
    });
  });

  it('imports back unchanged; edited, it ends and adds pairings', async () => {
    await setUp();
    const admin = await env.as('admin');
    const exported = await admin.get<Buffer>(`/api/pairings/export?unitId=${await unitId('PE')}&status=all`);
    const same = await upload(admin, 'pairings', 'dry_run', exported.body);
    expect(same.body).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3, problems: [] });

    const { header, rows } = await sheetOf(exported.body);
    const edited = [
      header as CellInput[],
      [...rows[0]!.slice(0, 6), '2026-10-31', '已调整'] as CellInput[],
      ...(rows.slice(1) as CellInput[][]),
      [COUNSELOR, 'PE001', null, 'PEA', null, '2026-11-01', null, null],
    ];
    const res = await upload(admin, 'pairings', 'commit', await xlsxOf(SHEET_NAMES.pairings, edited));
    expect(res.body).toMatchObject({ committed: true, inserted: 1, updated: 1, unchanged: 2, problems: [] });
    const after = await sheetOf(
      (await admin.get<Buffer>(`/api/pairings/export?unitId=${await unitId('PEA')}&status=all`)).body,
    );
    expect(after.rows.map((r) => [r[5], r[6], r[7]])).toEqual([
      ['2026-01-01', '2026-10-31', '已调整'],
      ['2026-11-01', null, null],
    ]);
  });

  it("keeps to the caller's scope: a counselor gets 青州's pairings only, and 404 for another subtree", async () => {
    await setUp();
    const counselor = await env.as('counselor');
    const res = await counselor.get<Buffer>('/api/pairings/export?status=all');
    expect(res.status).toBe(200);
    const codes = (await sheetOf(res.body)).rows.map((r) => r[3]);
    expect(codes).toContain('PFA');
    expect(codes.filter((c) => String(c).startsWith('PE'))).toEqual([]);
    expect((await counselor.get(`/api/pairings/export?unitId=${await unitId('PE')}`)).status).toBe(404);
    // Out of scope answers like a missing unit, and the denial is audited.
    const denials = await env.database.db.select().from(auditLog).where(eq(auditLog.result, 'denied'));
    expect(denials.map((d) => [d.actorUsername, d.targetType, d.targetId])).toContainEqual([
      'counselor',
      'unit',
      String(await unitId('PE')),
    ]);
  });

  it('is for pairing readers', async () => {
    const handler = await env.as('handler');
    expect((await handler.get('/api/pairings/export')).status).toBe(403);
  });
});
