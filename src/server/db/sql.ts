import { type SQL, sql } from 'drizzle-orm';

/**
 * A JavaScript array as ONE array parameter. (Drizzle expands a bare array in
 * a sql`` template into a list "($1, $2, …)", which is not what unnest needs.)
 */
export function arrayParam<T>(values: readonly T[]): SQL {
  return sql`${sql.param(values)}`;
}

/** Rows of a raw statement, whichever driver ran it (both answer `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
