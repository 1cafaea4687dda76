import { count, eq } from 'drizzle-orm';
import { RECORD_LIMITS } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { checklistEntryAttachments } from '../../db/schema/checklists.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStorage } from '../../platform/storage.ts';
import { attachmentDetail, storeUpload } from '../../platform/uploads.ts';
import { assertMayChange, entryInScope } from './entries.ts';

export const ATTACHMENTS_PER_ENTRY = 10;

/** Adds evidence to a completion: its registrant on the day of registering, or a manager. */
export async function addEntryAttachment(
  tx: Db,
  ctx: ServiceContext,
  storage: FileStorage,
  entryId: number,
  file: { data: Buffer; name: string },
  today: string,
  dateOf: (d: Date) => string,
) {
  const { entry } = await entryInScope(tx, ctx.actor, entryId);
  assertMayChange(ctx, entry, today, dateOf);
  const [n] = await tx
    .select({ n: count() })
    .from(checklistEntryAttachments)
    .where(eq(checklistEntryAttachments.entryId, entryId));
  const stored = await storeUpload(ctx, storage, file, {
    maxBytes: RECORD_LIMITS.attachmentBytes,
    held: n?.n ?? 0,
    limit: ATTACHMENTS_PER_ENTRY,
    owner: { 'zh-CN': '登记', 'en-US': 'entry' },
  });
  const [a] = await tx
    .insert(checklistEntryAttachments)
    .values({ entryId, ...stored })
    .returning();
  if (!a) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.entry.attachment_add',
    targetType: 'checklist_entry',
    targetId: entryId,
    detail: attachmentDetail(a),
  });
  return a;
}

/** An attachment of an entry whose assignment is in the caller's scope, else 404. */
export async function loadEntryAttachment(db: Db, actor: Actor, id: number) {
  const [a] = await db.select().from(checklistEntryAttachments).where(eq(checklistEntryAttachments.id, id));
  if (!a) throw notFound();
  await entryInScope(db, actor, Number(a.entryId));
  return a;
}
