import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the reports routes (issue 9, H6). Report jobs
 * are each account's own: every role gets a finished job of its own on JN010101 (in
 * every allowed role's scope); "out of scope" is a job of the sysadmin's on XB01,
 * which nobody else may read (404). The print page's data is the cockpit's readers'.
 */
const GENERATORS: readonly Role[] = ['party_admin', 'leader'];
const READERS: readonly Role[] = ['party_admin', 'supervisor', 'leader'];
const ACCOUNT_OF: Partial<Record<Role, string>> = {
  party_admin: 'admin',
  counselor: 'counselor',
  secretary: 'secretary',
  handler: 'handler',
  supervisor: 'supervisor',
  leader: 'leader',
  sysadmin: 'sysadmin',
  secadmin: 'secadmin',
  auditor: 'auditor',
};

const o = { period: '', outJob: 0 };

async function insertJob(env: TestEnv, username: string, unitId: number): Promise<number> {
  // A finished job whose file is a real stored (empty-sheet) workbook is not needed: the file
  // route only streams the stored bytes, so any stored file stands for it.
  const key = await env.app.storage.put(Buffer.from('PK matrix report'));
  const [row] = rowsOf<{ id: number }>(
    await env.database.db.execute(sql`insert into report_jobs
        (account_id, unit_id, period, status, done, total, file_key, file_name, file_size, finished_at)
      values (${env.fixture.account(username)}, ${unitId}, ${o.period}, 'done', 9, 9, ${key}, 'matrix.xlsx', 16, now())
      returning id`),
  );
  return Number(row!.id);
}

export async function setUpReportObjects(env: TestEnv): Promise<void> {
  o.period = String(new Date().getFullYear());
  o.outJob = await insertJob(env, 'sysadmin', env.fixture.outsideUnitId);
}

/** A fresh finished job of the caller's on JN010101, or the sysadmin's on XB01. */
const jobFor = (c: Ctx, s: Scope) =>
  s === 'out'
    ? o.outJob
    : insertJob(c.env, ACCOUNT_OF[c.role ?? 'party_admin'] ?? 'admin', c.env.fixture.unit('JN010101'));

const unitFor = (c: Ctx, s: Scope) => (s === 'in' ? c.env.fixture.unit('JN010101') : c.env.fixture.outsideUnitId);

export const REPORT_CASES: Record<string, Case> = {
  'POST /api/reports': {
    allow: GENERATORS,
    ok: 201,
    scoped: true,
    request: (c, s) => ({ method: 'POST', url: '/api/reports', body: { unitId: unitFor(c, s), period: o.period } }),
  },
  'GET /api/reports': { allow: GENERATORS, ok: 200, request: () => ({ method: 'GET', url: '/api/reports' }) },
  'GET /api/reports/data': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/reports/data?unitId=${unitFor(c, s)}&period=${o.period}` }),
  },
  'GET /api/reports/:id': {
    allow: GENERATORS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'GET', url: `/api/reports/${await jobFor(c, s)}` }),
  },
  'GET /api/reports/:id/file': {
    allow: GENERATORS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'GET', url: `/api/reports/${await jobFor(c, s)}/file` }),
  },
};
