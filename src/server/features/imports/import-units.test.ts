import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { type CellInput, fileOf, snapshot, tryBothModes, upload } from '../../../../tests/helpers/upload.ts';
import type { ImportProblem } from '../../../contracts/imports.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { people } from '../../db/schema/people.ts';
import { unitMoves, units } from '../../db/schema/units.ts';

const env = fileTestEnv();

type Rec = Record<string, CellInput>;
const unit = (code: string, name: string, kind: string, parentCode: string | null, extra: Rec = {}): Rec => ({
  code,
  name,
  kind,
  parentCode,
  ...extra,
});

async function unitsByCode(codes: string[]) {
  const rows = await env.database.db.select().from(units).where(inArray(units.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

/** Refused in both modes with exactly these problems, and nothing written. */
async function expectRefused(records: Rec[], problems: Partial<ImportProblem>[], lang?: string) {
  const admin = await env.as('admin');
  const r = await tryBothModes(admin, env.database, 'units', await fileOf('units', records), lang);
  for (const report of [r.dryRun, r.commit]) {
    expect(report.committed).toBe(false);
    expect(report.problemCount).toBe(problems.length);
    expect(report.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
  }
  expect(r.after).toEqual(r.before);
  return r.commit;
}

describe('units import', () => {
  it('checks, then inserts new units under stored and new parents with their paths and levels', async () => {
    const admin = await env.as('admin');
    const file = await fileOf('units', [
      unit('T1A', '测试一网点', '网点', 'T1'),
      unit('T1', '测试一支行', '支行', 'JN01', { sortOrder: 9 }),
      unit('T1B', '测试二网点', '网点', 'T1', { active: '停用' }),
    ]);
    const before = await snapshot(env.database);
    const dry = await upload(admin, 'units', 'dry_run', file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      rows: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      committed: false,
      problemCount: 0,
    });
    expect(await snapshot(env.database)).toEqual(before);

    const commit = await upload(admin, 'units', 'commit', file);
    expect(commit.body).toMatchObject({ mode: 'commit', committed: true, inserted: 3, updated: 0, unchanged: 0 });
    const got = await unitsByCode(['JN01', 'T1', 'T1A', 'T1B']);
    const [jn01, t1, t1a, t1b] = ['JN01', 'T1', 'T1A', 'T1B'].map((c) => got.get(c)!);
    expect(t1).toMatchObject({
      kind: 'county',
      parentId: jn01!.id,
      level: jn01!.level + 1,
      sortOrder: 9,
      active: true,
    });
    expect(t1!.path).toBe(`${jn01!.path}${t1!.id}/`);
    expect(t1a).toMatchObject({
      kind: 'outlet',
      parentId: t1!.id,
      path: `${t1!.path}${t1a!.id}/`,
      level: t1!.level + 1,
    });
    expect(t1b).toMatchObject({ active: false, parentId: t1!.id });
    expect(t1b!.deactivatedAt).not.toBeNull();
    const audits = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'registry.import'));
    expect(audits.at(-1)!.diff).toMatchObject({ kind: 'units', rows: 3, inserted: 3, updated: 0, unchanged: 0 });

    // The same file again changes nothing: no version moves, only the import's audit row.
    const again = await snapshot(env.database);
    const re = await upload(admin, 'units', 'commit', file);
    expect(re.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 3 });
    const after = await snapshot(env.database);
    expect({ ...after, audit_log: '' }).toEqual({ ...again, audit_log: '' });
    expect(Number(after.audit_log)).toBe(Number(again.audit_log) + 1);
  });

  it('updates by code and turns a parent change into a move of the subtree and its people', async () => {
    const admin = await env.as('admin');
    await upload(
      admin,
      'units',
      'commit',
      await fileOf('units', [unit('T2', '测试二支行', '支行', 'JN01'), unit('T2A', '测试网点甲', '网点', 'T2')]),
    );
    const personFile = await fileOf('people', [
      {
        employeeNo: 'T2P1',
        name: '调动测试',
        gender: '男',
        unitCode: 'T2A',
        cadreGrade: '一般员工',
        employmentStatus: '在职',
        partyStatus: '非党员',
      },
    ]);
    expect((await upload(admin, 'people', 'commit', personFile)).body).toMatchObject({ committed: true, inserted: 1 });
    const before = await unitsByCode(['T2', 'T2A', 'JN0102']);

    const changed = await fileOf('units', [
      unit('T2', '测试二支行', '支行', 'JN01'),
      unit('T2A', '测试网点甲（新址）', '网点', 'JN0102'),
      unit('T2A1', '测试网点甲下属', '部门', 'T2A'),
    ]);
    const res = await upload(admin, 'units', 'commit', changed);
    expect(res.body).toMatchObject({ committed: true, inserted: 1, updated: 1, unchanged: 1, problems: [] });
    const got = await unitsByCode(['T2', 'T2A', 'T2A1', 'JN0102']);
    const t2a = got.get('T2A')!;
    const county = got.get('JN0102')!;
    expect(t2a).toMatchObject({ name: '测试网点甲（新址）', parentId: county.id, level: county.level + 1 });
    expect(t2a.path).toBe(`${county.path}${t2a.id}/`);
    expect(t2a.version).toBe(before.get('T2A')!.version + 1);
    expect(got.get('T2')!.version).toBe(before.get('T2')!.version);
    expect(got.get('T2A1')!.path).toBe(`${t2a.path}${got.get('T2A1')!.id}/`);
    const [person] = await env.database.db.select().from(people).where(eq(people.employeeNo, 'T2P1'));
    expect(person!.unitPath).toBe(t2a.path);
    const moves = await env.database.db.select().from(unitMoves).where(eq(unitMoves.unitId, t2a.id));
    expect(moves).toEqual([
      expect.objectContaining({
        fromParentId: before.get('T2')!.id,
        toParentId: county.id,
        fromPath: before.get('T2A')!.path,
        toPath: t2a.path,
      }),
    ]);
  });

  it('moves units across each other in one file, whatever the row order', async () => {
    const admin = await env.as('admin');
    await upload(
      admin,
      'units',
      'commit',
      await fileOf('units', [unit('T3', '甲', '支行', 'JN02'), unit('T3A', '乙', '网点', 'T3')]),
    );
    // T3A leaves T3 for JN02, and T3 goes under T3A: valid once both moves are done.
    const res = await upload(
      admin,
      'units',
      'commit',
      await fileOf('units', [unit('T3', '甲', '支行', 'T3A'), unit('T3A', '乙', '网点', 'JN02')]),
    );
    expect(res.body).toMatchObject({ committed: true, updated: 2 });
    const got = await unitsByCode(['JN02', 'T3', 'T3A']);
    expect(got.get('T3A')!.path).toBe(`${got.get('JN02')!.path}${got.get('T3A')!.id}/`);
    expect(got.get('T3')!.path).toBe(`${got.get('T3A')!.path}${got.get('T3')!.id}/`);
    expect(got.get('T3')!.level).toBe(got.get('JN02')!.level + 2);
  });

  it('imports its own export unchanged', async () => {
    const admin = await env.as('admin');
    const exported = await admin.get<Buffer>(
      `/api/units/export?unitId=${env.fixture.unit('JN01')}&includeInactive=true`,
    );
    expect(exported.status).toBe(200);
    const res = await upload(admin, 'units', 'dry_run', exported.body);
    expect(res.body.problems).toEqual([]);
    expect(res.body).toMatchObject({ inserted: 0, updated: 0 });
    expect(res.body.unchanged).toBe(res.body.rows);
  });
});

describe('units import refusals (nothing written)', () => {
  it('a missing required field', async () => {
    await expectRefused(
      [unit('T9', '', '网点', 'JN0101')],
      [{ row: 2, column: 'B 机构名称', field: 'name', reason: 'required', message: '「机构名称」不能为空' }],
    );
  });

  it('an unknown kind, listing the allowed ones (in English too)', async () => {
    await expectRefused(
      [unit('T9', '某网点', '分理处', 'JN0101')],
      [
        {
          row: 2,
          column: 'C 机构类型',
          reason: 'invalid_enum',
          message: '「机构类型」“分理处”不是可选的值，可选：总行、省分行、二级分行、支行、网点、部门、科室',
        },
      ],
    );
    await expectRefused(
      [unit('T9', '某网点', '分理处', 'JN0101')],
      [
        {
          row: 2,
          reason: 'invalid_enum',
          message: expect.stringContaining('「Kind」 "分理处" is not an allowed value'),
        },
      ],
      'en-US',
    );
  });

  it('a bad integer', async () => {
    await expectRefused(
      [unit('T9', '某网点', '网点', 'JN0101', { sortOrder: '第一' })],
      [{ row: 2, column: 'E 排序号', reason: 'not_integer' }],
    );
  });

  it('an unknown parent code, and a parent outside the scope', async () => {
    await expectRefused(
      [unit('T9', '某网点', '网点', 'NOPE'), unit('T8', '某网点', '网点', 'XB01')],
      [
        {
          row: 2,
          column: 'D 上级机构编码',
          reason: 'unknown_ref',
          message: '「上级机构编码」“NOPE”不存在或不在您的数据范围内',
        },
        {
          row: 3,
          column: 'D 上级机构编码',
          reason: 'unknown_ref',
          message: '「上级机构编码」“XB01”不存在或不在您的数据范围内',
        },
      ],
    );
  });

  it('a unit outside the scope', async () => {
    await expectRefused(
      [unit('XB0101', '改名', '网点', 'XB01')],
      [
        {
          row: 2,
          column: 'A 机构编码',
          reason: 'taken_outside_scope',
          message: '「机构编码」“XB0101”已被您数据范围以外的记录使用，不能导入',
        },
      ],
    );
  });

  it('a duplicate code, naming the first row', async () => {
    await expectRefused(
      [unit('T9', '甲', '网点', 'JN0101'), unit('T8', '乙', '网点', 'JN0101'), unit('T9', '丙', '网点', 'JN0101')],
      [{ row: 4, column: 'A 机构编码', reason: 'duplicate_in_file', message: '「机构编码」“T9”与第 2 行重复' }],
    );
  });

  it('cycles: among new units, and a unit moved under its own descendant', async () => {
    await expectRefused(
      [
        unit('T9', '甲', '支行', 'T8'),
        unit('T8', '乙', '网点', 'T9'),
        unit('JN01', '青州市分行', '二级分行', 'JN010101'),
      ],
      [
        { row: 2, column: 'D 上级机构编码', reason: 'cycle' },
        { row: 3, column: 'D 上级机构编码', reason: 'cycle' },
        { row: 4, column: 'D 上级机构编码', reason: 'cycle' },
      ],
    );
  });

  it('a new unit without a parent', async () => {
    await expectRefused(
      [unit('T9', '甲', '网点', null)],
      [{ row: 2, column: 'D 上级机构编码', reason: 'required_for_new' }],
    );
  });

  it('deactivating a unit with active children, and an active unit under an inactive one', async () => {
    await expectRefused(
      [unit('JN0101', '北城支行', '支行', 'JN01', { active: '停用' }), unit('T9', '甲', '网点', 'JN0101')],
      [
        { row: 2, column: 'F 状态', reason: 'active_children' },
        { row: 3, column: 'F 状态', field: 'active', reason: 'inactive_parent' },
      ],
    );
  });

  it('one bad row among many: nothing is written', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => unit(`TB${i}`, `批量${i}`, '网点', 'JN0201'));
    rows.splice(150, 0, unit('TBX', '坏行', '网点', 'JN0201', { sortOrder: -1 }));
    const report = await expectRefused(rows, [{ row: 152, column: 'E 排序号', reason: 'out_of_range' }]);
    expect(report.inserted).toBe(300);
    expect(await unitsByCode(['TB0'])).toEqual(new Map());
  });
});
