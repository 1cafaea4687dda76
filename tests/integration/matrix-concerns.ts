import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import { insertUnits } from '../../src/server/features/units/insert.ts';
import type { TestEnv } from '../helpers/app.ts';
import { ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for concerns, their settings and follow-up.
 * Objects in scope sit at outlet JN010101 routed to JN01B02 (the handler's
 * department); objects out of scope at XB0101, raised by an account no role signs in as.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'handler', 'supervisor', 'leader'];
const RAISERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const ACTORS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'handler', 'supervisor'];
const HANDLERS: readonly Role[] = ['party_admin', 'counselor', 'handler'];
const MANAGERS: readonly Role[] = ['party_admin'];

let n = 0;
const o = {
  concernIn: 0,
  concernOut: 0,
  attachmentIn: 0,
  attachmentOut: 0,
  departmentOut: 0,
  routeOut: 0,
  stranger: 0,
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;
const pick = (c: Ctx, s: Scope, inside: string, outside: number) => (s === 'in' ? c.env.fixture.unit(inside) : outside);
const accountOf = (c: Ctx) => c.env.fixture.account(ROLE_ACCOUNTS[c.role ?? 'party_admin']);

/** A concern written directly (set-up), in a given state. */
async function insertConcern(
  env: TestEnv,
  v: { unitId: number; raisedBy: number; state: string; tier: number; departmentId: number | null },
): Promise<number> {
  // A bigint id: PostgreSQL's driver answers it as a string.
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`insert into concerns (kind, category, title, description, unit_id, raised_by_account_id, tier, state, department_unit_id)
        values ('problem', 'facilities', '矩阵意见', '矩阵', ${v.unitId}, ${v.raisedBy}, ${v.tier}, ${v.state}, ${v.departmentId})
        returning id`,
      )
    ).id,
  );
}

async function insertAttachment(env: TestEnv, concernId: number, by: number): Promise<number> {
  const key = await env.app.storage.put(PNG);
  return (
    await one<{ id: number }>(
      env,
      sql`insert into concern_attachments (concern_id, storage_key, file_name, mime_type, size_bytes, created_by)
        values (${concernId}, ${key}, '照片.png', 'image/png', ${PNG.length}, ${by}) returning id`,
    )
  ).id;
}

export async function setUpConcernObjects(env: TestEnv): Promise<void> {
  o.stranger = env.fixture.account('sysadmin');
  const dep = env.fixture.unit('JN01B02');
  o.concernIn = await insertConcern(env, {
    unitId: env.fixture.unit('JN010101'),
    raisedBy: o.stranger,
    state: 'routed',
    tier: 2,
    departmentId: dep,
  });
  o.departmentOut = (
    await insertUnits(env.database.db, [
      { code: 'XB01B01', name: '河西市分行运营部', kind: 'department', parentCode: 'XB01' },
    ])
  ).get('XB01B01')!;
  o.concernOut = await insertConcern(env, {
    unitId: env.fixture.unit('XB0101'),
    raisedBy: o.stranger,
    state: 'routed',
    tier: 2,
    departmentId: o.departmentOut,
  });
  o.attachmentIn = await insertAttachment(env, o.concernIn, o.stranger);
  o.attachmentOut = await insertAttachment(env, o.concernOut, o.stranger);
  o.routeOut = (
    await one<{ id: number }>(
      env,
      sql`insert into concern_routes (unit_id, category, department_unit_id)
        values (${env.fixture.unit('XB01')}, 'facilities', ${o.departmentOut}) returning id`,
    )
  ).id;
}

/**
 * A concern each acting role may take a step on: the admin and counselor reject a new
 * one, the handler accepts one routed to his department, the secretary and a raiser
 * confirm a resolved one (the supervisor raised his).
 */
async function actionableFor(c: Ctx): Promise<{ id: number; body: Record<string, unknown> }> {
  const env = c.env;
  const outlet = env.fixture.unit('JN010101');
  const role = c.role ?? 'party_admin';
  const raisedBy = role === 'supervisor' ? accountOf(c) : o.stranger;
  const state =
    role === 'handler' ? 'routed' : role === 'secretary' || role === 'supervisor' ? 'resolved' : 'submitted';
  const id = await insertConcern(env, {
    unitId: outlet,
    raisedBy,
    state,
    tier: state === 'submitted' ? 1 : 2,
    departmentId: state === 'submitted' ? null : env.fixture.unit('JN01B02'),
  });
  const body =
    state === 'routed'
      ? { action: 'accept' }
      : state === 'resolved'
        ? { action: 'confirm', satisfaction: 5 }
        : { action: 'reject', reason: '矩阵' };
  return { id, body: { ...body, version: 1 } };
}

const year = new Date().getFullYear();

export const CONCERN_CASES: Record<string, Case> = {
  'GET /api/concerns': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concerns?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB0101')}`,
    }),
  },
  'GET /api/concerns/counts': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/concerns/counts' }),
  },
  'GET /api/concerns/figures': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concerns/figures?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB01')}&from=${year}-01-01&to=${year}-12-31`,
    }),
  },
  'GET /api/concerns/report.xlsx': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concerns/report.xlsx?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB01')}&year=${year}&quarter=1`,
    }),
  },
  'GET /api/concerns/handlers': {
    allow: HANDLERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concerns/handlers?departmentId=${pick(c, s, 'JN01B02', o.departmentOut)}`,
    }),
  },
  'GET /api/concerns/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/concerns/${s === 'in' ? o.concernIn : o.concernOut}` }),
  },
  'POST /api/concerns': {
    allow: RAISERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/concerns',
      body: {
        kind: 'suggestion',
        category: 'other',
        title: `矩阵建议${n++}`,
        description: '矩阵',
        unitId: c.env.fixture.unit('JN010101'),
      },
    }),
  },
  'POST /api/concerns/:id/transitions': {
    allow: ACTORS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      if (s === 'out')
        return {
          method: 'POST',
          url: `/api/concerns/${o.concernOut}/transitions`,
          body: { action: 'accept', version: 1 },
        };
      const { id, body } = await actionableFor(c);
      return { method: 'POST', url: `/api/concerns/${id}/transitions`, body };
    },
  },
  'POST /api/concerns/:id/attachments': {
    allow: ACTORS,
    ok: 201,
    scoped: true,
    request: async (c, s) => {
      // The caller's own concern (routed to the handler's department, so he reads it too): every actor may add to it.
      const id =
        s === 'in'
          ? await insertConcern(c.env, {
              unitId: c.env.fixture.unit('JN010101'),
              raisedBy: accountOf(c),
              state: 'routed',
              tier: 2,
              departmentId: c.env.fixture.unit('JN01B02'),
            })
          : o.concernOut;
      return {
        method: 'POST',
        url: `/api/concerns/${id}/attachments`,
        body: PNG,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'photo.png' },
      };
    },
  },
  'GET /api/concerns/:id/attachments/:attachmentId': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url:
        s === 'in'
          ? `/api/concerns/${o.concernIn}/attachments/${o.attachmentIn}`
          : `/api/concerns/${o.concernOut}/attachments/${o.attachmentOut}`,
    }),
  },
  'GET /api/concern-categories': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/concern-categories' }),
  },
  'POST /api/concern-categories': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/concern-categories',
      body: {
        code: `matrix_${n++}`,
        nameZh: '矩阵类别',
        nameEn: 'Matrix',
        slaDays: 15,
        slaDayKind: 'working',
        active: true,
        sortOrder: 99,
      },
    }),
  },
  'PUT /api/concern-categories/:code': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => {
      const { version } = await one<{ version: number }>(
        c.env,
        sql`select version from concern_categories where code = 'other'`,
      );
      return {
        method: 'PUT',
        url: '/api/concern-categories/other',
        body: {
          nameZh: '其他',
          nameEn: 'Other',
          slaDays: 30,
          slaDayKind: 'calendar',
          active: true,
          sortOrder: 70,
          version,
        },
      };
    },
  },
  'GET /api/concern-routes': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/concern-routes' }),
  },
  'PUT /api/concern-routes': {
    allow: MANAGERS,
    ok: 200,
    request: (c) => ({
      method: 'PUT',
      url: '/api/concern-routes',
      body: { unitId: c.env.fixture.unit('JN01'), category: 'facilities', departmentId: c.env.fixture.unit('JN01B02') },
    }),
  },
  'DELETE /api/concern-routes/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      if (s === 'out') return { method: 'DELETE', url: `/api/concern-routes/${o.routeOut}` };
      // A fresh row to delete on each call (at a county, whose table the other rows never use).
      const { id } = await one<{ id: number }>(
        c.env,
        sql`insert into concern_routes (unit_id, category, department_unit_id)
          values (${c.env.fixture.unit('JN0101')}, 'staff_welfare', ${c.env.fixture.unit('JN01B01')})
          on conflict (unit_id, category) do update set department_unit_id = excluded.department_unit_id returning id`,
      );
      return { method: 'DELETE', url: `/api/concern-routes/${id}` };
    },
  },
  'GET /api/concern-routes/preview': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concern-routes/preview?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB0101')}&category=facilities`,
    }),
  },
  'GET /api/working-calendar': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/working-calendar?year=${year}` }),
  },
  'PUT /api/working-calendar': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({
      method: 'PUT',
      url: '/api/working-calendar',
      body: { day: '2031-10-01', working: false, note: '国庆节' },
    }),
  },
  'DELETE /api/working-calendar/:day': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => {
      await c.env.database.db.execute(
        sql`insert into working_calendar (day, working) values ('2031-05-01', false) on conflict (day) do nothing`,
      );
      return { method: 'DELETE', url: '/api/working-calendar/2031-05-01' };
    },
  },
  'GET /api/committee-meetings': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/committee-meetings?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB01')}`,
    }),
  },
  'POST /api/committee-meetings': {
    allow: MANAGERS,
    ok: 201,
    request: async (c) => {
      const id = await insertConcern(c.env, {
        unitId: c.env.fixture.unit('JN010101'),
        raisedBy: o.stranger,
        state: 'on_agenda',
        tier: 3,
        departmentId: c.env.fixture.unit('JN01B02'),
      });
      return {
        method: 'POST',
        url: '/api/committee-meetings',
        body: {
          unitId: c.env.fixture.unit('JN'),
          heldOn: `${year}-01-15`,
          title: '党委会专题研究',
          items: [
            { concernId: id, decision: '由运营管理部牵头更换设备', ownerDepartmentId: c.env.fixture.unit('JN01B02') },
          ],
        },
      };
    },
  },
  'GET /api/concern-followup': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/concern-followup?unitId=${s === 'in' ? c.inScopeUnit : c.env.fixture.unit('XB01')}`,
    }),
  },
  'POST /api/exemplars': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/exemplars',
      body: { subject: 'concern', concernId: o.concernIn, title: '快速响应网点诉求', writeUp: '三天内更换设备。' },
    }),
  },
  'POST /api/admonitions': {
    allow: MANAGERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/admonitions',
      body: {
        kind: 'reminder',
        departmentId: c.env.fixture.unit('JN01B02'),
        occurredOn: `${year}-02-01`,
        reason: '逾期未反馈进度',
      },
    }),
  },
};
