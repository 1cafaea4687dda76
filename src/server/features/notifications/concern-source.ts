import { eq } from 'drizzle-orm';
import type { ConcernState } from '../../../contracts/concerns.ts';
import type { Db } from '../../db/client.ts';
import { concerns } from '../../db/schema/concerns.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { isOverdue, waitingFor } from '../concerns/queries.ts';
import { concernReach } from '../concerns/reach.ts';
import { type Candidate, itemKey } from './candidate.ts';

const LIMIT = 500;

/**
 * The concerns waiting for the account (GET /api/concerns?queue=mine): concern_waiting,
 * or concern_overdue once past the SLA date. The concern's state is part of the key, so
 * a concern that comes back (returned, reopened) reminds again.
 */
export async function concernCandidates(db: Db, actor: Actor, today: string): Promise<Candidate[]> {
  if (!actor.permissions.has('concerns.read')) return [];
  const reach = await concernReach(db, actor, today);
  const rows = await db
    .select({
      id: concerns.id,
      title: concerns.title,
      state: concerns.state,
      dueOn: concerns.dueOn,
      unitId: concerns.unitId,
      unitName: units.name,
    })
    .from(concerns)
    .innerJoin(units, eq(units.id, concerns.unitId))
    .where(waitingFor(actor, reach))
    .orderBy(concerns.id)
    .limit(LIMIT);
  return rows.map((c) => {
    const overdue = isOverdue(c.state as ConcernState, c.dueOn, today);
    const kind = overdue ? 'concern_overdue' : 'concern_waiting';
    return {
      kind,
      itemKey: itemKey(kind, `concern${c.id}`, c.state, c.dueOn ?? '-'),
      unitId: c.unitId,
      titleZh: `${overdue ? '【逾期】' : '【待处理】'}${c.unitName} · 诉求「${c.title}」${c.dueOn ? `（${c.dueOn} 前）` : ''}`,
      titleEn: `${overdue ? '[Overdue]' : '[Waiting]'} ${c.unitName} · concern "${c.title}"${c.dueOn ? ` (by ${c.dueOn})` : ''}`,
      link: `/concerns/${c.id}`,
      dueOn: c.dueOn,
      params: { concernId: c.id, state: c.state },
    };
  });
}
