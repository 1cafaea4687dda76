import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CellState } from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import {
  checklistAppraisals,
  checklistAreas,
  checklistAssignments,
  checklistItems,
  checklistTemplates,
} from '../../db/schema/checklists.ts';
import { units } from '../../db/schema/units.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { outOfScope } from '../../platform/errors.ts';
import { inScope } from '../../platform/scope.ts';
import { meanScore } from '../projects/score.ts';
import { stageScores } from '../projects/stage-scores.ts';
import { templateReachable } from './access.ts';
import { measureItems, measureKey } from './measures.ts';
import {
  type AchievementInput,
  achievementOf,
  appraisalScore,
  assessmentTotal,
  type Cadence,
  cellState,
  checklistScore,
  type Finding,
  rankOf,
  round2,
} from './score.ts';

/**
 * Everything scoring needs for one template, gathered once and scored with score.ts:
 * the board, a unit's year and the ranking all call `scoreTemplate`, so they cannot disagree.
 */

export interface TemplateHead {
  id: number;
  name: string;
  year: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  partialCreditPct: number;
  checklistWeightPct: number;
  appraisalWeightPct: number;
  dutyReportWeightPct: number;
  projectWeightPct: number;
}

const headColumns = {
  id: checklistTemplates.id,
  name: checklistTemplates.name,
  year: checklistTemplates.year,
  unitId: checklistTemplates.unitId,
  unitName: units.name,
  unitPath: units.path,
  partialCreditPct: checklistTemplates.partialCreditPct,
  checklistWeightPct: checklistTemplates.checklistWeightPct,
  appraisalWeightPct: checklistTemplates.appraisalWeightPct,
  dutyReportWeightPct: checklistTemplates.dutyReportWeightPct,
  projectWeightPct: checklistTemplates.projectWeightPct,
};

/**
 * A template the caller may read: its owner unit or one of its assigned units lies in
 * scope; else 404 (audited).
 */
export async function readableTemplate(db: Db, actor: Actor, id: number): Promise<TemplateHead> {
  const [row] = await db
    .select(headColumns)
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(and(eq(checklistTemplates.id, id), templateReachable(db, actor)));
  if (!row) throw outOfScope('checklist_template', id);
  return row;
}

export async function templateHead(db: Db, id: number): Promise<TemplateHead> {
  const [row] = await db
    .select(headColumns)
    .from(checklistTemplates)
    .innerJoin(units, eq(units.id, checklistTemplates.unitId))
    .where(eq(checklistTemplates.id, id));
  if (!row) throw outOfScope('checklist_template', id);
  return row;
}

export interface ScoredCell {
  itemId: number;
  state: CellState;
  achievement: number;
  entryCount: number;
  measured: number | null;
}

export interface ScoredAssignment {
  id: number;
  unitId: number;
  unitName: string;
  cells: ScoredCell[];
  points: number;
  maxPoints: number;
  pct: number;
  appraisalScore: number | null;
  dutyReportScore: number | null;
  projectScore: number | null;
  total: number;
  rank: number;
  accountability: { reminder: number; admonition: number; formalAdmonition: number; disqualification: number };
  disqualified: boolean;
}

/** The columns of an item that the board and a unit's year both show. */
export function itemColumns(i: ScoredTemplate['items'][number]) {
  const { id, ordinal, areaId, title, weight, targetValue, targetUnit } = i;
  return { id, ordinal, areaId, title, weight, targetValue, targetUnit };
}

export interface ScoredTemplate {
  template: TemplateHead;
  areas: { id: number; title: string }[];
  items: {
    id: number;
    ordinal: number;
    areaId: number;
    title: string;
    weight: number;
    targetValue: number | null;
    targetUnit: string | null;
    deadline: string | null;
    cadence: string | null;
    measure: string;
    measureKind: string | null;
  }[];
  assignments: ScoredAssignment[];
}

/**
 * Scores a template's assignments: all of them in the caller's scope (`actor`), or the
 * ones named. Ranks are among the assignments scored.
 */
export async function scoreTemplate(
  db: Db,
  template: TemplateHead,
  opts: { actor?: Actor; assignmentIds?: number[]; today: string; timeZone: string },
): Promise<ScoredTemplate> {
  const areas = await db
    .select({ id: checklistAreas.id, title: checklistAreas.title })
    .from(checklistAreas)
    .where(eq(checklistAreas.templateId, template.id))
    .orderBy(asc(checklistAreas.ordinal), asc(checklistAreas.id));
  const items = await db
    .select({
      id: checklistItems.id,
      ordinal: checklistItems.ordinal,
      areaId: checklistItems.areaId,
      title: checklistItems.title,
      weight: checklistItems.weight,
      targetValue: checklistItems.targetValue,
      targetUnit: checklistItems.targetUnit,
      deadline: checklistItems.deadline,
      cadence: checklistItems.cadence,
      measure: checklistItems.measure,
      measureKind: checklistItems.measureKind,
    })
    .from(checklistItems)
    .where(eq(checklistItems.templateId, template.id))
    .orderBy(asc(checklistItems.ordinal), asc(checklistItems.id));
  const assignments = await db
    .select({ id: checklistAssignments.id, unitId: checklistAssignments.unitId, unitName: units.name })
    .from(checklistAssignments)
    .innerJoin(units, eq(units.id, checklistAssignments.unitId))
    .where(
      and(
        eq(checklistAssignments.templateId, template.id),
        opts.actor ? inScope(units.path, opts.actor) : undefined,
        opts.assignmentIds ? inArray(checklistAssignments.id, opts.assignmentIds) : undefined,
      ),
    )
    .orderBy(asc(units.path), asc(checklistAssignments.id));
  const ids = assignments.map((a) => a.id);
  const year = template.year;
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;

  const entryDates = new Map<string, string[]>();
  const findings = new Map<string, Finding>();
  const appraisals = new Map<number, number | null>();
  const duty = new Map<number, number>();
  const acc = new Map<number, ScoredAssignment['accountability']>();
  if (ids.length) {
    const idList = arrayParam(ids);
    for (const r of rowsOf<{ assignment_id: number; item_id: number; completed_on: string }>(
      await db.execute(sql`select assignment_id, item_id, completed_on::text as completed_on from checklist_entries
        where assignment_id = any(${idList}::int[]) and completed_on >= ${from}::date and completed_on < ${to}::date`),
    )) {
      const k = measureKey(Number(r.assignment_id), Number(r.item_id));
      const list = entryDates.get(k) ?? [];
      list.push(String(r.completed_on).slice(0, 10));
      entryDates.set(k, list);
    }
    for (const r of rowsOf<{ assignment_id: number; item_id: number; finding: string }>(
      await db.execute(sql`select distinct on (i.assignment_id, f.item_id) i.assignment_id, f.item_id, f.finding
        from checklist_findings f join checklist_inspections i on i.id = f.inspection_id
        where i.assignment_id = any(${idList}::int[])
        order by i.assignment_id, f.item_id, i.quarter desc, i.inspected_on desc`),
    )) {
      findings.set(measureKey(Number(r.assignment_id), Number(r.item_id)), r.finding as Finding);
    }
    for (const r of await db.select().from(checklistAppraisals).where(inArray(checklistAppraisals.assignmentId, ids))) {
      appraisals.set(r.assignmentId, appraisalScore(r));
    }
    for (const r of rowsOf<{ assignment_id: number; avg: string | number | null }>(
      await db.execute(sql`select d.assignment_id, avg(r.score) as avg from duty_reports d
        join duty_report_reviews r on r.duty_report_id = d.id
        where d.kind = 'section' and d.assignment_id = any(${idList}::int[]) group by d.assignment_id`),
    )) {
      if (r.avg !== null) duty.set(Number(r.assignment_id), round2(Number(r.avg)));
    }
    for (const r of rowsOf<{ assignment_id: number; kind: string; n: string | number }>(
      await db.execute(sql`select assignment_id, kind, count(*) as n from checklist_accountabilities
        where assignment_id = any(${idList}::int[]) group by assignment_id, kind`),
    )) {
      const id = Number(r.assignment_id);
      const c = acc.get(id) ?? { reminder: 0, admonition: 0, formalAdmonition: 0, disqualification: 0 };
      const key = r.kind === 'formal_admonition' ? 'formalAdmonition' : (r.kind as keyof typeof c);
      if (key in c) c[key] += Number(r.n);
      acc.set(id, c);
    }
  }
  const measured = await measureItems(db, { year, timeZone: opts.timeZone, assignments, items });
  const projectScores = await projectScoresOf(
    db,
    year,
    assignments.map((a) => a.unitId),
  );
  const weights = {
    checklistWeightPct: template.checklistWeightPct,
    appraisalWeightPct: template.appraisalWeightPct,
    dutyReportWeightPct: template.dutyReportWeightPct,
    projectWeightPct: template.projectWeightPct,
  };

  const scored = assignments.map((a) => {
    const raw: number[] = [];
    const cells = items.map((item): ScoredCell => {
      const k = measureKey(a.id, item.id);
      const dates = entryDates.get(k) ?? [];
      const m = item.targetValue !== null ? (measured.get(k) ?? 0) : null;
      const input: AchievementInput = {
        item: {
          weight: item.weight,
          deadline: item.deadline,
          cadence: item.cadence as Cadence | null,
          targetValue: item.targetValue,
        },
        year,
        today: opts.today,
        partialCreditPct: template.partialCreditPct,
        measured: m,
        latestFinding: findings.get(k) ?? null,
        entryDates: dates,
      };
      const achievement = achievementOf(input);
      raw.push(achievement);
      return {
        itemId: item.id,
        state: cellState(input, achievement),
        achievement: round2(achievement),
        entryCount: dates.length,
        measured: m,
      };
    });
    const s = checklistScore(items, raw);
    const appraisal = appraisals.get(a.id) ?? null;
    const dutyScore = duty.get(a.id) ?? null;
    const projectScore = projectScores.get(a.unitId) ?? null;
    const accountability = acc.get(a.id) ?? { reminder: 0, admonition: 0, formalAdmonition: 0, disqualification: 0 };
    return {
      id: a.id,
      unitId: a.unitId,
      unitName: a.unitName,
      cells,
      points: s.points,
      maxPoints: s.totalWeight,
      pct: s.pct,
      appraisalScore: appraisal,
      dutyReportScore: dutyScore,
      projectScore,
      total: assessmentTotal(
        { checklistPct: s.pct, appraisalScore: appraisal, dutyReportScore: dutyScore, projectScore },
        weights,
      ),
      rank: 0,
      accountability,
      disqualified: accountability.disqualification > 0,
    };
  });
  const ranks = rankOf(scored.map((s) => s.total));
  for (const [i, s] of scored.entries()) s.rank = ranks[i]!;
  return { template, areas, items, assignments: scored };
}

/**
 * The led projects' part of the assessment, per unit: the mean evaluation score of the
 * approved projects the unit proposed (projects.unit_id) in campaigns of the template's
 * year, over the projects with at least one evaluation sheet. The project scores are the
 * projects feature's own (stage-scores), so the assessment and the campaign ranking show
 * one figure. Units without such a project are absent (the part is missing).
 */
export async function projectScoresOf(db: Db, year: number, unitIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (unitIds.length === 0) return out;
  const projects = rowsOf<{ id: number | string; unit_id: number | string }>(
    await db.execute(sql`select p.id, p.unit_id from projects p
      join project_campaigns c on c.id = p.campaign_id
      where p.status = 'approved' and c.year = ${year} and p.unit_id = any(${arrayParam(unitIds)}::int[])`),
  );
  const scores = await stageScores(
    db,
    projects.map((p) => Number(p.id)),
  );
  const byUnit = new Map<number, number[]>();
  for (const p of projects) {
    const mean = scores.get(Number(p.id))?.evaluation.mean ?? null;
    if (mean === null) continue;
    byUnit.set(Number(p.unit_id), [...(byUnit.get(Number(p.unit_id)) ?? []), mean]);
  }
  for (const [unitId, means] of byUnit) out.set(unitId, meanScore(means)!);
  return out;
}
