import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import type { TestEnv } from '../helpers/app.ts';
import { dayFromToday } from '../helpers/projects.ts';
import { query, workbook, XLSX } from '../helpers/training.ts';
import type { Case, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for training programs, sessions, enrolment and
 * attendance, sign-in and online imports and materials (issue 8). In scope: objects
 * of JN010101 (in every reader's scope); out of scope: objects of XB01. Mutating
 * rows make fresh objects per request.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0x20), Buffer.from('\n%%EOF\n')]);

const o = { unitIn: 0, unitOut: 0, admin: 0, person: { id: 0, employeeNo: '' }, sessionIn: 0, sessionOut: 0 };
const materials = { in: 0, out: 0 };
const unitOf = (s: Scope) => (s === 'in' ? o.unitIn : o.unitOut);
const sessionOf = (s: Scope) => (s === 'in' ? o.sessionIn : o.sessionOut);
let serial = 0;
const fresh = (prefix: string) => `${prefix}${++serial}-${Math.random().toString(36).slice(2, 6)}`;
const one = async (env: TestEnv, q: ReturnType<typeof sql>) =>
  Number((await query<{ id: number | string }>(env, q))[0]!.id);

const insertProgram = (env: TestEnv, s: Scope) =>
  one(
    env,
    sql`insert into training_programs (unit_id, year, title, organizer, kind, created_by)
      values (${unitOf(s)}, ${Number(dayFromToday(0).slice(0, 4))}, ${fresh('矩阵培训项目')}, '党委组织部', 'rotation', ${o.admin})
      returning id`,
  );
const insertSession = (env: TestEnv, s: Scope) =>
  one(
    env,
    sql`insert into training_sessions (unit_id, title, method, place_kind, starts_on, ends_on, credit_hours, centralized,
        audience, audience_unit_id, created_by)
      values (${unitOf(s)}, ${fresh('矩阵培训班')}, 'lecture', 'in_house', ${dayFromToday(-2)}, ${dayFromToday(-2)}, 4, true,
        'custom', ${unitOf(s)}, ${o.admin}) returning id`,
  );
async function insertEnrolment(env: TestEnv, s: Scope): Promise<{ sessionId: number; personId: number }> {
  const sessionId = await insertSession(env, s);
  await env.database.db.execute(
    sql`insert into training_enrolments (session_id, person_id, status, source, updated_by)
      values (${sessionId}, ${o.person.id}, 'invited', 'manual', ${o.admin})`,
  );
  return { sessionId, personId: o.person.id };
}
async function insertMaterial(env: TestEnv, s: Scope): Promise<number> {
  const key = await env.app.storage.put(PDF);
  return one(
    env,
    sql`insert into training_materials (session_id, storage_key, file_name, mime_type, size_bytes, created_by)
      values (${sessionOf(s)}, ${key}, '课件.pdf', 'application/pdf', ${PDF.length}, ${o.admin}) returning id`,
  );
}

export async function setUpTrainingObjects(env: TestEnv): Promise<void> {
  o.unitIn = env.fixture.unit('JN010101');
  o.unitOut = env.fixture.outsideUnitId;
  o.admin = env.fixture.account('admin');
  const [p] = await query<{ id: number | string; employee_no: string }>(
    env,
    sql`select id, employee_no from people where unit_id = ${o.unitIn} and employment_status = 'active' order by employee_no limit 1`,
  );
  o.person = { id: Number(p!.id), employeeNo: p!.employee_no };
  o.sessionIn = await insertSession(env, 'in');
  o.sessionOut = await insertSession(env, 'out');
  materials.in = await insertMaterial(env, 'in');
  materials.out = await insertMaterial(env, 'out');
}

const sessionContent = () => ({
  programId: null,
  title: fresh('矩阵培训班'),
  method: 'lecture',
  placeKind: 'party_school',
  placeName: '党校',
  startsOn: dayFromToday(-1),
  endsOn: dayFromToday(-1),
  creditHours: 4,
  centralized: true,
  audience: 'custom',
});

export const TRAINING_CASES: Record<string, Case> = {
  'GET /api/training/programs': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/training/programs' }),
  },
  'POST /api/training/programs': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/training/programs',
      body: {
        unitId: o.unitIn,
        year: Number(dayFromToday(0).slice(0, 4)),
        title: fresh('矩阵培训项目'),
        organizer: '党委组织部',
        kind: 'rotation',
      },
    }),
  },
  'PUT /api/training/programs/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'PUT',
      url: `/api/training/programs/${await insertProgram(c.env, s)}`,
      body: { title: fresh('矩阵培训项目'), organizer: '党校', kind: 'special', version: 1 },
    }),
  },
  'DELETE /api/training/programs/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'DELETE',
      url: `/api/training/programs/${await insertProgram(c.env, s)}?version=1`,
    }),
  },
  'GET /api/training/sessions': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/training/sessions' }),
  },
  'POST /api/training/sessions': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({ method: 'POST', url: '/api/training/sessions', body: { unitId: o.unitIn, ...sessionContent() } }),
  },
  'GET /api/training/sessions/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/training/sessions/${sessionOf(s)}` }),
  },
  'PUT /api/training/sessions/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'PUT',
      url: `/api/training/sessions/${await insertSession(c.env, s)}`,
      body: { ...sessionContent(), version: 1 },
    }),
  },
  'DELETE /api/training/sessions/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'DELETE',
      url: `/api/training/sessions/${await insertSession(c.env, s)}?version=1`,
    }),
  },
  'GET /api/training/sessions/:id/enrolments': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/training/sessions/${sessionOf(s)}/enrolments` }),
  },
  'POST /api/training/sessions/:id/invite': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/training/sessions/${sessionOf(s)}/invite`,
      body: { audience: false, personIds: [o.person.id] },
    }),
  },
  'PUT /api/training/sessions/:id/attendance': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'PUT',
      url: `/api/training/sessions/${sessionOf(s)}/attendance`,
      body: { entries: [{ personId: o.person.id, status: 'attended' }] },
    }),
  },
  'DELETE /api/training/sessions/:id/enrolments/:personId': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const e = await insertEnrolment(c.env, s);
      return { method: 'DELETE', url: `/api/training/sessions/${e.sessionId}/enrolments/${e.personId}` };
    },
  },
  'GET /api/training/sessions/:id/sign-in-template': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/training/sessions/${sessionOf(s)}/sign-in-template` }),
  },
  'POST /api/training/sessions/:id/sign-in': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (_c, s) => ({
      method: 'POST',
      url: `/api/training/sessions/${sessionOf(s)}/sign-in?mode=dry_run`,
      body: await workbook('签到表', [
        ['工号*', '签到*'],
        [o.person.employeeNo, '出席'],
      ]),
      headers: { 'content-type': XLSX },
    }),
  },
  'POST /api/training/sessions/:id/materials': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/training/sessions/${sessionOf(s)}/materials`,
      body: PDF,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('课件.pdf') },
    }),
  },
  'GET /api/training/materials/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/training/materials/${s === 'in' ? materials.in : materials.out}`,
    }),
  },
  'DELETE /api/training/materials/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'DELETE', url: `/api/training/materials/${await insertMaterial(c.env, s)}` }),
  },
  'GET /api/training/online-hours': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/training/online-hours?year=${Number(dayFromToday(0).slice(0, 4))}` }),
  },
  'GET /api/training/online-hours/template': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/training/online-hours/template' }),
  },
  'POST /api/training/online-hours/import': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({
      method: 'POST',
      url: '/api/training/online-hours/import?mode=dry_run',
      body: Buffer.from(
        `工号,学习平台,课程名称,完成日期,学时\n${o.person.employeeNo},网络学院,矩阵课程,${dayFromToday(-1)},1\n`,
      ),
      headers: { 'content-type': 'text/csv' },
    }),
  },
};
