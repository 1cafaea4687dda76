import type { CreateRecordBody } from '../../../contracts/records.ts';
import type { Db } from '../../db/client.ts';
import { recordAttendees, records } from '../../db/schema/records.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { validateRecord } from './validate.ts';

/** Records an action; the author is the caller. */
export async function createRecord(
  tx: Db,
  ctx: ServiceContext,
  body: CreateRecordBody,
  paths: string[],
  timeZone: string,
): Promise<number> {
  const { attendees, ...v } = await validateRecord(tx, ctx, body, paths, timeZone);
  const [row] = await tx
    .insert(records)
    .values({ ...v, authorAccountId: ctx.actor.accountId, authorPersonId: ctx.actor.personId })
    .returning({ id: records.id });
  if (!row) throw new AppError('INTERNAL');
  if (attendees.length) await tx.insert(recordAttendees).values(attendees.map((a) => ({ ...a, recordId: row.id })));
  await writeAudit(tx, ctx.audit, {
    action: 'record.create',
    targetType: 'record',
    targetId: row.id,
    before: null,
    after: { ...v, occurredAt: v.occurredAt.toISOString(), attendees: attendees.length },
  });
  return row.id;
}
