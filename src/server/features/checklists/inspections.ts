import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type {
  CreateInspectionBody,
  Finding,
  FindingRow,
  InspectionDetail,
  InspectionSummary,
} from '../../../contracts/checklist-register.ts';
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
import { AppError, duplicate, invalidField, notFound, outOfReachField } from '../../platform/errors.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';
import { assignmentInScope } from './access.ts';
import { assertDateInYear, ref } from './register-context.ts';

const isOpen = sql`${checklistFindings.rectifyDue} is not null and ${checklistFindings.rectifiedOn} is null`;

/** Inspections in the caller's scope, by template, quarter or assignment; newest quarter first. */
export async function listInspections(
  db: Db,
  actor: Actor,
  q: { templateId?: number | undefined; quarter?: number | undefined; assignmentId?: number | undefined; id?: number },
): Promise<InspectionSummary[]> {
  const where: SQL[] = [inScope(units.path, actor)];
  if (q.templateId) where.push(eq(checklistAssignments.templateId, q.templateId));
  if (q.quarter) where.push(eq(checklistInspections.quarter, q.quarter));
  if (q.assignmentId) where.push(eq(checklistInspections.assignmentId, q.assignmentId));
  if (q.id) where.push(eq(checklistInspections.id, q.id));
  const rows = await db
    .select({
      i: checklistInspections,
      unitId: units.id,
      unitName: units.name,
      done: sql<number>`count(${checklistFindings.id}) filter (where ${checklistFindings.finding} = 'done')`,
      partly: sql<number>`count(${checklistFindings.id}) filter (where ${checklistFindings.finding} = 'partly')`,
      notDone: sql<number>`count(${checklistFindings.id}) filter (where ${checklistFindings.finding} = 'not_done')`,
      open: sql<number>`count(${checklistFindings.id}) filter (where ${isOpen})`,
    })
    .from(checklistInspections)
    .innerJoin(checklistAssignments, eq(checklistAssignments.id, checklistInspections.assignmentId))
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .leftJoin(checklistFindings, eq(checklistFindings.inspectionId, checklistInspections.id))
    .where(and(...where))
    .groupBy(checklistInspections.id, units.id, units.name, units.path)
    .orderBy(desc(checklistInspections.quarter), asc(units.path))
    .limit(1000);
  return rows.map((r) => ({
    id: r.i.id,
    assignment: { id: r.i.assignmentId, unit: { id: r.unitId, name: r.unitName } },
    quarter: r.i.quarter,
    inspectedOn: r.i.inspectedOn,
    inspectors: r.i.inspectors,
    note: r.i.note,
    counts: { done: Number(r.done), partly: Number(r.partly), notDone: Number(r.notDone) },
    openRectifications: Number(r.open),
  }));
}

/** The findings of some inspections (or one finding), with item and rectification owner. */
export async function findingsOf(db: Db, where: SQL) {
  return db
    .select({
      f: checklistFindings,
      ordinal: checklistItems.ordinal,
      title: checklistItems.title,
      ownerName: people.name,
    })
    .from(checklistFindings)
    .innerJoin(checklistItems, eq(checklistItems.id, checklistFindings.itemId))
    .leftJoin(people, eq(people.id, checklistFindings.rectifyOwnerPersonId))
    .where(where)
    .orderBy(asc(checklistItems.ordinal));
}

export function shapeFinding(r: Awaited<ReturnType<typeof findingsOf>>[number]): FindingRow {
  return {
    id: r.f.id,
    item: { id: r.f.itemId, ordinal: r.ordinal, title: r.title },
    finding: r.f.finding as Finding,
    note: r.f.note,
    rectifyOwner: ref(r.f.rectifyOwnerPersonId, r.ownerName),
    rectifyDue: r.f.rectifyDue,
    rectifiedOn: r.f.rectifiedOn,
    rectifiedNote: r.f.rectifiedNote,
    version: r.f.version,
  };
}

/** One inspection with its findings, or 404 (missing or out of scope). */
export async function inspectionDetail(db: Db, actor: Actor, id: number): Promise<InspectionDetail> {
  const [i] = await db.select().from(checklistInspections).where(eq(checklistInspections.id, id));
  if (!i) throw notFound();
  await assignmentInScope(db, actor, i.assignmentId);
  const [summary] = await listInspections(db, actor, { id });
  if (!summary) throw notFound();
  const findings = await findingsOf(db, eq(checklistFindings.inspectionId, id));
  return { ...summary, findings: findings.map(shapeFinding) };
}

/**
 * 一季一检查: the inspection of one assigned unit in one quarter, item by item. Each
 * finding names an item of the template once; a partly or not done finding may carry a
 * rectification (an owner in scope and a due date not before the inspection).
 */
export async function createInspection(
  tx: Db,
  ctx: ServiceContext,
  body: CreateInspectionBody,
  today: string,
): Promise<number> {
  const { lang } = ctx;
  const a = await assignmentInScope(tx, ctx.actor, body.assignmentId).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? outOfReachField(lang, 'assignmentId') : err;
  });
  assertDateInYear(lang, 'inspectedOn', body.inspectedOn, a.year, today);
  const itemIds = new Set(
    (
      await tx.select({ id: checklistItems.id }).from(checklistItems).where(eq(checklistItems.templateId, a.templateId))
    ).map((i) => i.id),
  );
  const seen = new Set<number>();
  const ownerIds = [...new Set(body.findings.map((f) => f.rectifyOwnerPersonId).filter((x): x is number => x != null))];
  const owners = ownerIds.length
    ? await tx
        .select({ id: people.id, path: units.path })
        .from(people)
        .innerJoin(units, eq(units.id, people.unitId))
        .where(inArray(people.id, ownerIds))
    : [];
  const ownerPath = new Map(owners.map((o) => [o.id, o.path]));
  for (const [n, f] of body.findings.entries()) {
    const at = `findings.${n}`;
    if (!itemIds.has(f.itemId)) throw outOfReachField(lang, `${at}.itemId`);
    if (seen.has(f.itemId)) {
      throw invalidField(lang, `${at}.itemId`, 'duplicate', {
        'zh-CN': '同一事项只能有一条检查结果',
        'en-US': 'appears more than once',
      });
    }
    seen.add(f.itemId);
    const owner = f.rectifyOwnerPersonId ?? null;
    const due = f.rectifyDue ?? null;
    if (owner === null && due === null) continue;
    if (f.finding === 'done') {
      throw invalidField(lang, `${at}.rectifyOwnerPersonId`, 'not_allowed', {
        'zh-CN': '已完成的事项无需整改',
        'en-US': 'a done item needs no rectification',
      });
    }
    if (owner === null) {
      throw invalidField(lang, `${at}.rectifyOwnerPersonId`, 'required', {
        'zh-CN': '不能为空',
        'en-US': 'is required',
      });
    }
    if (due === null) {
      throw invalidField(lang, `${at}.rectifyDue`, 'required', { 'zh-CN': '不能为空', 'en-US': 'is required' });
    }
    const path = ownerPath.get(owner);
    if (!path || !pathInScope(path, ctx.actor.scopePaths)) throw outOfReachField(lang, `${at}.rectifyOwnerPersonId`);
    if (due < body.inspectedOn) {
      throw invalidField(lang, `${at}.rectifyDue`, 'before_inspection', {
        'zh-CN': '不能早于检查日期',
        'en-US': 'cannot be before the inspection',
      });
    }
  }
  const values = {
    assignmentId: a.id,
    quarter: body.quarter,
    inspectedOn: body.inspectedOn,
    inspectors: body.inspectors,
    note: body.note ?? null,
  };
  const [row] = await tx
    .insert(checklistInspections)
    .values({ ...values, createdBy: ctx.actor.accountId })
    .onConflictDoNothing()
    .returning({ id: checklistInspections.id });
  if (!row) throw duplicate(lang, 'quarter', String(body.quarter));
  const findings = body.findings.map((f) => ({
    inspectionId: row.id,
    itemId: f.itemId,
    finding: f.finding,
    note: f.note ?? null,
    rectifyOwnerPersonId: f.rectifyOwnerPersonId ?? null,
    rectifyDue: f.rectifyDue ?? null,
  }));
  await tx.insert(checklistFindings).values(findings);
  await writeAudit(tx, ctx.audit, {
    action: 'checklist.inspection.create',
    targetType: 'checklist_inspection',
    targetId: row.id,
    before: null,
    after: { ...values, findings: findings.map(({ inspectionId: _i, ...f }) => f) },
  });
  return row.id;
}
