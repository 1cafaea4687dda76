import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { addPerson } from '../../../../tests/helpers/pairings.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import type {
  InspectionDetail,
  InspectionSummary,
  MonthlyReport,
  MonthlyReportList,
  Rectification,
  Register,
  UnitMonths,
} from '../../../contracts/checklist-register.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { DEFAULT_RECORD_SETTINGS } from '../../../contracts/records.ts';
import { localDate } from '../compliance/periods.ts';

/**
 * 一月一汇报 and 一季一检查: a checklist of JN01 assigned to three outlets; reports, the
 * supervisor's comment and the missing count; inspections, their findings and rectifications.
 */
const env = fileTestEnv();
const today = localDate(new Date(), DEFAULT_RECORD_SETTINGS.timeZone);
const year = Number(today.slice(0, 4));
const month = today.slice(0, 7);
const A = 'JN010101';
const B = 'JN010102';
const C = 'JN010103';
let admin: Client;
let secretary: Client;
let supervisor: Client;
let leader: Client;
let c: Awaited<ReturnType<typeof seedChecklist>>;
let outside: Awaited<ReturnType<typeof seedChecklist>>;
let owner: number;
let ownerOut: number;
const aid = (code: string) => c.assignmentIds.get(code)!;
const report = (over: Record<string, unknown> = {}) => ({
  assignmentId: aid(A),
  month,
  partyWork: '开展主题党日',
  ...over,
});

beforeAll(async () => {
  c = await seedChecklist(env, {
    unitCode: 'JN01',
    year,
    items: [
      { title: '讲党课', weight: 5 },
      { title: '主题党日', weight: 5, cadence: 'monthly' },
      { title: '谈心谈话', weight: 5 },
    ],
    assignTo: [A, B, C],
  });
  outside = await seedChecklist(env, {
    unitCode: 'XB01',
    year,
    items: [{ title: '外省', weight: 1 }],
    assignTo: ['XB0101'],
  });
  owner = await addPerson(env.database.db, { employeeNo: 'CLR-OWNER', name: '整改人', unitId: env.fixture.unit(A) });
  ownerOut = await addPerson(env.database.db, {
    employeeNo: 'CLR-OUT',
    name: '外省人',
    unitId: env.fixture.unit('XB0101'),
  });
  [admin, secretary, supervisor, leader] = await Promise.all([
    env.as('admin'),
    env.as('secretary'),
    env.as('supervisor'),
    env.as('leader'),
  ]);
});

describe('monthly reports', () => {
  let created: MonthlyReport;
  it('creates a report, counts the units still missing and lists them in scope', async () => {
    const before = await admin.get<MonthlyReportList>(
      `/api/checklist-monthly-reports?templateId=${c.templateId}&month=${month}`,
    );
    expect([before.status, before.body.rows.length, before.body.missing]).toEqual([200, 3, 3]);
    const res = await secretary.put<MonthlyReport>('/api/checklist-monthly-reports', report());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    created = res.body;
    expect(created).toMatchObject({ month, partyWork: '开展主题党日', comment: null, version: 1 });
    const after = await admin.get<MonthlyReportList>(
      `/api/checklist-monthly-reports?templateId=${c.templateId}&month=${month}`,
    );
    expect(after.body.missing).toBe(2);
    expect(after.body.rows.find((r) => r.assignment.id === aid(A))?.report?.id).toBe(created.id);
    // The secretary sees only the outlet.
    const own = await secretary.get<MonthlyReportList>(
      `/api/checklist-monthly-reports?templateId=${c.templateId}&month=${month}`,
    );
    expect([own.body.rows.length, own.body.missing]).toEqual([1, 0]);
    expect(
      (await admin.get(`/api/checklist-monthly-reports?templateId=${outside.templateId}&month=${month}`)).status,
    ).toBe(404);
  });

  it('lists one unit year: submitted, missing up to this month, future after it', async () => {
    const res = await admin.get<UnitMonths>(`/api/checklist-assignments/${aid(A)}/monthly-reports`);
    expect(res.status).toBe(200);
    const current = Number(month.slice(5));
    const states = res.body.months.map((m) => m.state);
    expect(states.filter((s) => s === 'submitted')).toHaveLength(1);
    expect(states.filter((s) => s === 'missing')).toHaveLength(current - 1);
    expect(states.filter((s) => s === 'future')).toHaveLength(12 - current);
    expect((await secretary.get(`/api/checklist-assignments/${aid(B)}/monthly-reports`)).status).toBe(404);
  });

  it('updates by version, refuses a stale one and a second create', async () => {
    const again = await secretary.put<ApiError>('/api/checklist-monthly-reports', report({ partyWork: '重复' }));
    expect(again.status).toBe(409);
    const stale = await secretary.put<ApiError>('/api/checklist-monthly-reports', report({ version: 7 }));
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    const ok = await secretary.put<MonthlyReport>(
      '/api/checklist-monthly-reports',
      report({ partyWork: '修改后', problems: '学习不够深入', version: created.version }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: created.id, partyWork: '修改后', problems: '学习不够深入', version: 2 });
    created = ok.body;
  });

  it('refuses a month outside the year or after this month; nothing is written', async () => {
    const before = await countRows(env, 'checklist_monthly_reports');
    const next = new Date(Date.UTC(year, Number(month.slice(5)), 1)).toISOString().slice(0, 7);
    for (const m of [`${year - 1}-12`, next]) {
      const res = await secretary.put<ApiError>('/api/checklist-monthly-reports', report({ month: m }));
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)[0]!.field).toBe('month');
    }
    const out = await admin.put<ApiError>(
      '/api/checklist-monthly-reports',
      report({ assignmentId: outside.assignmentIds.get('XB0101') }),
    );
    expect(fieldsOf(out.body)[0]).toMatchObject({ field: 'assignmentId', reason: 'out_of_reach' });
    expect(await countRows(env, 'checklist_monthly_reports')).toBe(before);
  });

  it('takes the supervisor comment, then refuses edits of the report', async () => {
    expect(
      (await secretary.post(`/api/checklist-monthly-reports/${created.id}/comment`, { comment: 'x', version: 2 }))
        .status,
    ).toBe(403);
    const stale = await leader.post<ApiError>(`/api/checklist-monthly-reports/${created.id}/comment`, {
      comment: '好',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const res = await supervisor.post<MonthlyReport>(`/api/checklist-monthly-reports/${created.id}/comment`, {
      comment: '工作扎实，继续保持',
      version: created.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      comment: '工作扎实，继续保持',
      commentedBy: { id: env.fixture.account('supervisor') },
    });
    const edit = await secretary.put<ApiError>('/api/checklist-monthly-reports', report({ version: res.body.version }));
    expect([edit.status, edit.body.code]).toEqual([409, 'CONFLICT']);
  });
});

describe('quarterly inspections and rectifications', () => {
  const quarter = Math.floor((Number(month.slice(5)) - 1) / 3) + 1;
  const due = `${year}-12-31`;
  let inspection: InspectionDetail;
  const inspect = (over: Record<string, unknown> = {}) => ({
    assignmentId: aid(A),
    quarter,
    inspectedOn: today,
    inspectors: '党委检查组',
    findings: [
      { itemId: c.itemIds[0], finding: 'done' },
      { itemId: c.itemIds[1], finding: 'partly', note: '缺两次', rectifyOwnerPersonId: owner, rectifyDue: due },
      { itemId: c.itemIds[2], finding: 'not_done', rectifyOwnerPersonId: owner, rectifyDue: today },
    ],
    ...over,
  });

  it('refuses bad findings, and nothing is written', async () => {
    const before = [await countRows(env, 'checklist_inspections'), await countRows(env, 'checklist_findings')];
    const bad: [Record<string, unknown>, string, string][] = [
      [
        { findings: [{ itemId: c.itemIds[0], finding: 'done', rectifyOwnerPersonId: owner, rectifyDue: due }] },
        'findings.0.rectifyOwnerPersonId',
        'not_allowed',
      ],
      [
        { findings: [{ itemId: c.itemIds[1], finding: 'partly', rectifyOwnerPersonId: ownerOut, rectifyDue: due }] },
        'findings.0.rectifyOwnerPersonId',
        'out_of_reach',
      ],
      [
        {
          findings: [
            { itemId: c.itemIds[1], finding: 'partly', rectifyOwnerPersonId: owner, rectifyDue: `${year - 1}-01-01` },
          ],
        },
        'findings.0.rectifyDue',
        'before_inspection',
      ],
      [
        { findings: [{ itemId: c.itemIds[1], finding: 'partly', rectifyDue: due }] },
        'findings.0.rectifyOwnerPersonId',
        'required',
      ],
      [
        {
          findings: [
            { itemId: c.itemIds[0], finding: 'done' },
            { itemId: c.itemIds[0], finding: 'partly' },
          ],
        },
        'findings.1.itemId',
        'duplicate',
      ],
      [{ findings: [{ itemId: outside.itemIds[0], finding: 'done' }] }, 'findings.0.itemId', 'out_of_reach'],
      [{ inspectedOn: `${year - 1}-12-01` }, 'inspectedOn', 'out_of_year'],
      [{ assignmentId: outside.assignmentIds.get('XB0101') }, 'assignmentId', 'out_of_reach'],
    ];
    for (const [over, field, reason] of bad) {
      const res = await supervisor.post<ApiError>('/api/checklist-inspections', inspect(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(fieldsOf(res.body)[0]).toMatchObject({ field, reason });
    }
    expect((await secretary.post('/api/checklist-inspections', inspect())).status).toBe(403);
    expect([await countRows(env, 'checklist_inspections'), await countRows(env, 'checklist_findings')]).toEqual(before);
  });

  it('records an inspection with its findings; a second for the quarter is a duplicate', async () => {
    const res = await supervisor.post<InspectionDetail>('/api/checklist-inspections', inspect());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    inspection = res.body;
    expect(inspection).toMatchObject({ quarter, counts: { done: 1, partly: 1, notDone: 1 }, openRectifications: 2 });
    expect(inspection.findings.map((f) => [f.item.id, f.finding, f.rectifyOwner?.id ?? null])).toEqual([
      [c.itemIds[0], 'done', null],
      [c.itemIds[1], 'partly', owner],
      [c.itemIds[2], 'not_done', owner],
    ]);
    const dup = await admin.post<ApiError>(
      '/api/checklist-inspections',
      inspect({ findings: [{ itemId: c.itemIds[0], finding: 'done' }] }),
    );
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);
    const list = await admin.get<InspectionSummary[]>(`/api/checklist-inspections?templateId=${c.templateId}`);
    expect(list.body.map((i) => i.id)).toEqual([inspection.id]);
    expect((await secretary.get(`/api/checklist-inspections/${inspection.id}`)).status).toBe(200);
    // The register shows the finding.
    const reg = await secretary.get<Register>(`/api/checklist-assignments/${aid(A)}/items/${c.itemIds[1]}/register`);
    expect(reg.body.findings).toEqual([
      expect.objectContaining({ inspectionId: inspection.id, quarter, finding: 'partly', note: '缺两次' }),
    ]);
  });

  it('hides an inspection out of scope', async () => {
    const outB = await admin.post<InspectionDetail>(
      '/api/checklist-inspections',
      inspect({ assignmentId: aid(B), findings: [{ itemId: c.itemIds[0], finding: 'done' }] }),
    );
    expect(outB.status).toBe(201);
    expect((await secretary.get(`/api/checklist-inspections/${outB.body.id}`)).status).toBe(404);
    const mine = await secretary.get<InspectionSummary[]>(`/api/checklist-inspections?templateId=${c.templateId}`);
    expect(mine.body.map((i) => i.id)).toEqual([inspection.id]);
  });

  it('lists open rectifications with the overdue flag, closes one once', async () => {
    // One due yesterday: overdue.
    const [, partly, notDone] = inspection.findings;
    await env.database.db.execute(
      sql`update checklist_findings set rectify_due = ${`${year}-01-01`} where id = ${notDone!.id}`,
    );
    const open = await admin.get<Rectification[]>(`/api/checklist-rectifications?templateId=${c.templateId}&open=true`);
    expect(open.status).toBe(200);
    const flags = new Map(open.body.map((r) => [r.id, r.overdue]));
    expect(flags).toEqual(
      new Map([
        [notDone!.id, today > `${year}-01-01`],
        [partly!.id, false],
      ]),
    );

    const stale = await secretary.post<ApiError>(`/api/checklist-findings/${partly!.id}/rectified`, {
      rectifiedOn: today,
      rectifiedNote: '已补开',
      version: 9,
    });
    expect(stale.status).toBe(409);
    const closed = await secretary.post<Rectification>(`/api/checklist-findings/${partly!.id}/rectified`, {
      rectifiedOn: today,
      rectifiedNote: '已补开',
      version: partly!.version,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ rectifiedOn: today, rectifiedNote: '已补开', overdue: false });
    const again = await secretary.post<ApiError>(`/api/checklist-findings/${partly!.id}/rectified`, {
      rectifiedOn: today,
      rectifiedNote: '再次',
      version: closed.body.version,
    });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    const closedList = await admin.get<Rectification[]>(
      `/api/checklist-rectifications?templateId=${c.templateId}&open=false`,
    );
    expect(closedList.body.map((r) => r.id)).toEqual([partly!.id]);
    const detail = await admin.get<InspectionDetail>(`/api/checklist-inspections/${inspection.id}`);
    expect(detail.body.openRectifications).toBe(1);
    // A done finding carries no rectification to close.
    const none = await admin.post<ApiError>(`/api/checklist-findings/${inspection.findings[0]!.id}/rectified`, {
      rectifiedOn: today,
      rectifiedNote: 'x',
      version: 1,
    });
    expect(none.status).toBe(409);
  });
});
