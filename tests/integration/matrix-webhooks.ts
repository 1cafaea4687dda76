import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import type { Case, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for the webhooks routes (issue 9, H5). In scope: robots on
 * JN010101 (in every role's scope); out of scope: robots on XB01. The robots point at a
 * closed loopback port, so the test button's attempt fails at once without leaving the machine.
 * Mutating rows make a fresh robot per request.
 */
const MANAGERS: readonly Role[] = ['party_admin'];
const o = { robotIn: 0, robotOut: 0 };

async function insertRobot(env: TestEnv, s: Scope): Promise<number> {
  const unitId = s === 'in' ? env.fixture.unit('JN010101') : env.fixture.outsideUnitId;
  const [row] = rowsOf<{ id: number }>(
    await env.database.db.execute(
      sql`insert into unit_webhooks (unit_id, name, kind, url, enabled)
        values (${unitId}, '矩阵机器人', 'wecom', 'http://127.0.0.1:9/send?key=matrix', false) returning id`,
    ),
  );
  return Number(row!.id);
}

export async function setUpWebhookObjects(env: TestEnv): Promise<void> {
  o.robotIn = await insertRobot(env, 'in');
  o.robotOut = await insertRobot(env, 'out');
}

const robot = (s: Scope) => (s === 'in' ? o.robotIn : o.robotOut);

export const WEBHOOK_CASES: Record<string, Case> = {
  'GET /api/webhooks': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (c, s) => ({
      method: 'GET',
      url: `/api/webhooks?unitId=${s === 'in' ? c.env.fixture.unit('JN010101') : c.env.fixture.outsideUnitId}`,
    }),
  },
  'POST /api/webhooks': {
    allow: MANAGERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/webhooks',
      body: {
        unitId: c.env.fixture.unit('JN010101'),
        name: '矩阵机器人',
        kind: 'wecom',
        url: 'http://127.0.0.1:9/send?key=matrix',
        enabled: false,
      },
    }),
  },
  'PUT /api/webhooks/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'PUT',
      url: `/api/webhooks/${await insertRobot(c.env, s)}`,
      body: { name: '矩阵改名', kind: 'dingtalk', kinds: ['talk_due'], enabled: false, version: 1 },
    }),
  },
  'DELETE /api/webhooks/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'DELETE', url: `/api/webhooks/${await insertRobot(c.env, s)}?version=1` }),
  },
  'POST /api/webhooks/:id/test': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'POST', url: `/api/webhooks/${robot(s)}/test` }),
  },
  'GET /api/webhooks/:id/deliveries': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/webhooks/${robot(s)}/deliveries?page=1` }),
  },
};
