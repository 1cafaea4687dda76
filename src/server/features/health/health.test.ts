import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fileTestEnv, startNode } from '../../../../tests/helpers/app.ts';
import { testDbKind } from '../../../../tests/helpers/db.ts';
import { freePort } from '../../../../tests/setup/pg-cluster.ts';
import { openDatabase } from '../../db/client.ts';

const env = fileTestEnv();

describe('health and readiness', () => {
  it('/healthz and /readyz answer 200 on a migrated database', async () => {
    const c = env.client();
    expect((await c.get('/healthz')).status).toBe(200);
    const ready = await c.get<{ status: string }>('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });

  it('/readyz answers 503 while a migration is missing', async () => {
    const db = env.database.db;
    const rows = await db.execute(sql`select * from drizzle.__drizzle_migrations order by id desc limit 1`);
    const last = (rows as unknown as { rows: { id: number; hash: string; created_at: string }[] }).rows[0]!;
    await db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last.id}`);
    try {
      const res = await env.client().get<{ status: string }>('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('migrations_pending');
    } finally {
      await db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last.id}, ${last.hash}, ${last.created_at})`,
      );
    }
    expect((await env.client().get('/readyz')).status).toBe(200);
  });

  it('/readyz answers 503 once shutdown has begun', async () => {
    env.app.shuttingDown = true;
    try {
      expect((await env.client().get('/readyz')).status).toBe(503);
      expect((await env.client().get('/healthz')).status).toBe(200);
    } finally {
      env.app.shuttingDown = false;
    }
  });

  it.runIf(testDbKind() === 'postgres')('/readyz answers 503 when the database is unreachable', async () => {
    const dead = await openDatabase({ url: `postgres://postgres@127.0.0.1:${await freePort()}/none` });
    const node = await startNode(dead, env.config);
    try {
      const res = await node.client().get<{ status: string }>('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('database_unreachable');
    } finally {
      await node.close();
      await dead.close();
    }
  });
});

describe('OpenAPI document', () => {
  it('is generated from the zod schemas of the routes', async () => {
    const res = await env
      .client()
      .get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/api/docs');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const login = res.body.paths['/api/auth/login']?.post as {
      requestBody: {
        content: { 'application/json': { schema: { properties: Record<string, unknown>; required: string[] } } };
      };
    };
    const schema = login.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties).sort()).toEqual(['password', 'username']);
    expect(schema.required.sort()).toEqual(['password', 'username']);
    expect(Object.keys(res.body.paths)).toContain('/api/accounts/{id}/grants');
  });
});

describe('unknown API routes', () => {
  it('answer a localized JSON 404', async () => {
    const c = env.client();
    c.lang = 'en-US';
    const res = await c.get<{ code: string; message: string }>('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'Not found' });
  });
});
