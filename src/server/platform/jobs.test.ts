import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/db.ts';
import { type Jobs, startPgBoss } from './jobs.ts';

/** The job queue on the test's own engine (PGlite or PostgreSQL): sent jobs reach their handler. */
describe('pg-boss on the platform database', () => {
  let db: TestDatabase;
  let jobs: Jobs;
  beforeAll(async () => {
    db = await createTestDatabase();
    jobs = await startPgBoss(db.database, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await jobs.stop();
    await db.drop();
  });

  it('runs a sent job with its data, once', async () => {
    const seen: unknown[] = [];
    await jobs.work('cockpit.refresh', async (data) => {
      seen.push(data);
    });
    expect(await jobs.send('cockpit.refresh', { unitId: 7 })).toBeTruthy();
    const until = Date.now() + 15_000;
    while (seen.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([{ unitId: 7 }]);
  });
});
