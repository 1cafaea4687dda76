import type { Db } from '../../db/client.ts';
import { accountActors } from '../../platform/account-actors.ts';
import type { Actor } from '../../platform/actor.ts';

/**
 * The requester as a session would see it, for a report job: its roles and scope are
 * checked as they are when the job runs. Null when the account is gone or disabled.
 */
export async function actorOfAccount(db: Db, accountId: number): Promise<Actor | null> {
  return (await accountActors(db, [accountId]))[0] ?? null;
}
