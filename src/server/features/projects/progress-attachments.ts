import { count, eq } from 'drizzle-orm';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { projectProgress, projectProgressAttachments } from '../../db/schema/projects.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { attachmentDetail, storeUpload } from '../../platform/uploads.ts';
import { lockProject, projectInScope } from './access.ts';
import { assertWorkOpen } from './can.ts';

export const ATTACHMENTS_PER_PROGRESS = 10;

/** A progress entry whose project is in the caller's scope, else 404. */
async function progressInScope(db: Db, actor: Actor, progressId: number) {
  const [e] = await db
    .select({ id: projectProgress.id, projectId: projectProgress.projectId })
    .from(projectProgress)
    .where(eq(projectProgress.id, progressId));
  if (!e) throw notFound();
  return { entry: e, project: await projectInScope(db, actor, e.projectId) };
}

/** Adds evidence (a photo, a PDF, an Office file) to a progress entry while the project's work is open. */
export async function addProgressAttachment(
  tx: Db,
  ctx: ServiceContext,
  storage: FileStorage,
  progressId: number,
  file: { data: Buffer; name: string },
) {
  const { project } = await progressInScope(tx, ctx.actor, progressId);
  await lockProject(tx, project.id);
  assertWorkOpen(ctx.lang, project);
  const [n] = await tx
    .select({ n: count() })
    .from(projectProgressAttachments)
    .where(eq(projectProgressAttachments.progressId, progressId));
  const stored = await storeUpload(ctx, storage, file, {
    maxBytes: RECORD_LIMITS.attachmentBytes,
    held: n?.n ?? 0,
    limit: ATTACHMENTS_PER_PROGRESS,
    owner: { 'zh-CN': '进展', 'en-US': 'progress entry' },
  });
  const [a] = await tx
    .insert(projectProgressAttachments)
    .values({ progressId, ...stored })
    .returning();
  if (!a) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'project.progress.attachment_add',
    targetType: 'project',
    targetId: project.id,
    detail: { progressId, ...attachmentDetail(a) },
  });
  return a;
}

/** An attachment of a progress entry whose project is in the caller's scope, else 404. */
export async function loadProgressAttachment(db: Db, actor: Actor, id: number) {
  const [a] = await db.select().from(projectProgressAttachments).where(eq(projectProgressAttachments.id, id));
  if (!a) throw notFound();
  await progressInScope(db, actor, Number(a.progressId));
  return a;
}
