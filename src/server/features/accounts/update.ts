import { eq } from 'drizzle-orm';
import type { Account, UpdateAccountBody } from '../../../contracts/accounts.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, staleVersion } from '../../platform/errors.ts';
import { endAccountSessions } from '../../platform/sessions.ts';
import { getAccount, lockAccount } from './queries.ts';

/** Renames or (re-)enables an account; disabling ends its sessions at once. */
export async function updateAccount(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateAccountBody,
): Promise<Account> {
  const row = await lockAccount(tx, id);
  if (row.version !== body.version) throw staleVersion();
  if (body.disabled !== undefined && body.disabled !== row.disabled && id === ctx.actor.accountId) {
    throw new AppError('SELF_MODIFICATION');
  }
  const next = {
    displayName: body.displayName ?? row.displayName,
    disabled: body.disabled ?? row.disabled,
  };
  await tx
    .update(accounts)
    .set({ ...next, updatedAt: new Date(), version: row.version + 1 })
    .where(eq(accounts.id, id));
  const sessionsEnded = next.disabled && !row.disabled ? await endAccountSessions(tx, id) : 0;
  await writeAudit(tx, ctx.audit, {
    action: 'account.update',
    targetType: 'account',
    targetId: id,
    before: { displayName: row.displayName, disabled: row.disabled },
    after: next,
    ...(sessionsEnded ? { detail: { sessionsEnded } } : {}),
  });
  return getAccount(tx, id);
}
