import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Register } from '../../../contracts/checklist-register.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import {
  checklistAreas,
  checklistEntries,
  checklistEntryAttachments,
  checklistFindings,
  checklistInspections,
  checklistItems,
} from '../../db/schema/checklists.ts';
import { records } from '../../db/schema/records.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { localDate } from '../compliance/periods.ts';
import { assignmentInScope } from './access.ts';
import { mayChangeEntry } from './entries.ts';
import { measureItems, measureKey } from './measures.ts';

/**
 * 完成进度登记簿 of one (assignment, item): the item, what the system measures for its
 * target, the completions (newest first) with files and linked records, and the findings.
 */
export async function readRegister(
  db: Db,
  actor: Actor,
  assignmentId: number,
  itemId: number,
  clock: { timeZone: string; today: string },
  onlyEntryId?: number,
): Promise<Register> {
  const a = await assignmentInScope(db, actor, assignmentId);
  const [row] = await db
    .select({ item: checklistItems, area: checklistAreas.title })
    .from(checklistItems)
    .innerJoin(checklistAreas, eq(checklistAreas.id, checklistItems.areaId))
    .where(and(eq(checklistItems.id, itemId), eq(checklistItems.templateId, a.templateId)));
  if (!row) throw notFound();
  const { item } = row;
  const entryWhere = and(
    eq(checklistEntries.assignmentId, a.id),
    eq(checklistEntries.itemId, item.id),
    ...(onlyEntryId !== undefined ? [eq(checklistEntries.id, onlyEntryId)] : []),
  );
  const [entries, findings, measured] = await Promise.all([
    db
      .select({
        e: checklistEntries,
        by: accounts.displayName,
        recordTitle: records.title,
        recordAt: records.occurredAt,
      })
      .from(checklistEntries)
      .innerJoin(accounts, eq(accounts.id, checklistEntries.registeredBy))
      .leftJoin(records, eq(records.id, checklistEntries.recordId))
      .where(entryWhere)
      .orderBy(desc(checklistEntries.completedOn), desc(checklistEntries.id)),
    db
      .select({
        inspectionId: checklistInspections.id,
        quarter: checklistInspections.quarter,
        inspectedOn: checklistInspections.inspectedOn,
        finding: checklistFindings.finding,
        note: checklistFindings.note,
      })
      .from(checklistFindings)
      .innerJoin(checklistInspections, eq(checklistInspections.id, checklistFindings.inspectionId))
      .where(and(eq(checklistInspections.assignmentId, a.id), eq(checklistFindings.itemId, item.id)))
      .orderBy(asc(checklistInspections.quarter)),
    item.targetValue === null
      ? Promise.resolve(null)
      : measureItems(db, {
          year: a.year,
          timeZone: clock.timeZone,
          assignments: [{ id: a.id, unitId: a.unitId }],
          items: [item],
        }).then((m) => m.get(measureKey(a.id, item.id)) ?? 0),
  ]);
  const ids = entries.map((x) => Number(x.e.id));
  const files = ids.length
    ? await db
        .select()
        .from(checklistEntryAttachments)
        .where(inArray(checklistEntryAttachments.entryId, ids))
        .orderBy(checklistEntryAttachments.id)
    : [];
  const dateOf = (d: Date) => localDate(d, clock.timeZone);
  return {
    assignment: { id: a.id, unit: { id: a.unitId, name: a.unitName }, year: a.year, templateId: a.templateId },
    item: {
      id: item.id,
      ordinal: item.ordinal,
      area: row.area,
      title: item.title,
      responsibleRole: item.responsibleRole,
      assessmentContent: item.assessmentContent,
      deadline: item.deadline,
      cadence: item.cadence,
      weight: Number(item.weight),
      targetValue: item.targetValue === null ? null : Number(item.targetValue),
      targetUnit: item.targetUnit,
      measure: item.measure,
      measureKind: item.measureKind,
    },
    measured: measured === null ? null : Number(measured),
    entries: entries.map(({ e, by, recordTitle, recordAt }) => ({
      id: Number(e.id),
      completedOn: e.completedOn,
      evidence: e.evidence,
      quantity: e.quantity === null ? null : Number(e.quantity),
      record:
        e.recordId !== null && recordTitle !== null && recordAt !== null
          ? { id: Number(e.recordId), title: recordTitle, occurredAt: recordAt.toISOString() }
          : null,
      registeredBy: { id: e.registeredBy, name: by },
      createdAt: e.createdAt.toISOString(),
      attachments: files
        .filter((f) => Number(f.entryId) === Number(e.id))
        .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, mimeType: f.mimeType })),
      canDelete: mayChangeEntry(actor, e, clock.today, dateOf),
    })),
    findings: findings.map((f) => ({ ...f, finding: f.finding as Register['findings'][number]['finding'] })),
  };
}
