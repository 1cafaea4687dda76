import { and, eq } from 'drizzle-orm';
import type { CreateEntryBody } from '../../../contracts/checklist-register.ts';
import type { Db } from '../../db/client.ts';
import { checklistEntries, checklistEntryAttachments, checklistItems } from '../../db/schema/checklists.ts';
import { records } from '../../db/schema/records.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, notFound, outOfReachField } from '../../platform/errors.ts';
import { pathInScope } from '../../platform/scope.ts';
import { recordPaths } from '../records/access.ts';
import { type AssignmentInScope, assignmentInScope } from './access.ts';
import { assertDateInYear } from './register-context.ts';

/** An item of the assignment's template, or 404 (in a path) / a refused field (in a body). */
export async function itemOfTemplate(db: Db, templateId: number, itemId: number) {
  const [item] = await db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.id, itemId), eq(checklistItems.templateId, templateId)));
  return item ?? null;
}

/** A record the caller may read that belongs to the assigned unit or a unit below it, else the field is refused. */
async function linkableRecord(db: Db, ctx: ServiceContext, a: AssignmentInScope, recordId: number, today: string) {
  const [r] = await db
    .select({ id: records.id, path: units.path })
    .from(records)
    .innerJoin(units, eq(units.id, records.unitId))
    .where(eq(records.id, recordId));
  const reach = await recordPaths(db, ctx.actor, today);
  if (!(r?.path.startsWith(a.unitPath) && pathInScope(r.path, reach))) {
    throw outOfReachField(ctx.lang, 'recordId');
  }
}

/** 登记一项: one completion of an item by the assigned unit, with its evidence. */
export async function createEntry(tx: Db, ctx: ServiceContext, body: CreateEntryBody, today: string) {
  const { lang } = ctx;
  const a = await assignmentInScope(tx, ctx.actor, body.assignmentId).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? outOfReachField(lang, 'assignmentId') : err;
  });
  const item = await itemOfTemplate(tx, a.templateId, body.itemId);
  if (!item) throw outOfReachField(lang, 'itemId');
  assertDateInYear(lang, 'completedOn', body.completedOn, a.year, today);
  const counted = item.measure === 'manual' && item.targetValue !== null;
  const quantity = body.quantity ?? null;
  if (counted && quantity === null) {
    throw invalidField(lang, 'quantity', 'required', { 'zh-CN': '不能为空', 'en-US': 'is required' });
  }
  if (!counted && quantity !== null) {
    throw invalidField(lang, 'quantity', 'not_counted', {
      'zh-CN': '本事项不按登记数量计量',
      'en-US': 'is not counted for this item',
    });
  }
  const recordId = body.recordId ?? null;
  if (recordId !== null) await linkableRecord(tx, ctx, a, recordId, today);
  const values = {
    assignmentId: a.id,
    itemId: item.id,
    completedOn: body.completedOn,
    evidence: body.evidence,
    quantity,
    recordId,
  };
  const [row] = await tx
    .insert(checklistEntries)
    .values({ ...values, registeredBy: ctx.actor.accountId })
    .returning({ id: checklistEntries.id });
  if (!row) throw new AppError('INTERNAL');
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.entry.create',
    targetType: 'checklist_entry',
    targetId: row.id,
    before: null,
    after: values,
  });
  return Number(row.id);
}

/** Whether the caller may still change an entry: its registrant on the day of registering, or a manager. */
export function mayChangeEntry(
  actor: Actor,
  entry: { registeredBy: number; createdAt: Date },
  today: string,
  dateOf: (d: Date) => string,
): boolean {
  if (actor.permissions.has('checklists.manage')) return true;
  return entry.registeredBy === actor.accountId && dateOf(entry.createdAt) === today;
}

/** An entry whose assignment is in scope, else 404. */
export async function entryInScope(db: Db, actor: Actor, id: number) {
  const [e] = await db.select().from(checklistEntries).where(eq(checklistEntries.id, id));
  if (!e) throw notFound();
  const a = await assignmentInScope(db, actor, e.assignmentId);
  return { entry: e, assignment: a };
}

/** Refuses a change by anyone but the registrant on the day, unless a manager. */
export function assertMayChange(
  ctx: ServiceContext,
  entry: { registeredBy: number; createdAt: Date },
  today: string,
  dateOf: (d: Date) => string,
) {
  if (mayChangeEntry(ctx.actor, entry, today, dateOf)) return;
  throw conflict(ctx.lang, {
    'zh-CN': '只有登记人可在登记当天修改本条登记',
    'en-US': 'only the registrant may change this entry, on the day it was registered',
  });
}

/** Removes a completion (and its files' rows; the files go after the commit). Answers the storage keys. */
export async function deleteEntry(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  today: string,
  dateOf: (d: Date) => string,
): Promise<string[]> {
  const { entry } = await entryInScope(tx, ctx.actor, id);
  assertMayChange(ctx, entry, today, dateOf);
  const files = await tx
    .select({ key: checklistEntryAttachments.storageKey })
    .from(checklistEntryAttachments)
    .where(eq(checklistEntryAttachments.entryId, id));
  await tx.delete(checklistEntries).where(eq(checklistEntries.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.entry.delete',
    targetType: 'checklist_entry',
    targetId: id,
    before: {
      assignmentId: entry.assignmentId,
      itemId: entry.itemId,
      completedOn: entry.completedOn,
      evidence: entry.evidence,
      quantity: entry.quantity,
      recordId: entry.recordId,
    },
    after: null,
  });
  return files.map((f) => f.key);
}
