import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../tests/helpers/app.ts';
import type { Account } from '../../contracts/accounts.ts';
import type { ApiError } from '../../contracts/errors.ts';
import { accounts } from '../db/schema/accounts.ts';
import { auditLog } from '../db/schema/audit.ts';

const env = fileTestEnv();

describe('CSRF protection of cookie-authenticated mutations', () => {
  it('refuses a mutation without the token, changes nothing and audits the denial', async () => {
    const sys = await env.as('sysadmin');
    const id = env.fixture.account('leader');
    const acc = await sys.get<Account>(`/api/accounts/${id}`);
    const res = await sys.request<ApiError>('PATCH', `/api/accounts/${id}`, {
      body: { displayName: '被篡改', version: acc.body.version },
      csrf: false,
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_FAILED');
    const [row] = await env.database.db.select().from(accounts).where(eq(accounts.id, id));
    expect(row!.displayName).toBe(acc.body.displayName);
    const denials = await env.database.db.select().from(auditLog).where(eq(auditLog.action, 'access.denied'));
    expect(denials.some((d) => (d.diff as { reason?: string }).reason === 'csrf')).toBe(true);
  });

  it('refuses a wrong token', async () => {
    const sys = await env.as('sysadmin');
    const res = await sys.post<ApiError>(
      '/api/accounts',
      { username: 'csrf.wrong', displayName: 'x' },
      {
        headers: { 'x-csrf-token': 'forged' },
      },
    );
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it("refuses another session's token", async () => {
    const sys = await env.as('sysadmin');
    const other = await env.as('sysadmin');
    const res = await sys.post<ApiError>(
      '/api/accounts',
      { username: 'csrf.other', displayName: 'x' },
      {
        headers: { 'x-csrf-token': other.csrfToken! },
      },
    );
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('refuses a cross-site login form post and a cross-origin mutation even with the token', async () => {
    const c = env.client();
    const login = await c.post<ApiError>(
      '/api/auth/login',
      { username: 'leader', password: 'x' },
      {
        headers: { origin: 'https://evil.example' },
      },
    );
    expect(login.body.code).toBe('CSRF_FAILED');
    const sys = await env.as('sysadmin');
    const res = await sys.post<ApiError>(
      '/api/accounts',
      { username: 'csrf.origin', displayName: 'x' },
      {
        headers: { origin: 'https://evil.example' },
      },
    );
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('accepts the same request with the token from the same origin', async () => {
    const sys = await env.as('sysadmin');
    const res = await sys.post(
      '/api/accounts',
      { username: 'csrf.ok', displayName: 'x' },
      {
        headers: { origin: env.baseUrl },
      },
    );
    expect(res.status).toBe(201);
  });

  it('does not require the token for reads', async () => {
    const sys = await env.as('sysadmin');
    expect((await sys.get('/api/accounts')).status).toBe(200);
  });
});
