import { and, eq } from 'drizzle-orm';
import type { Appraisal, AppraisalBody } from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import { checklistAppraisals } from '../../db/schema/checklists.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, staleVersion } from '../../platform/errors.ts';
import { assignmentInScope } from './access.ts';
import { appraisalScore } from './score.ts';

type Row = typeof checklistAppraisals.$inferSelect;
export function appraisalOut(r: Row): Appraisal {
  return {
    assignmentId: r.assignmentId,
    excellent: r.excellent,
    good: r.good,
    fair: r.fair,
    poor: r.poor,
    score: appraisalScore(r) ?? 0,
    enteredAt: r.enteredAt.toISOString(),
    version: r.version,
  };
}

/** Enters (no version) or corrects (with the version read) an assigned unit's appraisal tallies. */
export async function putAppraisal(
  tx: Db,
  ctx: ServiceContext,
  assignmentId: number,
  body: AppraisalBody,
): Promise<Appraisal> {
  await assignmentInScope(tx, ctx.actor, assignmentId);
  const tallies = { excellent: body.excellent, good: body.good, fair: body.fair, poor: body.poor };
  const [current] = await tx
    .select()
    .from(checklistAppraisals)
    .where(eq(checklistAppraisals.assignmentId, assignmentId))
    .for('update');
  let row: Row | undefined;
  if (!current) {
    if (body.version !== undefined) throw staleVersion();
    [row] = await tx
      .insert(checklistAppraisals)
      .values({ assignmentId, ...tallies, enteredBy: ctx.actor.accountId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw staleVersion();
  } else {
    if (body.version === undefined) {
      throw conflict(ctx.lang, {
        'zh-CN': '该单位已录入评议结果，请刷新后修改',
        'en-US': 'The appraisal was already entered; reload and edit it',
      });
    }
    [row] = await tx
      .update(checklistAppraisals)
      .set({ ...tallies, enteredBy: ctx.actor.accountId, enteredAt: new Date(), version: current.version + 1 })
      .where(and(eq(checklistAppraisals.assignmentId, assignmentId), eq(checklistAppraisals.version, body.version)))
      .returning();
    if (!row) throw staleVersion();
  }
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: current ? 'checklist.appraisal_update' : 'checklist.appraisal_create',
    targetType: 'checklist_assignment',
    targetId: assignmentId,
    before: current
      ? { excellent: current.excellent, good: current.good, fair: current.fair, poor: current.poor }
      : null,
    after: tallies,
  });
  return appraisalOut(row);
}
