import type { Actor } from '../../platform/actor.ts';
import { pathInScope } from '../../platform/scope.ts';
import type { Standing } from './policy.ts';

/** Where a concern sits in the tree, as far as standing needs to know. */
export interface ConcernPlace {
  outletPath: string;
  departmentPath: string | null;
  raisedByAccountId: number;
}

/**
 * Who the caller is to this concern, each role cut to its scope. `reach` is the
 * caller's records reach (scope plus the targets of their pairings in force), so a
 * counselor stands as counselor for the outlets they are paired with.
 */
export function standingOf(actor: Actor, reach: readonly string[], c: ConcernPlace): Standing {
  const has = (role: Actor['roles'][number]) => actor.roles.includes(role);
  const inScope = (path: string | null) => path !== null && pathInScope(path, actor.scopePaths);
  return {
    admin: has('party_admin') && (inScope(c.outletPath) || inScope(c.departmentPath)),
    counselor: has('counselor') && pathInScope(c.outletPath, reach),
    departmentHandler: has('handler') && inScope(c.departmentPath),
    secretary: has('secretary') && inScope(c.outletPath),
    raiser: c.raisedByAccountId === actor.accountId,
  };
}

/** Whether the caller may read the concern at all (else it answers 404). */
export function mayRead(actor: Actor, reach: readonly string[], c: ConcernPlace): boolean {
  return (
    pathInScope(c.outletPath, reach) ||
    (c.departmentPath !== null && pathInScope(c.departmentPath, actor.scopePaths)) ||
    c.raisedByAccountId === actor.accountId
  );
}
