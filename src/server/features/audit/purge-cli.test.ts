import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../../tests/helpers/db.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { runMigrations } from '../../db/migrate.ts';
import { rowsOf } from '../../db/sql.ts';
import { writeAudit } from '../../platform/audit.ts';
import { verifyAuditChain } from './verify.ts';

const system = { actorId: null, actorUsername: 'test', ip: null, requestId: null };

describe('retention purge', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('removes only leading rows older than 180 days, leaves a marker, and the chain still verifies', async () => {
    const db = t.database.db;
    for (const days of [400, 300, 200]) {
      await db.execute(
        sql`insert into audit_log (at, action, result) values (now() - ${`${days} days`}::interval, 'test.old', 'success')`,
      );
    }
    await db.execute(
      sql`insert into audit_log (at, action, result) values (now() - interval '170 days', 'test.recent', 'success')`,
    );
    await writeAudit(db, system, { action: 'test.now' });
    // Asking to purge everything up to now still spares the last 180 days.
    const [purged] = rowsOf<{ n: string | number }>(await db.execute(sql`select audit_log_purge(now()) as n`));
    expect(Number(purged!.n)).toBe(3);
    const left = rowsOf<{ action: string }>(await db.execute(sql`select action from audit_log order by seq`));
    expect(left.map((r) => r.action)).toEqual(['test.recent', 'test.now', 'audit.purge']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('flags young leading rows removed behind the purge', async () => {
    const db = t.database.db;
    await db.execute(sql`alter table audit_log disable trigger audit_log_guard_row`);
    try {
      await db.execute(sql`delete from audit_log where action = 'test.recent'`);
    } finally {
      await db.execute(sql`alter table audit_log enable trigger audit_log_guard_row`);
    }
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.code).toBe('head_missing');
    expect(result.problems[0]!.problem).toMatch(/rows before seq \d+ are missing/);
  });
});

/** Runs `audit:verify` from source as its own process against a database. */
function runVerify(env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/audit-verify.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1 after a row is tampered with', async () => {
    let database: Database;
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (testDbKind() === 'postgres') {
      const t = await createTestDatabase();
      database = t.database;
      env = { DATABASE_URL: t.url! };
      cleanup = () => t.drop();
    } else {
      // The embedded database admits one process at a time: close it before the CLI opens it.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandian-cli-'));
      database = await openDatabase({ dataDir: dir });
      await runMigrations(database);
      env = { DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    const reopen = async () => (testDbKind() === 'postgres' ? database : openDatabase({ dataDir: env.DATA_DIR! }));
    try {
      for (let i = 0; i < 5; i++) await writeAudit(database.db, system, { action: `test.cli.${i}` });
      if (testDbKind() === 'pglite') await database.close();
      const intact = runVerify(env);
      expect(intact.out).toContain('Audit chain intact: 5 rows');
      expect(intact.status).toBe(0);

      const db = await reopen();
      await db.db.execute(sql`alter table audit_log disable trigger audit_log_guard_row`);
      await db.db.execute(sql`update audit_log set diff = '{"forged": true}' where seq = 3`);
      await db.db.execute(sql`alter table audit_log enable trigger audit_log_guard_row`);
      if (testDbKind() === 'pglite') await db.close();
      const broken = runVerify(env);
      expect(broken.status).toBe(1);
      expect(broken.out).toContain('seq 3: row content does not match its hash');
    } finally {
      await cleanup();
    }
  });
});
