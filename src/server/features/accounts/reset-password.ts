import { eq } from 'drizzle-orm';
import type { Account } from '../../../contracts/accounts.ts';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { loginFailures } from '../../db/schema/sessions.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import { generateOneTimePassword, hashPassword } from '../../platform/passwords.ts';
import { endAccountSessions } from '../../platform/sessions.ts';
import { rememberPassword } from '../auth/password.ts';
import { getAccount, lockAccount } from './queries.ts';

/**
 * Issues a new one-time password: it must be changed at next login, the
 * account's sessions end and a pending lockout is lifted.
 */
export async function resetPassword(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  version: number,
  policy: SecuritySettings,
): Promise<{ account: Account; oneTimePassword: string }> {
  const row = await lockAccount(tx, id);
  if (row.version !== version) throw staleVersion();
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await tx
    .update(accounts)
    .set({
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
      version: row.version + 1,
    })
    .where(eq(accounts.id, id));
  await rememberPassword(tx, id, passwordHash, policy.passwordHistory);
  await tx.delete(loginFailures).where(eq(loginFailures.usernameKey, row.username));
  const sessionsEnded = await endAccountSessions(tx, id);
  await writeAudit(tx, ctx.audit, {
    action: 'account.password_reset',
    targetType: 'account',
    targetId: id,
    before: { passwordHash: row.passwordHash, mustChangePassword: row.mustChangePassword },
    after: { passwordHash, mustChangePassword: true },
    detail: { sessionsEnded },
  });
  return { account: await getAccount(tx, id), oneTimePassword };
}
