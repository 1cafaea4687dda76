import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { addPerson } from '../../../../tests/helpers/pairings.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import type { ChecklistTemplateDetail } from '../../../contracts/checklists.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { rowsOf } from '../../db/sql.ts';

/** Assigning a template to units, changing their people, removing an assignment. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let templateId: number;
let inside: number;
let outsider: number;
let gone: number;
beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  templateId = (
    await seedChecklist(env, { unitCode: 'JN01', year: 2026, items: [{ title: '学习', weight: 100 }], assignTo: [] })
  ).templateId;
  const db = env.database.db;
  inside = await addPerson(db, { employeeNo: 'CK0001', name: '李监督', unitId: env.fixture.unit('JN01B02') });
  outsider = await addPerson(db, { employeeNo: 'CK0002', name: '外省人', unitId: env.fixture.outsideUnitId });
  gone = await addPerson(db, { employeeNo: 'CK0003', name: '已离职', unitId: env.fixture.unit('JN01B02') });
  await db.execute(sql`update people set employment_status = 'left' where id = ${gone}`);
});

const add = (units: object[]) =>
  admin.post<ChecklistTemplateDetail & ApiError>(`/api/checklist-templates/${templateId}/assignments`, { units });

describe('assignments', () => {
  it('adds units under the owner with their people; refuses a unit outside the owner, a duplicate, bad people', async () => {
    const res = await add([
      { unitId: env.fixture.unit('JN01B02'), supervisorPersonId: inside },
      { unitId: env.fixture.unit('JN010101') },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.assignments.map((a) => [a.unit.id, a.supervisor?.name ?? null, a.hasData])).toEqual(
      expect.arrayContaining([
        [env.fixture.unit('JN01B02'), '李监督', false],
        [env.fixture.unit('JN010101'), null, false],
      ]),
    );
    const before = await countRows(env, 'checklist_assignments');
    const dup = await add([{ unitId: env.fixture.unit('JN01B02') }]);
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);
    const above = await add([{ unitId: env.fixture.unit('JN02') }]);
    expect([above.status, fieldsOf(above.body)[0]!.field]).toEqual([400, 'units.0.unitId']);
    const foreign = await add([{ unitId: env.fixture.outsideUnitId }]);
    expect([foreign.status, fieldsOf(foreign.body)[0]!.reason]).toEqual([400, 'out_of_reach']);
    const far = await add([{ unitId: env.fixture.unit('JN010102'), counselorPersonId: outsider }]);
    expect(fieldsOf(far.body)[0]!.field).toBe('units.0.counselorPersonId');
    const left = await add([{ unitId: env.fixture.unit('JN010102'), counselorPersonId: gone }]);
    expect(fieldsOf(left.body)[0]).toMatchObject({ field: 'units.0.counselorPersonId', reason: 'inactive' });
    expect(await countRows(env, 'checklist_assignments')).toBe(before);
    // Not a manager: 403.
    const denied = await counselor.post(`/api/checklist-templates/${templateId}/assignments`, {
      units: [{ unitId: env.fixture.unit('JN010102') }],
    });
    expect(denied.status).toBe(403);
  });

  it('changes the people with the version; removes an assignment unless it has data', async () => {
    const t = (await admin.get<ChecklistTemplateDetail>(`/api/checklist-templates/${templateId}`)).body;
    const a = t.assignments.find((x) => x.unit.id === env.fixture.unit('JN010101'))!;
    const ok = await admin.patch(`/api/checklist-assignments/${a.id}`, {
      supervisorPersonId: inside,
      counselorPersonId: null,
      version: a.version,
    });
    expect(ok.status).toBe(200);
    const stale = await admin.patch<ApiError>(`/api/checklist-assignments/${a.id}`, {
      supervisorPersonId: null,
      counselorPersonId: null,
      version: a.version,
    });
    expect(stale.body.code).toBe('STALE_VERSION');
    const b = t.assignments.find((x) => x.unit.id === env.fixture.unit('JN01B02'))!;
    await env.database.db.execute(
      sql`insert into checklist_monthly_reports (assignment_id, month, party_work, submitted_by)
          values (${b.id}, '2026-03', '学习', ${env.fixture.account('admin')})`,
    );
    const refused = await admin.request<ApiError>('DELETE', `/api/checklist-assignments/${b.id}?version=${b.version}`);
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    const after = (await admin.get<ChecklistTemplateDetail>(`/api/checklist-templates/${templateId}`)).body;
    expect(after.assignments.find((x) => x.id === b.id)?.hasData).toBe(true);
    const del = await admin.request('DELETE', `/api/checklist-assignments/${a.id}?version=${a.version + 1}`);
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    const left = rowsOf<{ n: number }>(
      await env.database.db.execute(
        sql`select count(*)::int as n from checklist_assignments where template_id = ${templateId}`,
      ),
    );
    expect(left[0]!.n).toBe(1);
  });
});
