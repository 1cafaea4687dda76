import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { type Config, loadConfig } from '../../src/server/config.ts';
import type { Database } from '../../src/server/db/client.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/accounts.ts';
import { fieldCipher } from '../../src/server/platform/crypto.ts';
import { Client } from './client.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { type Fixture, seedFixture } from './fixture.ts';

export const PASSWORD = DEMO_PASSWORD;

/** Attachments of the tests' apps, in a temp directory of this test process. */
export const TEST_FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'liandian-files-'));

/** One random data key per test process. */
export const TEST_DATA_KEY = randomBytes(32);

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    port: 0,
    demo: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    webDir: '/nonexistent-web-dir',
    filesDir: TEST_FILES_DIR,
    dataKey: TEST_DATA_KEY,
    // Jobs run in-process unless a test asks for the real queue (jobs: 'pgboss').
    jobs: 'inline',
    ...overrides,
  };
}

/** An app node listening on a real loopback port. */
export interface TestNode {
  app: FastifyInstance;
  baseUrl: string;
  client(): Client;
  close(): Promise<void>;
}

export async function startNode(database: Database, config: Config): Promise<TestNode> {
  const app = await buildApp(config, database);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return { app, baseUrl, client: () => new Client(baseUrl), close: () => app.close() };
}

export interface TestEnv extends TestNode {
  db: TestDatabase;
  database: Database;
  fixture: Fixture;
  config: Config;
  /** A client signed in as one of the fixture accounts (password PASSWORD). */
  as(username: string): Promise<Client>;
  teardown(): Promise<void>;
}

/** A migrated database with the demo tree and accounts (plus fixture extras), and an app node on it. */
export async function startTestEnv(overrides: Partial<Config> = {}): Promise<TestEnv> {
  const db = await createTestDatabase();
  const fixture = await seedFixture(db.database.db, fieldCipher(TEST_DATA_KEY));
  const config = testConfig(overrides);
  const node = await startNode(db.database, config);
  return {
    ...node,
    db,
    database: db.database,
    fixture,
    config,
    async as(username: string) {
      const c = node.client();
      const res = await c.login(username, PASSWORD);
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return c;
    },
    async teardown() {
      await node.close();
      await db.drop();
    },
  };
}

/**
 * Starts a test environment before the file's tests and tears it down after.
 * Returns a stand-in that forwards to the environment once it exists, so tests
 * read `env.as(...)`, `env.fixture` directly.
 */
export function fileTestEnv(overrides: Partial<Config> = {}): TestEnv {
  let current: TestEnv | undefined;
  beforeAll(async () => {
    current = await startTestEnv(overrides);
  });
  afterAll(async () => {
    await current?.teardown();
  });
  return new Proxy({} as TestEnv, {
    get(_target, key) {
      if (!current) throw new Error('the test environment is used before beforeAll started it');
      return Reflect.get(current, key);
    },
  });
}
