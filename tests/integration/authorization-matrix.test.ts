import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contracts/errors.ts';
import { ROLES, type Role } from '../../src/contracts/roles.ts';
import { accounts } from '../../src/server/db/schema/accounts.ts';
import { readSecuritySettings } from '../../src/server/platform/security-settings.ts';
import { fileTestEnv, PASSWORD, type TestEnv, testConfig } from '../helpers/app.ts';
import type { Client } from '../helpers/client.ts';
import { addAccount, ROLE_ACCOUNTS } from '../helpers/fixture.ts';

/**
 * Every registered route × every role (in scope, out of scope) × anonymous.
 * The expectations are written here independently of the routes' own
 * declarations; a route missing from this table fails the test.
 */
type Scope = 'in' | 'out';
interface Req {
  method: string;
  url: string;
  body?: unknown;
}
interface Ctx {
  env: TestEnv;
  role: Role | null;
  /** A unit inside the role's scope. */
  inScopeUnit: number;
  client: Client;
}
interface Case {
  /** Who may call it: 'public' (anyone), 'authenticated' (any signed-in role) or the roles. */
  allow: 'public' | 'authenticated' | readonly Role[];
  /** Status an allowed caller gets for the in-scope request. */
  ok: number;
  /** Whether the route addresses a unit-scoped object (then out of scope must answer 404). */
  scoped?: boolean;
  request(ctx: Ctx, scope: Scope): Req | Promise<Req>;
}

let counter = 0;
const accountRow = async (env: TestEnv, username: string) =>
  (await env.database.db.select().from(accounts).where(eq(accounts.username, username)))[0]!;
const unitFor = (ctx: Ctx, scope: Scope) => (scope === 'in' ? ctx.inScopeUnit : ctx.env.fixture.outsideUnitId);
const BUSINESS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'handler', 'supervisor', 'leader'];

const MATRIX: Record<string, Case> = {
  'GET /healthz': { allow: 'public', ok: 200, request: () => ({ method: 'GET', url: '/healthz' }) },
  'GET /readyz': { allow: 'public', ok: 200, request: () => ({ method: 'GET', url: '/readyz' }) },
  'GET /api/docs': { allow: 'public', ok: 200, request: () => ({ method: 'GET', url: '/api/docs' }) },
  'GET /assets/*': { allow: 'public', ok: 404, request: () => ({ method: 'GET', url: '/assets/none.js' }) },
  'GET /api/auth/config': { allow: 'public', ok: 200, request: () => ({ method: 'GET', url: '/api/auth/config' }) },
  'POST /api/auth/login': {
    allow: 'public',
    ok: 401, // wrong credentials on purpose: the route is reachable, the password is not right
    request: () => ({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: `nobody${counter++}`, password: 'Wrong#pass1' },
    }),
  },
  'POST /api/auth/logout': {
    allow: 'authenticated',
    ok: 200,
    request: () => ({ method: 'POST', url: '/api/auth/logout', body: {} }),
  },
  'GET /api/me': { allow: 'authenticated', ok: 200, request: () => ({ method: 'GET', url: '/api/me' }) },
  'POST /api/auth/password': {
    allow: 'authenticated',
    ok: 400, // wrong current password: reachable, refused by the service
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      body: { currentPassword: 'nope', newPassword: 'Another#Pass99' },
    }),
  },
  'GET /api/accounts': {
    allow: ['sysadmin', 'secadmin'],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/accounts' }),
  },
  'GET /api/accounts/:id': {
    allow: ['sysadmin', 'secadmin'],
    ok: 200,
    request: (c) => ({ method: 'GET', url: `/api/accounts/${c.env.fixture.account('leader')}` }),
  },
  'POST /api/accounts': {
    allow: ['sysadmin'],
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/accounts',
      body: { username: `matrix${counter++}`, displayName: '矩阵' },
    }),
  },
  'PATCH /api/accounts/:id': {
    allow: ['sysadmin'],
    ok: 200,
    request: async (c) => {
      const target = await accountRow(c.env, 'matrix.target');
      return {
        method: 'PATCH',
        url: `/api/accounts/${target.id}`,
        body: { displayName: `目标${counter++}`, version: target.version },
      };
    },
  },
  'POST /api/accounts/:id/reset-password': {
    allow: ['sysadmin'],
    ok: 200,
    request: async (c) => {
      const target = await accountRow(c.env, 'matrix.target');
      return { method: 'POST', url: `/api/accounts/${target.id}/reset-password`, body: { version: target.version } };
    },
  },
  'PUT /api/accounts/:id/grants': {
    allow: ['secadmin'],
    ok: 200,
    request: async (c) => {
      const target = await accountRow(c.env, 'matrix.target');
      const body = { roles: ['leader'], scopeUnitIds: [c.env.fixture.unit('JN03')], version: target.version };
      return { method: 'PUT', url: `/api/accounts/${target.id}/grants`, body };
    },
  },
  'GET /api/units': {
    allow: BUSINESS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/units?parentId=${unitFor(c, s)}` }),
  },
  'GET /api/units/:id': {
    allow: BUSINESS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/units/${unitFor(c, s)}` }),
  },
  'GET /api/units/picker': {
    allow: ['secadmin'],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/units/picker' }),
  },
  'GET /api/settings/security': {
    allow: ['sysadmin'],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/settings/security' }),
  },
  'PUT /api/settings/security': {
    allow: ['sysadmin'],
    ok: 200,
    request: async (c) => {
      const current = await readSecuritySettings(c.env.database.db, c.env.config.securityDefaults);
      return { method: 'PUT', url: '/api/settings/security', body: current };
    },
  },
  'GET /api/audit': { allow: ['auditor'], ok: 200, request: () => ({ method: 'GET', url: '/api/audit' }) },
  'GET /api/audit/export': {
    allow: ['auditor'],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/audit/export?action=auth.logout' }),
  },
  'GET /api/audit/verify': {
    allow: ['auditor'],
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/audit/verify' }),
  },
};

// Every check signs in afresh: lift the per-IP login rate limit for this file.
const env = fileTestEnv({ securityDefaults: { ...testConfig().securityDefaults, loginRatePerMinute: 10_000 } });
beforeAll(async () => {
  const admin = await accountRow(env, 'admin');
  await addAccount(env.database.db, 'matrix.target', '矩阵目标', 'leader', ['JN02'], admin.passwordHash);
});

async function send(client: Client, req: Req) {
  return client.request<ApiError>(req.method, req.url, req.body === undefined ? {} : { body: req.body });
}

/** A fresh signed-in client per check, so a logout or a grant never affects the next one. */
async function clientFor(role: Role): Promise<Client> {
  const c = env.client();
  const res = await c.login(ROLE_ACCOUNTS[role], PASSWORD);
  if (res.status !== 200) throw new Error(`cannot sign in as ${role}`);
  return c;
}

const inScopeUnitOf = (role: Role): number => {
  const codes: Record<string, string> = {
    party_admin: 'JN',
    leader: 'JN',
    counselor: 'JN01',
    handler: 'JN01',
    supervisor: 'JN01',
    secretary: 'JN010101',
  };
  return env.fixture.unit(codes[role] ?? 'JN');
};

describe('authorization matrix', () => {
  it('lists every registered route, and nothing else', () => {
    const registered = env.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [key, c] of Object.entries(MATRIX)) {
    it(key, async () => {
      const failures: string[] = [];
      const check = (who: string, got: number, want: number) => {
        if (got !== want) failures.push(`${who}: got ${got}, want ${want}`);
      };
      // Anonymous.
      const anon = await send(
        env.client(),
        await c.request({ env, role: null, inScopeUnit: 0, client: env.client() }, 'in'),
      );
      check('anonymous', anon.status, c.allow === 'public' ? c.ok : 401);
      if (c.allow !== 'public') expect(anon.body.code).toBe('UNAUTHENTICATED');
      // Each role.
      for (const role of ROLES) {
        const allowed = c.allow === 'public' || c.allow === 'authenticated' || c.allow.includes(role);
        const client = await clientFor(role);
        const ctx: Ctx = { env, role, inScopeUnit: inScopeUnitOf(role), client };
        const res = await send(client, await c.request(ctx, 'in'));
        check(`${role} in scope`, res.status, allowed ? c.ok : 403);
        if (c.scoped) {
          const out = await send(await clientFor(role), await c.request(ctx, 'out'));
          check(`${role} out of scope`, out.status, allowed ? 404 : 403);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
