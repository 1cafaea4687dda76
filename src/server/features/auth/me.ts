import { inArray } from 'drizzle-orm';
import type { Me } from '../../../contracts/auth.ts';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';

/** The signed-in account as the web client needs it. */
export async function describeMe(db: Db, actor: Actor, policy: SecuritySettings): Promise<Me> {
  const scope =
    actor.scopeUnitIds.length === 0
      ? []
      : await db
          .select({ id: units.id, code: units.code, name: units.name })
          .from(units)
          .where(inArray(units.id, actor.scopeUnitIds))
          .orderBy(units.path);
  return {
    account: {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      personId: actor.personId,
    },
    roles: actor.roles,
    permissions: [...actor.permissions],
    scope,
    mustChangePassword: actor.mustChangePassword,
    passwordExpiresAt: actor.passwordExpiresAt?.toISOString() ?? null,
    csrfToken: actor.csrfToken,
    session: { idleMinutes: policy.sessionIdleMinutes, expiresAt: actor.sessionExpiresAt.toISOString() },
  };
}
