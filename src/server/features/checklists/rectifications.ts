import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Rectification, RectifiedBody } from '../../../contracts/checklist-register.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAssignments,
  checklistFindings,
  checklistInspections,
  checklistItems,
} from '../../db/schema/checklists.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, notFound, staleVersion } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';
import { assignmentInScope } from './access.ts';
import { type findingsOf, shapeFinding } from './inspections.ts';

/**
 * Findings that carry a rectification, in the caller's scope: open ones (with an
 * overdue flag once the due date has passed) or closed ones; by due date.
 */
export async function listRectifications(
  db: Db,
  actor: Actor,
  q: { templateId?: number | undefined; open?: boolean | undefined; findingId?: number },
  today: string,
): Promise<Rectification[]> {
  const where: SQL[] = [inScope(units.path, actor), isNotNull(checklistFindings.rectifyDue)];
  if (q.templateId) where.push(eq(checklistAssignments.templateId, q.templateId));
  if (q.open === true) where.push(isNull(checklistFindings.rectifiedOn));
  if (q.open === false) where.push(isNotNull(checklistFindings.rectifiedOn));
  if (q.findingId) where.push(eq(checklistFindings.id, q.findingId));
  const rows = await db
    .select({
      f: checklistFindings,
      ordinal: checklistItems.ordinal,
      title: checklistItems.title,
      ownerName: people.name,
      quarter: checklistInspections.quarter,
      inspectedOn: checklistInspections.inspectedOn,
      assignmentId: checklistAssignments.id,
      unitId: units.id,
      unitName: units.name,
    })
    .from(checklistFindings)
    .innerJoin(checklistInspections, eq(checklistInspections.id, checklistFindings.inspectionId))
    .innerJoin(checklistAssignments, eq(checklistAssignments.id, checklistInspections.assignmentId))
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .innerJoin(checklistItems, eq(checklistItems.id, checklistFindings.itemId))
    .leftJoin(people, eq(people.id, checklistFindings.rectifyOwnerPersonId))
    .where(and(...where))
    .orderBy(asc(checklistFindings.rectifyDue), asc(units.path), asc(checklistItems.ordinal))
    .limit(2000);
  return rows.map((r) => ({
    ...shapeFinding(r as Awaited<ReturnType<typeof findingsOf>>[number]),
    inspection: { id: r.f.inspectionId, quarter: r.quarter, inspectedOn: r.inspectedOn },
    assignment: { id: r.assignmentId, unit: { id: r.unitId, name: r.unitName } },
    overdue: r.f.rectifiedOn === null && r.f.rectifyDue !== null && r.f.rectifyDue < today,
  }));
}

/** Closes a rectification: when and how it was done. A closed one stays closed. */
export async function closeRectification(
  tx: Db,
  ctx: ServiceContext,
  findingId: number,
  body: RectifiedBody,
  today: string,
): Promise<void> {
  const { lang } = ctx;
  const [row] = await tx
    .select({ f: checklistFindings, assignmentId: checklistInspections.assignmentId })
    .from(checklistFindings)
    .innerJoin(checklistInspections, eq(checklistInspections.id, checklistFindings.inspectionId))
    .where(eq(checklistFindings.id, findingId));
  if (!row) throw notFound();
  await assignmentInScope(tx, ctx.actor, row.assignmentId);
  const { f } = row;
  if (f.rectifyDue === null) {
    throw conflict(lang, { 'zh-CN': '该检查结果没有整改要求', 'en-US': 'this finding has no rectification' });
  }
  if (f.rectifiedOn !== null) {
    throw conflict(lang, { 'zh-CN': '整改已完成', 'en-US': 'the rectification is already closed' });
  }
  if (f.version !== body.version) throw staleVersion();
  if (body.rectifiedOn > today) {
    throw invalidField(lang, 'rectifiedOn', 'future', { 'zh-CN': '不能晚于今天', 'en-US': 'cannot be in the future' });
  }
  const [inspection] = await tx
    .select({ on: checklistInspections.inspectedOn })
    .from(checklistInspections)
    .where(eq(checklistInspections.id, f.inspectionId));
  if (inspection && body.rectifiedOn < inspection.on) {
    throw invalidField(lang, 'rectifiedOn', 'before_inspection', {
      'zh-CN': '不能早于检查日期',
      'en-US': 'cannot be before the inspection',
    });
  }
  const updated = await tx
    .update(checklistFindings)
    .set({ rectifiedOn: body.rectifiedOn, rectifiedNote: body.rectifiedNote, version: f.version + 1 })
    .where(
      and(
        eq(checklistFindings.id, findingId),
        eq(checklistFindings.version, body.version),
        isNull(checklistFindings.rectifiedOn),
      ),
    )
    .returning({ id: checklistFindings.id });
  if (updated.length === 0) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.rectification.close',
    targetType: 'checklist_finding',
    targetId: findingId,
    before: { rectifiedOn: null, rectifiedNote: null },
    after: { rectifiedOn: body.rectifiedOn, rectifiedNote: body.rectifiedNote },
  });
}
