import { and, eq, inArray } from 'drizzle-orm';
import { permissionsOf, ROLES, type Role } from '../../contracts/roles.ts';
import type { Db } from '../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../db/schema/accounts.ts';
import { units } from '../db/schema/units.ts';
import type { Actor } from './actor.ts';

export interface Grants {
  roles: Role[];
  scopeUnitIds: number[];
  scopePaths: string[];
}

/** Roles and data scope of accounts, in two statements: what a session and a job both act with. */
export async function grantsOf(db: Db, accountIds: readonly number[]): Promise<Map<number, Grants>> {
  const out = new Map<number, Grants>(accountIds.map((id) => [id, { roles: [], scopeUnitIds: [], scopePaths: [] }]));
  if (accountIds.length === 0) return out;
  const ids = [...accountIds];
  const [roleRows, scopeRows] = await Promise.all([
    db
      .select({ accountId: accountRoles.accountId, role: accountRoles.role })
      .from(accountRoles)
      .where(inArray(accountRoles.accountId, ids)),
    db
      .select({ accountId: accountScopes.accountId, unitId: units.id, path: units.path })
      .from(accountScopes)
      .innerJoin(units, eq(units.id, accountScopes.unitId))
      .where(inArray(accountScopes.accountId, ids)),
  ]);
  for (const r of roleRows) {
    if ((ROLES as readonly string[]).includes(r.role)) out.get(r.accountId)?.roles.push(r.role as Role);
  }
  for (const s of scopeRows) {
    const g = out.get(s.accountId);
    g?.scopeUnitIds.push(s.unitId);
    g?.scopePaths.push(s.path);
  }
  return out;
}

/**
 * Enabled accounts as Actors without a session, for work done later on their behalf
 * (a report job, a reminder run): their roles and scope as they are when the work runs.
 * All enabled accounts when `accountIds` is omitted.
 */
export async function accountActors(db: Db, accountIds?: readonly number[]): Promise<Actor[]> {
  const rows = await db
    .select({
      id: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      personId: accounts.personId,
    })
    .from(accounts)
    .where(and(eq(accounts.disabled, false), accountIds ? inArray(accounts.id, [...accountIds, 0]) : undefined))
    .orderBy(accounts.id);
  const grants = await grantsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const g = grants.get(r.id)!;
    return {
      accountId: r.id,
      username: r.username,
      displayName: r.displayName,
      personId: r.personId,
      ...g,
      permissions: new Set(permissionsOf(g.roles)),
      mustChangePassword: false,
      passwordExpiresAt: null,
      sessionId: '',
      csrfToken: '',
      sessionExpiresAt: new Date(0),
    };
  });
}
