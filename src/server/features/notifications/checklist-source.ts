import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { checklistDueFor } from '../home/checklist-due.ts';
import { secretarySeatsOf } from '../party-orgs/secretary-seats.ts';
import { type Candidate, itemKey } from './candidate.ts';

/**
 * The checklist items a secretary's unit has due (the same rule as the home's card,
 * home/checklist-due.ts): due → checklist_due, past the day → checklist_overdue.
 */
export async function checklistCandidates(db: Db, actor: Actor, today: string): Promise<Candidate[]> {
  if (actor.personId === null || !actor.permissions.has('checklists.read')) return [];
  const units = new Map((await secretarySeatsOf(db, actor.personId)).map((s) => [s.unitId, s.unitName]));
  const out: Candidate[] = [];
  for (const [unitId, unitName] of units) {
    for (const d of await checklistDueFor(db, unitId, today)) {
      const kind = d.overdue ? 'checklist_overdue' : 'checklist_due';
      const [zh, en] =
        d.kind === 'monthly_report' ? [`一月一汇报（${d.title}）`, `Monthly report (${d.title})`] : [d.title, d.title];
      out.push({
        kind,
        itemKey: itemKey(kind, `a${d.assignmentId}:${d.itemId ?? 'report'}`, d.overdue ? 'overdue' : 'due', d.dueOn),
        unitId,
        titleZh: `${d.overdue ? '【逾期】' : '【责任清单】'}${unitName} · ${zh}（${d.dueOn} 前）`,
        titleEn: `${d.overdue ? '[Overdue]' : '[Checklist]'} ${unitName} · ${en} (by ${d.dueOn})`,
        link: `/checklists/assignments/${d.assignmentId}`,
        dueOn: d.dueOn,
        params: { assignmentId: d.assignmentId, itemId: d.itemId },
      });
    }
  }
  return out;
}
