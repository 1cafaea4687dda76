import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../helpers/client.ts';
import { buildOnce, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

/** The built server as `npm start` runs it: start-up console, logs, graceful shutdown. */
let server: ServerProcess;
beforeAll(async () => {
  buildOnce(['--server']);
  server = await startServerProcess({ LIANDIAN_TEST_ROUTES: '1', SHUTDOWN_DRAIN_SECONDS: '1', LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await server.stop();
});

describe('start-up', () => {
  it('says where to open the browser and which demo accounts exist', () => {
    const out = server.output();
    expect(out).toContain(`open ${server.url}`);
    expect(out).toMatch(
      /Demo accounts \(password Liandian#2026\): admin, sysadmin, secadmin, auditor, leader, counselor, secretary, handler/,
    );
  });
});

describe('structured logs', () => {
  it('carry a request id and never a password, a session token or a full ID number', async () => {
    const c = new Client(server.url);
    const login = await c.login('admin', 'Liandian#2026');
    expect(login.status).toBe(200);
    await c.post('/api/auth/login', { username: 'admin', password: 'Secret#Typo-123' });
    const idNumber = '11010119900307451X';
    const res = await c.get(`/api/units?q=${idNumber}`);
    expect(res.status).toBe(400);
    const requestId = res.headers.get('x-request-id')!;
    await new Promise((r) => setTimeout(r, 200));
    // The JSON log lines (the start-up banner names the demo password on purpose).
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    const logs = lines.join('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((l) => JSON.parse(l).reqId === requestId)).toBe(true);
    expect(logs).not.toContain('Liandian#2026');
    expect(logs).not.toContain('Secret#Typo-123');
    expect(logs).not.toContain(c.cookies.get('ld_session')!);
    expect(logs).not.toContain(idNumber);
    expect(logs).toContain('110101********451X');
  });
});

describe('graceful shutdown on SIGTERM', () => {
  it('turns /readyz to 503, finishes the request in flight, closes and exits 0 within 30 s', async () => {
    const started = Date.now();
    const slow = fetch(`${server.url}/api/_test/slow?ms=2500`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`${server.url}/readyz`, { headers: { connection: 'close' } });
    expect(ready.status).toBe(503);
    const done = await slow;
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ waited: 2500 });
    const code = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
