import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import { insertUnits } from '../../src/server/features/units/insert.ts';
import type { TestEnv } from '../helpers/app.ts';
import { ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for schemes, rules, pairings, records and
 * compliance, with the objects they address: each inside every business scope
 * (outlet JN010101) or in the province outside every scope (XB).
 */
const WRITERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];

let n = 0;
const o = {
  scheme: 0,
  schemeEdit: 0,
  personIn: 0,
  personOut: 0,
  pairingIn: 0,
  pairingOut: 0,
  pairingEnd: 0,
  pairingEndOut: 0,
  recordIn: 0,
  recordOut: 0,
  attachmentIn: 0,
  attachmentOut: 0,
  ruleRetire: 0,
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;
const version = async (env: TestEnv, table: string, id: number) =>
  (await one<{ version: number }>(env, sql`select version from ${sql.identifier(table)} where id = ${id}`)).version;
const inOrOut = (s: Scope, inside: number, outside: number) => (s === 'in' ? inside : outside);
const targetOutlet = (c: Ctx, s: Scope) => inOrOut(s, c.env.fixture.unit('JN010101'), c.env.fixture.unit('XB0101'));
/** The signed-in role's account (the admin's for anonymous calls), as a record's author. */
const authorOf = (c: Ctx) => c.env.fixture.account(ROLE_ACCOUNTS[c.role ?? 'party_admin']);

async function insertPairing(env: TestEnv, personId: number, unitId: number): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into pairings (scheme_id, person_id, target_unit_id, scope_unit_id, starts_on)
        values (${o.scheme}, ${personId}, ${unitId}, ${unitId}, '2025-01-01') returning id`,
    )
  ).id;
}

/** A record at a unit, written directly (set-up), by an author. */
async function insertRecord(env: TestEnv, unitId: number, authorAccountId: number): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into records (kind, occurred_at, unit_id, mode, title, author_account_id)
        values ('daily_study', now() - interval '1 hour', ${unitId}, 'on_site', '矩阵纪实', ${authorAccountId}) returning id`,
    )
  ).id;
}

async function insertAttachment(env: TestEnv, recordId: number, by: number): Promise<number> {
  const key = await env.app.storage.put(PNG);
  return (
    await one<{ id: number }>(
      env,
      sql`insert into record_attachments (record_id, storage_key, file_name, mime_type, size_bytes, created_by)
        values (${recordId}, ${key}, '照片.png', 'image/png', ${PNG.length}, ${by}) returning id`,
    )
  ).id;
}

export async function setUpPairingObjects(env: TestEnv, personIn: number, personOut: number): Promise<void> {
  o.personIn = personIn;
  o.personOut = personOut;
  o.scheme = (await one<{ id: number }>(env, sql`select id from schemes where code = 'counselor'`)).id;
  o.schemeEdit = (
    await one<{ id: number }>(
      env,
      sql`insert into schemes (code, name, target_type, target_kinds) values ('matrix_edit', '矩阵制度', 'unit', '{outlet}') returning id`,
    )
  ).id;
  const outsideOutlet = env.fixture.unit('XB0101');
  o.pairingIn = await insertPairing(env, personIn, env.fixture.unit('JN010101'));
  o.pairingOut = await insertPairing(env, personOut, outsideOutlet);
  o.pairingEnd = await insertPairing(env, personIn, env.fixture.unit('JN010102'));
  o.pairingEndOut = await insertPairing(env, personOut, outsideOutlet);
  const admin = env.fixture.account('admin');
  o.recordIn = await insertRecord(env, env.fixture.unit('JN010101'), admin);
  o.recordOut = await insertRecord(env, outsideOutlet, admin);
  o.attachmentIn = await insertAttachment(env, o.recordIn, admin);
  o.attachmentOut = await insertAttachment(env, o.recordOut, admin);
  o.ruleRetire = (
    await one<{ id: number }>(
      env,
      sql`insert into rules (code, name, scheme_id, subject, action_kind, period, min_count, effective_from)
        values ('matrix.retire', '矩阵停用', ${o.scheme}, 'pairing', 'coaching', 'year', 1, '2020-01-01') returning id`,
    )
  ).id;
  await env.database.db.execute(
    sql`insert into rules (code, name, scheme_id, subject, action_kind, period, min_count, effective_from)
      values ('matrix.revise', '矩阵修订', ${o.scheme}, 'pairing', 'coaching', 'year', 1, '2030-01-01')`,
  );
}

/** A fresh outlet per call, so every allowed pairing is new. */
async function freshOutlet(env: TestEnv): Promise<number> {
  const code = `MP${n++}`;
  return (
    await insertUnits(env.database.db, [{ code, name: '矩阵结对网点', kind: 'outlet', parentCode: 'JN0101' }])
  ).get(code)!;
}

const ruleFields = {
  subject: 'pairing',
  actionKind: 'coaching',
  period: 'year',
  minCount: 1,
  onSiteOnly: false,
  requireStandardItems: false,
};

export const PAIRING_CASES: Record<string, Case> = {
  'GET /api/schemes': { allow: READERS, ok: 200, request: () => ({ method: 'GET', url: '/api/schemes' }) },
  'POST /api/schemes': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/schemes',
      body: { code: `matrix_${n++}`, name: '矩阵新制度', targetType: 'unit', targetKinds: ['outlet'] },
    }),
  },
  'PUT /api/schemes/:id': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => ({
      method: 'PUT',
      url: `/api/schemes/${o.schemeEdit}`,
      body: {
        name: `矩阵制度${n++}`,
        targetKinds: ['outlet'],
        active: true,
        version: await version(c.env, 'schemes', o.schemeEdit),
      },
    }),
  },
  'GET /api/rules': { allow: READERS, ok: 200, request: () => ({ method: 'GET', url: '/api/rules' }) },
  'POST /api/rules': {
    allow: MANAGERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/rules',
      body: {
        code: `matrix.new${n++}`,
        name: '矩阵规则',
        schemeId: o.scheme,
        ...ruleFields,
        effectiveFrom: '2031-01-01',
      },
    }),
  },
  'POST /api/rules/:id/revise': {
    allow: MANAGERS,
    ok: 201,
    request: async (c) => {
      // The latest version, revised from the day after it began: every allowed call is a real revision.
      const cur = await one<{ id: number; version: number; next: string }>(
        c.env,
        sql`select id, version, to_char(effective_from + 1, 'YYYY-MM-DD') as next from rules
          where code = 'matrix.revise' order by effective_from desc limit 1`,
      );
      return {
        method: 'POST',
        url: `/api/rules/${cur.id}/revise`,
        body: { name: '矩阵修订', ...ruleFields, effectiveFrom: cur.next, version: cur.version },
      };
    },
  },
  'POST /api/rules/:id/retire': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => ({
      method: 'POST',
      url: `/api/rules/${o.ruleRetire}/retire`,
      body: { effectiveTo: '2030-12-31', version: await version(c.env, 'rules', o.ruleRetire) },
    }),
  },
  'GET /api/pairings': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/pairings?unitId=${targetOutlet(c, s)}` }),
  },
  'GET /api/pairings/coverage': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/pairings/coverage?schemeId=${o.scheme}&unitId=${targetOutlet(c, s)}`,
    }),
  },
  'GET /api/pairings/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/pairings/${inOrOut(s, o.pairingIn, o.pairingOut)}` }),
  },
  'POST /api/pairings': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: '/api/pairings',
      body: {
        schemeId: o.scheme,
        personId: o.personIn,
        targetUnitId: s === 'in' ? await freshOutlet(c.env) : c.env.fixture.unit('XB0101'),
        startsOn: '2026-01-01',
      },
    }),
  },
  'POST /api/pairings/bulk': {
    allow: MANAGERS,
    ok: 201,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: '/api/pairings/bulk',
      body: {
        schemeId: o.scheme,
        personId: o.personIn,
        targetIds: [s === 'in' ? await freshOutlet(c.env) : c.env.fixture.unit('XB0101')],
        startsOn: '2026-01-01',
      },
    }),
  },
  'POST /api/pairings/:id/end': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = inOrOut(s, o.pairingEnd, o.pairingEndOut);
      return {
        method: 'POST',
        url: `/api/pairings/${id}/end`,
        body: { endsOn: '2026-06-30', version: await version(c.env, 'pairings', id) },
      };
    },
  },
  'GET /api/records': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/records?unitId=${targetOutlet(c, s)}` }),
  },
  'GET /api/records/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/records/${inOrOut(s, o.recordIn, o.recordOut)}` }),
  },
  'POST /api/records': {
    allow: WRITERS,
    ok: 201,
    scoped: true,
    request: (c, s) => ({
      method: 'POST',
      url: '/api/records',
      body: {
        kind: 'daily_study',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        unitId: targetOutlet(c, s),
        mode: 'on_site',
        title: `矩阵纪实${n++}`,
      },
    }),
  },
  'PUT /api/records/:id': {
    allow: WRITERS,
    ok: 200,
    scoped: true,
    // The caller's own record (only its author may edit it), inside or outside the scope.
    request: async (c, s) => {
      const id = await insertRecord(c.env, targetOutlet(c, s), authorOf(c));
      return {
        method: 'PUT',
        url: `/api/records/${id}`,
        body: {
          kind: 'daily_study',
          occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
          unitId: targetOutlet(c, s),
          mode: 'video',
          title: '矩阵纪实（改）',
          version: 1,
        },
      };
    },
  },
  'POST /api/records/:id/attachments': {
    allow: WRITERS,
    ok: 201,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/records/${await insertRecord(c.env, targetOutlet(c, s), authorOf(c))}/attachments`,
      body: PNG,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('现场照片.png') },
    }),
  },
  'GET /api/records/:id/attachments/:attachmentId': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/records/${inOrOut(s, o.recordIn, o.recordOut)}/attachments/${inOrOut(s, o.attachmentIn, o.attachmentOut)}`,
    }),
  },
  'DELETE /api/records/:id/attachments/:attachmentId': {
    allow: WRITERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const record = await insertRecord(c.env, targetOutlet(c, s), authorOf(c));
      const attachment = await insertAttachment(c.env, record, authorOf(c));
      return { method: 'DELETE', url: `/api/records/${record}/attachments/${attachment}` };
    },
  },
  'GET /api/compliance/summary': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/compliance/summary?schemeId=${o.scheme}&unitId=${targetOutlet(c, s)}&period=2026-Q3`,
    }),
  },
  'GET /api/compliance/matrix': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/compliance/matrix?unitId=${targetOutlet(c, s)}&period=2026-Q3` }),
  },
  'GET /api/compliance/overdue': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/compliance/overdue?schemeId=${o.scheme}&unitId=${targetOutlet(c, s)}&period=2026-Q3`,
    }),
  },
  'GET /api/compliance/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/compliance/export?schemeId=${o.scheme}&unitId=${targetOutlet(c, s)}&period=2026`,
    }),
  },
  'GET /api/todo': { allow: WRITERS, ok: 200, request: () => ({ method: 'GET', url: '/api/todo' }) },
  'GET /api/settings/records': {
    allow: 'authenticated',
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/settings/records' }),
  },
  'PUT /api/settings/records': {
    allow: MANAGERS,
    ok: 200,
    request: async (c) => {
      const row = rowsOf<{ version: number }>(
        await c.env.database.db.execute(sql`select version from settings where key = 'records'`),
      )[0];
      const body = { value: { editWindowDays: 7, timeZone: 'Asia/Shanghai' }, version: row?.version ?? 0 };
      return { method: 'PUT', url: '/api/settings/records', body };
    },
  },
};
