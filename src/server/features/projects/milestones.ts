import { eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import type { CreateMilestoneBody, Milestone, UpdateMilestoneBody } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { projectMilestones } from '../../db/schema/projects.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, notFound, staleVersion } from '../../platform/errors.ts';
import { type CampaignInScope, lockProject, type ProjectInScope, projectInScope } from './access.ts';
import { assertNotFuture, assertWorkOpen } from './can.ts';
import { isOverdue } from './project-read.ts';

/** Milestones of an approved project (implementation and evaluation phases). */

function assertDueInCampaign(lang: Lang, dueOn: string, c: CampaignInScope): void {
  if (dueOn > c.evaluationDue) {
    throw invalidField(lang, 'dueOn', 'after_evaluation', {
      'zh-CN': `不能晚于活动评估截止日 ${c.evaluationDue}`,
      'en-US': `cannot be after the campaign's evaluation due date ${c.evaluationDue}`,
    });
  }
}

export async function createMilestone(
  tx: Db,
  ctx: ServiceContext,
  projectId: number,
  body: CreateMilestoneBody,
): Promise<number> {
  const p = await projectInScope(tx, ctx.actor, projectId);
  await lockProject(tx, p.id);
  assertWorkOpen(ctx.lang, p);
  assertDueInCampaign(ctx.lang, body.dueOn, p.campaign);
  const [m] = await tx
    .insert(projectMilestones)
    .values({
      projectId: p.id,
      ordinal: sql`(select coalesce(max(ordinal), 0) + 1 from project_milestones where project_id = ${p.id})`,
      title: body.title,
      dueOn: body.dueOn,
    })
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'project.milestone.create',
    targetType: 'project',
    targetId: p.id,
    after: { milestoneId: m!.id, title: m!.title, dueOn: m!.dueOn },
  });
  return m!.id;
}

/** A milestone whose project is in the caller's scope (locked for the update), else 404. */
async function milestoneInScope(tx: Db, actor: Actor, id: number) {
  const [m] = await tx.select().from(projectMilestones).where(eq(projectMilestones.id, id)).for('update');
  if (!m) throw notFound();
  const project: ProjectInScope = await projectInScope(tx, actor, m.projectId);
  return { m, project };
}

export async function updateMilestone(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateMilestoneBody,
  today: string,
): Promise<Milestone> {
  const { m, project } = await milestoneInScope(tx, ctx.actor, id);
  if (m.version !== body.version) throw staleVersion();
  assertWorkOpen(ctx.lang, project);
  assertDueInCampaign(ctx.lang, body.dueOn, project.campaign);
  if (body.doneOn !== null) assertNotFuture(ctx.lang, 'doneOn', body.doneOn, today);
  const doneNote = body.doneOn === null ? null : (body.doneNote ?? null);
  const [u] = await tx
    .update(projectMilestones)
    .set({
      title: body.title,
      dueOn: body.dueOn,
      doneOn: body.doneOn,
      doneNote,
      version: sql`${projectMilestones.version} + 1`,
    })
    .where(eq(projectMilestones.id, id))
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'project.milestone.update',
    targetType: 'project',
    targetId: project.id,
    before: { milestoneId: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, doneNote: m.doneNote },
    after: { milestoneId: u!.id, title: u!.title, dueOn: u!.dueOn, doneOn: u!.doneOn, doneNote: u!.doneNote },
  });
  return {
    id: u!.id,
    ordinal: u!.ordinal,
    title: u!.title,
    dueOn: u!.dueOn,
    doneOn: u!.doneOn,
    doneNote: u!.doneNote,
    overdue: isOverdue(u!, today),
    version: u!.version,
  };
}

export async function deleteMilestone(tx: Db, ctx: ServiceContext, id: number, version: number): Promise<void> {
  const { m, project } = await milestoneInScope(tx, ctx.actor, id);
  if (m.version !== version) throw staleVersion();
  assertWorkOpen(ctx.lang, project);
  if (m.doneOn !== null) {
    throw conflict(ctx.lang, {
      'zh-CN': `里程碑“${m.title}”已于 ${m.doneOn} 完成，不能删除（如需修改请先取消完成）`,
      'en-US': `milestone "${m.title}" was done on ${m.doneOn} and cannot be deleted (reopen it first)`,
    });
  }
  await tx.delete(projectMilestones).where(eq(projectMilestones.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'project.milestone.delete',
    targetType: 'project',
    targetId: project.id,
    before: { milestoneId: m.id, title: m.title, dueOn: m.dueOn },
  });
}
