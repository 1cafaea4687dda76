import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv, PASSWORD, startNode, startTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import type { Me } from '../../../contracts/auth.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { accounts, passwordHistory } from '../../db/schema/accounts.ts';

const env = fileTestEnv();

/** Creates an account through the API and signs in with its one-time password. */
async function newAccount(username: string): Promise<{ client: Client; otp: string; id: number }> {
  const sys = await env.as('sysadmin');
  const res = await sys.post<{ account: { id: number }; oneTimePassword: string }>('/api/accounts', {
    username,
    displayName: '测试用户',
  });
  expect(res.status).toBe(201);
  const client = env.client();
  const login = await client.login(username, res.body.oneTimePassword);
  expect(login.status).toBe(200);
  return { client, otp: res.body.oneTimePassword, id: res.body.account.id };
}

const fieldsOf = (e: ApiError) => (e.details as { fields: { field: string; reason: string }[] }).fields;

describe('first login with an issued password', () => {
  it('allows only /api/me, password change and logout until the password is changed', async () => {
    const { client, otp } = await newAccount('first.login');
    const me = await client.get<Me>('/api/me');
    expect(me.body.mustChangePassword).toBe(true);
    const blocked = await client.get<ApiError>('/api/units');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await client.post<Me>('/api/auth/password', {
      currentPassword: otp,
      newPassword: 'Qingzhou@2027x',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    // No roles yet: the business route now answers 403 FORBIDDEN, not "change your password".
    const after = await client.get<ApiError>('/api/units');
    expect(after.body.code).toBe('FORBIDDEN');
  });
});

describe('password policy', () => {
  it('refuses short passwords and passwords with fewer than 3 character classes, naming the rules', async () => {
    const { client, otp } = await newAccount('policy.user');
    const short = await client.post<ApiError>('/api/auth/password', { currentPassword: otp, newPassword: 'Ab1#' });
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('PASSWORD_POLICY');
    expect(short.body.message).toContain('长度至少 10 位');
    const twoClasses = await client.post<ApiError>('/api/auth/password', {
      currentPassword: otp,
      newPassword: 'abcdefghij12',
    });
    expect(fieldsOf(twoClasses.body).map((f) => f.reason)).toEqual(['too_few_classes']);
    const wrong = await client.post<ApiError>('/api/auth/password', {
      currentPassword: 'not-it',
      newPassword: 'Qingzhou@2027x',
    });
    expect(wrong.body.code).toBe('PASSWORD_WRONG');
    // Nothing changed: the issued password still works.
    expect((await env.client().login('policy.user', otp)).status).toBe(200);
  });

  it('refuses any of the last 5 passwords and accepts the 6th-oldest', async () => {
    const { client, otp } = await newAccount('history.user');
    const sequence = ['Yunyang@2027a', 'Yunyang@2027b', 'Yunyang@2027c', 'Yunyang@2027d', 'Yunyang@2027e'];
    let current = otp;
    for (const next of sequence) {
      const r = await client.post('/api/auth/password', { currentPassword: current, newPassword: next });
      expect(r.status).toBe(200);
      current = next;
    }
    // Last five: b, c, d, e (current) and a.
    for (const reused of sequence) {
      const r = await client.post<ApiError>('/api/auth/password', { currentPassword: current, newPassword: reused });
      expect(r.body.code).toBe('PASSWORD_REUSED');
    }
    // The one-time password is now the 6th-oldest: allowed again.
    const ok = await client.post('/api/auth/password', { currentPassword: current, newPassword: otp });
    expect(ok.status).toBe(200);
  });

  it('ends the other sessions of the account on a change, keeping the current one', async () => {
    const { client, otp } = await newAccount('sessions.user');
    const other = env.client();
    expect((await other.login('sessions.user', otp)).status).toBe(200);
    expect(
      (await client.post('/api/auth/password', { currentPassword: otp, newPassword: 'Linjiang#2027z' })).status,
    ).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
  });
});

describe('password expiry', () => {
  it('requires a change after 90 days', async () => {
    const { client, otp, id } = await newAccount('expiry.user');
    await client.post('/api/auth/password', { currentPassword: otp, newPassword: 'Anping@2027ab' });
    await env.database.db
      .update(accounts)
      .set({ passwordChangedAt: sql`now() - interval '91 days'` })
      .where(eq(accounts.id, id));
    const me = await client.get<Me>('/api/me');
    expect(me.body.mustChangePassword).toBe(true);
    expect((await client.get<ApiError>('/api/units')).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await env.database.db
      .update(accounts)
      .set({ passwordChangedAt: sql`now() - interval '89 days'` })
      .where(eq(accounts.id, id));
    expect((await client.get<Me>('/api/me')).body.mustChangePassword).toBe(false);
  });

  it('never expires when the expiry is set to 0', async () => {
    const off = await startTestEnv({ securityDefaults: { ...env.config.securityDefaults, passwordExpiryDays: 0 } });
    try {
      await off.database.db
        .update(accounts)
        .set({ passwordChangedAt: sql`now() - interval '400 days'` })
        .where(eq(accounts.username, 'leader'));
      const c = await off.as('leader');
      const me = await c.get<Me>('/api/me');
      expect(me.body.mustChangePassword).toBe(false);
      expect(me.body.passwordExpiresAt).toBeNull();
    } finally {
      await off.teardown();
    }
  });

  it('keeps only as many old hashes as the policy compares against', async () => {
    const id = env.fixture.account('leader');
    const rows = await env.database.db.select().from(passwordHistory).where(eq(passwordHistory.accountId, id));
    expect(rows.length).toBeLessThanOrEqual(5);
    expect((await env.client().login('leader', PASSWORD)).status).toBe(200);
  });
});

describe('demo accounts', () => {
  it('are exempt from forced change and expiry only in demo mode', async () => {
    const demo = await startTestEnv({ demo: true });
    try {
      await demo.database.db
        .update(accounts)
        .set({ passwordChangedAt: sql`now() - interval '400 days'` })
        .where(eq(accounts.username, 'leader'));
      const c = await demo.as('leader');
      expect((await c.get<Me>('/api/me')).body.mustChangePassword).toBe(false);
      const notDemo = await startNode(demo.database, { ...demo.config, demo: false });
      try {
        const c2 = notDemo.client();
        await c2.login('leader', PASSWORD);
        expect((await c2.get<Me>('/api/me')).body.mustChangePassword).toBe(true);
      } finally {
        await notDemo.close();
      }
    } finally {
      await demo.teardown();
    }
  });
});
