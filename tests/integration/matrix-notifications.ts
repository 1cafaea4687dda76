import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { ROLE_ACCOUNTS } from '../helpers/fixture.ts';
import { one } from '../helpers/talks.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for notifications, reminder preferences and the
 * reminder run (issue 9, H4). Notifications are per account: each request makes a
 * fresh notification of the caller's own account ('in'), or of the sysadmin's
 * ('out': another account's, answered 404 like a missing one).
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'handler', 'supervisor', 'leader'];

let seq = 0;
const accountOf = (c: Ctx) => c.env.fixture.account(ROLE_ACCOUNTS[c.role ?? 'party_admin']);

async function notificationFor(env: TestEnv, accountId: number): Promise<number> {
  seq += 1;
  const r = await one<{ id: number | string }>(
    env,
    sql`insert into notifications (account_id, kind, item_key, unit_id, title_zh, title_en, link)
      values (${accountId}, 'concern_waiting', ${`matrix:${seq}`}, ${env.fixture.unit('JN010101')},
        '矩阵提醒', 'Matrix reminder', '/todo') returning id`,
  );
  return Number(r.id);
}

export async function setUpNotificationObjects(_env: TestEnv): Promise<void> {}

const idFor = (c: Ctx, s: Scope) =>
  notificationFor(c.env, s === 'in' ? accountOf(c) : c.env.fixture.account(ROLE_ACCOUNTS.sysadmin));

export const NOTIFICATION_CASES: Record<string, Case> = {
  'GET /api/notifications': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/notifications?status=unread' }),
  },
  'GET /api/notifications/unread-count': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/notifications/unread-count' }),
  },
  'POST /api/notifications/:id/read': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({ method: 'POST', url: `/api/notifications/${await idFor(c, s)}/read`, body: {} }),
  },
  'POST /api/notifications/read-all': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'POST', url: '/api/notifications/read-all', body: {} }),
  },
  'GET /api/notification-preferences': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/notification-preferences' }),
  },
  'PUT /api/notification-preferences': {
    allow: READERS,
    ok: 200,
    request: async (c) => {
      const [row] = rowsOf<{ version: number }>(
        await c.env.database.db.execute(
          sql`select version from notification_preferences where account_id = ${accountOf(c)}`,
        ),
      );
      return {
        method: 'PUT',
        url: '/api/notification-preferences',
        body: { mutedKinds: ['talk_due'], mode: 'immediate', version: row?.version ?? 1 },
      };
    },
  },
  'POST /api/reminders/run': {
    allow: ['party_admin'],
    ok: 200,
    request: () => ({ method: 'POST', url: '/api/reminders/run', body: {} }),
  },
};
