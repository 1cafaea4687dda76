import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordPaths } from '../records/access.ts';

/**
 * The subtrees whose outlets' concerns the caller reads: their data scope plus
 * the targets of their pairings in force (a counselor follows their outlets),
 * the same reach as records.
 */
export function concernReach(db: Db, actor: Actor, today: string): Promise<string[]> {
  return recordPaths(db, actor, today);
}
