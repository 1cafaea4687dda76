import { and, eq, inArray } from 'drizzle-orm';
import type { CreateTemplateBody, TemplateAreaInput, UpdateTemplateBody } from '../../../contracts/checklists.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAreas,
  checklistEntries,
  checklistFindings,
  checklistItems,
  checklistTemplates,
} from '../../db/schema/checklists.ts';
import { units } from '../../db/schema/units.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { AppError, conflict, duplicate, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { pathInScope } from '../../platform/scope.ts';
import { templateInScope } from './access.ts';
import { contentProblems, problemField } from './template-rules.ts';

/** Creating and replacing a template's content (header, areas, items). */

function checkContent(lang: Lang, body: Parameters<typeof contentProblems>[0], year: number): void {
  const [first] = contentProblems(body, year);
  if (first) throw invalidField(lang, problemField(first), 'rule', first.message);
}

async function checkNameFree(tx: Db, lang: Lang, unitId: number, year: number, name: string, except?: number) {
  const conds = [
    eq(checklistTemplates.unitId, unitId),
    eq(checklistTemplates.year, year),
    eq(checklistTemplates.name, name),
  ];
  const rows = await tx
    .select({ id: checklistTemplates.id })
    .from(checklistTemplates)
    .where(and(...conds));
  if (rows.some((r) => r.id !== except)) throw duplicate(lang, 'name', name);
}

const itemValues = (it: TemplateAreaInput['items'][number]) => ({
  title: it.title,
  responsibleRole: it.responsibleRole,
  assessmentContent: it.assessmentContent ?? null,
  deadline: it.deadline ?? null,
  cadence: it.cadence ?? null,
  weight: it.weight,
  targetValue: it.targetValue ?? null,
  targetUnit: it.targetValue == null ? null : (it.targetUnit ?? null),
  measure: it.measure ?? 'manual',
  measureKind: it.measureKind ?? null,
});

/** Writes areas and items (ordinals 1..n across the template); kept items are updated in place. */
async function writeAreas(tx: Db, templateId: number, areas: TemplateAreaInput[]): Promise<void> {
  let ordinal = 0;
  for (const [ai, area] of areas.entries()) {
    const [a] = await tx
      .insert(checklistAreas)
      .values({ templateId, ordinal: ai + 1, title: area.title })
      .returning({ id: checklistAreas.id });
    for (const it of area.items) {
      ordinal += 1;
      const values = { ...itemValues(it), areaId: a!.id, ordinal };
      if (it.id !== undefined) {
        await tx
          .update(checklistItems)
          .set(values)
          .where(and(eq(checklistItems.id, it.id), eq(checklistItems.templateId, templateId)));
      } else {
        await tx.insert(checklistItems).values({ ...values, templateId });
      }
    }
  }
}

/** A new template's owner unit is in the caller's scope and its name is free in that year. */
export async function checkNewHeader(tx: Db, ctx: ServiceContext, unitId: number, year: number, name: string) {
  const [unit] = await tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit || !pathInScope(unit.path, ctx.actor.scopePaths)) throw outOfReachField(ctx.lang, 'unitId');
  await checkNameFree(tx, ctx.lang, unitId, year, name);
}

export async function createTemplate(tx: Db, ctx: ServiceContext, body: CreateTemplateBody): Promise<number> {
  const { actor, lang } = ctx;
  await checkNewHeader(tx, ctx, body.unitId, body.year, body.name);
  if (body.areas.some((a) => a.items.some((i) => i.id !== undefined))) {
    throw invalidField(lang, 'areas', 'id', { 'zh-CN': '新建时任务不能带编号', 'en-US': 'new items carry no id' });
  }
  checkContent(lang, body, body.year);
  const [t] = await tx
    .insert(checklistTemplates)
    .values({
      unitId: body.unitId,
      year: body.year,
      name: body.name,
      partialCreditPct: body.partialCreditPct ?? 50,
      checklistWeightPct: body.checklistWeightPct ?? 60,
      appraisalWeightPct: body.appraisalWeightPct ?? 20,
      dutyReportWeightPct: body.dutyReportWeightPct ?? 20,
      projectWeightPct: body.projectWeightPct ?? 0,
      createdBy: actor.accountId,
    })
    .returning({ id: checklistTemplates.id });
  if (!t) throw new AppError('INTERNAL');
  await writeAreas(tx, t.id, body.areas);
  const items = body.areas.reduce((s, a) => s + a.items.length, 0);
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.template_create',
    targetType: 'checklist_template',
    targetId: t.id,
    after: { unitId: body.unitId, year: body.year, name: body.name },
    detail: { areas: body.areas.length, items },
  });
  return t.id;
}

/**
 * Replaces header, areas and items. Items sent with their id keep it (entries and
 * findings point to them); an item left out that has entries or findings is refused.
 */
export async function updateTemplate(tx: Db, ctx: ServiceContext, id: number, body: UpdateTemplateBody): Promise<void> {
  const { actor, lang } = ctx;
  const t = await templateInScope(tx, actor, id);
  if (t.version !== body.version) throw staleVersion();
  checkContent(lang, body, t.year);
  await checkNameFree(tx, lang, t.unitId, t.year, body.name, id);
  const existing = await tx
    .select({ id: checklistItems.id, title: checklistItems.title })
    .from(checklistItems)
    .where(eq(checklistItems.templateId, id));
  const existingIds = new Set(existing.map((e) => e.id));
  const kept = new Set<number>();
  for (const [ai, area] of body.areas.entries()) {
    for (const [ii, it] of area.items.entries()) {
      if (it.id === undefined) continue;
      if (!existingIds.has(it.id)) throw outOfReachField(lang, `areas.${ai}.items.${ii}.id`);
      kept.add(it.id);
    }
  }
  const removed = existing.filter((e) => !kept.has(e.id));
  if (removed.length > 0) {
    const removedIds = removed.map((r) => r.id);
    const used = new Set([
      ...(
        await tx
          .selectDistinct({ id: checklistEntries.itemId })
          .from(checklistEntries)
          .where(inArray(checklistEntries.itemId, removedIds))
      ).map((r) => r.id),
      ...(
        await tx
          .selectDistinct({ id: checklistFindings.itemId })
          .from(checklistFindings)
          .where(inArray(checklistFindings.itemId, removedIds))
      ).map((r) => r.id),
    ]);
    const blocked = removed.find((r) => used.has(r.id));
    if (blocked) {
      throw conflict(lang, {
        'zh-CN': `任务「${blocked.title}」已有完成登记或检查结果，不能删除`,
        'en-US': `item “${blocked.title}” has register entries or inspection findings and cannot be removed`,
      });
    }
  }
  const updated = await tx
    .update(checklistTemplates)
    .set({
      name: body.name,
      partialCreditPct: body.partialCreditPct ?? 50,
      checklistWeightPct: body.checklistWeightPct ?? 60,
      appraisalWeightPct: body.appraisalWeightPct ?? 20,
      dutyReportWeightPct: body.dutyReportWeightPct ?? 20,
      projectWeightPct: body.projectWeightPct ?? 0,
      updatedAt: new Date(),
      version: body.version + 1,
    })
    .where(and(eq(checklistTemplates.id, id), eq(checklistTemplates.version, body.version)))
    .returning({ id: checklistTemplates.id });
  if (updated.length === 0) throw staleVersion();
  if (removed.length > 0) {
    await tx.delete(checklistItems).where(
      inArray(
        checklistItems.id,
        removed.map((r) => r.id),
      ),
    );
  }
  const oldAreas = (
    await tx.select({ id: checklistAreas.id }).from(checklistAreas).where(eq(checklistAreas.templateId, id))
  ).map((a) => a.id);
  await writeAreas(tx, id, body.areas);
  // Kept items moved to the new areas, so the old ones hold nothing now.
  if (oldAreas.length > 0) {
    await tx.delete(checklistAreas).where(and(eq(checklistAreas.templateId, id), inArray(checklistAreas.id, oldAreas)));
  }
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.template_update',
    targetType: 'checklist_template',
    targetId: id,
    before: { name: t.name, version: t.version },
    after: { name: body.name, version: body.version + 1 },
    detail: {
      items: body.areas.reduce((s, a) => s + a.items.length, 0),
      removedItems: removed.length,
    },
  });
}
