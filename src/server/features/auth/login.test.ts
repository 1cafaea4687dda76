import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv, PASSWORD, startTestEnv } from '../../../../tests/helpers/app.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { loginFailures } from '../../db/schema/sessions.ts';

const env = fileTestEnv();

async function auditRows(action: string) {
  return env.database.db.select().from(auditLog).where(eq(auditLog.action, action));
}

describe('login', () => {
  it('signs in, sets an httpOnly SameSite=Lax cookie and returns the account, roles, scope and permissions', async () => {
    const c = env.client();
    const res = await c.login('admin', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.account.username).toBe('admin');
    expect(res.body.roles).toEqual(['party_admin']);
    expect(res.body.scope.map((s) => s.code)).toEqual(['JN']);
    expect(res.body.permissions).toContain('units.read');
    const cookie = res.setCookies.find((l) => l.startsWith('ld_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await c.get<{ account: { username: string } }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.account.username).toBe('admin');
  });

  it('accepts the username in any case', async () => {
    const res = await env.client().login('ADMIN', PASSWORD);
    expect(res.status).toBe(200);
  });

  it('answers a wrong password and an unknown username identically', async () => {
    const wrong = await env
      .client()
      .post<ApiError>('/api/auth/login', { username: 'leader', password: 'Wrong#password1' });
    const unknown = await env
      .client()
      .post<ApiError>('/api/auth/login', { username: 'nobody-here', password: 'Wrong#password1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.message).toBe('用户名或密码不正确');
  });

  it('localizes the message for Accept-Language en-US', async () => {
    const c = env.client();
    c.lang = 'en-US';
    const res = await c.post<ApiError>('/api/auth/login', { username: 'leader', password: 'Wrong#password1' });
    expect(res.body.message).toBe('Incorrect username or password');
  });

  it('locks after 5 consecutive failures for 15 minutes, even with the right password, then lets in after expiry', async () => {
    const c = env.client();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await c.post<ApiError>('/api/auth/login', { username: 'handler', password: `Wrong#pass${i}xx` });
      codes.push(r.body.code);
    }
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    const locked = await c.post<ApiError>('/api/auth/login', { username: 'handler', password: PASSWORD });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toContain('15 分钟');
    expect((await auditRows('auth.lockout')).some((r) => r.actorId === env.fixture.account('handler'))).toBe(true);
    // Time passes: the lock runs out.
    await env.database.db
      .update(loginFailures)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(loginFailures.usernameKey, 'handler'));
    const after = await c.login('handler', PASSWORD);
    expect(after.status).toBe(200);
    const [row] = await env.database.db.select().from(loginFailures).where(eq(loginFailures.usernameKey, 'handler'));
    expect(row).toBeUndefined();
  });

  it('locks unknown usernames the same way, so lockout does not reveal existence', async () => {
    const c = env.client();
    let last: ApiError | undefined;
    for (let i = 0; i < 6; i++) {
      last = (await c.post<ApiError>('/api/auth/login', { username: 'ghost-user', password: `Wrong#pass${i}xx` })).body;
    }
    expect(last?.code).toBe('ACCOUNT_LOCKED');
  });

  it('a success resets the consecutive-failure count', async () => {
    const c = env.client();
    for (let i = 0; i < 4; i++)
      await c.post('/api/auth/login', { username: 'counselor', password: `Wrong#pass${i}xx` });
    expect((await c.login('counselor', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const r = await c.post<ApiError>('/api/auth/login', { username: 'counselor', password: `Wrong#pass${i}xx` });
      expect(r.body.code).toBe('INVALID_CREDENTIALS');
    }
    expect((await c.login('counselor', PASSWORD)).status).toBe(200);
  });

  it('audits successful and failed logins with the reason', async () => {
    const rows = await auditRows('auth.login');
    expect(rows.some((r) => r.result === 'success' && r.actorUsername === 'admin')).toBe(true);
    const failure = rows.find((r) => r.result === 'failure' && r.actorUsername === 'nobody-here');
    expect(failure?.diff).toMatchObject({ reason: 'unknown_user' });
  });

  it('rejects a missing field and an unknown field, naming both, and changes nothing', async () => {
    const before = (await env.database.db.select().from(auditLog)).length;
    const res = await env.client().post<ApiError>('/api/auth/login', { password: 'x', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details as { fields: { field: string; reason: string }[] }).fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'username', reason: 'required' }),
        expect.objectContaining({ field: 'extra', reason: 'unknown_field' }),
      ]),
    );
    expect(res.body.message).toContain('「用户名」不能为空');
    expect((await env.database.db.select().from(auditLog)).length).toBe(before);
  });

  it('answers malformed JSON with a 400 in the error model, not a stack trace', async () => {
    const res = await env.client().post<ApiError>('/api/auth/login', '{"username":', {
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|stack/i);
  });
});

describe('rate limit', () => {
  it('answers 429 once an IP exceeds the per-minute login limit', async () => {
    const limited = await startTestEnv({
      securityDefaults: { ...env.config.securityDefaults, loginRatePerMinute: 3 },
    });
    try {
      const c = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await c.post('/api/auth/login', { username: `u${i}`, password: 'Wrong#password1' })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.teardown();
    }
  });
});
