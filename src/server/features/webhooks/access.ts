import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitWebhooks } from '../../db/schema/notifications.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound, outOfScope } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';

/** A robot is reached through its unit: in scope or 404 (audited like any hidden object). */
export async function webhookInScope(db: Db, actor: Actor, id: number, lock = false) {
  const q = db
    .select({ webhook: unitWebhooks, unitName: units.name, unitPath: units.path })
    .from(unitWebhooks)
    .innerJoin(units, eq(units.id, unitWebhooks.unitId))
    .where(and(eq(unitWebhooks.id, id), inScope(units.path, actor)));
  const [row] = lock ? await q.for('update', { of: unitWebhooks }) : await q;
  if (row) return row;
  const [exists] = await db.select({ id: unitWebhooks.id }).from(unitWebhooks).where(eq(unitWebhooks.id, id));
  throw exists ? outOfScope('unit_webhook', id) : notFound();
}
export type WebhookInScope = Awaited<ReturnType<typeof webhookInScope>>;
