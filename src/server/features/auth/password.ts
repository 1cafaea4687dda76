import { and, desc, eq, ne, notInArray } from 'drizzle-orm';
import type { ChangePasswordBody } from '../../../contracts/auth.ts';
import { checkPassword, passwordViolationMessages } from '../../../contracts/password-policy.ts';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { accounts, passwordHistory } from '../../db/schema/accounts.ts';
import { sessions } from '../../db/schema/sessions.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';

/** Refuses a password that breaks the policy, naming each rule it breaks. */
export function assertPasswordPolicy(password: string, username: string, ctx: Pick<ServiceContext, 'lang'>): void {
  const violations = checkPassword(password, username);
  if (violations.length === 0) return;
  const messages = passwordViolationMessages(violations, ctx.lang);
  throw new AppError('PASSWORD_POLICY', {
    params: { summary: messages.join(ctx.lang === 'zh-CN' ? '；' : '; ') },
    details: { fields: violations.map((v, i) => ({ field: 'newPassword', reason: v, message: messages[i] })) },
  });
}

/** Records a newly set password hash and keeps only as many as the policy compares against. */
export async function rememberPassword(db: Db, accountId: number, passwordHash: string, keep: number): Promise<void> {
  await db.insert(passwordHistory).values({ accountId, passwordHash });
  const recent = await db
    .select({ id: passwordHistory.id })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, accountId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(Math.max(keep, 1));
  await db.delete(passwordHistory).where(
    and(
      eq(passwordHistory.accountId, accountId),
      notInArray(
        passwordHistory.id,
        recent.map((r) => r.id),
      ),
    ),
  );
}

/**
 * Changes the caller's own password: the current one must be right, the new one
 * must meet the policy and differ from the last N. Other sessions of the account end.
 */
export async function changePassword(
  tx: Db,
  ctx: ServiceContext,
  body: ChangePasswordBody,
  policy: SecuritySettings,
): Promise<void> {
  const [account] = await tx.select().from(accounts).where(eq(accounts.id, ctx.actor.accountId));
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(account.passwordHash, body.currentPassword))) {
    throw new AppError('PASSWORD_WRONG', {
      details: { fields: [{ field: 'currentPassword', reason: 'wrong' }] },
    });
  }
  assertPasswordPolicy(body.newPassword, account.username, ctx);
  const history = await tx
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.accountId, account.id))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(policy.passwordHistory);
  // The history's newest entry is the current password; it is refused even when the history is off.
  const previous = history.map((h) => h.hash);
  if (!previous.includes(account.passwordHash)) previous.unshift(account.passwordHash);
  for (const h of previous) {
    if (await verifyPassword(h, body.newPassword)) {
      throw new AppError('PASSWORD_REUSED', {
        params: { count: Math.max(policy.passwordHistory, 1) },
        details: { fields: [{ field: 'newPassword', reason: 'reused' }] },
      });
    }
  }
  const passwordHash = await hashPassword(body.newPassword);
  const now = new Date();
  await tx
    .update(accounts)
    .set({
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
      updatedAt: now,
      version: account.version + 1,
    })
    .where(eq(accounts.id, account.id));
  await rememberPassword(tx, account.id, passwordHash, policy.passwordHistory);
  await tx.delete(sessions).where(and(eq(sessions.accountId, account.id), ne(sessions.id, ctx.actor.sessionId)));
  await writeAudit(tx, ctx.audit, {
    action: 'auth.password_change',
    targetType: 'account',
    targetId: account.id,
    before: { passwordHash: account.passwordHash, mustChangePassword: account.mustChangePassword },
    after: { passwordHash, mustChangePassword: false },
  });
}
