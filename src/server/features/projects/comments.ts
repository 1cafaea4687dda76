import type { CreateCommentBody } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { projectComments } from '../../db/schema/projects.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { lockProject, projectInScope } from './access.ts';
import { assertCommentOpen } from './can.ts';

/** The guiding leader's (or the organizer's) comment on an approved project of a campaign not yet closed. */
export async function createComment(
  tx: Db,
  ctx: ServiceContext,
  projectId: number,
  body: CreateCommentBody,
): Promise<number> {
  const p = await projectInScope(tx, ctx.actor, projectId);
  await lockProject(tx, p.id);
  assertCommentOpen(ctx.lang, p);
  const [row] = await tx
    .insert(projectComments)
    .values({ projectId: p.id, content: body.content, authorId: ctx.actor.accountId })
    .returning({ id: projectComments.id });
  await writeAudit(tx, ctx.audit, {
    action: 'project.comment.create',
    targetType: 'project',
    targetId: p.id,
    after: { commentId: row!.id, content: body.content },
  });
  return row!.id;
}
