import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { createPartyOrg, createPerson } from '../../../../tests/helpers/registry.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Person, PersonDetail } from '../../../contracts/people.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { people, personTransfers } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';

const env = fileTestEnv();
const ID = '110101199003074514';
const PHONE = '13800001234';

const auditRows = (action: string) => env.database.db.select().from(auditLog).where(eq(auditLog.action, action));
const fieldsOf = (e: ApiError) => (e.details as { fields: { field: string; reason: string }[] }).fields;

describe('sensitive fields', () => {
  it('are stored encrypted, masked in every answer, and shown in full only on request to whoever may see them — audited', async () => {
    const admin = await env.as('admin');
    const p = await createPerson(admin, { unitId: env.fixture.unit('JN010101'), phone: PHONE, idNumber: ID });
    expect(p.phone).toBe('138****1234');
    expect(p.idNumber).toBe('1101**********4514');
    const [row] = await env.database.db.select().from(people).where(eq(people.id, p.id));
    expect(row!.idNumberEnc).not.toContain(ID);
    expect(row!.phoneEnc).not.toContain(PHONE);

    const masked = await admin.get<PersonDetail>(`/api/people/${p.id}`);
    expect(masked.body.idNumber).toBe('1101**********4514');
    const revealed = await admin.get<PersonDetail>(`/api/people/${p.id}?reveal=true`);
    expect(revealed.body).toMatchObject({ idNumber: ID, phone: PHONE, revealed: true });
    const views = await auditRows('person.sensitive_view');
    expect(views.some((v) => v.targetId === String(p.id) && v.actorUsername === 'admin')).toBe(true);

    const list = await admin.get<{ items: Person[] }>(`/api/people?q=${p.employeeNo}&reveal=true`);
    expect(list.body.items.map((i) => i.idNumber)).toEqual([ID]);

    const leader = await env.as('leader');
    const refused = await leader.get<ApiError>(`/api/people/${p.id}?reveal=true`);
    expect(refused.status).toBe(403);
    const plain = await leader.get<PersonDetail>(`/api/people/${p.id}`);
    expect(plain.body.phone).toBe('138****1234');
  });

  it('exports the filtered list masked, in full only with reveal, and audits each export', async () => {
    const admin = await env.as('admin');
    const p = await createPerson(admin, {
      unitId: env.fixture.unit('JN010102'),
      phone: '13911112222',
      idNumber: ID,
      name: '导出测试',
    });
    const read = async (url: string) => {
      const res = await admin.get<Buffer>(url);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('人员')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      const row = rows.find((r) => r?.[1] === p.employeeNo)!;
      return { headers, get: (h: string) => row[headers.indexOf(h) + 1] };
    };
    const masked = await read(`/api/people/export?q=${p.employeeNo}`);
    expect(masked.get('手机号')).toBe('139****2222');
    expect(masked.get('身份证号')).toBe('1101**********4514');
    expect(masked.get('政治面貌')).toBe('非党员');
    const full = await read(`/api/people/export?q=${p.employeeNo}&reveal=true`);
    expect(full.get('身份证号')).toBe(ID);
    const exports = await auditRows('person.export');
    expect(exports.filter((e) => (e.diff as { filters: { q?: string } }).filters.q === p.employeeNo)).toHaveLength(2);
  });
});

describe('validation', () => {
  it('refuses a bad ID checksum, an inconsistent party record and a taken employee number, writing nothing', async () => {
    const admin = await env.as('admin');
    const before = (await env.database.db.select().from(people)).length;
    const bad = await admin.post<ApiError>('/api/people', {
      employeeNo: 'BAD1',
      name: '错误',
      gender: 'male',
      unitId: env.fixture.unit('JN010101'),
      cadreGrade: 'staff',
      employmentStatus: 'active',
      partyStatus: 'full',
      partyRelation: 'outside',
      idNumber: '110101199003074513',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).map((f) => f.reason)).toEqual(['id_number_checksum']);
    const rules = await admin.post<ApiError>('/api/people', {
      employeeNo: 'BAD2',
      name: '错误',
      gender: 'male',
      unitId: env.fixture.unit('JN010101'),
      cadreGrade: 'staff',
      employmentStatus: 'active',
      partyStatus: 'full',
      partyRelation: 'outside',
    });
    expect(fieldsOf(rules.body)).toEqual([
      expect.objectContaining({ field: 'externalOrgName', reason: 'required_when_outside' }),
    ]);
    expect(rules.body.message).toContain('地方党组织名称');
    const first = await createPerson(admin, { unitId: env.fixture.unit('JN010101') });
    const dup = await admin.post<ApiError>('/api/people', {
      employeeNo: first.employeeNo,
      name: '重复',
      gender: 'male',
      unitId: env.fixture.unit('JN010101'),
      cadreGrade: 'staff',
      employmentStatus: 'active',
      partyStatus: 'none',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('DUPLICATE');
    expect((await env.database.db.select().from(people)).length).toBe(before + 1);
  });

  it('answers 404 for a unit outside the scope and writes nothing', async () => {
    const admin = await env.as('admin');
    const res = await admin.post<ApiError>('/api/people', {
      employeeNo: 'OUT1',
      name: '越界',
      gender: 'male',
      unitId: env.fixture.outsideUnitId,
      cadreGrade: 'staff',
      employmentStatus: 'active',
      partyStatus: 'none',
    });
    expect(res.status).toBe(404);
    expect(await env.database.db.select().from(people).where(eq(people.employeeNo, 'OUT1'))).toHaveLength(0);
  });
});

describe('changes', () => {
  it('keeps phone and ID when omitted on update, and refuses a stale version', async () => {
    const admin = await env.as('admin');
    const p = await createPerson(admin, { unitId: env.fixture.unit('JN010101'), phone: PHONE });
    const body = {
      name: '改名后',
      gender: p.gender,
      cadreGrade: 'mid',
      employmentStatus: 'active',
      partyStatus: 'none',
      version: p.version,
    };
    const ok = await admin.put<Person>(`/api/people/${p.id}`, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      name: '改名后',
      midLevelOrAbove: true,
      phone: '138****1234',
      version: p.version + 1,
    });
    const stale = await admin.put<ApiError>(`/api/people/${p.id}`, { ...body, name: '覆盖' });
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('transfers between units and party orgs with history, keeping the path copy right', async () => {
    const admin = await env.as('admin');
    const org = await createPartyOrg(admin, { code: 'T-ORG-1', unitId: env.fixture.unit('JN010101') });
    const p = await createPerson(admin, {
      unitId: env.fixture.unit('JN010101'),
      partyStatus: 'full',
      partyRelation: 'inside',
      partyOrgId: org.id,
    });
    const moved = await admin.post<Person>(`/api/people/${p.id}/transfer`, {
      kind: 'unit',
      toId: env.fixture.unit('JN020101'),
      effectiveOn: '2026-10-01',
      version: p.version,
    });
    expect(moved.status).toBe(200);
    const [row] = await env.database.db.select().from(people).where(eq(people.id, p.id));
    const [unit] = await env.database.db
      .select()
      .from(units)
      .where(eq(units.id, env.fixture.unit('JN020101')));
    expect(row!.unitPath).toBe(unit!.path);
    const out = await admin.post<ApiError>(`/api/people/${p.id}/transfer`, {
      kind: 'party_org',
      toId: null,
      effectiveOn: '2026-10-02',
      version: moved.body.version,
    });
    expect(fieldsOf(out.body)[0]!.field).toBe('externalOrgName');
    const left = await admin.post<Person>(`/api/people/${p.id}/transfer`, {
      kind: 'party_org',
      toId: null,
      effectiveOn: '2026-10-02',
      externalOrgName: '云阳市解放路社区党委',
      version: moved.body.version,
    });
    expect(left.body).toMatchObject({
      partyOrg: null,
      partyRelation: 'outside',
      externalOrgName: '云阳市解放路社区党委',
    });
    const history = await admin.get<PersonDetail>(`/api/people/${p.id}`);
    expect(history.body.transfers.map((t) => [t.kind, t.from?.id ?? null, t.to?.id ?? null])).toEqual([
      ['party_org', org.id, null],
      ['unit', env.fixture.unit('JN010101'), env.fixture.unit('JN020101')],
    ]);
    const rows = await env.database.db.select().from(personTransfers).where(eq(personTransfers.personId, p.id));
    expect(rows).toHaveLength(2);
  });
});

describe('the list', () => {
  it('filters by subtree, party status, relation and text, cut to the caller scope', async () => {
    const admin = await env.as('admin');
    const tag = `筛选${Date.now() % 100000}`;
    const a = await createPerson(admin, {
      unitId: env.fixture.unit('JN010101'),
      name: `${tag}甲`,
      partyStatus: 'full',
      partyRelation: 'outside',
      externalOrgName: '某社区党委',
    });
    const b = await createPerson(admin, {
      unitId: env.fixture.unit('JN020101'),
      name: `${tag}乙`,
      partyStatus: 'probationary',
      partyRelation: 'outside',
      externalOrgName: '某社区党委',
    });
    await createPerson(admin, { unitId: env.fixture.unit('JN020101'), name: `${tag}丙` });
    const ids = async (c: typeof admin, qs: string) =>
      (await c.get<{ items: Person[] }>(`/api/people?q=${encodeURIComponent(tag)}&${qs}`)).body.items
        .map((p) => p.id)
        .sort();
    expect(await ids(admin, 'partyStatus=member&partyRelation=outside')).toEqual([a.id, b.id].sort());
    expect(await ids(admin, 'partyStatus=probationary')).toEqual([b.id]);
    expect(await ids(admin, `unitId=${env.fixture.unit('JN02')}&partyStatus=member`)).toEqual([b.id]);
    const counselor = await env.as('counselor');
    expect(await ids(counselor, 'partyStatus=member')).toEqual([a.id]);
    const hidden = await counselor.get<ApiError>(`/api/people/${b.id}`);
    expect(hidden.status).toBe(404);
    const byNumber = await admin.get<{ items: Person[] }>(`/api/people?q=${a.employeeNo.slice(0, -1)}`);
    expect(byNumber.body.items.map((p) => p.id)).toContain(a.id);
  });

  it('counts its total exactly below the cap', async () => {
    const admin = await env.as('admin');
    const res = await admin.get<{ total: number; totalCapped: boolean }>(
      `/api/people?unitId=${env.fixture.unit('JN01')}&employmentStatus=all`,
    );
    const [n] = await env.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .where(and(sql`${units.path} like ${`%/${env.fixture.unit('JN01')}/%`}`));
    expect(res.body).toMatchObject({ total: n!.n, totalCapped: false });
  });
});

describe('joining the party', () => {
  it('sets the party org in the same edit and records it as a party-org transfer', async () => {
    const admin = await env.as('admin');
    const org = await createPartyOrg(admin, { code: 'T-JOIN', unitId: env.fixture.unit('JN010101') });
    const p = await createPerson(admin, { unitId: env.fixture.unit('JN010101') });
    const body = {
      name: p.name,
      gender: p.gender,
      cadreGrade: 'staff',
      employmentStatus: 'active',
      partyStatus: 'probationary',
      joinedPartyOn: '2026-07-01',
      partyRelation: 'inside',
      version: p.version,
    };
    const missing = await admin.put<ApiError>(`/api/people/${p.id}`, body);
    expect(fieldsOf(missing.body).map((f) => f.field)).toEqual(['partyOrgId']);
    const joined = await admin.put<Person>(`/api/people/${p.id}`, { ...body, partyOrgId: org.id });
    expect(joined.body).toMatchObject({ partyStatus: 'probationary', partyOrg: { id: org.id } });
    const transfers = await env.database.db.select().from(personTransfers).where(eq(personTransfers.personId, p.id));
    expect(transfers).toMatchObject([{ kind: 'party_org', fromId: null, toId: org.id }]);
  });
});
