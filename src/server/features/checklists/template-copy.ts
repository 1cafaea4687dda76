import { asc, eq } from 'drizzle-orm';
import type { CopyTemplateBody } from '../../../contracts/checklists.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAreas,
  checklistAssignments,
  checklistItems,
  checklistTemplates,
} from '../../db/schema/checklists.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, duplicate } from '../../platform/errors.ts';
import { templateInScope } from './access.ts';
import { shiftDeadline } from './template-rules.ts';

/**
 * 复制上年: a new template of the same owner for another year, with the same areas
 * and items (deadlines moved to the new year) and, if asked, the same assignments.
 */
export async function copyTemplate(tx: Db, ctx: ServiceContext, id: number, body: CopyTemplateBody): Promise<number> {
  const { actor, lang } = ctx;
  const src = await templateInScope(tx, actor, id);
  const [header] = await tx.select().from(checklistTemplates).where(eq(checklistTemplates.id, id));
  if (!header) throw new AppError('INTERNAL');
  const taken = await tx
    .select({ id: checklistTemplates.id, year: checklistTemplates.year, name: checklistTemplates.name })
    .from(checklistTemplates)
    .where(eq(checklistTemplates.unitId, src.unitId));
  if (taken.some((t) => t.year === body.year && t.name === body.name)) throw duplicate(lang, 'name', body.name);
  const [t] = await tx
    .insert(checklistTemplates)
    .values({
      unitId: header.unitId,
      year: body.year,
      name: body.name,
      partialCreditPct: header.partialCreditPct,
      checklistWeightPct: header.checklistWeightPct,
      appraisalWeightPct: header.appraisalWeightPct,
      dutyReportWeightPct: header.dutyReportWeightPct,
      projectWeightPct: header.projectWeightPct,
      copiedFromId: id,
      createdBy: actor.accountId,
    })
    .returning({ id: checklistTemplates.id });
  if (!t) throw new AppError('INTERNAL');
  const areas = await tx
    .select()
    .from(checklistAreas)
    .where(eq(checklistAreas.templateId, id))
    .orderBy(asc(checklistAreas.ordinal), asc(checklistAreas.id));
  const items = await tx
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.templateId, id))
    .orderBy(asc(checklistItems.ordinal), asc(checklistItems.id));
  for (const area of areas) {
    const [a] = await tx
      .insert(checklistAreas)
      .values({ templateId: t.id, ordinal: area.ordinal, title: area.title })
      .returning({ id: checklistAreas.id });
    const own = items.filter((i) => i.areaId === area.id);
    if (own.length === 0) continue;
    await tx.insert(checklistItems).values(
      own.map(({ id: _id, templateId: _t, areaId: _a, deadline, ...rest }) => ({
        ...rest,
        templateId: t.id,
        areaId: a!.id,
        deadline: deadline ? shiftDeadline(deadline, body.year) : null,
      })),
    );
  }
  let assignments = 0;
  if (body.withAssignments) {
    const rows = await tx
      .select({
        unitId: checklistAssignments.unitId,
        supervisorPersonId: checklistAssignments.supervisorPersonId,
        counselorPersonId: checklistAssignments.counselorPersonId,
      })
      .from(checklistAssignments)
      .where(eq(checklistAssignments.templateId, id));
    if (rows.length > 0) await tx.insert(checklistAssignments).values(rows.map((r) => ({ ...r, templateId: t.id })));
    assignments = rows.length;
  }
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.template_copy',
    targetType: 'checklist_template',
    targetId: t.id,
    after: { unitId: header.unitId, year: body.year, name: body.name, copiedFromId: id },
    detail: { items: items.length, assignments },
  });
  return t.id;
}
