import type { Db } from '../../db/client.ts';

/**
 * Turns newly created notifications into messages for the chat-group robots of the
 * units above their items (one message per robot and run, listing the items), and
 * returns the ids of the deliveries queued. Idempotent: a second call for the same
 * notifications queues nothing. Stub registered by the lead; H5 implements it.
 */
export async function fanOutNotifications(_db: Db, _notificationIds: readonly number[]): Promise<number[]> {
  return [];
}
