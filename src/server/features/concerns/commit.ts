import { and, eq } from 'drizzle-orm';
import type { ConcernAction, ConcernState } from '../../../contracts/concerns.ts';
import type { Db } from '../../db/client.ts';
import { concernEvents, concerns } from '../../db/schema/concerns.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { staleVersion } from '../../platform/errors.ts';
import type { Position } from './policy.ts';

type ConcernPatch = Partial<Omit<typeof concerns.$inferInsert, 'id' | 'version' | 'state' | 'tier'>>;

export interface EventFacts {
  reason?: string | null;
  note?: string | null;
  departmentUnitId?: number | null;
  handlerAccountId?: number | null;
  satisfaction?: number | null;
}

/**
 * Moves a concern from `from` to `to` if nobody moved it since the caller read
 * `version`: the update's WHERE carries the version, so of two simultaneous
 * transitions exactly one changes the row and the other gets STALE_VERSION.
 * The timeline row and the audit row commit with it.
 */
export async function commitTransition(
  tx: Db,
  ctx: ServiceContext,
  c: { id: number; version: number },
  action: ConcernAction,
  from: Position,
  to: Position,
  patch: ConcernPatch,
  event: EventFacts,
): Promise<void> {
  const now = new Date();
  const [row] = await tx
    .update(concerns)
    .set({ ...patch, state: to.state, tier: to.tier, version: c.version + 1, updatedAt: now })
    .where(and(eq(concerns.id, c.id), eq(concerns.version, c.version)))
    .returning({ id: concerns.id });
  if (!row) throw staleVersion();
  await tx.insert(concernEvents).values({
    concernId: c.id,
    kind: action,
    fromState: from.state,
    toState: to.state,
    fromTier: from.tier,
    toTier: to.tier,
    actorAccountId: ctx.actor.accountId,
    actorName: ctx.actor.displayName,
    reason: event.reason ?? null,
    note: event.note ?? null,
    departmentUnitId: event.departmentUnitId ?? null,
    handlerAccountId: event.handlerAccountId ?? null,
    satisfaction: event.satisfaction ?? null,
    at: now,
  });
  await writeAudit(tx, ctx.audit, {
    action: `concern.${action}`,
    targetType: 'concern',
    targetId: c.id,
    before: { state: from.state, tier: from.tier },
    after: { state: to.state, tier: to.tier, ...patch },
    detail: { ...event },
  });
}

export type { ConcernPatch, ConcernState };
