import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv, PASSWORD } from '../../../../tests/helpers/app.ts';
import type { Account } from '../../../contracts/accounts.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { auditLog } from '../../db/schema/audit.ts';

const env = fileTestEnv();

const auditFor = (action: string, targetId: number) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(targetId))));

describe('accounts (system administrator)', () => {
  it('creates an account with a one-time password, audited without the secret', async () => {
    const sys = await env.as('sysadmin');
    const res = await sys.post<{ account: Account; oneTimePassword: string }>('/api/accounts', {
      username: 'Zhang.Wei',
      displayName: '张伟',
    });
    expect(res.status).toBe(201);
    expect(res.body.account.username).toBe('zhang.wei');
    expect(res.body.account.roles).toEqual([]);
    expect(res.body.account.mustChangePassword).toBe(true);
    expect(res.body.oneTimePassword).toMatch(/^.{14}$/);
    const [row] = await auditFor('account.create', res.body.account.id);
    expect(row!.actorUsername).toBe('sysadmin');
    expect(JSON.stringify(row!.diff)).not.toContain(res.body.oneTimePassword);
    expect(row!.diff).toMatchObject({ changes: { username: { to: 'zhang.wei' } } });
  });

  it('refuses a taken username (case-insensitively) and a malformed one, changing nothing', async () => {
    const sys = await env.as('sysadmin');
    const before = await env.database.db.select().from(accounts);
    const taken = await sys.post<ApiError>('/api/accounts', { username: 'LEADER', displayName: '重复' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('USERNAME_TAKEN');
    const bad = await sys.post<ApiError>('/api/accounts', { username: '1 bad', displayName: '' });
    expect(bad.status).toBe(400);
    const fields = (bad.body.details as { fields: { field: string }[] }).fields.map((f) => f.field).sort();
    expect(fields).toEqual(['displayName', 'username']);
    expect(await env.database.db.select().from(accounts)).toHaveLength(before.length);
  });

  it('updates with optimistic concurrency: a stale version gets 409 and changes nothing', async () => {
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('counselor');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const first = await sys.patch<Account>(`/api/accounts/${id}`, { displayName: '李卫东', version: acc.body.version });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(acc.body.version + 1);
    const auditsBefore = (await auditFor('account.update', id)).length;
    const stale = await sys.patch<ApiError>(`/api/accounts/${id}`, { displayName: '覆盖', version: acc.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.message).toBe('该记录已被他人修改，请刷新后重试');
    const [row] = await env.database.db.select().from(accounts).where(eq(accounts.id, id));
    expect(row!.displayName).toBe('李卫东');
    expect(await auditFor('account.update', id)).toHaveLength(auditsBefore);
  });

  it('of two concurrent edits with the same version exactly one succeeds', async () => {
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('secretary');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const results = await Promise.all(
      ['甲', '乙'].map((n) => sys.patch(`/api/accounts/${id}`, { displayName: n, version: acc.body.version })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('cannot disable itself', async () => {
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('sysadmin');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const res = await sys.patch<ApiError>(`/api/accounts/${id}`, { disabled: true, version: acc.body.version });
    expect(res.body.code).toBe('SELF_MODIFICATION');
  });

  it('resets a password: old one stops working, sessions end, change is forced', async () => {
    const victim = await env.as('leader');
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('leader');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const res = await sys.post<{ oneTimePassword: string; account: Account }>(`/api/accounts/${id}/reset-password`, {
      version: acc.body.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.account.mustChangePassword).toBe(true);
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await env.client().login('leader', PASSWORD)).status).toBe(401);
    const fresh = env.client();
    await fresh.login('leader', res.body.oneTimePassword);
    const reused = await fresh.post<ApiError>('/api/auth/password', {
      currentPassword: res.body.oneTimePassword,
      newPassword: PASSWORD,
    });
    expect(reused.body.code).toBe('PASSWORD_REUSED');
    const changed = await fresh.post('/api/auth/password', {
      currentPassword: res.body.oneTimePassword,
      newPassword: 'Jiangnan#2027q',
    });
    expect(changed.status).toBe(200);
  });
});

describe('grants (security administrator)', () => {
  it('grants roles and scope; the account then sees exactly that scope', async () => {
    const sec = await env.as('secadmin');
    const id = env.fixture.account('handler');
    const acc = await sec.get<Account>(`/api/accounts/${id}`);
    const res = await sec.put<Account>(`/api/accounts/${id}/grants`, {
      roles: ['handler'],
      scopeUnitIds: [env.fixture.unit('JN02')],
      version: acc.body.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.scope.map((s) => s.code)).toEqual(['JN02']);
    const handler = await env.as('handler');
    const roots = await handler.get<{ code: string }[]>('/api/units');
    expect(roots.body.map((u) => u.code)).toEqual(['JN02']);
    const [row] = await auditFor('account.grant', id);
    expect(row!.diff).toMatchObject({
      changes: { scopeUnitIds: { from: [env.fixture.unit('JN01B02')], to: [env.fixture.unit('JN02')] } },
    });
  });

  it('refuses combining administrator roles with each other or with business roles', async () => {
    const sec = await env.as('secadmin');
    const id = env.fixture.account('leader');
    const acc = await sec.get<Account>(`/api/accounts/${id}`);
    for (const roles of [
      ['sysadmin', 'auditor'],
      ['auditor', 'leader'],
    ]) {
      const res = await sec.put<ApiError>(`/api/accounts/${id}/grants`, {
        roles,
        scopeUnitIds: [],
        version: acc.body.version,
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('ROLE_CONFLICT');
    }
  });

  it('refuses changing its own grants and unknown scope units', async () => {
    const sec = await env.as('secadmin');
    const self = env.fixture.account('secadmin');
    const own = await sec.get<Account>(`/api/accounts/${self}`);
    const res = await sec.put<ApiError>(`/api/accounts/${self}/grants`, {
      roles: ['secadmin', 'leader'],
      scopeUnitIds: [],
      version: own.body.version,
    });
    expect(res.body.code).toBe('SELF_MODIFICATION');
    const id = env.fixture.account('leader');
    const acc = await sec.get<Account>(`/api/accounts/${id}`);
    const bad = await sec.put<ApiError>(`/api/accounts/${id}/grants`, {
      roles: ['leader'],
      scopeUnitIds: [999999],
      version: acc.body.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('999999');
  });

  it('the system administrator cannot grant roles and the security administrator cannot create accounts', async () => {
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('leader');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const grant = await sys.put<ApiError>(`/api/accounts/${id}/grants`, {
      roles: ['party_admin'],
      scopeUnitIds: [],
      version: acc.body.version,
    });
    expect(grant.status).toBe(403);
    const sec = await env.as('secadmin');
    const create = await sec.post<ApiError>('/api/accounts', { username: 'sneaky', displayName: 'x' });
    expect(create.status).toBe(403);
  });
});

describe('field errors of domain refusals', () => {
  it('carry a localized message for each field', async () => {
    const sys = await env.as('sysadmin');
    const res = await sys.post<ApiError>('/api/accounts', { username: 'admin', displayName: '重复' });
    const fields = (res.body.details as { fields: { field: string; reason: string; message: string }[] }).fields;
    expect(fields).toEqual([{ field: 'username', reason: 'taken', message: '用户名已被使用' }]);
  });
});
