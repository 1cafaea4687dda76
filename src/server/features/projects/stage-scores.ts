import { sql } from 'drizzle-orm';
import type { ScoreStage } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import { meanScore, sheetTotal } from './score.ts';

/**
 * The scores of projects per stage, from their reviewers' sheets: each sheet's
 * total (score.ts sheetTotal over the stage's criteria), the project's stage
 * score (meanScore of the totals) and each criterion's mean over the sheets.
 * One query; the project list, the detail, the dossier and the ranking all read
 * these numbers, so they cannot disagree (decision 0016).
 */
export interface StageScore {
  sheets: number;
  /** Sheet id → total, in sheet id order. */
  totals: Map<number, number>;
  mean: number | null;
  /** Criterion id → the mean of its scores over the sheets (null without a score). */
  criterionMeans: Map<number, number | null>;
}

export type ProjectStageScores = Record<ScoreStage, StageScore>;

const emptyStage = (): StageScore => ({ sheets: 0, totals: new Map(), mean: null, criterionMeans: new Map() });
export const emptyScores = (): ProjectStageScores => ({ review: emptyStage(), evaluation: emptyStage() });

interface Row {
  project_id: number | string;
  stage: ScoreStage;
  sheet_id: number | string;
  criterion_id: number | string;
  weight_pct: number | string;
  score: number | string | null;
}

/** Per project id (every id asked gets an entry) and stage: the sheets' totals, the mean and the criterion means. */
export async function stageScores(db: Db, projectIds: readonly number[]): Promise<Map<number, ProjectStageScores>> {
  const out = new Map<number, ProjectStageScores>(projectIds.map((id) => [id, emptyScores()]));
  if (projectIds.length === 0) return out;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select s.project_id, s.stage, s.id as sheet_id, c.id as criterion_id, c.weight_pct, cs.score
      from project_score_sheets s
      join projects p on p.id = s.project_id
      join project_criteria c on c.campaign_id = p.campaign_id and c.stage = s.stage
      left join project_criterion_scores cs on cs.sheet_id = s.id and cs.criterion_id = c.id
      where s.project_id = any(${arrayParam(projectIds.map(Number))}::int[])
      order by s.project_id, s.stage, s.id, c.ordinal, c.id`),
  );
  // project|stage|sheet → the stage's criteria and the sheet's scores; project|stage → criterion → scores.
  const sheets = new Map<string, { criteria: { id: number; weightPct: number }[]; scores: Map<number, number> }>();
  const perCriterion = new Map<string, Map<number, number[]>>();
  for (const r of rows) {
    const key = `${Number(r.project_id)}|${r.stage}|${Number(r.sheet_id)}`;
    const sheet = sheets.get(key) ?? { criteria: [], scores: new Map<number, number>() };
    sheets.set(key, sheet);
    const criterionId = Number(r.criterion_id);
    sheet.criteria.push({ id: criterionId, weightPct: Number(r.weight_pct) });
    const stageKey = `${Number(r.project_id)}|${r.stage}`;
    const byCriterion = perCriterion.get(stageKey) ?? new Map<number, number[]>();
    perCriterion.set(stageKey, byCriterion);
    const list = byCriterion.get(criterionId) ?? [];
    byCriterion.set(criterionId, list);
    if (r.score !== null) {
      sheet.scores.set(criterionId, Number(r.score));
      list.push(Number(r.score));
    }
  }
  for (const [key, sheet] of sheets) {
    const [projectId, stage, sheetId] = key.split('|') as [string, ScoreStage, string];
    const entry = out.get(Number(projectId)) ?? emptyScores();
    out.set(Number(projectId), entry);
    entry[stage].totals.set(Number(sheetId), sheetTotal(sheet.criteria, sheet.scores));
  }
  for (const entry of out.values()) {
    for (const s of Object.values(entry)) {
      s.sheets = s.totals.size;
      s.mean = meanScore([...s.totals.values()]);
    }
  }
  for (const [key, byCriterion] of perCriterion) {
    const [projectId, stage] = key.split('|') as [string, ScoreStage];
    const s = out.get(Number(projectId))![stage];
    for (const [criterionId, scores] of byCriterion) s.criterionMeans.set(criterionId, meanScore(scores));
  }
  return out;
}
