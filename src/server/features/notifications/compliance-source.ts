import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { dayBefore } from '../compliance/periods.ts';
import { todoFor } from '../compliance/todo.ts';
import { type Candidate, itemKey } from './candidate.ts';

/**
 * The account's compliance to-do (its person's pairings and the orgs it is secretary
 * of): each rule's period that is due (action_due) or was missed (action_overdue).
 */
export async function complianceCandidates(db: Db, actor: Actor, now: Date): Promise<Candidate[]> {
  if (actor.personId === null || !actor.permissions.has('compliance.read')) return [];
  const { items } = await todoFor(db, actor, now);
  const out: Candidate[] = [];
  for (const it of items) {
    if (it.status !== 'due' && it.status !== 'overdue') continue;
    const kind = it.status === 'due' ? 'action_due' : 'action_overdue';
    const what = it.subject.detail || it.subject.name;
    const item = `${it.subject.type}${it.subject.id}-rule${it.rule.id}`;
    const label = it.period.label;
    const counts = `${it.done}/${it.required}`;
    out.push({
      kind,
      itemKey: itemKey(kind, item, it.status, label),
      unitId: it.recordFor.unitId || null,
      titleZh: `${it.status === 'due' ? '【应办】' : '【逾期】'}${what} · ${it.rule.name}（${label}，已完成 ${counts}）`,
      titleEn: `${it.status === 'due' ? '[Due]' : '[Overdue]'} ${what} · ${it.rule.name} (${label}, done ${counts})`,
      link: '/todo',
      // The period's end is exclusive: the last day to act is the day before.
      dueOn: dayBefore(it.period.end),
      params: { ruleId: it.rule.id, subjectType: it.subject.type, subjectId: it.subject.id, period: label },
    });
  }
  return out;
}
