import { desc, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { type CellInput, fileOf, tryBothModes, upload } from '../../../../tests/helpers/upload.ts';
import { SHEET_NAMES, SHEETS } from '../../../contracts/registry-sheets.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { pairings } from '../../db/schema/pairings.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();

type Rec = Record<string, CellInput>;
const COUNSELOR = '党建辅导员（日常联系人）';
const pair = (scheme: string, employeeNo: string, targetCode: string, extra: Rec = {}): Rec => ({
  scheme,
  employeeNo,
  targetCode,
  startsOn: '2026-01-01',
  ...extra,
});

let ready = false;
/** County PA with outlets PAA, PAB (blank) and PAC (a member, a branch); staff PA001, PA002 (left); XP001 outside. */
async function setUp() {
  if (ready) return;
  const admin = await env.as('admin');
  const commit = async (kind: 'units' | 'party_orgs' | 'people', rows: Rec[]) =>
    expect((await upload(admin, kind, 'commit', await fileOf(kind, rows))).body).toMatchObject({ committed: true });
  await commit('units', [
    { code: 'PA', name: '结对测试支行', kind: '支行', parentCode: 'JN03' },
    { code: 'PAA', name: '结对测试甲网点', kind: '网点', parentCode: 'PA' },
    { code: 'PAB', name: '结对测试乙网点', kind: '网点', parentCode: 'PA' },
    { code: 'PAC', name: '结对测试丙网点', kind: '网点', parentCode: 'PA' },
  ]);
  await commit('party_orgs', [{ code: 'DZB-PAC', name: '丙网点党支部', kind: '党支部', unitCode: 'PAC' }]);
  const staff = { gender: '女', cadreGrade: '中层管理人员', partyStatus: '非党员' };
  await commit('people', [
    { ...staff, employeeNo: 'PA001', name: '结对甲', unitCode: 'PA', employmentStatus: '在职' },
    { ...staff, employeeNo: 'PA002', name: '结对乙', unitCode: 'PA', employmentStatus: '离职', leftOn: '2025-06-30' },
    {
      ...staff,
      employeeNo: 'PA003',
      name: '结对丙',
      unitCode: 'PAC',
      employmentStatus: '在职',
      partyStatus: '中共党员',
      partyRelation: '本企业',
      partyOrgCode: 'DZB-PAC',
      joinedPartyOn: '2012-06-20',
      fullMemberOn: '2013-06-20',
    },
  ]);
  const [xb] = await env.database.db.select().from(units).where(eq(units.code, 'XB0101'));
  await env.database.db.insert(people).values({
    employeeNo: 'XP001',
    name: '外省人员',
    gender: 'male',
    unitId: xb!.id,
    unitPath: xb!.path,
    cadreGrade: 'mid',
    employmentStatus: 'active',
    partyStatus: 'none',
  });
  ready = true;
}

async function pairingsOf(employeeNo: string) {
  const [p] = await env.database.db.select().from(people).where(eq(people.employeeNo, employeeNo));
  return env.database.db.select().from(pairings).where(eq(pairings.personId, p!.id)).orderBy(pairings.id);
}

describe('pairings import', () => {
  it('gives its template: the sheet, headers, and the schemes as a drop-down', async () => {
    const admin = await env.as('admin');
    const res = await admin.get<Buffer>('/api/imports/pairings/template');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['结对', '填写说明', '选项']);
    const header = (wb.getWorksheet(SHEET_NAMES.pairings)!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['方案*', '人员工号*', '对象编码*', '开始日期*', '结束日期', '备注']);
    const options = (wb.getWorksheet('选项')!.getColumn(1).values as unknown[]).slice(1);
    expect(options).toEqual(expect.arrayContaining(['方案', COUNSELOR, '党代表联系点']));
    // Registry readers who do not manage pairings get neither the template nor an import.
    const leader = await env.as('leader');
    expect((await leader.get('/api/imports/pairings/template')).status).toBe(403);
  });

  it('lists every row problem in Chinese by row and column, and writes nothing in either mode', async () => {
    await setUp();
    const admin = await env.as('admin');
    const file = await fileOf('pairings', [
      pair(COUNSELOR, 'PA001', 'PAA'),
      pair('不存在的方案', 'PA001', 'PAA'),
      pair('党代表联系点', 'PA001', 'PAC'),
      pair('counselor', 'PA002', 'PAB'),
      pair(COUNSELOR, 'PA001', 'XB0101'),
      pair(COUNSELOR, 'XP001', 'PAB'),
      pair(COUNSELOR, 'PA001', 'PAA', { startsOn: '2026-06-01' }),
      pair('领导基层联系点', 'PA001', 'PAA'),
      pair(COUNSELOR, 'PA001', 'PAB', { startsOn: '2026-03-01', endsOn: '2026/2/1' }),
      pair(COUNSELOR, 'PA001', 'PA'),
      pair(COUNSELOR, 'PA001', 'PAB', { startsOn: '2026-13-01' }),
    ]);
    const before = await env.database.db.$count(pairings);
    const r = await tryBothModes(admin, env.database, 'pairings', file);
    for (const report of [r.dryRun, r.commit]) {
      expect(report).toMatchObject({ kind: 'pairings', rows: 11, committed: false, problemCount: 10 });
      expect(report.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
        [3, 'A 方案', 'unknown_scheme'],
        [4, 'C 对象编码', 'not_blank_outlet'],
        [5, 'B 人员工号', 'holder_not_active'],
        [6, 'C 对象编码', 'unknown_ref'],
        [7, 'B 人员工号', 'unknown_ref'],
        [8, 'C 对象编码', 'overlaps_in_file'],
        [9, 'C 对象编码', 'unknown_ref'],
        [10, 'E 结束日期', 'ends_before_start'],
        [11, 'C 对象编码', 'wrong_target_kind'],
        [12, 'D 开始日期', 'invalid_date'],
      ]);
    }
    const message = (row: number) => r.commit.problems.find((p) => p.row === row)?.message;
    expect(message(3)).toBe('「方案」“不存在的方案”不是已有的结对方案，请填写方案名称或方案编码');
    expect(message(4)).toBe('「对象编码」“PAC”有党员，不是无党员网点，本方案只能与无党员网点结对');
    expect(message(5)).toBe('「人员工号」“PA002”不是在职人员，只能由在职人员结对');
    // Outside the scope reads exactly like a code that does not exist.
    expect(message(6)).toBe('「对象编码」“XB0101”不存在或不在您的数据范围内');
    expect(message(7)).toBe('「人员工号」“XP001”不存在或不在您的数据范围内');
    expect(message(8)).toBe('「对象编码」“PAA”与第 2 行是同一方案、同一人员的结对，时间重叠');
    expect(message(10)).toBe('「结束日期」不能早于开始日期');
    expect(r.after).toEqual(r.before);
    expect(await env.database.db.$count(pairings)).toBe(before);
  });

  it('commits a good file whole, with its audit row; the same file again changes nothing', async () => {
    await setUp();
    const admin = await env.as('admin');
    const rows = [
      pair(COUNSELOR, 'PA001', 'PAA'),
      pair('party_rep', 'PA001', 'PAB', { endsOn: '2026-12-31', note: '年度联系点' }),
      pair('领导基层联系点', 'PA001', 'DZB-PAC', { startsOn: new Date(Date.UTC(2026, 1, 1)) }),
    ];
    const file = await fileOf('pairings', rows);
    const dry = await upload(admin, 'pairings', 'dry_run', file);
    expect(dry.body).toMatchObject({ committed: false, inserted: 3, problems: [] });
    expect(await pairingsOf('PA001')).toHaveLength(0);
    const res = await upload(admin, 'pairings', 'commit', file);
    expect(res.body).toMatchObject({ committed: true, inserted: 3, updated: 0, unchanged: 0 });

    const got = await pairingsOf('PA001');
    const ids = new Map(
      (
        await env.database.db
          .select()
          .from(units)
          .where(inArray(units.code, ['PAA', 'PAB', 'PAC']))
      ).map((u) => [u.code, u.id]),
    );
    expect(got.map((p) => [p.targetUnitId, p.scopeUnitId, p.startsOn, p.endsOn, p.note])).toEqual([
      [ids.get('PAA'), ids.get('PAA'), '2026-01-01', null, null],
      [ids.get('PAB'), ids.get('PAB'), '2026-01-01', '2026-12-31', '年度联系点'],
      [null, ids.get('PAC'), '2026-02-01', null, null],
    ]);
    expect(got[2]!.targetPartyOrgId).not.toBeNull();
    expect(got.every((p) => p.createdBy === env.fixture.account('admin'))).toBe(true);
    const [audit] = await env.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'pairing.import'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ targetType: 'pairing', targetId: 'pairings' });
    expect(audit!.diff).toMatchObject({ kind: 'pairings', rows: 3, inserted: 3 });

    const again = await upload(admin, 'pairings', 'commit', file);
    expect(again.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 3 });

    // A stored pairing is named by scheme, holder, target and start: its end and note update.
    const ended = await upload(
      admin,
      'pairings',
      'commit',
      await fileOf('pairings', [{ ...rows[0]!, endsOn: '2026-10-31' }]),
    );
    expect(ended.body).toMatchObject({ committed: true, updated: 1 });
    expect((await pairingsOf('PA001'))[0]).toMatchObject({ endsOn: '2026-10-31', version: 2 });
  });

  it('refuses a pairing overlapping a stored one, and the whole file with it', async () => {
    await setUp();
    const admin = await env.as('admin');
    const before = await env.database.db.$count(pairings);
    const res = await upload(
      admin,
      'pairings',
      'commit',
      await fileOf('pairings', [
        pair(COUNSELOR, 'PA003', 'PAA'),
        pair(COUNSELOR, 'PA001', 'PAA', { startsOn: '2026-10-01', endsOn: '2026-11-30' }),
      ]),
      { lang: 'en-US' },
    );
    expect(res.body).toMatchObject({ committed: false, inserted: 1, problemCount: 1 });
    expect(res.body.problems[0]).toMatchObject({ row: 3, reason: 'pairing_exists' });
    expect(res.body.problems[0]!.message).toContain('(from 2026-01-01)');
    expect(await env.database.db.$count(pairings)).toBe(before);
    // After the stored one ends, the later period is free.
    const later = await upload(
      admin,
      'pairings',
      'dry_run',
      await fileOf('pairings', [pair(COUNSELOR, 'PA001', 'PAA', { startsOn: '2026-11-01' })]),
    );
    expect(later.body).toMatchObject({ inserted: 1, problems: [] });
    // The API applies the same rules (features/pairings/targets.ts).
    const id = async (table: 'units' | 'people' | 'schemes', col: string, v: string) =>
      (await env.database.query<{ id: number }>(`select id from ${table} where ${col} = $1`, [v]))[0]!.id;
    const body = { personId: await id('people', 'employee_no', 'PA001'), startsOn: '2026-10-01' };
    const counselor = { ...body, schemeId: await id('schemes', 'code', 'counselor') };
    const again = await admin.post('/api/pairings', { ...counselor, targetUnitId: await id('units', 'code', 'PAA') });
    expect(again.status).toBe(409);
    const rep = { ...body, schemeId: await id('schemes', 'code', 'party_rep') };
    const notBlank = await admin.post('/api/pairings', { ...rep, targetUnitId: await id('units', 'code', 'PAC') });
    expect(notBlank.status).toBe(400);
  });

  it('has the layout the pairing list exports', () => {
    expect(SHEETS.pairings.filter((c) => !c.exportOnly).map((c) => c.key)).toEqual([
      'scheme',
      'employeeNo',
      'targetCode',
      'startsOn',
      'endsOn',
      'note',
    ]);
  });
});
