import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { listDueTalks } from '../talks/due-talks.ts';
import { type Candidate, itemKey } from './candidate.ts';

/**
 * The due talks the account must hold (responsible, or current secretary of the org):
 * open → talk_due, past due → talk_overdue. The reason stays out of the title (it is
 * confidential, and titles may reach a chat group).
 */
export async function talkCandidates(db: Db, actor: Actor, today: string): Promise<Candidate[]> {
  if (actor.personId === null || !actor.permissions.has('talks.read')) return [];
  const { items } = await listDueTalks(db, actor, { view: 'mine' }, today);
  const out: Candidate[] = [];
  for (const d of items) {
    if (d.state !== 'open' && d.state !== 'overdue') continue;
    const kind = d.state === 'open' ? 'talk_due' : 'talk_overdue';
    out.push({
      kind,
      itemKey: itemKey(kind, `due${d.id}`, d.state, d.dueOn),
      unitId: d.unit.id,
      titleZh: `${d.state === 'open' ? '【应谈话】' : '【逾期】'}${d.unit.name} · 与${d.person.name}谈心谈话（${d.dueOn} 前）`,
      titleEn: `${d.state === 'open' ? '[Talk due]' : '[Overdue]'} ${d.unit.name} · talk with ${d.person.name} (by ${d.dueOn})`,
      link: '/talks?tab=due',
      dueOn: d.dueOn,
      params: { dueTalkId: d.id },
    });
  }
  return out;
}
