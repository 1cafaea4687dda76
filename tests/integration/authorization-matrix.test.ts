import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contracts/errors.ts';
import { ROLES, type Role } from '../../src/contracts/roles.ts';
import { PRESET_NAMES } from '../../src/contracts/vocabulary.ts';
import { accounts } from '../../src/server/db/schema/accounts.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import { insertUnits } from '../../src/server/features/units/insert.ts';
import { readSecuritySettings } from '../../src/server/platform/security-settings.ts';
import { fileTestEnv, PASSWORD, type TestEnv, testConfig } from '../helpers/app.ts';
import type { Client } from '../helpers/client.ts';
import { addAccount, ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import { fileOf, XLSX_TYPE } from '../helpers/upload.ts';
import { CHECKLIST_ANNUAL_CASES, setUpChecklistAnnualObjects } from './matrix-checklist-annual.ts';
import { CHECKLIST_REGISTER_CASES, setUpChecklistRegisterObjects } from './matrix-checklist-register.ts';
import { CHECKLIST_TEMPLATE_CASES, setUpChecklistTemplatesObjects } from './matrix-checklist-templates.ts';
import { COCKPIT_CASES, setUpCockpitObjects } from './matrix-cockpit.ts';
import { CONCERN_CASES, setUpConcernObjects } from './matrix-concerns.ts';
import { HOME_CASES, setUpHomeObjects } from './matrix-home.ts';
import { NOTIFICATION_CASES, setUpNotificationObjects } from './matrix-notifications.ts';
import { PAIRING_CASES, setUpPairingObjects } from './matrix-pairings.ts';
import { PROJECT_WORK_CASES, setUpProjectWorkObjects } from './matrix-project-work.ts';
import { PROJECT_CASES, setUpProjectObjects } from './matrix-projects.ts';
import { REPORT_CASES, setUpReportObjects } from './matrix-reports.ts';
import { setUpTalkObjects, TALK_CASES } from './matrix-talks.ts';
import { setUpTrainingObjects, TRAINING_CASES } from './matrix-training.ts';
import { setUpTrainingRecordObjects, TRAINING_RECORD_CASES } from './matrix-training-records.ts';
import type { Case, Ctx, Req, Scope } from './matrix-types.ts';
import { setUpWebhookObjects, WEBHOOK_CASES } from './matrix-webhooks.ts';

/**
 * Every registered route × every role (in scope, out of scope) × anonymous.
 * The expectations are written here independently of the routes' own
 * declarations; a route missing from this table fails the test.
 */
let counter = 0;
const accountRow = async (env: TestEnv, username: string) =>
  (await env.database.db.select().from(accounts).where(eq(accounts.username, username)))[0]!;
const unitFor = (ctx: Ctx, scope: Scope) => (scope === 'in' ? ctx.inScopeUnit : ctx.env.fixture.outsideUnitId);
const BUSINESS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'handler', 'supervisor', 'leader'];
const REGISTRY_READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];

/** Registry objects made for this file: one inside every business scope (outlet JN010101), one in XB. */
/** A one-row people sheet for the import route. */
const importFile = (unitCode: string) =>
  fileOf('people', [
    {
      employeeNo: `MI${counter++}`,
      name: '矩阵导入',
      gender: '男',
      unitCode,
      cadreGrade: '一般员工',
      employmentStatus: '在职',
      partyStatus: '非党员',
    },
  ]);

const objects = { personIn: 0, personOut: 0, orgIn: 0, orgOut: 0, moving: 0, toggling: 0 };
const idFor = (scope: Scope, inside: number, outside: number) => (scope === 'in' ? inside : outside);
const versionOf = async (env: TestEnv, table: 'people' | 'party_orgs' | 'units', id: number) =>
  rowsOf<{ version: number }>(
    await env.database.db.execute(sql`select version from ${sql.identifier(table)} where id = ${id}`),
  )[0]!.version;
const personBody = (unitId: number) => ({
  employeeNo: `M${counter++}`,
  name: '矩阵人员',
  gender: 'male',
  unitId,
  cadreGrade: 'staff',
  employmentStatus: 'active',
  partyStatus: 'none',
});

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
  'GET /api/units/list': {
    allow: BUSINESS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/units/list?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/units/export': {
    allow: BUSINESS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/units/export?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/units/:id/history': {
    allow: BUSINESS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/units/${unitFor(c, s)}/history` }),
  },
  'POST /api/units': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: (c, s) => ({
      method: 'POST',
      url: '/api/units',
      body: { code: `MU${counter++}`, name: '矩阵机构', kind: 'outlet', parentId: unitFor(c, s) },
    }),
  },
  'PATCH /api/units/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.toggling, c.env.fixture.outsideUnitId);
      return {
        method: 'PATCH',
        url: `/api/units/${id}`,
        body: { name: `矩阵${counter++}`, version: await versionOf(c.env, 'units', id) },
      };
    },
  },
  'POST /api/units/:id/move': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.moving, c.env.fixture.outsideUnitId);
      // Back and forth between two county branches, so every allowed call really moves.
      const [row] = rowsOf<{ parent_id: number }>(
        await c.env.database.db.execute(sql`select parent_id from units where id = ${id}`),
      );
      const parentId =
        row!.parent_id === c.env.fixture.unit('JN0101') ? c.env.fixture.unit('JN0102') : c.env.fixture.unit('JN0101');
      return {
        method: 'POST',
        url: `/api/units/${id}/move`,
        body: { parentId, version: await versionOf(c.env, 'units', id) },
      };
    },
  },
  'POST /api/units/:id/active': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.toggling, c.env.fixture.outsideUnitId);
      const [row] = rowsOf<{ active: boolean }>(
        await c.env.database.db.execute(sql`select active from units where id = ${id}`),
      );
      return {
        method: 'POST',
        url: `/api/units/${id}/active`,
        body: { active: !row!.active, version: await versionOf(c.env, 'units', id) },
      };
    },
  },
  'GET /api/registry/rollup': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/registry/rollup?parentId=${unitFor(c, s)}` }),
  },
  'GET /api/registry/rates': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/registry/rates?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/registry/blank-outlets': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/registry/blank-outlets?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/registry/blank-outlets/export': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/registry/blank-outlets/export?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/party-orgs': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/party-orgs?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/party-orgs/export': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/party-orgs/export?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/party-orgs/:id': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/party-orgs/${idFor(s, objects.orgIn, objects.orgOut)}` }),
  },
  'POST /api/party-orgs': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: (c, s) => ({
      method: 'POST',
      url: '/api/party-orgs',
      body: { code: `MO${counter++}`, name: '矩阵党支部', kind: 'branch', unitId: unitFor(c, s) },
    }),
  },
  'PUT /api/party-orgs/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.orgIn, objects.orgOut);
      const unitId = s === 'in' ? c.env.fixture.unit('JN010101') : c.env.fixture.outsideUnitId;
      const body = {
        name: `矩阵${counter++}`,
        kind: 'branch',
        unitId,
        version: await versionOf(c.env, 'party_orgs', id),
      };
      return { method: 'PUT', url: `/api/party-orgs/${id}`, body };
    },
  },
  'POST /api/party-orgs/:id/committee': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.orgIn, objects.orgOut);
      // Alternate the seat's role so every allowed call is a real change.
      const role = counter++ % 2 === 0 ? 'member' : 'deputy_secretary';
      const body = {
        personId: objects.personIn,
        role,
        startedOn: '2026-01-01',
        version: await versionOf(c.env, 'party_orgs', id),
      };
      return { method: 'POST', url: `/api/party-orgs/${id}/committee`, body };
    },
  },
  'POST /api/party-orgs/:id/committee/:seatId/end': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.orgIn, objects.orgOut);
      const person = s === 'in' ? objects.personIn : objects.personOut;
      const [seat] = rowsOf<{ id: number }>(
        await c.env.database.db.execute(sql`insert into party_org_committee (party_org_id, person_id, role, started_on)
          values (${id}, ${person}, 'member', '2025-01-01') returning id`),
      );
      const body = { endedOn: '2025-12-31', version: await versionOf(c.env, 'party_orgs', id) };
      return { method: 'POST', url: `/api/party-orgs/${id}/committee/${seat!.id}/end`, body };
    },
  },
  'GET /api/people': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/people?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/people/export': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/people/export?unitId=${unitFor(c, s)}` }),
  },
  'GET /api/people/:id': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/people/${idFor(s, objects.personIn, objects.personOut)}` }),
  },
  'POST /api/people': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: (c, s) => ({ method: 'POST', url: '/api/people', body: personBody(unitFor(c, s)) }),
  },
  'PUT /api/people/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.personIn, objects.personOut);
      const body = {
        name: `矩阵${counter++}`,
        gender: 'male',
        cadreGrade: 'staff',
        employmentStatus: 'active',
        partyStatus: 'full',
        partyRelation: 'inside',
        version: await versionOf(c.env, 'people', id),
      };
      return { method: 'PUT', url: `/api/people/${id}`, body };
    },
  },
  'POST /api/people/:id/transfer': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = idFor(s, objects.personIn, objects.personOut);
      const [row] = rowsOf<{ unit_id: number }>(
        await c.env.database.db.execute(sql`select unit_id from people where id = ${id}`),
      );
      const toId =
        s === 'out'
          ? c.env.fixture.outsideUnitId
          : row!.unit_id === c.env.fixture.unit('JN010101')
            ? c.env.fixture.unit('JN010102')
            : c.env.fixture.unit('JN010101');
      const body = { kind: 'unit', toId, effectiveOn: '2026-11-01', version: await versionOf(c.env, 'people', id) };
      return { method: 'POST', url: `/api/people/${id}/transfer`, body };
    },
  },
  'GET /api/settings/vocabulary': {
    allow: 'authenticated',
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/settings/vocabulary' }),
  },
  'PUT /api/settings/vocabulary': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => {
      const [row] = rowsOf<{ version: number }>(
        await c.env.database.db.execute(sql`select version from settings where key = 'unit_vocabulary'`),
      );
      const body = { value: { preset: 'bank', names: PRESET_NAMES.bank }, version: row?.version ?? 0 };
      return { method: 'PUT', url: '/api/settings/vocabulary', body };
    },
  },
  'GET /api/imports/:kind/template': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/imports/people/template' }),
  },
  'POST /api/imports/:kind': {
    allow: MANAGERS,
    ok: 200,
    // A dry run of one person in a unit inside every scope. (A row pointing outside the scope is a
    // row problem, not a 404: features/imports tests cover it.)
    request: async () => ({
      method: 'POST',
      url: '/api/imports/people?mode=dry_run',
      body: await importFile('JN010101'),
      headers: { 'content-type': XLSX_TYPE },
    }),
  },
  ...PAIRING_CASES,
  ...CONCERN_CASES,
  ...CHECKLIST_TEMPLATE_CASES,
  ...CHECKLIST_REGISTER_CASES,
  ...CHECKLIST_ANNUAL_CASES,
  ...PROJECT_CASES,
  ...PROJECT_WORK_CASES,
  ...TRAINING_CASES,
  ...TRAINING_RECORD_CASES,
  ...TALK_CASES,
  ...COCKPIT_CASES,
  ...HOME_CASES,
  ...NOTIFICATION_CASES,
  ...WEBHOOK_CASES,
  ...REPORT_CASES,
  'GET /api/pairings/export': {
    allow: REGISTRY_READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/pairings/export?unitId=${unitFor(c, s)}` }),
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
  const db = env.database.db;
  const ids = await insertUnits(db, [
    { code: 'FX-MOVE', name: '矩阵移动网点', kind: 'outlet', parentCode: 'JN0101' },
    { code: 'FX-TOGGLE', name: '矩阵启停网点', kind: 'outlet', parentCode: 'JN0101' },
  ]);
  objects.moving = ids.get('FX-MOVE')!;
  objects.toggling = ids.get('FX-TOGGLE')!;
  const insertOrg = async (code: string, unitId: number) =>
    rowsOf<{ id: number }>(
      await db.execute(
        sql`insert into party_orgs (code, name, kind, unit_id) values (${code}, ${code}, 'branch', ${unitId}) returning id`,
      ),
    )[0]!.id;
  objects.orgIn = await insertOrg('FX-ORG-IN', env.fixture.unit('JN010101'));
  objects.orgOut = await insertOrg('FX-ORG-OUT', env.fixture.outsideUnitId);
  const insertPerson = async (no: string, unitId: number, orgId: number) =>
    rowsOf<{ id: number }>(
      await db.execute(sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status, party_relation, party_org_id)
        select ${no}, ${no}, 'male', u.id, u.path, 'full', 'inside', ${orgId} from units u where u.id = ${unitId} returning id`),
    )[0]!.id;
  objects.personIn = await insertPerson('FX-IN', env.fixture.unit('JN010101'), objects.orgIn);
  objects.personOut = await insertPerson('FX-OUT', env.fixture.outsideUnitId, objects.orgOut);
  await setUpPairingObjects(env, objects.personIn, objects.personOut);
  await setUpConcernObjects(env);
  await setUpChecklistTemplatesObjects(env);
  await setUpChecklistRegisterObjects(env);
  await setUpChecklistAnnualObjects(env);
  await setUpProjectObjects(env);
  await setUpProjectWorkObjects(env);
  await setUpTrainingObjects(env);
  await setUpTrainingRecordObjects(env);
  await setUpTalkObjects(env);
  await setUpCockpitObjects(env);
  await setUpHomeObjects(env);
  await setUpNotificationObjects(env);
  await setUpWebhookObjects(env);
  await setUpReportObjects(env);
});

async function send(client: Client, req: Req) {
  return client.request<ApiError>(req.method, req.url, {
    ...(req.body === undefined ? {} : { body: req.body }),
    ...(req.headers ? { headers: req.headers } : {}),
  });
}

/** Rows whose request ends the caller's session: they get a fresh sign-in for every check. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);
const signedIn = new Map<Role, Client>();

/**
 * One signed-in client per role, shared by the rows (signing in costs an argon2 hash, and the
 * matrix makes thousands of checks); rows that end the session sign in afresh each time.
 */
async function clientFor(role: Role, fresh: boolean): Promise<Client> {
  const cached = fresh ? undefined : signedIn.get(role);
  if (cached) return cached;
  const c = env.client();
  const res = await c.login(ROLE_ACCOUNTS[role], PASSWORD);
  if (res.status !== 200) throw new Error(`cannot sign in as ${role}`);
  if (!fresh) signedIn.set(role, c);
  return c;
}

const inScopeUnitOf = (role: Role): number => {
  const codes: Record<string, string> = {
    party_admin: 'JN',
    leader: 'JN',
    counselor: 'JN01',
    handler: 'JN01B02',
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
        const fresh = SESSION_ENDING.has(key);
        const client = await clientFor(role, fresh);
        const ctx: Ctx = { env, role, inScopeUnit: inScopeUnitOf(role), client };
        const res = await send(client, await c.request(ctx, 'in'));
        check(`${role} in scope`, res.status, allowed ? c.ok : 403);
        if (c.scoped) {
          const out = await send(await clientFor(role, fresh), await c.request(ctx, 'out'));
          check(`${role} out of scope`, out.status, allowed ? 404 : 403);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
