import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { createPerson } from '../../../../tests/helpers/registry.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { UnitDetail } from '../../../contracts/units.ts';
import { people } from '../../db/schema/people.ts';
import { unitMoves, units } from '../../db/schema/units.ts';
import { rowsOf } from '../../db/sql.ts';

const env = fileTestEnv();

const unitByCode = async (code: string) => (await env.database.db.select().from(units).where(eq(units.code, code)))[0]!;

describe('managing the unit tree', () => {
  it('creates a unit under a parent in scope and refuses a taken code', async () => {
    const admin = await env.as('admin');
    const res = await admin.post<UnitDetail>('/api/units', {
      code: 'JN0104',
      name: '青州东关支行',
      kind: 'county',
      parentId: env.fixture.unit('JN01'),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ level: 3, parentId: env.fixture.unit('JN01') });
    const row = await unitByCode('JN0104');
    expect(row.path).toBe(`${(await unitByCode('JN01')).path}${row.id}/`);
    const dup = await admin.post<ApiError>('/api/units', {
      code: 'JN0104',
      name: 'x',
      kind: 'county',
      parentId: env.fixture.unit('JN01'),
    });
    expect(dup.body.code).toBe('DUPLICATE');
    expect(dup.body.message).toBe('编码“JN0104”已存在');
  });

  it('moves a subtree with its people, keeps the move in history, and refuses a move under itself', async () => {
    const admin = await env.as('admin');
    const county = await unitByCode('JN0103');
    const outlet = await unitByCode('JN010301');
    const person = await createPerson(admin, { unitId: outlet.id });
    const target = await unitByCode('JN02');
    const res = await admin.post<UnitDetail>(`/api/units/${county.id}/move`, {
      parentId: target.id,
      version: county.version,
    });
    expect(res.status).toBe(200);
    const movedOutlet = await unitByCode('JN010301');
    expect(movedOutlet.path).toBe(`${target.path}${county.id}/${outlet.id}/`);
    expect(movedOutlet.level).toBe(outlet.level);
    const [p] = await env.database.db.select().from(people).where(eq(people.id, person.id));
    expect(p!.unitPath).toBe(movedOutlet.path);
    const [stale] = rowsOf<{ n: number }>(
      await env.database.db.execute(
        sql`select count(*)::int as n from people p join units u on u.id = p.unit_id where p.unit_path <> u.path`,
      ),
    );
    expect(stale!.n).toBe(0);
    const history = await env.database.db.select().from(unitMoves).where(eq(unitMoves.unitId, county.id));
    expect(history).toMatchObject([{ fromParentId: env.fixture.unit('JN01'), toParentId: target.id }]);
    const cycle = await admin.post<ApiError>(`/api/units/${target.id}/move`, {
      parentId: movedOutlet.id,
      version: target.version,
    });
    expect(cycle.status).toBe(409);
    // The counselor (scope 青州市分行) no longer sees the moved county.
    const counselor = await env.as('counselor');
    expect((await counselor.get(`/api/units/${county.id}`)).status).toBe(404);
  });

  it('refuses to deactivate a unit with active children and keeps the records of a deactivated one', async () => {
    const admin = await env.as('admin');
    const county = await unitByCode('JN0201');
    const refused = await admin.post<ApiError>(`/api/units/${county.id}/active`, {
      active: false,
      version: county.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('启用的下级机构');
    const outlet = await unitByCode('JN020102');
    const person = await createPerson(admin, { unitId: outlet.id });
    const off = await admin.post<UnitDetail>(`/api/units/${outlet.id}/active`, {
      active: false,
      version: outlet.version,
    });
    expect(off.body.active).toBe(false);
    expect((await admin.get(`/api/people/${person.id}`)).status).toBe(200);
  });

  it('exports the filtered unit list in the import layout with the enterprise vocabulary', async () => {
    const admin = await env.as('admin');
    const res = await admin.get<Buffer>(`/api/units/export?unitId=${env.fixture.unit('JN01')}&kind=outlet`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('机构')!;
    const rows = (sheet.getSheetValues().slice(2) as unknown[][]).filter(Boolean);
    const [expected] = rowsOf<{ n: number }>(
      await env.database.db.execute(
        sql`select count(*)::int as n from units where kind = 'outlet' and active and path like ${`%/${env.fixture.unit('JN01')}/%`}`,
      ),
    );
    expect(rows).toHaveLength(expected!.n);
    expect(rows.every((r) => r[3] === '网点')).toBe(true);
  });
});
