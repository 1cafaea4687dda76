import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  ChecklistTemplateDetail,
  ChecklistTemplateList,
  TemplateListQuery,
} from '../../../contracts/checklists.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAreas,
  checklistAssignments,
  checklistItems,
  checklistTemplates,
} from '../../db/schema/checklists.ts';
import { people } from '../../db/schema/people.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfScope } from '../../platform/errors.ts';
import { inScope, pathInScope } from '../../platform/scope.ts';
import { templateReachable } from './access.ts';

/**
 * Reading templates. A template is readable when its owner unit is in the caller's
 * scope, or when at least one of its assignments is (a counselor of JN01 reads the
 * province's template applied to JN01's departments).
 */

export async function listTemplates(db: Db, actor: Actor, q: TemplateListQuery): Promise<ChecklistTemplateList> {
  const conds: SQL[] = [templateReachable(db, actor)];
  if (q.year) conds.push(eq(checklistTemplates.year, q.year));
  if (q.unitId) conds.push(eq(checklistTemplates.unitId, q.unitId));
  const rows = await db
    .select({
      id: checklistTemplates.id,
      unitId: units.id,
      unitName: units.name,
      year: checklistTemplates.year,
      name: checklistTemplates.name,
      itemCount: sql<number>`(select count(*) from ${checklistItems} where ${checklistItems.templateId} = ${checklistTemplates.id})`,
      totalWeight: sql<string>`(select coalesce(sum(${checklistItems.weight}), 0) from ${checklistItems} where ${checklistItems.templateId} = ${checklistTemplates.id})`,
      assignmentCount: sql<number>`(select count(*) from ${checklistAssignments} where ${checklistAssignments.templateId} = ${checklistTemplates.id})`,
    })
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(and(...conds))
    .orderBy(desc(checklistTemplates.year), asc(units.path), asc(checklistTemplates.name), desc(checklistTemplates.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      unit: { id: r.unitId, name: r.unitName },
      year: r.year,
      name: r.name,
      itemCount: Number(r.itemCount),
      assignmentCount: Number(r.assignmentCount),
      totalWeight: Number(r.totalWeight),
    })),
  };
}

export interface ReadableTemplate {
  id: number;
  unitId: number;
  unitPath: string;
  year: number;
  name: string;
  version: number;
  ownerInScope: boolean;
}

/** A template the caller may read (owner or an assignment in scope), or 404 (audited). */
export async function templateReadable(db: Db, actor: Actor, id: number): Promise<ReadableTemplate> {
  const [row] = await db
    .select({
      id: checklistTemplates.id,
      unitId: checklistTemplates.unitId,
      unitPath: units.path,
      year: checklistTemplates.year,
      name: checklistTemplates.name,
      version: checklistTemplates.version,
    })
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(and(eq(checklistTemplates.id, id), templateReachable(db, actor)));
  if (!row) throw outOfScope('checklist_template', id);
  return { ...row, ownerInScope: pathInScope(row.unitPath, actor.scopePaths) };
}

/** SQL: the assignment (checklist_assignments row in the query) has any register data. */
export function assignmentHasData(): SQL<boolean> {
  // Spelled out with table names: inside a subquery an unqualified "id" would be the inner table's.
  const a = sql.raw('"checklist_assignments"."id"');
  const any = (table: string) => sql.raw(`exists (select 1 from ${table} x where x.assignment_id = `);
  return sql<boolean>`(${any('checklist_entries')}${a})
    or ${any('checklist_monthly_reports')}${a})
    or ${any('checklist_inspections')}${a})
    or ${any('duty_reports')}${a})
    or ${any('checklist_accountabilities')}${a}))`;
}

const supervisors = alias(people, 'supervisors');
const counselors = alias(people, 'counselors');

export async function templateDetail(db: Db, actor: Actor, id: number): Promise<ChecklistTemplateDetail> {
  const readable = await templateReadable(db, actor, id);
  const [t] = await db
    .select({ t: checklistTemplates, unitName: units.name })
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(eq(checklistTemplates.id, id));
  if (!t) throw outOfScope('checklist_template', id);
  const areas = await db
    .select()
    .from(checklistAreas)
    .where(eq(checklistAreas.templateId, id))
    .orderBy(asc(checklistAreas.ordinal), asc(checklistAreas.id));
  const items = await db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.templateId, id))
    .orderBy(asc(checklistItems.ordinal), asc(checklistItems.id));
  const assignConds: SQL[] = [eq(checklistAssignments.templateId, id)];
  if (!readable.ownerInScope) assignConds.push(inScope(units.path, actor));
  const assignments = await db
    .select({
      id: checklistAssignments.id,
      unitId: units.id,
      unitName: units.name,
      supervisorId: supervisors.id,
      supervisorName: supervisors.name,
      counselorId: counselors.id,
      counselorName: counselors.name,
      version: checklistAssignments.version,
      hasData: assignmentHasData(),
    })
    .from(checklistAssignments)
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .leftJoin(supervisors, eq(supervisors.id, checklistAssignments.supervisorPersonId))
    .leftJoin(counselors, eq(counselors.id, checklistAssignments.counselorPersonId))
    .where(and(...assignConds))
    .orderBy(asc(units.path));
  const itemOut = items.map((i) => ({
    id: i.id,
    areaId: i.areaId,
    ordinal: i.ordinal,
    title: i.title,
    responsibleRole: i.responsibleRole as ChecklistTemplateDetail['areas'][number]['items'][number]['responsibleRole'],
    assessmentContent: i.assessmentContent,
    deadline: i.deadline,
    cadence: i.cadence as ChecklistTemplateDetail['areas'][number]['items'][number]['cadence'],
    weight: Number(i.weight),
    targetValue: i.targetValue === null ? null : Number(i.targetValue),
    targetUnit: i.targetUnit as ChecklistTemplateDetail['areas'][number]['items'][number]['targetUnit'],
    measure: i.measure as ChecklistTemplateDetail['areas'][number]['items'][number]['measure'],
    measureKind: i.measureKind as ChecklistTemplateDetail['areas'][number]['items'][number]['measureKind'],
  }));
  const totalWeight = Math.round(itemOut.reduce((s, i) => s + i.weight, 0) * 100) / 100;
  return {
    id: t.t.id,
    unit: { id: t.t.unitId, name: t.unitName },
    year: t.t.year,
    name: t.t.name,
    partialCreditPct: t.t.partialCreditPct,
    checklistWeightPct: t.t.checklistWeightPct,
    appraisalWeightPct: t.t.appraisalWeightPct,
    dutyReportWeightPct: t.t.dutyReportWeightPct,
    projectWeightPct: t.t.projectWeightPct,
    copiedFromId: t.t.copiedFromId,
    version: t.t.version,
    ownerInScope: readable.ownerInScope,
    areas: areas.map((a) => ({
      id: a.id,
      ordinal: a.ordinal,
      title: a.title,
      items: itemOut.filter((i) => i.areaId === a.id),
    })),
    assignments: assignments.map((a) => ({
      id: a.id,
      unit: { id: a.unitId, name: a.unitName },
      supervisor: a.supervisorId === null ? null : { id: a.supervisorId, name: a.supervisorName ?? '' },
      counselor: a.counselorId === null ? null : { id: a.counselorId, name: a.counselorName ?? '' },
      version: a.version,
      hasData: a.hasData === true || (a.hasData as unknown) === 't',
    })),
    totalWeight,
  };
}
