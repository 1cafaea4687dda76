import { eq, sql } from 'drizzle-orm';
import type { ExemplaryBody, ProjectDetail } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { projectEvents, projects } from '../../db/schema/projects.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, outOfScope, staleVersion } from '../../platform/errors.ts';
import { lockProject, organizesCampaign, projectInScope } from './access.ts';
import { exemplaryOpen } from './can.ts';
import { detailOf, type ReadWhen } from './project-read.ts';

/**
 * The organizer marks (or unmarks) an approved project as exemplary (典型) once the
 * campaign is evaluated; a mark writes an 'exemplary' event into the dossier.
 */
export async function putExemplary(
  tx: Db,
  ctx: ServiceContext,
  projectId: number,
  body: ExemplaryBody,
  when: ReadWhen,
): Promise<ProjectDetail> {
  const found = await projectInScope(tx, ctx.actor, projectId);
  if (!organizesCampaign(ctx.actor, found.campaign)) throw outOfScope('project', projectId);
  await lockProject(tx, projectId);
  const p = await projectInScope(tx, ctx.actor, projectId);
  if (p.version !== body.version) throw staleVersion();
  if (!exemplaryOpen(p.campaign, p.status)) {
    throw conflict(ctx.lang, {
      'zh-CN': p.status !== 'approved' ? '只有已立项（批准）的项目才能评为典型' : '活动进入评估阶段后才能评定典型项目',
      'en-US':
        p.status !== 'approved'
          ? 'only approved projects can be marked exemplary'
          : 'projects are marked exemplary once the campaign is in evaluation',
    });
  }
  const [before] = await tx
    .select({ exemplary: projects.exemplary, note: projects.exemplaryNote })
    .from(projects)
    .where(eq(projects.id, p.id));
  const note = body.exemplary ? (body.note ?? null) : null;
  await tx
    .update(projects)
    .set({
      exemplary: body.exemplary,
      exemplaryNote: note,
      updatedAt: sql`now()`,
      version: sql`${projects.version} + 1`,
    })
    .where(eq(projects.id, p.id));
  if (body.exemplary) {
    await tx.insert(projectEvents).values({ projectId: p.id, kind: 'exemplary', note, actorId: ctx.actor.accountId });
  }
  await writeAudit(tx, ctx.audit, {
    action: 'project.exemplary',
    targetType: 'project',
    targetId: p.id,
    before,
    after: { exemplary: body.exemplary, note },
  });
  return detailOf(tx, ctx.actor, await projectInScope(tx, ctx.actor, p.id), when);
}
