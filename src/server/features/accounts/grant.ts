import { eq, inArray } from 'drizzle-orm';
import type { Account, GrantBody } from '../../../contracts/accounts.ts';
import { roleConflict } from '../../../contracts/roles.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accountScopes, accounts } from '../../db/schema/accounts.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, staleVersion } from '../../platform/errors.ts';
import { endAccountSessions } from '../../platform/sessions.ts';
import { getAccount, lockAccount } from './queries.ts';

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Sets an account's roles and data scope (security administrator). The three
 * administrator roles exclude each other and business roles; nobody changes
 * their own grants; a change ends the account's sessions so it takes effect at once.
 */
export async function grantAccount(tx: Db, ctx: ServiceContext, id: number, body: GrantBody): Promise<Account> {
  if (id === ctx.actor.accountId) throw new AppError('SELF_MODIFICATION');
  const roles = [...new Set(body.roles)];
  if (roleConflict(roles)) {
    throw new AppError('ROLE_CONFLICT', { details: { fields: [{ field: 'roles', reason: 'conflict' }] } });
  }
  const row = await lockAccount(tx, id);
  if (row.version !== body.version) throw staleVersion();
  const scopeIds = [...new Set(body.scopeUnitIds)];
  if (scopeIds.length > 0) {
    const found = await tx.select({ id: units.id }).from(units).where(inArray(units.id, scopeIds));
    const missing = scopeIds.filter((u) => !found.some((f) => f.id === u));
    if (missing.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        params: {
          summary:
            ctx.lang === 'zh-CN'
              ? `数据范围中的机构不存在：${missing.join('、')}`
              : `unknown units in scope: ${missing.join(', ')}`,
        },
        details: { fields: [{ field: 'scopeUnitIds', reason: 'unknown_unit' }] },
      });
    }
  }
  const before = await getAccount(tx, id);
  await tx.delete(accountRoles).where(eq(accountRoles.accountId, id));
  if (roles.length) await tx.insert(accountRoles).values(roles.map((role) => ({ accountId: id, role })));
  await tx.delete(accountScopes).where(eq(accountScopes.accountId, id));
  if (scopeIds.length) await tx.insert(accountScopes).values(scopeIds.map((unitId) => ({ accountId: id, unitId })));
  await tx
    .update(accounts)
    .set({ updatedAt: new Date(), version: row.version + 1 })
    .where(eq(accounts.id, id));
  const changed =
    !sameSet(before.roles, roles) ||
    !sameSet(
      before.scope.map((s) => s.id),
      scopeIds,
    );
  const sessionsEnded = changed ? await endAccountSessions(tx, id) : 0;
  await writeAudit(tx, ctx.audit, {
    action: 'account.grant',
    targetType: 'account',
    targetId: id,
    before: { roles: before.roles, scopeUnitIds: before.scope.map((s) => s.id) },
    after: { roles, scopeUnitIds: scopeIds },
    detail: { sessionsEnded },
  });
  return getAccount(tx, id);
}
