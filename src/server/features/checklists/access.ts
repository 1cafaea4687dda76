import { and, eq, exists, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { checklistAssignments, checklistTemplates } from '../../db/schema/checklists.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfScope } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';

/**
 * Who reaches a checklist: a template through its owner unit (the committee that
 * set it), an assignment through its assigned unit. Both are cut to the caller's
 * data scope; anything outside answers 404 like a missing object (and the denial is audited).
 */

export interface TemplateInScope {
  id: number;
  unitId: number;
  unitPath: string;
  year: number;
  name: string;
  version: number;
}

export interface AssignmentInScope {
  id: number;
  templateId: number;
  year: number;
  unitId: number;
  unitPath: string;
  unitName: string;
  version: number;
}

/** A template whose owner unit lies in the caller's scope, or 404. */
export async function templateInScope(db: Db, actor: Actor, id: number): Promise<TemplateInScope> {
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
    .where(and(eq(checklistTemplates.id, id), inScope(units.path, actor)));
  if (!row) throw outOfScope('checklist_template', id);
  return row;
}

/** An assignment whose assigned unit lies in the caller's scope, or 404. */
export async function assignmentInScope(db: Db, actor: Actor, id: number): Promise<AssignmentInScope> {
  const [row] = await db
    .select({
      id: checklistAssignments.id,
      templateId: checklistAssignments.templateId,
      year: checklistTemplates.year,
      unitId: checklistAssignments.unitId,
      unitPath: units.path,
      unitName: units.name,
      version: checklistAssignments.version,
    })
    .from(checklistAssignments)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistAssignments.templateId))
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .where(and(eq(checklistAssignments.id, id), inScope(units.path, actor)));
  if (!row) throw outOfScope('checklist_assignment', id);
  return row;
}

const assignedUnits = alias(units, 'assigned_units');

/**
 * SQL for a query over checklist_templates joined to its owner's `units` row: the caller
 * reads the template when the owner or one of its assigned units is in scope (a counselor
 * of JN01 reads the province's template applied to JN01's departments).
 */
export function templateReachable(db: Db, actor: Actor): SQL {
  const assigned = db
    .select({ one: sql`1` })
    .from(checklistAssignments)
    .innerJoin(assignedUnits, eq(assignedUnits.id, checklistAssignments.unitId))
    .where(and(eq(checklistAssignments.templateId, checklistTemplates.id), inScope(assignedUnits.path, actor)));
  return or(inScope(units.path, actor), exists(assigned))!;
}
