import { and, eq } from 'drizzle-orm';
import type { CreateProgressBody } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { projectMilestones, projectProgress } from '../../db/schema/projects.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { invalidField } from '../../platform/errors.ts';
import { lockProject, projectInScope } from './access.ts';
import { assertNotFuture, assertWorkOpen } from './can.ts';

/** 一事一册: a dated progress entry of an approved project, optionally against one of its milestones. */
export async function createProgress(
  tx: Db,
  ctx: ServiceContext,
  projectId: number,
  body: CreateProgressBody,
  today: string,
): Promise<number> {
  const p = await projectInScope(tx, ctx.actor, projectId);
  await lockProject(tx, p.id);
  assertWorkOpen(ctx.lang, p);
  assertNotFuture(ctx.lang, 'occurredOn', body.occurredOn, today);
  const milestoneId = body.milestoneId ?? null;
  if (milestoneId !== null) {
    const [m] = await tx
      .select({ id: projectMilestones.id })
      .from(projectMilestones)
      .where(and(eq(projectMilestones.id, milestoneId), eq(projectMilestones.projectId, p.id)));
    if (!m) {
      throw invalidField(ctx.lang, 'milestoneId', 'foreign', {
        'zh-CN': '不是本项目的里程碑',
        'en-US': 'is not a milestone of this project',
      });
    }
  }
  const [row] = await tx
    .insert(projectProgress)
    .values({
      projectId: p.id,
      milestoneId,
      occurredOn: body.occurredOn,
      content: body.content,
      recordedBy: ctx.actor.accountId,
    })
    .returning({ id: projectProgress.id });
  const id = Number(row!.id);
  await writeAudit(tx, ctx.audit, {
    action: 'project.progress.create',
    targetType: 'project',
    targetId: p.id,
    after: { progressId: id, occurredOn: body.occurredOn, milestoneId, content: body.content },
  });
  return id;
}
