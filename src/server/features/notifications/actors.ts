import type { Db } from '../../db/client.ts';
import { accountActors } from '../../platform/account-actors.ts';
import type { Actor } from '../../platform/actor.ts';

/**
 * The accounts a reminder run serves: every enabled account whose roles give
 * notifications.read (the business roles), as the services see it signed in.
 */
export async function reminderActors(db: Db, accountIds?: readonly number[]): Promise<Actor[]> {
  return (await accountActors(db, accountIds)).filter((a) => a.permissions.has('notifications.read'));
}
