import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import { accountActors } from '../../platform/account-actors.ts';
import type { Actor } from '../../platform/actor.ts';
import { underPaths } from '../../platform/scope.ts';

/**
 * The accounts a reminder run serves: every enabled account whose roles give
 * notifications.read (the business roles), as the services see it signed in.
 */
export async function reminderActors(db: Db, accountIds?: readonly number[]): Promise<Actor[]> {
  return (await accountActors(db, accountIds)).filter((a) => a.permissions.has('notifications.read'));
}

/** The accounts whose data scope lies within `scopePaths` (a department runs reminders for its own people). */
export async function accountsWithin(db: Db, scopePaths: readonly string[]): Promise<number[]> {
  const rows = rowsOf<{ account_id: number | string }>(
    await db.execute(sql`select distinct s.account_id from account_scopes s join units u on u.id = s.unit_id
      where ${underPaths(sql`u.path`, scopePaths)}`),
  );
  return rows.map((x) => Number(x.account_id));
}
