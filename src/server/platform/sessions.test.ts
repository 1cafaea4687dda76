import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv, PASSWORD, startNode } from '../../../tests/helpers/app.ts';
import type { Account } from '../../contracts/accounts.ts';
import type { ApiError } from '../../contracts/errors.ts';
import { auditLog } from '../db/schema/audit.ts';
import { sessions } from '../db/schema/sessions.ts';

const env = fileTestEnv();

const sessionsOf = (accountId: number) =>
  env.database.db.select().from(sessions).where(eq(sessions.accountId, accountId));

describe('session lifetime', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const c = await env.as('leader');
    const id = env.fixture.account('leader');
    await env.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.accountId, id));
    const res = await c.get<ApiError>('/api/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    expect(await sessionsOf(id)).toHaveLength(0);
  });

  it('keeps a session that was used 29 minutes ago, and records the activity', async () => {
    const c = await env.as('leader');
    const id = env.fixture.account('leader');
    await env.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '29 minutes'` })
      .where(eq(sessions.accountId, id));
    expect((await c.get('/api/me')).status).toBe(200);
    const [row] = await sessionsOf(id);
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('ends a session past its 12-hour lifetime even when active', async () => {
    const c = await env.as('counselor');
    const id = env.fixture.account('counselor');
    const [row] = await sessionsOf(id);
    expect((row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3600_000).toBeCloseTo(12, 5);
    await env.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.accountId, id));
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('applies a changed idle timeout at once', async () => {
    const sys = await env.as('sysadmin');
    const current = await sys.get<{ value: Record<string, number>; version: number }>('/api/settings/security');
    const saved = await sys.put('/api/settings/security', {
      value: { ...current.body.value, sessionIdleMinutes: 5 },
      version: current.body.version,
    });
    expect(saved.status).toBe(200);
    try {
      const c = await env.as('secretary');
      const id = env.fixture.account('secretary');
      await env.database.db
        .update(sessions)
        .set({ lastSeenAt: sql`now() - interval '6 minutes'` })
        .where(eq(sessions.accountId, id));
      expect((await c.get('/api/me')).status).toBe(401);
    } finally {
      const now = await sys.get<{ value: Record<string, number>; version: number }>('/api/settings/security');
      await sys.put('/api/settings/security', {
        value: { ...now.body.value, sessionIdleMinutes: 30 },
        version: now.body.version,
      });
    }
  });
});

describe('sessions end when the account changes', () => {
  it('disabling an account ends its sessions and refuses its logins', async () => {
    const victim = await env.as('handler');
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('handler');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const res = await sys.patch<Account>(`/api/accounts/${id}`, { disabled: true, version: acc.body.version });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await env.client().login('handler', PASSWORD)).status).toBe(401);
    const back = await sys.patch<Account>(`/api/accounts/${id}`, { disabled: false, version: res.body.version });
    expect(back.status).toBe(200);
    expect((await env.client().login('handler', PASSWORD)).status).toBe(200);
  });

  it('changing roles ends the sessions of the account', async () => {
    const victim = await env.as('supervisor');
    const sec = await env.as('secadmin');
    const id = env.fixture.account('supervisor');
    const acc = await sec.get<Account>(`/api/accounts/${id}`);
    const res = await sec.put<Account>(`/api/accounts/${id}/grants`, {
      roles: ['supervisor', 'leader'],
      scopeUnitIds: acc.body.scope.map((s) => s.id),
      version: acc.body.version,
    });
    expect(res.status).toBe(200);
    expect((await victim.get('/api/me')).status).toBe(401);
    const again = await env.as('supervisor');
    const me = await again.get<{ roles: string[] }>('/api/me');
    expect(me.body.roles).toEqual(['supervisor', 'leader']);
  });
});

describe('logout', () => {
  it('removes the session, clears the cookie and is audited', async () => {
    const c = await env.as('leader');
    const res = await c.post('/api/auth/logout');
    expect(res.status).toBe(200);
    expect(res.setCookies.some((l) => l.startsWith('ld_session=;'))).toBe(true);
    expect((await c.get('/api/me')).status).toBe(401);
    const rows = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.logout'));
    expect(rows.some((r) => r.actorUsername === 'leader')).toBe(true);
  });
});

describe('two app nodes on one database', () => {
  it('share sessions: a login on node A is valid on node B, and a logout on B ends it on A', async () => {
    const other = await env.db.openAnother();
    const nodeB = await startNode(other, env.config);
    try {
      const a = env.client();
      expect((await a.login('leader', PASSWORD)).status).toBe(200);
      const b = nodeB.client();
      b.cookies = new Map(a.cookies);
      b.csrfToken = a.csrfToken;
      const me = await b.get<{ account: { username: string } }>('/api/me');
      expect(me.status).toBe(200);
      expect(me.body.account.username).toBe('leader');
      expect((await b.post('/api/auth/logout')).status).toBe(200);
      expect((await a.get('/api/me')).status).toBe(401);
    } finally {
      await nodeB.close();
    }
  });
});
