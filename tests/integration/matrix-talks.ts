import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { dayFromToday } from '../helpers/projects.ts';
import { insertTalk, one, outsidePeople, personOf } from '../helpers/talks.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for talks, flags, due talks, talk settings and coverage
 * (issue 8). Talks are confidential: an in-scope talk is seen by its participants, so each
 * role gets its own talk with its own person as the initiator (the supervisor account is
 * linked to a person made for it here; the admin reads by talks.read_confidential); the
 * counterpart is a member of DZB-JN010101 (JN010101 is in every reader's scope). Out of
 * scope: talks and flags of people on XB01, raised and recorded by nobody who calls.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const RECORDERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const CONFIDENTIAL: readonly Role[] = ['party_admin'];
const ACCOUNT_OF: Partial<Record<Role, string>> = {
  party_admin: 'admin',
  counselor: 'counselor',
  secretary: 'secretary',
  supervisor: 'supervisor',
  leader: 'leader',
};

const o = {
  counterpart: 0,
  /** A person in scope for the admin's talks (the admin account has no person of its own). */
  adminInitiator: 0,
  persons: {} as Partial<Record<Role, number>>,
  talkOut: 0,
  outA: 0,
  outB: 0,
  year: 0,
};

async function insertPerson(env: TestEnv, no: string, name: string): Promise<number> {
  return (
    await one<{ id: number }>(
      env,
      sql`insert into people (employee_no, name, gender, unit_id, unit_path, party_status, party_relation, party_org_id)
        select ${no}, ${name}, 'female', u.id, u.path, 'full', 'inside', o.id
        from units u join party_orgs o on o.code = 'DZB-JN010101' where u.code = 'JN010101' returning id`,
    )
  ).id;
}

export async function setUpTalkObjects(env: TestEnv): Promise<void> {
  o.counterpart = await insertPerson(env, 'FX-TALK-CP', '矩阵谈话对象');
  const supervisorPerson = await insertPerson(env, 'FX-TALK-SUP', '矩阵督导员');
  await env.database.db.execute(sql`update accounts set person_id = ${supervisorPerson} where username = 'supervisor'`);
  for (const [role, username] of Object.entries(ACCOUNT_OF) as [Role, string][]) {
    const p = await personOf(env, username);
    if (p !== null) o.persons[role] = p;
  }
  o.adminInitiator = o.persons.counselor!;
  [o.outA, o.outB] = await outsidePeople(env);
  o.talkOut = await insertTalk(env, { initiator: o.outA, counterpart: o.outB });
  o.year = Number(dayFromToday(0).slice(0, 4));
}

const initiatorOf = (role: Role | null) => (role && o.persons[role]) || o.adminInitiator;
const accountOf = (c: Ctx) => c.env.fixture.account(ACCOUNT_OF[c.role ?? 'party_admin'] ?? 'admin');

/** A fresh talk of the caller (initiator and recorder), or one on XB01. */
const talkFor = (c: Ctx, s: Scope) =>
  s === 'out'
    ? insertTalk(c.env, { initiator: o.outA, counterpart: o.outB })
    : insertTalk(c.env, { initiator: initiatorOf(c.role), counterpart: o.counterpart, recordedBy: accountOf(c) });

/** A fresh flag raised by the caller, or one on XB01 raised by the sysadmin (who calls no talk route). */
async function flagFor(c: Ctx, s: Scope): Promise<number> {
  const [person, by] = s === 'in' ? [o.counterpart, accountOf(c)] : [o.outA, c.env.fixture.account('sysadmin')];
  return (
    await one<{ id: number }>(
      c.env,
      sql`insert into person_flags (person_id, kind, note, raised_on, raised_by)
        values (${person}, 'warning', '矩阵标记', ${dayFromToday(-2)}, ${by}) returning id`,
    )
  ).id;
}

const unitFor = (c: Ctx, s: Scope) => (s === 'in' ? c.env.fixture.unit('JN010101') : c.env.fixture.outsideUnitId);
const content = { occurredOn: dayFromToday(-1), kind: 'routine', summary: '矩阵谈话' };

export const TALK_CASES: Record<string, Case> = {
  'GET /api/talks': { allow: READERS, ok: 200, request: () => ({ method: 'GET', url: '/api/talks' }) },
  'POST /api/talks': {
    allow: RECORDERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/talks',
      body: { initiatorPersonId: initiatorOf(c.role), counterpartPersonId: o.counterpart, ...content },
    }),
  },
  'GET /api/talks/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'GET', url: `/api/talks/${s === 'out' ? o.talkOut : await talkFor(c, s)}` }),
  },
  'PUT /api/talks/:id': {
    allow: RECORDERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'PUT',
      url: `/api/talks/${await talkFor(c, s)}`,
      body: { ...content, summary: '矩阵谈话（修改）', version: 1 },
    }),
  },
  'GET /api/talks/due': { allow: READERS, ok: 200, request: () => ({ method: 'GET', url: '/api/talks/due' }) },
  'GET /api/talks/flags': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: `/api/talks/flags?personId=${o.counterpart}` }),
  },
  'POST /api/talks/flags': {
    allow: RECORDERS,
    ok: 201,
    request: () => ({
      method: 'POST',
      url: '/api/talks/flags',
      body: { personId: o.counterpart, kind: 'warning', note: '矩阵标记', raisedOn: dayFromToday(-1) },
    }),
  },
  'POST /api/talks/flags/:id/clear': {
    allow: RECORDERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/talks/flags/${await flagFor(c, s)}/clear`,
      body: { clearedOn: dayFromToday(-1), version: 1 },
    }),
  },
  'GET /api/talks/settings': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/talks/settings' }),
  },
  'PUT /api/talks/settings': {
    allow: CONFIDENTIAL,
    ok: 200,
    request: async (c) => {
      const [row] = rowsOf<{ version: number }>(
        await c.env.database.db.execute(sql`select version from settings where key = 'talks'`),
      );
      return {
        method: 'PUT',
        url: '/api/talks/settings',
        body: {
          dueDays: { job_change: 30, transfer: 30, disciplinary: 15, hardship: 15, warning: 7 },
          version: row?.version ?? 0,
        },
      };
    },
  },
  'GET /api/talks/coverage': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/talks/coverage?year=${o.year}&unitId=${unitFor(c, s)}` }),
  },
  'GET /api/talks/coverage/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({ method: 'GET', url: `/api/talks/coverage/export?year=${o.year}&unitId=${unitFor(c, s)}` }),
  },
};
