import { count, eq } from 'drizzle-orm';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { recordAttachments } from '../../db/schema/records.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { attachmentDetail, storeUpload } from '../../platform/uploads.ts';
import { loadRecordIn } from './queries.ts';
import { assertEditable } from './update.ts';

/**
 * Attaches a file to a record within its edit window. The type is read from
 * the content; the file is stored under a random key; the name is kept only
 * for the download.
 */
export async function addAttachment(
  tx: Db,
  ctx: ServiceContext,
  storage: FileStorage,
  recordId: number,
  file: { data: Buffer; name: string },
  paths: string[],
  windowDays: number,
) {
  await assertEditable(tx, ctx, recordId, paths, windowDays);
  const [n] = await tx.select({ n: count() }).from(recordAttachments).where(eq(recordAttachments.recordId, recordId));
  const stored = await storeUpload(ctx, storage, file, {
    maxBytes: RECORD_LIMITS.attachmentBytes,
    held: n?.n ?? 0,
    limit: RECORD_LIMITS.attachmentsPerRecord,
    owner: { 'zh-CN': '记录', 'en-US': 'record' },
  });
  const [row] = await tx
    .insert(recordAttachments)
    .values({ recordId, ...stored })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'record.attachment_add',
    targetType: 'record',
    targetId: recordId,
    detail: attachmentDetail(row),
  });
  return row;
}

/** Removes an attachment within the record's edit window (the file goes after the commit). */
export async function removeAttachment(
  tx: Db,
  ctx: ServiceContext,
  recordId: number,
  attachmentId: number,
  paths: string[],
  windowDays: number,
): Promise<string> {
  await assertEditable(tx, ctx, recordId, paths, windowDays);
  const row = await attachmentOf(tx, recordId, attachmentId);
  await tx.delete(recordAttachments).where(eq(recordAttachments.id, attachmentId));
  await writeAudit(tx, ctx.audit, {
    action: 'record.attachment_remove',
    targetType: 'record',
    targetId: recordId,
    detail: { attachmentId, fileName: row.fileName },
  });
  return row.storageKey;
}

/** The attachment if it belongs to the record, else 404. */
async function attachmentOf(db: Db, recordId: number, attachmentId: number) {
  const [a] = await db.select().from(recordAttachments).where(eq(recordAttachments.id, attachmentId));
  if (!a || a.recordId !== recordId) throw notFound();
  return a;
}

/** An attachment of a record within reach (else 404), for the download. */
export async function loadAttachment(db: Db, paths: string[], recordId: number, attachmentId: number) {
  await loadRecordIn(db, paths, recordId);
  return attachmentOf(db, recordId, attachmentId);
}
