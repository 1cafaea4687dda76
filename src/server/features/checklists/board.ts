import type { Board, Ranking } from '../../../contracts/checklist-annual.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { itemColumns, readableTemplate, scoreTemplate } from './score-inputs.ts';

export interface When {
  today: string;
  timeZone: string;
}

/** The board: the caller's assigned units × the template's items, each cell coloured by state. */
export async function boardOf(db: Db, actor: Actor, templateId: number, when: When): Promise<Board> {
  const head = await readableTemplate(db, actor, templateId);
  const s = await scoreTemplate(db, head, { actor, ...when });
  return {
    template: { id: head.id, name: head.name, year: head.year, unit: { id: head.unitId, name: head.unitName } },
    areas: s.areas,
    items: s.items.map(itemColumns),
    rows: s.assignments.map((a) => ({
      assignment: { id: a.id, unit: { id: a.unitId, name: a.unitName } },
      cells: a.cells,
      points: a.points,
      pct: a.pct,
    })),
    totals: s.items.map((i, n) => ({
      itemId: i.id,
      done: s.assignments.filter((a) => a.cells[n]?.state === 'done').length,
    })),
  };
}

/** The annual ranking of the caller's assigned units, highest total first (ties share a rank). */
export async function rankingOf(db: Db, actor: Actor, templateId: number, when: When): Promise<Ranking> {
  const head = await readableTemplate(db, actor, templateId);
  const s = await scoreTemplate(db, head, { actor, ...when });
  const rows = s.assignments
    .map((a) => ({
      assignment: { id: a.id, unit: { id: a.unitId, name: a.unitName } },
      checklistPoints: a.points,
      checklistPct: a.pct,
      appraisalScore: a.appraisalScore,
      dutyReportScore: a.dutyReportScore,
      projectScore: a.projectScore,
      total: a.total,
      rank: a.rank,
      disqualified: a.disqualified,
      accountability: a.accountability,
    }))
    .sort((x, y) => x.rank - y.rank || x.assignment.unit.name.localeCompare(y.assignment.unit.name, 'zh-CN'));
  return {
    template: { id: head.id, name: head.name, year: head.year },
    rows,
    weights: {
      checklist: head.checklistWeightPct,
      appraisal: head.appraisalWeightPct,
      dutyReport: head.dutyReportWeightPct,
      project: head.projectWeightPct,
    },
  };
}
