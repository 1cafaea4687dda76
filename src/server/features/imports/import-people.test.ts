import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { type CellInput, fileOf, snapshot, tryBothModes, upload } from '../../../../tests/helpers/upload.ts';
import type { ImportProblem } from '../../../contracts/imports.ts';
import type { PersonDetail } from '../../../contracts/people.ts';
import { people, personTransfers, unitPeopleStats } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();

type Rec = Record<string, CellInput>;
const staff = (employeeNo: string, unitCode: string, extra: Rec = {}): Rec => ({
  employeeNo,
  name: `员工${employeeNo}`,
  gender: '女',
  unitCode,
  cadreGrade: '一般员工',
  employmentStatus: '在职',
  partyStatus: '非党员',
  ...extra,
});
const member = (employeeNo: string, unitCode: string, orgCode: string, extra: Rec = {}): Rec =>
  staff(employeeNo, unitCode, {
    partyStatus: '中共党员',
    partyRelation: '本企业',
    partyOrgCode: orgCode,
    joinedPartyOn: '2012-06-20',
    fullMemberOn: '2013-06-20',
    ...extra,
  });

let ready = false;
/** A small subtree of its own (支行 TP with outlets TPA, TPB) and a branch at each outlet. */
async function setUp() {
  if (ready) return;
  const admin = await env.as('admin');
  const u = await upload(
    admin,
    'units',
    'commit',
    await fileOf('units', [
      { code: 'TP', name: '人员测试支行', kind: '支行', parentCode: 'JN03' },
      { code: 'TPA', name: '人员测试甲网点', kind: '网点', parentCode: 'TP' },
      { code: 'TPB', name: '人员测试乙网点', kind: '网点', parentCode: 'TP' },
    ]),
  );
  expect(u.body.committed).toBe(true);
  const o = await upload(
    admin,
    'party_orgs',
    'commit',
    await fileOf('party_orgs', [
      { code: 'DZB-TPA', name: '甲网点党支部', kind: '党支部', unitCode: 'TPA' },
      { code: 'DZB-TPB', name: '乙网点党支部', kind: '党支部', unitCode: 'TPB' },
    ]),
  );
  expect(o.body.committed).toBe(true);
  ready = true;
}

async function stored(numbers: string[]) {
  const rows = await env.database.db.select().from(people).where(inArray(people.employeeNo, numbers));
  return new Map(rows.map((r) => [r.employeeNo, r]));
}

async function unitRow(code: string) {
  const [row] = await env.database.db.select().from(units).where(eq(units.code, code));
  return row!;
}

async function expectRefused(records: Rec[], problems: Partial<ImportProblem>[], lang?: string) {
  await setUp();
  const admin = await env.as('admin');
  const r = await tryBothModes(admin, env.database, 'people', await fileOf('people', records), lang);
  for (const report of [r.dryRun, r.commit]) {
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
    expect(report.problemCount).toBe(problems.length);
  }
  expect(r.after).toEqual(r.before);
  return r.commit;
}

const FIRST = [
  member('TP001', 'TPA', 'DZB-TPA', {
    hiredOn: '2010-07-01',
    phone: '13800001234',
    idNumber: '110101199003074514',
    position: { formula: '"网点"&"负责人"', result: '网点负责人' },
  }),
  staff('TP002', 'TPB', {
    name: { richText: [{ text: '王' }, { text: '小明', font: { bold: true } }] },
    hiredOn: new Date(Date.UTC(2016, 2, 1)),
    phone: 13800005678,
  }),
  staff('TP003', 'TPA', {
    partyStatus: '中共预备党员',
    partyRelation: '地方',
    externalOrgName: '某街道党工委',
    joinedPartyOn: '2025/1/5',
  }),
];

describe('people import', () => {
  it('inserts people with their unit path, party org, sealed phone and ID, and head counts', async () => {
    await setUp();
    const admin = await env.as('admin');
    const file = await fileOf('people', FIRST);
    const dry = await upload(admin, 'people', 'dry_run', file);
    expect(dry.body).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0, problems: [], committed: false });
    const res = await upload(admin, 'people', 'commit', file);
    expect(res.body).toMatchObject({ committed: true, inserted: 3 });

    const got = await stored(['TP001', 'TP002', 'TP003']);
    const tpa = await unitRow('TPA');
    const tpb = await unitRow('TPB');
    expect(got.get('TP001')).toMatchObject({
      unitId: tpa.id,
      unitPath: tpa.path,
      partyStatus: 'full',
      partyRelation: 'inside',
      position: '网点负责人',
      hiredOn: '2010-07-01',
      phoneMasked: '138****1234',
      idNumberMasked: '1101**********4514',
    });
    expect(got.get('TP001')!.idNumberEnc).not.toContain('110101');
    expect(got.get('TP002')).toMatchObject({
      name: '王小明',
      unitPath: tpb.path,
      hiredOn: '2016-03-01',
      phoneMasked: '138****5678',
    });
    expect(got.get('TP003')).toMatchObject({
      partyStatus: 'probationary',
      partyRelation: 'outside',
      joinedPartyOn: '2025-01-05',
    });

    const detail = await admin.get<PersonDetail>(`/api/people/${got.get('TP001')!.id}?reveal=true`);
    expect(detail.body).toMatchObject({
      idNumber: '110101199003074514',
      phone: '13800001234',
      partyOrg: { code: 'DZB-TPA' },
    });

    const [stats] = await env.database.db.select().from(unitPeopleStats).where(eq(unitPeopleStats.unitId, tpa.id));
    expect(stats).toMatchObject({ staff: 2, membersFull: 1, membersProbationary: 1, membersExternal: 1 });

    // The same file again: all unchanged, not a version moved.
    const before = await snapshot(env.database);
    const again = await upload(admin, 'people', 'commit', file);
    expect(again.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 3 });
    const after = await snapshot(env.database);
    expect({ ...after, audit_log: '' }).toEqual({ ...before, audit_log: '' });
  });

  it('imports its own masked export unchanged', async () => {
    const admin = await env.as('admin');
    const exported = await admin.get<Buffer>(
      `/api/people/export?unitId=${(await unitRow('TP')).id}&employmentStatus=all`,
    );
    expect(exported.status).toBe(200);
    const res = await upload(admin, 'people', 'dry_run', exported.body);
    expect(res.body).toMatchObject({ rows: 3, unchanged: 3, problems: [] });
  });

  it('updates by employee number, transfers on unit and party org changes, and raises the talks they call for', async () => {
    const admin = await env.as('admin');
    const before = await stored(['TP001', 'TP002', 'TP003']);
    const changed = [
      { ...FIRST[0]!, unitCode: 'TPB', partyOrgCode: 'DZB-TPB' },
      { ...FIRST[1]!, name: '王晓明', position: '客户经理' },
      FIRST[2]!,
      staff('TP004', 'TPB'),
    ];
    const res = await upload(admin, 'people', 'commit', await fileOf('people', changed));
    expect(res.body).toMatchObject({ committed: true, inserted: 1, updated: 2, unchanged: 1 });
    // A unit transfer and a position change each call for a talk (seed 004), as through the person form.
    const due = await env.database.query<{ employee_no: string; reason: string; source_type: string; org: string }>(`
        select p.employee_no, d.reason, d.source_type, o.code as org from due_talks d
        join people p on p.id = d.person_id join party_orgs o on o.id = d.party_org_id
        where p.employee_no like 'TP%' order by p.employee_no`);
    expect(due).toEqual([
      { employee_no: 'TP001', reason: 'transfer', source_type: 'person_transfer', org: 'DZB-TPB' },
      { employee_no: 'TP002', reason: 'job_change', source_type: 'person_update', org: 'DZB-TPB' },
    ]);
    const got = await stored(['TP001', 'TP002', 'TP003']);
    const tpb = await unitRow('TPB');
    const p1 = got.get('TP001')!;
    expect(p1).toMatchObject({ unitId: tpb.id, unitPath: tpb.path, version: before.get('TP001')!.version + 1 });
    expect(got.get('TP003')!.version).toBe(before.get('TP003')!.version);
    const transfers = await env.database.db.select().from(personTransfers).where(eq(personTransfers.personId, p1.id));
    expect(transfers.map((t) => [t.kind, t.fromId, t.toId])).toEqual(
      expect.arrayContaining([
        ['unit', before.get('TP001')!.unitId, tpb.id],
        ['party_org', before.get('TP001')!.partyOrgId, p1.partyOrgId],
      ]),
    );
    expect(transfers).toHaveLength(2);
    // Head counts follow the move (kept by triggers), as a full recount gives them.
    const [check] = await env.database.query<{ bad: number }>(`
        select count(*)::int as bad from unit_people_stats s
        full join (select unit_id, count(*) filter (where employment_status = 'active') as staff
                   from people group by unit_id) p on p.unit_id = s.unit_id
        where coalesce(s.staff, 0) <> coalesce(p.staff, 0)`);
    expect(check!.bad).toBe(0);
  });
});

describe('people import refusals (nothing written)', () => {
  it('a missing required field', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA', { name: null })],
      [{ row: 2, column: 'B 姓名', field: 'name', reason: 'required', message: '「姓名」不能为空' }],
    );
  });

  it('bad ID numbers: checksum, birth date, format (in English too)', async () => {
    await expectRefused(
      [
        staff('TPX1', 'TPA', { idNumber: '110101199003074515' }),
        staff('TPX2', 'TPA', { idNumber: '110101199002304514' }),
        staff('TPX3', 'TPA', { idNumber: '11010119900307' }),
      ],
      [
        { row: 2, column: 'Q 身份证号', reason: 'id_number_checksum', message: '「身份证号」校验码错误' },
        { row: 3, column: 'Q 身份证号', reason: 'id_number_birth_date' },
        { row: 4, column: 'Q 身份证号', reason: 'id_number_format' },
      ],
    );
    await expectRefused(
      [staff('TPX1', 'TPA', { idNumber: '110101199003074515' })],
      [{ row: 2, reason: 'id_number_checksum', message: '「ID number」 fails its checksum' }],
      'en-US',
    );
  });

  it('a bad date', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA', { hiredOn: '2015-02-30' })],
      [
        {
          row: 2,
          column: 'H 入职日期',
          reason: 'invalid_date',
          message: '「入职日期」“2015-02-30”不是有效的日期（应为 YYYY-MM-DD）',
        },
      ],
    );
  });

  it('an unknown enum value', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA', { gender: '未知' })],
      [{ row: 2, column: 'C 性别', reason: 'invalid_enum', message: '「性别」“未知”不是可选的值，可选：男、女' }],
    );
  });

  it('unknown unit and party org codes, and a unit outside the scope', async () => {
    await expectRefused(
      [staff('TPX1', 'NOPE'), member('TPX2', 'TPA', 'DZB-NOPE'), staff('TPX3', 'XB0101')],
      [
        { row: 2, column: 'D 所属机构编码', reason: 'unknown_ref' },
        {
          row: 3,
          column: 'M 所在党组织编码',
          reason: 'unknown_ref',
          message: '「所在党组织编码」“DZB-NOPE”不存在或不在您的数据范围内',
        },
        {
          row: 4,
          column: 'D 所属机构编码',
          reason: 'unknown_ref',
          message: '「所属机构编码」“XB0101”不存在或不在您的数据范围内',
        },
      ],
    );
  });

  it('a person outside the scope', async () => {
    const [xb] = await env.database.db.select().from(units).where(eq(units.code, 'XB0101'));
    await env.database.db.insert(people).values({
      employeeNo: 'XBP1',
      name: '外省员工',
      gender: 'male',
      unitId: xb!.id,
      unitPath: xb!.path,
    });
    await expectRefused([staff('XBP1', 'TPA')], [{ row: 2, column: 'A 工号', reason: 'taken_outside_scope' }]);
  });

  it('a duplicate employee number', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA'), staff('TPX1', 'TPB')],
      [{ row: 3, column: 'A 工号', reason: 'duplicate_in_file', message: '「工号」“TPX1”与第 2 行重复' }],
    );
  });

  it('a bad phone, and a masked value that is not the stored one', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA', { phone: '12345' }), staff('TP001', 'TPB', { phone: '139****0000' })],
      [
        { row: 2, column: 'P 手机号', reason: 'invalid_format' },
        { row: 3, column: 'P 手机号', reason: 'masked_value' },
      ],
    );
  });

  it('the cross-field rules of a person', async () => {
    await expectRefused(
      [staff('TPX1', 'TPA', { joinedPartyOn: '2012-01-01' }), member('TPX2', 'TPA', '', { partyRelation: '本企业' })],
      [
        { row: 2, column: 'K 入党日期', reason: 'not_a_member', message: '「入党日期」非党员不应填写此项' },
        { row: 3, column: 'M 所在党组织编码', field: 'partyOrgCode', reason: 'required_when_inside' },
      ],
    );
  });

  it('lists the first 1,000 problems and counts them all', async () => {
    await setUp();
    const admin = await env.as('admin');
    const rows = Array.from({ length: 1200 }, (_, i) => staff(`TPC${i}`, 'TPA', { gender: '?' }));
    const res = await upload(admin, 'people', 'dry_run', await fileOf('people', rows));
    expect(res.body.problemCount).toBe(1200);
    expect(res.body.problems).toHaveLength(1000);
    expect(res.body.problems.at(-1)).toMatchObject({ row: 1001, reason: 'invalid_enum' });
  });

  it('one bad row among many: nothing is written', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => staff(`TPM${i}`, i % 2 ? 'TPA' : 'TPB'));
    rows.push(staff('TPM-BAD', 'TPA', { leftOn: '2020-01-01' }));
    const report = await expectRefused(rows, [{ row: 2002, column: 'I 离职日期', reason: 'active_no_left_date' }]);
    expect(report.inserted).toBe(2000);
    const [n] = await env.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(people)
      .where(sql`${people.employeeNo} like 'TPM%'`);
    expect(n!.n).toBe(0);
  });
});
