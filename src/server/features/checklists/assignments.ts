import { and, eq, inArray } from 'drizzle-orm';
import type { AddAssignmentsBody, UpdateAssignmentBody } from '../../../contracts/checklists.ts';
import type { Lang } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import { checklistAssignments } from '../../db/schema/checklists.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, duplicate, invalidField, outOfReachField, staleVersion } from '../../platform/errors.ts';
import { pathInScope } from '../../platform/scope.ts';
import { assignmentInScope, templateInScope } from './access.ts';
import { assignmentHasData } from './template-read.ts';

/** Applying a template to units, with each unit's supervisor (党委委员) and counselor (section head). */

/** A person named in a body field: active and in the caller's scope, or the field is refused. */
async function checkPerson(tx: Db, actor: Actor, lang: Lang, field: string, id: number | null | undefined) {
  if (id == null) return;
  const [p] = await tx
    .select({ path: people.unitPath, status: people.employmentStatus })
    .from(people)
    .where(eq(people.id, id));
  if (!p || !pathInScope(p.path, actor.scopePaths)) throw outOfReachField(lang, field);
  if (p.status !== 'active') {
    throw invalidField(lang, field, 'inactive', { 'zh-CN': '已不在职', 'en-US': 'is no longer active' });
  }
}

export async function addAssignments(tx: Db, ctx: ServiceContext, templateId: number, body: AddAssignmentsBody) {
  const { actor, lang } = ctx;
  const t = await templateInScope(tx, actor, templateId);
  const ids = body.units.map((u) => u.unitId);
  const found = await tx
    .select({ id: units.id, path: units.path, name: units.name })
    .from(units)
    .where(inArray(units.id, ids));
  const byId = new Map(found.map((u) => [u.id, u]));
  const existing = new Set(
    (
      await tx
        .select({ unitId: checklistAssignments.unitId })
        .from(checklistAssignments)
        .where(eq(checklistAssignments.templateId, templateId))
    ).map((r) => r.unitId),
  );
  const seen = new Set<number>();
  for (const [i, u] of body.units.entries()) {
    const unit = byId.get(u.unitId);
    const field = `units.${i}.unitId`;
    if (!unit || !pathInScope(unit.path, actor.scopePaths)) throw outOfReachField(lang, field);
    if (!unit.path.startsWith(t.unitPath)) {
      throw invalidField(lang, field, 'outside_owner', {
        'zh-CN': '须为清单制定单位或其下属单位',
        'en-US': 'must be the owner unit or one below it',
      });
    }
    if (existing.has(u.unitId) || seen.has(u.unitId)) throw duplicate(lang, 'unitId', unit.name);
    seen.add(u.unitId);
    await checkPerson(tx, actor, lang, `units.${i}.supervisorPersonId`, u.supervisorPersonId);
    await checkPerson(tx, actor, lang, `units.${i}.counselorPersonId`, u.counselorPersonId);
  }
  const rows = await tx
    .insert(checklistAssignments)
    .values(
      body.units.map((u) => ({
        templateId,
        unitId: u.unitId,
        supervisorPersonId: u.supervisorPersonId ?? null,
        counselorPersonId: u.counselorPersonId ?? null,
      })),
    )
    .returning({ id: checklistAssignments.id, unitId: checklistAssignments.unitId });
  for (const r of rows) {
    await writeAudit(tx, ctx.audit, {
      action: 'checklist.assignment_add',
      targetType: 'checklist_assignment',
      targetId: r.id,
      after: { templateId, unitId: r.unitId },
    });
  }
  return rows.map((r) => r.id);
}

export async function updateAssignment(tx: Db, ctx: ServiceContext, id: number, body: UpdateAssignmentBody) {
  const { actor, lang } = ctx;
  const a = await assignmentInScope(tx, actor, id);
  if (a.version !== body.version) throw staleVersion();
  await checkPerson(tx, actor, lang, 'supervisorPersonId', body.supervisorPersonId);
  await checkPerson(tx, actor, lang, 'counselorPersonId', body.counselorPersonId);
  const [before] = await tx
    .select({ s: checklistAssignments.supervisorPersonId, c: checklistAssignments.counselorPersonId })
    .from(checklistAssignments)
    .where(eq(checklistAssignments.id, id));
  const done = await tx
    .update(checklistAssignments)
    .set({
      supervisorPersonId: body.supervisorPersonId,
      counselorPersonId: body.counselorPersonId,
      version: body.version + 1,
    })
    .where(and(eq(checklistAssignments.id, id), eq(checklistAssignments.version, body.version)))
    .returning({ id: checklistAssignments.id });
  if (done.length === 0) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.assignment_update',
    targetType: 'checklist_assignment',
    targetId: id,
    before: { supervisorPersonId: before?.s ?? null, counselorPersonId: before?.c ?? null },
    after: { supervisorPersonId: body.supervisorPersonId, counselorPersonId: body.counselorPersonId },
  });
}

export async function deleteAssignment(tx: Db, ctx: ServiceContext, id: number, version: number) {
  const { actor, lang } = ctx;
  const a = await assignmentInScope(tx, actor, id);
  if (a.version !== version) throw staleVersion();
  const [row] = await tx
    .select({ hasData: assignmentHasData() })
    .from(checklistAssignments)
    .where(eq(checklistAssignments.id, id));
  if (row?.hasData === true || (row?.hasData as unknown) === 't') {
    throw conflict(lang, {
      'zh-CN': `「${a.unitName}」已有完成登记、月度汇报、检查、述职或问责记录，不能取消分配`,
      'en-US': `${a.unitName} already has register entries, monthly reports, inspections, a duty report or accountability records`,
    });
  }
  const done = await tx
    .delete(checklistAssignments)
    .where(and(eq(checklistAssignments.id, id), eq(checklistAssignments.version, version)))
    .returning({ id: checklistAssignments.id });
  if (done.length === 0) throw staleVersion();
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.assignment_delete',
    targetType: 'checklist_assignment',
    targetId: id,
    before: { templateId: a.templateId, unitId: a.unitId },
  });
}
