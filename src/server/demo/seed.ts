import { count, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accountRoles, accountScopes, accounts, passwordHistory } from '../db/schema/accounts.ts';
import { units } from '../db/schema/units.ts';
import { insertUnits } from '../features/units/insert.ts';
import { writeAudit } from '../platform/audit.ts';
import { hashPassword } from '../platform/passwords.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { demoUnits } from './units.ts';

/** True when the database holds neither units nor accounts: a fresh install. */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const [[u], [a]] = await Promise.all([
    db.select({ n: count() }).from(units),
    db.select({ n: count() }).from(accounts),
  ]);
  return (u?.n ?? 0) === 0 && (a?.n ?? 0) === 0;
}

/** Fills an empty database with the fictional enterprise and one account per role, in one transaction. */
export async function seedDemo(db: Db): Promise<{ units: number; accounts: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const ids = await insertUnits(tx, demoUnits());
    const inserted = await tx
      .insert(accounts)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          passwordHash,
          mustChangePassword: false,
          isDemo: true,
        })),
      )
      .returning({ id: accounts.id, username: accounts.username });
    const idOf = new Map(inserted.map((r) => [r.username, r.id]));
    const accountId = (username: string) => idOf.get(username)!;
    await tx.insert(passwordHistory).values(inserted.map((r) => ({ accountId: r.id, passwordHash })));
    await tx
      .insert(accountRoles)
      .values(DEMO_ACCOUNTS.map((a) => ({ accountId: accountId(a.username), role: a.role })));
    const scopes = DEMO_ACCOUNTS.flatMap((a) =>
      a.scope.map((code) => ({ accountId: accountId(a.username), unitId: ids.get(code)! })),
    );
    if (scopes.length) await tx.insert(accountScopes).values(scopes);
    await writeAudit(
      tx,
      { actorId: null, actorUsername: 'system', ip: null, requestId: null },
      { action: 'demo.seed', targetType: 'system', detail: { units: ids.size, accounts: inserted.length } },
    );
    // Sanity: every scope code resolved.
    const check = await tx
      .select({ n: count() })
      .from(units)
      .where(inArray(units.code, [...ids.keys()]));
    if ((check[0]?.n ?? 0) !== ids.size) throw new Error('demo units incomplete');
    return { units: ids.size, accounts: inserted.length };
  });
}
