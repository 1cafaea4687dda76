import { eq } from 'drizzle-orm';
import { permissionsOf, ROLES, type Role } from '../../../contracts/roles.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../db/schema/accounts.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';

/**
 * The Actor of an account as a session would build it (platform/sessions.ts loadActor),
 * for work done later on its behalf: a report job checks the requester's roles and scope
 * as they are when it runs. Null when the account is gone or disabled.
 */
export async function actorOfAccount(db: Db, accountId: number): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      personId: accounts.personId,
      disabled: accounts.disabled,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!row || row.disabled) return null;
  const [roleRows, scopeRows] = await Promise.all([
    db.select({ role: accountRoles.role }).from(accountRoles).where(eq(accountRoles.accountId, accountId)),
    db
      .select({ unitId: units.id, path: units.path })
      .from(accountScopes)
      .innerJoin(units, eq(units.id, accountScopes.unitId))
      .where(eq(accountScopes.accountId, accountId)),
  ]);
  const roles = roleRows.map((r) => r.role).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    accountId: row.id,
    username: row.username,
    displayName: row.displayName,
    personId: row.personId,
    roles,
    permissions: new Set(permissionsOf(roles)),
    scopeUnitIds: scopeRows.map((s) => s.unitId),
    scopePaths: scopeRows.map((s) => s.path),
    mustChangePassword: false,
    passwordExpiresAt: null,
    sessionId: '',
    csrfToken: '',
    sessionExpiresAt: new Date(0),
  };
}
