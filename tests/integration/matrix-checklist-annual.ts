import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { seedChecklist } from '../helpers/checklists.ts';
import { ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import type { Case, Ctx } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the checklist annual routes (issue 6). In scope: a
 * template of JN assigned to outlet JN010101 (every reader's scope holds it); out of
 * scope: a template of XB0101 assigned to XB0101.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const REGISTRARS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const REVIEWERS: readonly Role[] = ['party_admin', 'supervisor', 'leader'];
const INSPECTORS: readonly Role[] = ['party_admin', 'supervisor'];

const o = { templateIn: 0, templateOut: 0, assignmentIn: 0, assignmentOut: 0, orgIn: 0, reportIn: 0, reportOut: 0 };
let n = 0;
const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;
const accountOf = (c: Ctx) => c.env.fixture.account(ROLE_ACCOUNTS[c.role ?? 'party_admin']);
const year = new Date().getFullYear();

/** A secretary duty report written directly, on a year of its own (one per org and year). */
async function insertReport(env: TestEnv, unitId: number, orgId: number | null, by: number): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into duty_reports (kind, year, unit_id, party_org_id, title, content, submitted_by)
        values ('secretary', ${1900 + n++}, ${unitId}, ${orgId}, '矩阵述职', '矩阵', ${by}) returning id`,
    )
  ).id;
}

export async function setUpChecklistAnnualObjects(env: TestEnv): Promise<void> {
  const inside = await seedChecklist(env, {
    unitCode: 'JN',
    year,
    name: '矩阵年度清单',
    items: [{ title: '矩阵事项', weight: 10 }],
    assignTo: ['JN010101'],
  });
  const outside = await seedChecklist(env, {
    unitCode: 'XB0101',
    year,
    name: '矩阵外省清单',
    items: [{ title: '矩阵事项', weight: 10 }],
    assignTo: ['XB0101'],
  });
  o.templateIn = inside.templateId;
  o.assignmentIn = inside.assignmentIds.get('JN010101')!;
  o.templateOut = outside.templateId;
  o.assignmentOut = outside.assignmentIds.get('XB0101')!;
  o.orgIn = (await one<{ id: number }>(env, sql`select id from party_orgs where code = 'DZB-JN010101'`)).id;
  const stranger = env.fixture.account('sysadmin');
  o.reportIn = await insertReport(env, env.fixture.unit('JN010101'), o.orgIn, stranger);
  o.reportOut = await insertReport(env, env.fixture.outsideUnitId, null, stranger);
}

const tpl = (s: 'in' | 'out') => (s === 'in' ? o.templateIn : o.templateOut);
const asg = (s: 'in' | 'out') => (s === 'in' ? o.assignmentIn : o.assignmentOut);

export const CHECKLIST_ANNUAL_CASES: Record<string, Case> = {
  'GET /api/checklist-templates/:id/board': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}/board` }),
  },
  'GET /api/checklist-templates/:id/board/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}/board/export` }),
  },
  'GET /api/checklist-templates/:id/ranking': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}/ranking` }),
  },
  'GET /api/checklist-templates/:id/ranking/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-templates/${tpl(s)}/ranking/export` }),
  },
  'GET /api/checklist-assignments/:id/year': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-assignments/${asg(s)}/year` }),
  },
  'PUT /api/checklist-appraisals/:assignmentId': {
    allow: INSPECTORS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const row = rowsOf<{ version: number }>(
        await c.env.database.db.execute(sql`select version from checklist_appraisals where assignment_id = ${asg(s)}`),
      )[0];
      return {
        method: 'PUT',
        url: `/api/checklist-appraisals/${asg(s)}`,
        body: { excellent: 3, good: 2, fair: 1, poor: 0, ...(row ? { version: row.version } : {}) },
      };
    },
  },
  'GET /api/duty-reports': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/duty-reports?year=${year}` }),
  },
  'POST /api/duty-reports': {
    allow: REGISTRARS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/duty-reports',
      body: { kind: 'secretary', year: 2000 + n++, partyOrgId: o.orgIn, title: '矩阵述职', content: '矩阵' },
    }),
  },
  'PUT /api/duty-reports/:id': {
    allow: REGISTRARS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id =
        s === 'in' ? await insertReport(c.env, c.env.fixture.unit('JN010101'), o.orgIn, accountOf(c)) : o.reportOut;
      return { method: 'PUT', url: `/api/duty-reports/${id}`, body: { title: '改', content: '改', version: 1 } };
    },
  },
  'POST /api/duty-reports/:id/reviews': {
    allow: REVIEWERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/duty-reports/${s === 'in' ? o.reportIn : o.reportOut}/reviews`,
      body: { score: 88, comment: '矩阵点评' },
    }),
  },
  'GET /api/checklist-accountabilities': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-accountabilities?templateId=${tpl(s)}` }),
  },
  'POST /api/checklist-accountabilities': {
    allow: INSPECTORS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/checklist-accountabilities',
      body: { assignmentId: o.assignmentIn, kind: 'reminder', reason: '矩阵提醒', occurredOn: `${year}-01-01` },
    }),
  },
};
