import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { runMigrations } from '../../src/server/db/migrate.ts';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  database: Database;
  /** Connection URL when on PostgreSQL (for a second app node or a CLI child process). */
  url: string | null;
  /** Opens another, independent connection to the same database (a second app node). */
  openAnother(): Promise<Database>;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: in-memory PGlite, or a new database in the test cluster. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    const database = await openDatabase({});
    await runMigrations(database);
    return {
      database,
      url: null,
      // PGlite is one in-process engine: a second node shares the same handle.
      openAnother: async () => database,
      drop: () => database.close(),
    };
  }
  const adminUrl = inject('pgUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ url });
  await runMigrations(database);
  const others: Database[] = [];
  return {
    database,
    url,
    async openAnother() {
      const other = await openDatabase({ url });
      others.push(other);
      return other;
    },
    async drop() {
      for (const o of others) await o.close();
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
