import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import { permissionsOf } from '../../contracts/roles.ts';
import type { SecuritySettings } from '../../contracts/settings.ts';
import type { Db } from '../db/client.ts';
import { accounts } from '../db/schema/accounts.ts';
import { sessions } from '../db/schema/sessions.ts';
import { grantsOf } from './account-actors.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'ld_session';
export const CSRF_COOKIE = 'ld_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** last_seen_at is written at most this often, to spare a write per request. */
const TOUCH_INTERVAL_MS = 30_000;

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  accountId: number,
  policy: SecuritySettings,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.sessionAbsoluteHours * 3600_000);
  await db.insert(sessions).values({
    id: tokenId(token),
    accountId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of an account (disabled, roles changed, password reset). */
export async function endAccountSessions(db: Db, accountId: number): Promise<number> {
  const removed = await db.delete(sessions).where(eq(sessions.accountId, accountId)).returning({ id: sessions.id });
  return removed.length;
}

export function passwordExpiry(
  account: { passwordChangedAt: Date; isDemo: boolean },
  policy: SecuritySettings,
  demoMode: boolean,
): Date | null {
  if (policy.passwordExpiryDays === 0 || (demoMode && account.isDemo)) return null;
  return new Date(account.passwordChangedAt.getTime() + policy.passwordExpiryDays * 86_400_000);
}

/**
 * Resolves a cookie token to the acting account, or null when the session is
 * unknown, idle too long, past its lifetime, or its account is disabled.
 */
export async function loadActor(
  db: Db,
  token: string,
  policy: SecuritySettings,
  demoMode: boolean,
  now = new Date(),
): Promise<Actor | null> {
  const id = tokenId(token);
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      accountId: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      personId: accounts.personId,
      disabled: accounts.disabled,
      mustChangePassword: accounts.mustChangePassword,
      passwordChangedAt: accounts.passwordChangedAt,
      isDemo: accounts.isDemo,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const idleLimit = row.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000;
  if (row.disabled || now.getTime() >= row.expiresAt.getTime() || now.getTime() >= idleLimit) {
    await endSession(db, id);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const grants = (await grantsOf(db, [row.accountId])).get(row.accountId)!;
  const expiresAt = passwordExpiry(row, policy, demoMode);
  const expired = expiresAt !== null && now.getTime() >= expiresAt.getTime();
  return {
    accountId: row.accountId,
    username: row.username,
    displayName: row.displayName,
    personId: row.personId,
    ...grants,
    permissions: new Set(permissionsOf(grants.roles)),
    mustChangePassword: (row.mustChangePassword && !(demoMode && row.isDemo)) || expired,
    passwordExpiresAt: expiresAt,
    sessionId: id,
    csrfToken: row.csrfToken,
    sessionExpiresAt: row.expiresAt,
  };
}

/** Removes sessions that can no longer be used; called opportunistically at login. */
export async function pruneSessions(db: Db, policy: SecuritySettings, now = new Date()): Promise<void> {
  const idleCutoff = new Date(now.getTime() - policy.sessionIdleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}
