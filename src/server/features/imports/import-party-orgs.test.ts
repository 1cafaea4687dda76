import { and, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { type CellInput, fileOf, snapshot, tryBothModes, upload } from '../../../../tests/helpers/upload.ts';
import type { ImportProblem } from '../../../contracts/imports.ts';
import type { PartyOrgDetail } from '../../../contracts/party-orgs.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import { defaultTermEnd } from '../../../contracts/registry-enums.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();

type Rec = Record<string, CellInput>;
const org = (code: string, kind: string, unitCode: string, parentCode: string | null, extra: Rec = {}): Rec => ({
  code,
  name: `${code}组织`,
  kind,
  unitCode,
  parentCode,
  ...extra,
});
const person = (employeeNo: string, partyStatus: string, extra: Rec = {}): Rec => ({
  employeeNo,
  name: `党员${employeeNo}`,
  gender: '男',
  unitCode: 'JN0201',
  cadreGrade: '中层管理人员',
  employmentStatus: '在职',
  partyStatus,
  ...(partyStatus === '非党员'
    ? {}
    : { partyRelation: '地方', externalOrgName: '某社区党委', joinedPartyOn: '2010-01-01' }),
  ...extra,
});

let ready = false;
/** Committee candidates: three members, one non-member, one member who left. */
async function setUp() {
  if (ready) return;
  const admin = await env.as('admin');
  const res = await upload(
    admin,
    'people',
    'commit',
    await fileOf('people', [
      person('TO01', '中共党员'),
      person('TO02', '中共党员'),
      person('TO03', '中共预备党员'),
      person('TO04', '非党员'),
      person('TO05', '中共党员', { employmentStatus: '离职', leftOn: '2024-01-01' }),
    ]),
  );
  expect(res.body.committed).toBe(true);
  ready = true;
}

async function orgsByCode(codes: string[]) {
  const rows = await env.database.db.select().from(partyOrgs).where(inArray(partyOrgs.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

async function sitting(orgId: number) {
  return env.database.db
    .select()
    .from(partyOrgCommittee)
    .where(and(eq(partyOrgCommittee.partyOrgId, orgId), isNull(partyOrgCommittee.endedOn)));
}

async function expectRefused(records: Rec[], problems: Partial<ImportProblem>[]) {
  await setUp();
  const admin = await env.as('admin');
  const r = await tryBothModes(admin, env.database, 'party_orgs', await fileOf('party_orgs', records));
  for (const report of [r.dryRun, r.commit]) {
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
    expect(report.problemCount).toBe(problems.length);
  }
  expect(r.after).toEqual(r.before);
}

describe('party orgs import', () => {
  it('inserts orgs under new parents, defaults the term end and seats the committee', async () => {
    await setUp();
    const admin = await env.as('admin');
    const file = await fileOf('party_orgs', [
      org('TZB1', '党支部', 'JN020101', 'TDW', {
        termStart: '2024-03-01',
        secretaryNo: 'TO01',
        deputyNo: 'TO02',
        memberNos: 'TO03',
      }),
      org('TDW', '党委', 'JN02', null, { termStart: '2023-01-10', termEnd: '2028-01-09', foundedOn: '2001-07-01' }),
    ]);
    const dry = await upload(admin, 'party_orgs', 'dry_run', file);
    expect(dry.body).toMatchObject({ inserted: 2, problems: [] });
    const res = await upload(admin, 'party_orgs', 'commit', file);
    expect(res.body).toMatchObject({ committed: true, inserted: 2, updated: 0, unchanged: 0 });
    const got = await orgsByCode(['TZB1', 'TDW']);
    const [unit] = await env.database.db.select().from(units).where(eq(units.code, 'JN020101'));
    expect(got.get('TZB1')).toMatchObject({
      kind: 'branch',
      unitId: unit!.id,
      parentId: got.get('TDW')!.id,
      termStart: '2024-03-01',
      termEnd: defaultTermEnd('branch', '2024-03-01'),
    });
    expect(got.get('TDW')).toMatchObject({ kind: 'committee', parentId: null, foundedOn: '2001-07-01' });
    const detail = await admin.get<PartyOrgDetail>(`/api/party-orgs/${got.get('TZB1')!.id}`);
    expect(detail.body.committee.map((s) => [s.person.employeeNo, s.role, s.startedOn])).toEqual(
      expect.arrayContaining([
        ['TO01', 'secretary', todayInChina()],
        ['TO02', 'deputy_secretary', todayInChina()],
        ['TO03', 'member', todayInChina()],
      ]),
    );
    expect(detail.body.committee).toHaveLength(3);

    const before = await snapshot(env.database);
    const again = await upload(admin, 'party_orgs', 'commit', file);
    expect(again.body).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 2 });
    expect({ ...(await snapshot(env.database)), audit_log: '' }).toEqual({ ...before, audit_log: '' });
  });

  it('makes the file the sitting committee: dropped seats end today, new seats start today', async () => {
    const admin = await env.as('admin');
    const before = await orgsByCode(['TZB1', 'TDW']);
    const seatsBefore = await sitting(before.get('TZB1')!.id);
    const res = await upload(
      admin,
      'party_orgs',
      'commit',
      await fileOf('party_orgs', [
        org('TZB1', '党支部', 'JN020101', 'TDW', {
          termStart: '2024-03-01',
          secretaryNo: 'TO02',
          deputyNo: '',
          memberNos: 'TO03，TO01',
        }),
        org('TDW', '党委', 'JN02', null, { termStart: '2023-01-10', termEnd: '2028-01-09', foundedOn: '2001-07-01' }),
        org('TZB2', '党支部', 'JN020102', 'TDW'),
      ]),
    );
    expect(res.body).toMatchObject({ committed: true, inserted: 1, updated: 1, unchanged: 1 });
    const after = await orgsByCode(['TZB1', 'TDW']);
    expect(after.get('TZB1')!.version).toBe(before.get('TZB1')!.version + 1);
    expect(after.get('TDW')!.version).toBe(before.get('TDW')!.version);
    const now = await sitting(before.get('TZB1')!.id);
    const nos = new Map(
      (await env.database.db.select({ id: people.id, no: people.employeeNo }).from(people)).map((p) => [p.id, p.no]),
    );
    expect(now.map((s) => [nos.get(s.personId), s.role]).sort()).toEqual([
      ['TO01', 'member'],
      ['TO02', 'secretary'],
      ['TO03', 'member'],
    ]);
    // The member seat of TO03 stays as it was; the others are new.
    const kept = seatsBefore.find((s) => s.role === 'member')!;
    expect(now.some((s) => s.id === kept.id)).toBe(true);
    const ended = await env.database.db
      .select()
      .from(partyOrgCommittee)
      .where(eq(partyOrgCommittee.endedOn, todayInChina()));
    expect(ended.map((s) => s.role).sort()).toEqual(['deputy_secretary', 'secretary']);
  });

  it('imports its own export unchanged', async () => {
    const admin = await env.as('admin');
    const [unit] = await env.database.db.select().from(units).where(eq(units.code, 'JN02'));
    const exported = await admin.get<Buffer>(`/api/party-orgs/export?unitId=${unit!.id}`);
    expect(exported.status).toBe(200);
    const res = await upload(admin, 'party_orgs', 'dry_run', exported.body);
    expect(res.body.problems).toEqual([]);
    expect(res.body.unchanged).toBe(res.body.rows);
  });
});

describe('party orgs import refusals (nothing written)', () => {
  it('unknown unit and parent codes, and a unit outside the scope', async () => {
    await expectRefused(
      [
        org('TZX1', '党支部', 'NOPE', null),
        org('TZX2', '党支部', 'JN0101', 'DW-NOPE'),
        org('TZX3', '党支部', 'XB0101', null),
      ],
      [
        { row: 2, column: 'D 所属机构编码', reason: 'unknown_ref' },
        { row: 3, column: 'E 上级党组织编码', reason: 'unknown_ref' },
        { row: 4, column: 'D 所属机构编码', reason: 'unknown_ref' },
      ],
    );
  });

  it('committee numbers: unknown, not a member, left, two secretaries, the same person twice', async () => {
    await expectRefused(
      [
        org('TZX1', '党支部', 'JN0101', null, { secretaryNo: 'NOBODY', memberNos: 'TO04,TO05' }),
        org('TZX2', '党支部', 'JN0101', null, { secretaryNo: 'TO01,TO02', memberNos: 'TO01' }),
      ],
      [
        {
          row: 2,
          column: 'J 书记工号',
          reason: 'unknown_ref',
          message: '「书记工号」“NOBODY”不存在或不在您的数据范围内',
        },
        {
          row: 2,
          column: 'L 委员工号（逗号分隔）',
          reason: 'not_active_member',
          message: '「委员工号（逗号分隔）」“TO04”不是在职党员，不能进入委员会',
        },
        { row: 2, column: 'L 委员工号（逗号分隔）', reason: 'not_active_member' },
        { row: 3, column: 'J 书记工号', reason: 'single_value' },
        { row: 3, column: 'L 委员工号（逗号分隔）', reason: 'duplicate_seat' },
      ],
    );
  });

  it('bad dates and a term ending before it starts', async () => {
    await expectRefused(
      [
        org('TZX1', '党支部', 'JN0101', null, { foundedOn: '2020-13-01' }),
        org('TZX2', '党支部', 'JN0101', null, { termStart: '2024-01-01', termEnd: '2023-01-01' }),
      ],
      [
        { row: 2, column: 'H 成立日期', reason: 'invalid_date' },
        { row: 3, column: 'G 本届任期结束', reason: 'before_start' },
      ],
    );
  });

  it('an unknown kind and a missing name', async () => {
    await expectRefused(
      [org('TZX1', '支部委员会', 'JN0101', null, { name: '' })],
      [
        { row: 2, column: 'B 党组织名称', reason: 'required' },
        {
          row: 2,
          column: 'C 组织类型',
          reason: 'invalid_enum',
          message: '「组织类型」“支部委员会”不是可选的值，可选：党委、党总支、党支部、党小组',
        },
      ],
    );
  });

  it('cycles in parent orgs, and a duplicate code', async () => {
    await expectRefused(
      [
        org('TDW', '党委', 'JN02', 'TZB1', { termStart: '2023-01-10', termEnd: '2028-01-09', foundedOn: '2001-07-01' }),
        org('TZX1', '党支部', 'JN0101', null),
        org('TZX1', '党支部', 'JN0102', null),
      ],
      [
        { row: 2, column: 'E 上级党组织编码', reason: 'cycle' },
        { row: 4, column: 'A 党组织编码', reason: 'duplicate_in_file' },
      ],
    );
  });
});
