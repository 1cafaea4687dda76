import { eq } from 'drizzle-orm';
import type { CreateReadingBody } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { projectTargetReadings, projectTargets } from '../../db/schema/projects.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/errors.ts';
import { lockProject, projectInScope } from './access.ts';
import { assertNotFuture, assertWorkOpen } from './can.ts';

/** A measured value of a project's target (the latest one is the target's current value). */
export async function createReading(
  tx: Db,
  ctx: ServiceContext,
  targetId: number,
  body: CreateReadingBody,
  today: string,
): Promise<number> {
  const [t] = await tx.select().from(projectTargets).where(eq(projectTargets.id, targetId));
  if (!t) throw notFound();
  const p = await projectInScope(tx, ctx.actor, t.projectId);
  await lockProject(tx, p.id);
  assertWorkOpen(ctx.lang, p);
  assertNotFuture(ctx.lang, 'measuredOn', body.measuredOn, today);
  const [row] = await tx
    .insert(projectTargetReadings)
    .values({
      targetId,
      measuredOn: body.measuredOn,
      value: body.value,
      note: body.note ?? null,
      recordedBy: ctx.actor.accountId,
    })
    .returning({ id: projectTargetReadings.id });
  await writeAudit(tx, ctx.audit, {
    action: 'project.reading.create',
    targetType: 'project',
    targetId: p.id,
    after: { readingId: row!.id, targetId, target: t.name, measuredOn: body.measuredOn, value: body.value },
  });
  return row!.id;
}
