import { and, eq, inArray } from 'drizzle-orm';
import { permissionsOf, ROLES, type Role } from '../../../contracts/roles.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../db/schema/accounts.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';

/**
 * The accounts a reminder run serves, as the services see a signed-in account: every
 * enabled account whose roles give notifications.read (the business roles), with its
 * roles, scope and person. No session: the run acts on their behalf, reading only.
 */
export async function reminderActors(db: Db, accountIds?: readonly number[]): Promise<Actor[]> {
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
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [roleRows, scopeRows] = await Promise.all([
    db.select().from(accountRoles).where(inArray(accountRoles.accountId, ids)),
    db
      .select({ accountId: accountScopes.accountId, unitId: units.id, path: units.path })
      .from(accountScopes)
      .innerJoin(units, eq(units.id, accountScopes.unitId))
      .where(inArray(accountScopes.accountId, ids)),
  ]);
  const out: Actor[] = [];
  for (const r of rows) {
    const roles = roleRows
      .filter((x) => x.accountId === r.id)
      .map((x) => x.role)
      .filter((x): x is Role => (ROLES as readonly string[]).includes(x));
    const permissions = new Set(permissionsOf(roles));
    if (!permissions.has('notifications.read')) continue;
    const scope = scopeRows.filter((s) => s.accountId === r.id);
    out.push({
      accountId: r.id,
      username: r.username,
      displayName: r.displayName,
      personId: r.personId,
      roles,
      permissions,
      scopeUnitIds: scope.map((s) => s.unitId),
      scopePaths: scope.map((s) => s.path),
      mustChangePassword: false,
      passwordExpiresAt: null,
      sessionId: '',
      csrfToken: '',
      sessionExpiresAt: new Date(0),
    });
  }
  return out;
}
