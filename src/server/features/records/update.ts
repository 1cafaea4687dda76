import { eq } from 'drizzle-orm';
import type { UpdateRecordBody } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { recordAttendees, records } from '../../db/schema/records.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, staleVersion } from '../../platform/errors.ts';
import { editableUntil, loadRecordIn } from './queries.ts';
import { validateRecord } from './validate.ts';

/** Refuses an edit by anyone but the author, or after the edit window closed. */
export async function assertEditable(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  paths: string[],
  windowDays: number,
  now = new Date(),
) {
  const row = await loadRecordIn(tx, paths, id);
  const [locked] = await tx.select().from(records).where(eq(records.id, id)).for('update');
  if (!locked) throw staleVersion();
  if (locked.authorAccountId !== ctx.actor.accountId) {
    throw conflict(ctx.lang, {
      'zh-CN': '只有记录人可以修改本记录',
      'en-US': 'only the author may change this record',
    });
  }
  if (now >= editableUntil(locked.createdAt, windowDays)) {
    throw conflict(ctx.lang, {
      'zh-CN': `记录已超过 ${windowDays} 天修改期限，已锁定`,
      'en-US': `the record is locked: its ${windowDays}-day edit window has passed`,
    });
  }
  return { row, locked };
}

export async function updateRecord(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: UpdateRecordBody,
  paths: string[],
  settings: { editWindowDays: number; timeZone: string },
) {
  const { locked } = await assertEditable(tx, ctx, id, paths, settings.editWindowDays);
  if (locked.version !== body.version) throw staleVersion();
  const { version: _v, ...rest } = body;
  const { attendees, ...v } = await validateRecord(tx, ctx, rest, paths, settings.timeZone);
  await tx
    .update(records)
    .set({ ...v, updatedAt: new Date(), version: locked.version + 1 })
    .where(eq(records.id, id));
  await tx.delete(recordAttendees).where(eq(recordAttendees.recordId, id));
  if (attendees.length) await tx.insert(recordAttendees).values(attendees.map((a) => ({ ...a, recordId: id })));
  const { standardItems: _s, ...beforeShown } = locked;
  await writeAudit(tx, ctx.audit, {
    action: 'record.update',
    targetType: 'record',
    targetId: id,
    before: { ...beforeShown, occurredAt: locked.occurredAt.toISOString() },
    after: { ...v, occurredAt: v.occurredAt.toISOString() },
  });
}
