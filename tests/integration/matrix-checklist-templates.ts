import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { seedChecklist } from '../helpers/checklists.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the checklist templates routes (issue 6). In scope:
 * a template of JN assigned to outlet JN010101 (every reader's scope holds it); out of
 * scope: a template of XB0101 assigned to XB0101. Mutations get fresh objects per call.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const o = { templateIn: 0, templateOut: 0, assignmentOut: 0, sheet: Buffer.alloc(0) };
let n = 0;
const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;

const item = { title: '矩阵任务', responsibleRole: 'counselor', cadence: 'yearly', weight: 10 };

/** A fresh JN template assigned to JN010101 (for the calls that change or remove things). */
async function freshIn(env: TestEnv) {
  return seedChecklist(env, {
    unitCode: 'JN',
    year: 2026,
    name: `矩阵清单${n++}`,
    items: [{ title: '矩阵任务', weight: 10 }],
    assignTo: ['JN010101'],
  });
}

export async function setUpChecklistTemplatesObjects(env: TestEnv): Promise<void> {
  o.templateIn = (await freshIn(env)).templateId;
  const outside = await seedChecklist(env, {
    unitCode: 'XB0101',
    year: 2026,
    name: '矩阵外省模板',
    items: [{ title: '矩阵任务', weight: 10 }],
    assignTo: ['XB0101'],
  });
  o.templateOut = outside.templateId;
  o.assignmentOut = outside.assignmentIds.get('XB0101')!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('责任清单');
  ws.addRow(['领域', '序号', '任务', '责任主体', '考核内容', '时间节点', '分值']);
  ws.addRow(['学习', 1, '矩阵任务', '辅导员', '', '每年', 10]);
  o.sheet = Buffer.from(await wb.xlsx.writeBuffer());
}

const tpl = (s: Scope) => (s === 'in' ? o.templateIn : o.templateOut);
/** A template whose content may change: a fresh one inside, the foreign one outside. */
const changeable = async (c: Ctx, s: Scope) => (s === 'in' ? (await freshIn(c.env)).templateId : o.templateOut);
const assignment = async (c: Ctx, s: Scope) => {
  const id = s === 'in' ? (await freshIn(c.env)).assignmentIds.get('JN010101')! : o.assignmentOut;
  const row = await one<{ version: number }>(c.env, sql`select version from checklist_assignments where id = ${id}`);
  return { id, version: row.version };
};

export const CHECKLIST_TEMPLATE_CASES: Record<string, Case> = {
  'GET /api/checklist-templates': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/checklist-templates' }),
  },
  'GET /api/checklist-templates/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}` }),
  },
  'GET /api/checklist-templates/:id/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}/export` }),
  },
  'GET /api/checklist-templates/import-template': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/checklist-templates/import-template' }),
  },
  'POST /api/checklist-templates/import': {
    allow: MANAGERS,
    ok: 200,
    request: (c) => ({
      method: 'POST',
      url: `/api/checklist-templates/import?mode=commit&unitId=${c.env.fixture.unit('JN')}&year=2026&name=${encodeURIComponent(`矩阵导入${n++}`)}`,
      body: o.sheet,
      headers: { 'content-type': XLSX },
    }),
  },
  'POST /api/checklist-templates': {
    allow: MANAGERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/checklist-templates',
      body: {
        unitId: c.env.fixture.unit('JN'),
        year: 2026,
        name: `矩阵新建${n++}`,
        areas: [{ title: '学习', items: [item] }],
      },
    }),
  },
  'PUT /api/checklist-templates/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = await changeable(c, s);
      return {
        method: 'PUT',
        url: `/api/checklist-templates/${id}`,
        body: { name: `矩阵修改${n++}`, version: 1, areas: [{ title: '学习', items: [item] }] },
      };
    },
  },
  'POST /api/checklist-templates/:id/copy': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/checklist-templates/${tpl(s)}/copy`,
      body: { year: 2027, name: `矩阵复制${n++}`, withAssignments: true },
    }),
  },
  'POST /api/checklist-templates/:id/assignments': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: async (c, s) => {
      const id = await changeable(c, s);
      const unitId = s === 'in' ? c.env.fixture.unit('JN010102') : c.env.fixture.outsideUnitId;
      return { method: 'POST', url: `/api/checklist-templates/${id}/assignments`, body: { units: [{ unitId }] } };
    },
  },
  'PATCH /api/checklist-assignments/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const a = await assignment(c, s);
      return {
        method: 'PATCH',
        url: `/api/checklist-assignments/${a.id}`,
        body: { supervisorPersonId: null, counselorPersonId: null, version: a.version },
      };
    },
  },
  'DELETE /api/checklist-assignments/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const a = await assignment(c, s);
      return { method: 'DELETE', url: `/api/checklist-assignments/${a.id}?version=${a.version}` };
    },
  },
};
