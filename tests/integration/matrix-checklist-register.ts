import { sql } from 'drizzle-orm';
import { DEFAULT_RECORD_SETTINGS } from '../../src/contracts/records.ts';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import { localDate } from '../../src/server/features/compliance/periods.ts';
import type { TestEnv } from '../helpers/app.ts';
import { seedChecklist } from '../helpers/checklists.ts';
import { ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the checklist register routes (issue 6). In scope: a
 * template of JN assigned to outlet JN010101 (every reader's scope holds it); out of scope:
 * a template of XB0101 assigned to XB0101. Mutations that can happen once per assignment
 * (a month's report, a quarter's inspection) get a fresh template each time.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const REGISTRARS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const REVIEWERS: readonly Role[] = ['party_admin', 'supervisor', 'leader'];
const INSPECTORS: readonly Role[] = ['party_admin', 'supervisor'];

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const today = localDate(new Date(), DEFAULT_RECORD_SETTINGS.timeZone);
const year = Number(today.slice(0, 4));
const month = today.slice(0, 7);
const o = {
  templateIn: 0,
  templateOut: 0,
  assignmentIn: 0,
  assignmentOut: 0,
  itemIn: 0,
  itemOut: 0,
  attachmentIn: 0,
  attachmentOut: 0,
  inspectionIn: 0,
  inspectionOut: 0,
};
let n = 0;
const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;
const accountOf = (c: Ctx) => c.env.fixture.account(ROLE_ACCOUNTS[c.role ?? 'party_admin']);
const asg = (s: Scope) => (s === 'in' ? o.assignmentIn : o.assignmentOut);

async function fresh(env: TestEnv) {
  const c = await seedChecklist(env, {
    unitCode: 'JN',
    year,
    name: `矩阵登记清单${n++}`,
    items: [{ title: '矩阵事项', weight: 10 }],
    assignTo: ['JN010101'],
  });
  return { assignmentId: c.assignmentIds.get('JN010101')!, itemId: c.itemIds[0]! };
}

async function insertEntry(env: TestEnv, assignmentId: number, itemId: number, by: number): Promise<number> {
  // A bigint id: PostgreSQL's driver answers it as a string.
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`insert into checklist_entries (assignment_id, item_id, completed_on, evidence, registered_by)
          values (${assignmentId}, ${itemId}, ${today}, '矩阵登记', ${by}) returning id`,
      )
    ).id,
  );
}
async function insertAttachment(env: TestEnv, entryId: number, by: number): Promise<number> {
  const key = await env.app.storage.put(PNG);
  return (
    await one<{ id: number }>(
      env,
      sql`insert into checklist_entry_attachments (entry_id, storage_key, file_name, mime_type, size_bytes, created_by)
        values (${entryId}, ${key}, '照片.png', 'image/png', ${PNG.length}, ${by}) returning id`,
    )
  ).id;
}
async function insertInspection(env: TestEnv, assignmentId: number, quarter: number): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into checklist_inspections (assignment_id, quarter, inspected_on, inspectors, created_by)
        values (${assignmentId}, ${quarter}, ${`${year}-01-01`}, '矩阵检查组', ${env.fixture.account('admin')}) returning id`,
    )
  ).id;
}
/** An open rectification on a fresh inspection of the assignment (quarters 1–4 in turn, then a fresh template). */
async function openFinding(env: TestEnv, s: Scope): Promise<number> {
  const target = s === 'in' ? await fresh(env) : { assignmentId: o.assignmentOut, itemId: o.itemOut };
  const quarter = s === 'in' ? 1 : (n++ % 4) + 1;
  const existing = await one<{ id: number } | undefined>(
    env,
    sql`select id from checklist_inspections where assignment_id = ${target.assignmentId} and quarter = ${quarter}`,
  );
  const inspectionId = existing?.id ?? (await insertInspection(env, target.assignmentId, quarter));
  return (
    await one<{ id: number }>(
      env,
      sql`insert into checklist_findings (inspection_id, item_id, finding, rectify_due)
        values (${inspectionId}, ${target.itemId}, 'partly', ${`${year}-12-31`})
        on conflict (inspection_id, item_id) do update set rectified_on = null, version = 1 returning id`,
    )
  ).id;
}
async function insertMonthly(env: TestEnv, assignmentId: number): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into checklist_monthly_reports (assignment_id, month, party_work, submitted_by)
        values (${assignmentId}, ${month}, '矩阵汇报', ${env.fixture.account('admin')}) returning id`,
    )
  ).id;
}

export async function setUpChecklistRegisterObjects(env: TestEnv): Promise<void> {
  const inside = await seedChecklist(env, {
    unitCode: 'JN',
    year,
    name: '矩阵登记簿清单',
    items: [{ title: '矩阵事项', weight: 10 }],
    assignTo: ['JN010101'],
  });
  const outside = await seedChecklist(env, {
    unitCode: 'XB0101',
    year,
    name: '矩阵外省登记清单',
    items: [{ title: '矩阵事项', weight: 10 }],
    assignTo: ['XB0101'],
  });
  o.templateIn = inside.templateId;
  o.templateOut = outside.templateId;
  o.assignmentIn = inside.assignmentIds.get('JN010101')!;
  o.assignmentOut = outside.assignmentIds.get('XB0101')!;
  o.itemIn = inside.itemIds[0]!;
  o.itemOut = outside.itemIds[0]!;
  const admin = env.fixture.account('admin');
  o.attachmentIn = await insertAttachment(env, await insertEntry(env, o.assignmentIn, o.itemIn, admin), admin);
  o.attachmentOut = await insertAttachment(env, await insertEntry(env, o.assignmentOut, o.itemOut, admin), admin);
  o.inspectionIn = await insertInspection(env, o.assignmentIn, 1);
  o.inspectionOut = await insertInspection(env, o.assignmentOut, 1);
}

/** An entry the caller registered today (so the caller may change it), or one out of scope. */
async function entryFor(c: Ctx, s: Scope): Promise<number> {
  return s === 'in'
    ? insertEntry(c.env, o.assignmentIn, o.itemIn, accountOf(c))
    : insertEntry(c.env, o.assignmentOut, o.itemOut, c.env.fixture.account('admin'));
}

export const CHECKLIST_REGISTER_CASES: Record<string, Case> = {
  'GET /api/checklist-assignments/:id/items/:itemId/register': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/checklist-assignments/${asg(s)}/items/${s === 'in' ? o.itemIn : o.itemOut}/register`,
    }),
  },
  'POST /api/checklist-entries': {
    allow: REGISTRARS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/checklist-entries',
      body: { assignmentId: o.assignmentIn, itemId: o.itemIn, completedOn: today, evidence: '矩阵登记' },
    }),
  },
  'DELETE /api/checklist-entries/:id': {
    allow: REGISTRARS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'DELETE', url: `/api/checklist-entries/${await entryFor(c, s)}` }),
  },
  'POST /api/checklist-entries/:id/attachments': {
    allow: REGISTRARS,
    ok: 201,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/checklist-entries/${await entryFor(c, s)}/attachments`,
      body: PNG,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('照片.png') },
    }),
  },
  'GET /api/checklist-entry-attachments/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/checklist-entry-attachments/${s === 'in' ? o.attachmentIn : o.attachmentOut}`,
    }),
  },
  'GET /api/checklist-monthly-reports': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/checklist-monthly-reports?templateId=${s === 'in' ? o.templateIn : o.templateOut}&month=${month}`,
    }),
  },
  'GET /api/checklist-assignments/:id/monthly-reports': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/checklist-assignments/${asg(s)}/monthly-reports` }),
  },
  'PUT /api/checklist-monthly-reports': {
    allow: REGISTRARS,
    ok: 200,
    request: async (c) => ({
      method: 'PUT',
      url: '/api/checklist-monthly-reports',
      body: { assignmentId: (await fresh(c.env)).assignmentId, month, partyWork: '矩阵汇报' },
    }),
  },
  'POST /api/checklist-monthly-reports/:id/comment': {
    allow: REVIEWERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const assignmentId = s === 'in' ? (await fresh(c.env)).assignmentId : o.assignmentOut;
      const existing = await one<{ id: number } | undefined>(
        c.env,
        sql`select id from checklist_monthly_reports where assignment_id = ${assignmentId} and month = ${month}`,
      );
      const id = existing?.id ?? (await insertMonthly(c.env, assignmentId));
      return {
        method: 'POST',
        url: `/api/checklist-monthly-reports/${id}/comment`,
        body: { comment: '好', version: 1 },
      };
    },
  },
  'GET /api/checklist-inspections': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/checklist-inspections?templateId=${o.templateIn}` }),
  },
  'GET /api/checklist-inspections/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/checklist-inspections/${s === 'in' ? o.inspectionIn : o.inspectionOut}`,
    }),
  },
  'POST /api/checklist-inspections': {
    allow: INSPECTORS,
    ok: 201,
    request: async (c) => {
      const f = await fresh(c.env);
      return {
        method: 'POST',
        url: '/api/checklist-inspections',
        body: {
          assignmentId: f.assignmentId,
          quarter: 1,
          inspectedOn: today,
          inspectors: '矩阵检查组',
          findings: [{ itemId: f.itemId, finding: 'done' }],
        },
      };
    },
  },
  'GET /api/checklist-rectifications': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/checklist-rectifications?open=true' }),
  },
  'POST /api/checklist-findings/:id/rectified': {
    allow: REGISTRARS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/checklist-findings/${await openFinding(c.env, s)}/rectified`,
      body: { rectifiedOn: today, rectifiedNote: '已整改', version: 1 },
    }),
  },
};
