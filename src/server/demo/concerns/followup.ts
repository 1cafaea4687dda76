import { OPEN_STATES } from '../../../contracts/concerns.ts';
import { chinaTime } from '../activity/plan.ts';
import { dayOf, isoOf } from '../dates.ts';
import type { ConcernContext } from './build.ts';
import type { PlanAdmonition, PlanConcern, PlanExemplar } from './types.ts';

/**
 * 跟踪问效 in the demo: two well-solved concerns and the counselor who solved
 * the most at once held up as examples; a reminder to the department with the
 * most overdue concerns and an admonition talk with another one that let one
 * slip for months.
 */
const DAY_MS = 86_400_000;
const localDay = (t: number) => Math.floor((t + 8 * 3_600_000) / DAY_MS);

export function planFollowUp(
  ctx: ConcernContext,
  concerns: readonly PlanConcern[],
): { exemplars: PlanExemplar[]; admonitions: PlanAdmonition[] } {
  const admin = ctx.actors.admin.accountId;
  const at = (day: number) => Math.min(chinaTime(day, 10), ctx.limit - 60_000);
  const exemplars: PlanExemplar[] = [];
  const praised = concerns
    .filter(
      (c) => c.state === 'closed' && c.tier === 2 && c.satisfaction === 5 && c.closedAt! < ctx.limit - 20 * DAY_MS,
    )
    .sort(
      (a, b) =>
        Number(b.departmentUnitId === ctx.handlerDepartmentId) -
          Number(a.departmentUnitId === ctx.handlerDepartmentId) || a.id - b.id,
    )
    .slice(0, 2);
  for (const c of praised) {
    exemplars.push({
      subject: 'concern',
      concernId: c.id,
      personId: null,
      unitId: c.unitId,
      title: `${c.title}：接诉即办的典型案例`,
      writeUp: `网点反映"${c.title}"后，承办部门当日受理、限期办结，${c.resolution ?? ''}网点对办理结果非常满意。`,
      markedBy: admin,
      markedAt: at(localDay(c.closedAt!) + 7),
    });
  }
  const solvedBy = new Map<number, number>();
  for (const c of concerns) {
    if (c.tier === 1 && c.state === 'closed' && c.counselorPersonId) {
      solvedBy.set(c.counselorPersonId, (solvedBy.get(c.counselorPersonId) ?? 0) + 1);
    }
  }
  const [best] = [...solvedBy].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const person = best ? [...ctx.world.people.values()].find((p) => p.id === best[0]) : undefined;
  if (person) {
    exemplars.push({
      subject: 'counselor',
      concernId: null,
      personId: person.id,
      unitId: ctx.world.units.get(person.unitCode)!.id,
      title: `${person.name}：把问题解决在网点一线`,
      writeUp: `${person.name}同志担任党建辅导员以来，坚持每月走访结对网点，收集的${best![1]}件意见建议当场协调解决，员工称其为"贴心人"。`,
      markedBy: admin,
      markedAt: at(ctx.today - 30),
    });
  }

  const overdue = concerns.filter(
    (c) =>
      c.dueOn !== null && OPEN_STATES.includes(c.state) && dayOf(c.dueOn) < ctx.today && c.departmentUnitId !== null,
  );
  const byDepartment = new Map<number, PlanConcern[]>();
  for (const c of overdue) byDepartment.set(c.departmentUnitId!, [...(byDepartment.get(c.departmentUnitId!) ?? []), c]);
  const ranked = [...byDepartment].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const admonitions: PlanAdmonition[] = [];
  const [most, next] = ranked;
  if (most) {
    admonitions.push({
      kind: 'reminder',
      departmentUnitId: most[0],
      personId: null,
      unitId: most[0],
      occurredOn: isoOf(ctx.today - 5),
      reason: `${ctx.unitById.get(most[0])?.name ?? ''}有${most[1].length}件意见建议超期未办结，提醒按期办理并报告进展。`,
      concernId: most[1][0]!.id,
      recordedBy: admin,
      createdAt: at(ctx.today - 5),
    });
  }
  if (next) {
    const oldest = [...next[1]].sort((a, b) => a.raisedAt - b.raisedAt)[0]!;
    admonitions.push({
      kind: 'admonition',
      departmentUnitId: next[0],
      personId: null,
      unitId: next[0],
      occurredOn: isoOf(ctx.today - 12),
      reason: `"${oldest.title}"超期${Math.max(1, ctx.today - 12 - dayOf(oldest.dueOn!))}天仍未解决，约谈部门负责人，要求十日内拿出解决方案。`,
      concernId: oldest.id,
      recordedBy: admin,
      createdAt: at(ctx.today - 12),
    });
  }
  return { exemplars, admonitions };
}
