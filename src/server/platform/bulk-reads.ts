import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';

/** Runs read-heavy background work (a report workbook, a cockpit refresh) on a handle planned for it. */
export type BulkReads = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/**
 * On PostgreSQL, background work over large subtrees reads in one transaction whose
 * planner prefers hash joins: the compliance engine's statement for the nation's party
 * orgs over a year is misestimated into nested loops (bench:cockpit: past 141 s with them,
 * 14 s without). Interactive reads keep the default plans, which serve small subtrees well.
 * PGlite runs the work as is: a transaction there holds its one connection, and every
 * other request would wait for the whole job.
 */
export function bulkReads(database: Pick<Database, 'kind' | 'db'>): BulkReads {
  if (database.kind !== 'postgres') return (work) => work(database.db);
  return (work) =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_nestloop = off`);
      await tx.execute(sql`set local jit = off`);
      return work(tx);
    });
}
