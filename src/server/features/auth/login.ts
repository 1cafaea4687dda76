import { eq, sql } from 'drizzle-orm';
import type { SecuritySettings } from '../../../contracts/settings.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { loginFailures, loginRate } from '../../db/schema/sessions.ts';
import { type AuditContext, writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { dummyPasswordHash, verifyPassword } from '../../platform/passwords.ts';
import { createSession, pruneSessions } from '../../platform/sessions.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
  requestId: string;
}

export interface LoginOutcome {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Counts this attempt in the IP's one-minute window; true when over the limit. */
async function overRateLimit(db: Db, ip: string, limit: number): Promise<boolean> {
  const [row] = await db
    .insert(loginRate)
    .values({ ip, windowStart: sql`date_trunc('minute', now())`, count: 1 })
    .onConflictDoUpdate({
      target: [loginRate.ip, loginRate.windowStart],
      set: { count: sql`${loginRate.count} + 1` },
    })
    .returning({ count: loginRate.count });
  // Old windows are useless; drop them now and then rather than in a job.
  if (Math.random() < 0.02) await db.delete(loginRate).where(sql`${loginRate.windowStart} < now() - interval '1 hour'`);
  return (row?.count ?? 0) > limit;
}

/** Adds one consecutive failure atomically (the upsert locks the row) and returns the new count. */
async function countFailure(db: Db, usernameKey: string): Promise<number> {
  const [row] = await db
    .insert(loginFailures)
    .values({ usernameKey, failedCount: 1, lockedUntil: null })
    .onConflictDoUpdate({
      target: loginFailures.usernameKey,
      // A lock that has run out starts a new series.
      set: {
        failedCount: sql`case when ${loginFailures.lockedUntil} is null then ${loginFailures.failedCount} + 1 else 1 end`,
        lockedUntil: null,
        lastFailedAt: sql`now()`,
      },
    })
    .returning({ failedCount: loginFailures.failedCount });
  return row?.failedCount ?? 1;
}

function minutesLeft(until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
}

/**
 * Signs in. Unknown usernames, wrong passwords and disabled accounts all answer
 * the same way, take the same time (a hash is always verified) and count toward
 * the same lockout, so the answer never tells whether a username exists.
 */
export async function login(db: Db, input: LoginInput, policy: SecuritySettings): Promise<LoginOutcome> {
  const usernameKey = input.username.trim().toLowerCase();
  const anonymous: AuditContext = {
    actorId: null,
    actorUsername: usernameKey,
    ip: input.ip,
    requestId: input.requestId,
  };

  // Decide inside one transaction, then throw after it commits: failures must be recorded.
  const outcome = await db.transaction(async (tx): Promise<LoginOutcome | AppError> => {
    if (await overRateLimit(tx, input.ip, policy.loginRatePerMinute)) {
      await writeAudit(tx, anonymous, { action: 'auth.login', result: 'denied', detail: { reason: 'rate_limited' } });
      return new AppError('RATE_LIMITED');
    }
    const [failure] = await tx.select().from(loginFailures).where(eq(loginFailures.usernameKey, usernameKey));
    if (failure?.lockedUntil && failure.lockedUntil.getTime() > Date.now()) {
      await writeAudit(tx, anonymous, { action: 'auth.login', result: 'denied', detail: { reason: 'locked' } });
      return new AppError('ACCOUNT_LOCKED', { params: { minutes: minutesLeft(failure.lockedUntil) } });
    }
    const [account] = await tx.select().from(accounts).where(eq(accounts.username, usernameKey));
    const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!account || !passwordOk || account.disabled) {
      const reason = !account ? 'unknown_user' : account.disabled ? 'disabled' : 'bad_password';
      const count = await countFailure(tx, usernameKey);
      const locks = count >= policy.lockoutThreshold;
      if (locks) {
        const lockedUntil = new Date(Date.now() + policy.lockoutMinutes * 60_000);
        await tx
          .update(loginFailures)
          .set({ failedCount: 0, lockedUntil })
          .where(eq(loginFailures.usernameKey, usernameKey));
      }
      const ctx = { ...anonymous, actorId: account?.id ?? null };
      await writeAudit(tx, ctx, {
        action: 'auth.login',
        targetType: account ? 'account' : null,
        targetId: account?.id ?? null,
        result: 'failure',
        detail: { reason, consecutiveFailures: count },
      });
      if (locks) {
        await writeAudit(tx, ctx, {
          action: 'auth.lockout',
          targetType: account ? 'account' : null,
          targetId: account?.id ?? null,
          result: 'success',
          detail: { minutes: policy.lockoutMinutes },
        });
        return new AppError('ACCOUNT_LOCKED', { params: { minutes: policy.lockoutMinutes } });
      }
      return new AppError('INVALID_CREDENTIALS');
    }
    if (failure) await tx.delete(loginFailures).where(eq(loginFailures.usernameKey, usernameKey));
    // Dead sessions are harmless (every request re-checks expiry); sweep them now and then.
    if (Math.random() < 0.05) await pruneSessions(tx, policy);
    const session = await createSession(tx, account.id, policy, { ip: input.ip, userAgent: input.userAgent });
    await tx.update(accounts).set({ lastLoginAt: new Date() }).where(eq(accounts.id, account.id));
    await writeAudit(
      tx,
      { ...anonymous, actorId: account.id, actorUsername: account.username },
      { action: 'auth.login', targetType: 'account', targetId: account.id, result: 'success' },
    );
    return session;
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}
