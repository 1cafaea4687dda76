import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from './actor.ts';

/**
 * SQL condition "this unit path lies inside the actor's data scope".
 * Every business query adds it in SQL, so nothing out of scope is ever read.
 */
export function inScope(pathColumn: AnyPgColumn | SQL, actor: Pick<Actor, 'scopePaths'>): SQL {
  if (actor.scopePaths.length === 0) return sql`false`;
  const likes = actor.scopePaths.map((p) => sql`${pathColumn} like ${`${escapeLike(p)}%`}`);
  return sql`(${sql.join(likes, sql` or `)})`;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Whether a path is inside one of the given scope paths (for objects already loaded). */
export function pathInScope(path: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((p) => path.startsWith(p));
}
