import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from './actor.ts';

/**
 * SQL condition "this unit path lies inside one of these subtrees" (path
 * prefixes such as "/1/5/"). Every business query adds it in SQL, so nothing
 * out of scope is ever read.
 */
export function underPaths(pathColumn: AnyPgColumn | SQL, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  const likes = paths.map((p) => sql`${pathColumn} like ${`${escapeLike(p)}%`}`);
  return likes.length === 1 ? likes[0]! : sql`(${sql.join(likes, sql` or `)})`;
}

/** The actor's data scope as a SQL condition on a unit path column. */
export function inScope(pathColumn: AnyPgColumn | SQL, actor: Pick<Actor, 'scopePaths'>): SQL {
  return underPaths(pathColumn, actor.scopePaths);
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Whether a path is inside one of the given scope paths (for objects already loaded). */
export function pathInScope(path: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((p) => path.startsWith(p));
}

/** Scope roots that are not inside another root of the same list. */
export function topPaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

/** Ids along a path, root first: "/1/5/23/" → [1, 5, 23]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
