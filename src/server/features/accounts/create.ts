import { eq } from 'drizzle-orm';
import type { Account, CreateAccountBody } from '../../../contracts/accounts.ts';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { generateOneTimePassword, hashPassword } from '../../platform/passwords.ts';
import { rememberPassword } from '../auth/password.ts';
import { getAccount } from './queries.ts';

/**
 * Creates an account with a one-time password that must be changed at first
 * login. The account has no roles: granting them is the security administrator's job.
 */
export async function createAccount(
  tx: Db,
  ctx: ServiceContext,
  body: CreateAccountBody,
  policy: SecuritySettings,
): Promise<{ account: Account; oneTimePassword: string }> {
  const username = body.username.toLowerCase();
  const [taken] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  if (taken) {
    throw new AppError('USERNAME_TAKEN', { details: { fields: [{ field: 'username', reason: 'taken' }] } });
  }
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const [row] = await tx
    .insert(accounts)
    .values({ username, displayName: body.displayName, passwordHash, mustChangePassword: true })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await rememberPassword(tx, row.id, passwordHash, policy.passwordHistory);
  await writeAudit(tx, ctx.audit, {
    action: 'account.create',
    targetType: 'account',
    targetId: row.id,
    before: null,
    after: { username, displayName: row.displayName, disabled: false, mustChangePassword: true },
  });
  return { account: await getAccount(tx, row.id), oneTimePassword };
}
