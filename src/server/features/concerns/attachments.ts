import { count, eq } from 'drizzle-orm';
import { CONCERN_LIMITS, type ConcernState, FINAL_STATES } from '../../../contracts/concerns.ts';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { concernAttachments } from '../../db/schema/concerns.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { attachmentDetail, storeUpload } from '../../platform/uploads.ts';
import { loadConcernIn, placeOf } from './detail.ts';
import { standingOf } from './standing.ts';

/**
 * Adds evidence to a concern still open: the raiser's photos, a handler's reply.
 * Anyone with a part in it may (raiser, counselor, department handler, admin).
 */
export async function addConcernAttachment(
  tx: Db,
  ctx: ServiceContext,
  storage: FileStorage,
  concernId: number,
  file: { data: Buffer; name: string },
  reach: readonly string[],
) {
  const row = await loadConcernIn(tx, ctx.actor, reach, concernId);
  const who = standingOf(ctx.actor, reach, placeOf(row));
  if (!(who.raiser || who.counselor || who.departmentHandler || who.admin)) throw new AppError('FORBIDDEN');
  if (FINAL_STATES.includes(row.c.state as ConcernState)) {
    throw conflict(ctx.lang, { 'zh-CN': '事项已办结，不能再添加附件', 'en-US': 'the concern is closed' });
  }
  const [n] = await tx
    .select({ n: count() })
    .from(concernAttachments)
    .where(eq(concernAttachments.concernId, concernId));
  const stored = await storeUpload(ctx, storage, file, {
    maxBytes: RECORD_LIMITS.attachmentBytes,
    held: n?.n ?? 0,
    limit: CONCERN_LIMITS.attachmentsPerConcern,
    owner: { 'zh-CN': '意见建议', 'en-US': 'concern' },
  });
  const [a] = await tx
    .insert(concernAttachments)
    .values({ concernId, ...stored })
    .returning();
  if (!a) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'concern.attachment_add',
    targetType: 'concern',
    targetId: concernId,
    detail: attachmentDetail(a),
  });
  return a;
}

/** An attachment of a concern the caller may read, else 404. */
export async function loadConcernAttachment(
  db: Db,
  ctx: ServiceContext,
  reach: readonly string[],
  concernId: number,
  attachmentId: number,
) {
  await loadConcernIn(db, ctx.actor, reach, concernId);
  const [a] = await db.select().from(concernAttachments).where(eq(concernAttachments.id, attachmentId));
  if (!a || a.concernId !== concernId) throw notFound();
  return a;
}
