import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import { presetForYear, SEED_001_NAME, SEED_001_TEMPLATE } from '../../../contracts/checklist-presets.ts';
import type {
  ChecklistTemplateDetail,
  CreateTemplateBody,
  TemplateImportResult,
} from '../../../contracts/checklists.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { rowsOf } from '../../db/sql.ts';

/** Templates through the real API: create and its refusals, update keeping item ids, copy, xlsx. */
const env = fileTestEnv();
let admin: Client;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const body = (over: Partial<CreateTemplateBody> = {}): CreateTemplateBody => ({
  unitId: env.fixture.unit('JN'),
  year: 2026,
  name: `清单${Math.random().toString(36).slice(2, 8)}`,
  partialCreditPct: 50,
  checklistWeightPct: 60,
  appraisalWeightPct: 20,
  dutyReportWeightPct: 20,
  areas: [
    {
      title: '政治理论学习',
      items: [
        {
          title: '专家课程不少于150学时',
          responsibleRole: 'counselor',
          cadence: 'yearly',
          weight: 6,
          targetValue: 150,
          targetUnit: 'hours',
          measure: 'manual',
        },
        { title: '集中学习', responsibleRole: 'committee', deadline: '2026-06-30', weight: 4 },
      ],
    },
    {
      title: '党员管理教育',
      items: [
        {
          title: '书记讲党课不少于5次',
          responsibleRole: 'secretary',
          cadence: 'yearly',
          weight: 3.5,
          targetValue: 5,
          targetUnit: 'times',
          measure: 'record_count',
          measureKind: 'party_lecture',
        },
      ],
    },
  ],
  ...over,
});

const tables = ['checklist_templates', 'checklist_areas', 'checklist_items'];
const counts = async () => Promise.all(tables.map((t) => countRows(env, t)));
const create = (b: CreateTemplateBody) => admin.post<ChecklistTemplateDetail & ApiError>('/api/checklist-templates', b);

beforeAll(async () => {
  admin = await env.as('admin');
});

describe('creating a template', () => {
  it('creates header, areas and items with ordinals 1..n across the template', async () => {
    const b = body();
    const res = await create(b);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ year: 2026, name: b.name, checklistWeightPct: 60, version: 1, totalWeight: 13.5 });
    // The led projects' weight defaults to 0, so 60/20/20 still adds up to 100.
    expect(res.body.projectWeightPct).toBe(0);
    expect(res.body.areas.map((a) => a.title)).toEqual(['政治理论学习', '党员管理教育']);
    expect(res.body.areas.flatMap((a) => a.items.map((i) => i.ordinal))).toEqual([1, 2, 3]);
    expect(res.body.areas[1]!.items[0]).toMatchObject({
      measure: 'record_count',
      measureKind: 'party_lecture',
      weight: 3.5,
    });
    expect(res.body.areas[0]!.items[1]).toMatchObject({ deadline: '2026-06-30', cadence: null, measure: 'manual' });
  });

  it('creates the seed-001 preset: 30 items, 100 points', async () => {
    const res = await create({
      ...presetForYear(SEED_001_TEMPLATE, 2027),
      unitId: env.fixture.unit('JN'),
      year: 2027,
      name: SEED_001_NAME,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.areas.flatMap((a) => a.items)).toHaveLength(30);
    expect(res.body.totalWeight).toBe(100);
    expect(res.body).toMatchObject({ checklistWeightPct: 60, appraisalWeightPct: 20, dutyReportWeightPct: 20 });
    expect(res.body.projectWeightPct).toBe(0);
  });

  it('refuses broken rules naming the field, and changes nothing', async () => {
    const before = await counts();
    const item0 = (over: object) => {
      const b = body();
      Object.assign(b.areas[0]!.items[0]!, over);
      return b;
    };
    const cases: [CreateTemplateBody, string][] = [
      [body({ appraisalWeightPct: 30 }), 'checklistWeightPct'],
      [body({ projectWeightPct: 10 }), 'checklistWeightPct'],
      [item0({ deadline: '2026-05-01' }), 'areas.0.items.0.deadline'],
      [item0({ cadence: null }), 'areas.0.items.0.deadline'],
      [item0({ cadence: null, deadline: '2025-12-31' }), 'areas.0.items.0.deadline'],
      [item0({ targetUnit: null }), 'areas.0.items.0.targetUnit'],
      [item0({ measure: 'record_count' }), 'areas.0.items.0.measureKind'],
      [item0({ targetValue: null, targetUnit: null, measure: 'record_count' }), 'areas.0.items.0.measure'],
      [item0({ weight: 0 }), 'areas.0.items.0.weight'],
      [body({ unitId: env.fixture.outsideUnitId }), 'unitId'],
    ];
    for (const [b, field] of cases) {
      const res = await create(b);
      expect(res.status, field).toBe(400);
      expect(fieldsOf(res.body).map((f) => f.field)).toContain(field);
    }
    const many = body();
    many.areas[0]!.items = Array.from({ length: 201 }, (_, i) => ({
      title: `任务${i}`,
      responsibleRole: 'counselor' as const,
      cadence: 'yearly' as const,
      weight: 0.5,
    }));
    expect((await create(many)).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('a second template of the same unit, year and name is a duplicate', async () => {
    const b = body();
    expect((await create(b)).status).toBe(201);
    const before = await counts();
    const again = await create(b);
    expect([again.status, again.body.code]).toEqual([409, 'DUPLICATE']);
    expect(fieldsOf(again.body).map((f) => f.field)).toEqual(['name']);
    expect(await counts()).toEqual(before);
  });
});

describe('updating a template', () => {
  it('keeps the identity of items sent with their id, renumbers, and refuses removing an item with entries', async () => {
    const t = (await create({ ...body(), unitId: env.fixture.unit('JN') })).body;
    const [a, b] = t.areas[0]!.items;
    const c = t.areas[1]!.items[0]!;
    const [assignment] = rowsOf<{ id: number }>(
      await env.database.db.execute(
        sql`insert into checklist_assignments (template_id, unit_id) values (${t.id}, ${env.fixture.unit('JN01B02')}) returning id`,
      ),
    );
    await env.database.db.execute(
      sql`insert into checklist_entries (assignment_id, item_id, completed_on, evidence, registered_by)
          values (${Number(assignment!.id)}, ${a!.id}, '2026-03-01', '已学习', ${env.fixture.account('admin')})`,
    );
    // Move c first, drop b (no entries), edit a, add a new one.
    const put = {
      name: `${t.name}（修订）`,
      partialCreditPct: 40,
      checklistWeightPct: 60,
      appraisalWeightPct: 15,
      dutyReportWeightPct: 15,
      projectWeightPct: 10,
      version: t.version,
      areas: [
        { title: '党员管理教育', items: [{ ...strip(c) }] },
        {
          title: '学习',
          items: [
            { ...strip(a!), weight: 8 },
            { title: '新任务', responsibleRole: 'supervisor', cadence: 'monthly', weight: 2 },
          ],
        },
      ],
    };
    const res = await admin.put<ChecklistTemplateDetail>(`/api/checklist-templates/${t.id}`, put);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.areas.flatMap((x) => x.items);
    expect(items.map((i) => [i.id, i.ordinal])).toEqual([
      [c.id, 1],
      [a!.id, 2],
      [items[2]!.id, 3],
    ]);
    expect(items.map((i) => i.id)).not.toContain(b!.id);
    expect(res.body).toMatchObject({
      version: 2,
      partialCreditPct: 40,
      checklistWeightPct: 60,
      projectWeightPct: 10,
      totalWeight: 13.5,
    });

    // Now removing a (it has an entry) is refused by name; nothing changes.
    const before = await counts();
    const refused = await admin.put<ApiError>(`/api/checklist-templates/${t.id}`, {
      ...put,
      version: 2,
      areas: [{ title: '党员管理教育', items: [strip(c)] }],
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    expect(refused.body.message).toContain(a!.title);
    expect(await counts()).toEqual(before);
    const stale = await admin.put<ApiError>(`/api/checklist-templates/${t.id}`, { ...put, version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
  });
});

const strip = (i: ChecklistTemplateDetail['areas'][number]['items'][number]) => {
  const { areaId: _a, ordinal: _o, ...rest } = i;
  return rest;
};

describe('copying a year', () => {
  it('copies areas, items (deadlines moved, 02-29 → 02-28) and, if asked, assignments', async () => {
    const b = body({ year: 2028 });
    b.areas[0]!.items[1]!.deadline = '2028-02-29';
    const src = (await create(b)).body;
    await env.database.db.execute(
      sql`insert into checklist_assignments (template_id, unit_id) values (${src.id}, ${env.fixture.unit('JN01B02')})`,
    );
    const res = await admin.post<ChecklistTemplateDetail>(`/api/checklist-templates/${src.id}/copy`, {
      year: 2029,
      name: '2029年清单',
      withAssignments: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ year: 2029, copiedFromId: src.id, totalWeight: 13.5 });
    expect(res.body.areas[0]!.items[1]!.deadline).toBe('2029-02-28');
    expect(res.body.assignments.map((a) => a.unit.id)).toEqual([env.fixture.unit('JN01B02')]);
    const bare = await admin.post<ChecklistTemplateDetail>(`/api/checklist-templates/${src.id}/copy`, {
      year: 2029,
      name: '2029年清单（无分配）',
      withAssignments: false,
    });
    expect(bare.body.assignments).toEqual([]);
    const dup = await admin.post<ApiError>(`/api/checklist-templates/${src.id}/copy`, {
      year: 2029,
      name: '2029年清单',
      withAssignments: false,
    });
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);
  });
});

describe('xlsx', () => {
  it('an export imports back into an identical template', async () => {
    const src = (
      await create({
        ...presetForYear(SEED_001_TEMPLATE, 2026),
        unitId: env.fixture.unit('JN01'),
        year: 2026,
        name: '往返',
      })
    ).body;
    const file = await admin.get<Buffer>(`/api/checklist-templates/${src.id}/export`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const q = `unitId=${env.fixture.unit('JN01')}&year=2026&name=${encodeURIComponent('往返（导入）')}`;
    const dry = await admin.post<TemplateImportResult>(`/api/checklist-templates/import?mode=dry_run&${q}`, file.body, {
      headers: { 'content-type': XLSX },
    });
    expect(dry.body, JSON.stringify(dry.body)).toMatchObject({ ok: true, rows: 30, errors: [] });
    expect(dry.body.templateId).toBeUndefined();
    const done = await admin.post<TemplateImportResult>(`/api/checklist-templates/import?mode=commit&${q}`, file.body, {
      headers: { 'content-type': XLSX },
    });
    expect(done.body.ok).toBe(true);
    const copy = (await admin.get<ChecklistTemplateDetail>(`/api/checklist-templates/${done.body.templateId}`)).body;
    const shape = (t: ChecklistTemplateDetail) =>
      t.areas.map((a) => ({ title: a.title, items: a.items.map(({ id: _i, areaId: _a, ...rest }) => rest) }));
    expect(shape(copy)).toEqual(shape(src));
  });

  it('reports problems by row and column and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('责任清单');
    ws.addRow([
      '领域',
      '序号',
      '任务',
      '责任主体',
      '考核内容',
      '时间节点',
      '分值',
      '量化目标',
      '目标单位',
      '计量方式',
      '计量动作',
    ]);
    ws.addRow(['学习', 1, '专家课程', '辅导员', '', '每年', 5, 150, '学时', '手工登记', '']);
    ws.addRow(['学习', 2, '讲党课', '校长', '', '2025-06-30', 0, '', '', '', '']);
    ws.addRow(['学习', 3, '主题党日', '辅导员', '', '每月', 3, 12, '次', '纪实计数', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await counts();
    const q = `unitId=${env.fixture.unit('JN')}&year=2026&name=${encodeURIComponent('坏表')}`;
    const res = await admin.post<TemplateImportResult>(`/api/checklist-templates/import?mode=commit&${q}`, buf, {
      headers: { 'content-type': XLSX },
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'D 责任主体'],
      [3, 'F 时间节点'],
      [3, 'G 分值'],
      [4, 'K 计量动作'],
    ]);
    expect(res.body.errors[0]!.message).toContain('党委');
    expect(await counts()).toEqual(before);
    const blank = await admin.get<Buffer>('/api/checklist-templates/import-template');
    expect(blank.status).toBe(200);
    const empty = await admin.post<ApiError>(`/api/checklist-templates/import?mode=dry_run&${q}`, blank.body, {
      headers: { 'content-type': XLSX },
    });
    expect(empty.body.code).toBe('IMPORT_EMPTY');
  });
});
