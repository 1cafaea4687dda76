import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { ScoreSheet, ScoreSheetBody, ScoreStage } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { projectCriterionScores, projectScoreSheets } from '../../db/schema/projects.ts';
import { arrayParam, rowsOf } from '../../db/sql.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { conflict, invalidField, outOfScope } from '../../platform/errors.ts';
import { lockProject, organizesCampaign, projectInScope } from './access.ts';
import { criteriaOf } from './campaign-read.ts';
import { sheetTotal } from './score.ts';
import { stageScores } from './stage-scores.ts';

/**
 * Score sheets of both stages: a reviewer of the organizer scores every criterion
 * of the stage once; scoring again replaces the sheet. Review: phase review, until
 * the review is due, the proposal submitted (returned or approved: rescoring).
 * Evaluation: phase evaluation, until it is due, the project approved.
 */
const STAGE_RULE = {
  review: { phase: 'review', due: 'reviewDue', statuses: ['submitted', 'returned', 'approved'] },
  evaluation: { phase: 'evaluation', due: 'evaluationDue', statuses: ['approved'] },
} as const;

export async function putScoreSheet(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  stage: ScoreStage,
  b: ScoreSheetBody,
  today: string,
): Promise<ScoreSheet> {
  const { actor, lang } = ctx;
  const first = await projectInScope(tx, actor, id);
  if (!organizesCampaign(actor, first.campaign)) throw outOfScope('project', id);
  await lockProject(tx, id);
  const p = await projectInScope(tx, actor, id);
  const rule = STAGE_RULE[stage];
  const c = p.campaign;
  if (c.phase !== rule.phase || today > c[rule.due]) {
    throw conflict(lang, {
      'zh-CN': stage === 'review' ? '只能在评审阶段、评审截止前评分' : '只能在评比阶段、评比截止前评分',
      'en-US': `Sheets of the ${stage} stage are scored in its phase, before it is due`,
    });
  }
  if (!(rule.statuses as readonly string[]).includes(p.status)) {
    throw conflict(lang, {
      'zh-CN': stage === 'review' ? '该申报当前不能评审' : '只能对已立项的项目评比',
      'en-US': `This project cannot be scored at the ${stage} stage now`,
    });
  }
  const criteria = await criteriaOf(tx, c.id, stage);
  const ids = b.scores.map((s) => s.criterionId);
  const exact =
    new Set(ids).size === ids.length && ids.length === criteria.length && criteria.every((k) => ids.includes(k.id));
  if (!exact) {
    throw invalidField(lang, 'scores', 'criteria', {
      'zh-CN': `须对本阶段的每项指标各评一次分（共${criteria.length}项）`,
      'en-US': `must score every criterion of the stage exactly once (${criteria.length})`,
    });
  }
  const [sheet] = await tx
    .insert(projectScoreSheets)
    .values({ projectId: id, stage, reviewerId: actor.accountId, comment: b.comment ?? null })
    .onConflictDoUpdate({
      target: [projectScoreSheets.projectId, projectScoreSheets.stage, projectScoreSheets.reviewerId],
      set: { comment: b.comment ?? null, updatedAt: sql`now()` },
    })
    .returning({ id: projectScoreSheets.id });
  await tx.delete(projectCriterionScores).where(eq(projectCriterionScores.sheetId, sheet!.id));
  await tx
    .insert(projectCriterionScores)
    .values(b.scores.map((s) => ({ sheetId: sheet!.id, criterionId: s.criterionId, score: s.score })));
  const total = sheetTotal(criteria, new Map(b.scores.map((s) => [s.criterionId, s.score])));
  await writeAudit(tx, ctx.audit, {
    action: 'project.score',
    targetType: 'project',
    targetId: id,
    after: { stage, total, scores: b.scores },
  });
  const [one] = (await sheetsOf(tx, [id])).filter((s) => s.id === sheet!.id);
  return one!;
}

interface SheetWithProject extends ScoreSheet {
  projectId: number;
}

/**
 * The sheets of some projects with their scores; each total is the one stage-scores
 * computed (sheetTotal over the stage's criteria), so a sheet never shows another figure.
 */
export async function sheetsOf(db: Db, projectIds: number[]): Promise<SheetWithProject[]> {
  if (projectIds.length === 0) return [];
  const sheets = await db
    .select({ s: projectScoreSheets, name: accounts.displayName })
    .from(projectScoreSheets)
    .innerJoin(accounts, eq(accounts.id, projectScoreSheets.reviewerId))
    .where(inArray(projectScoreSheets.projectId, projectIds))
    .orderBy(asc(projectScoreSheets.stage), asc(projectScoreSheets.id));
  if (sheets.length === 0) return [];
  const scores = rowsOf<{ sheet_id: number; criterion_id: number; score: string | number }>(
    await db.execute(sql`select cs.sheet_id, cs.criterion_id, cs.score
      from project_criterion_scores cs join project_criteria k on k.id = cs.criterion_id
      where cs.sheet_id = any(${arrayParam(sheets.map((x) => x.s.id))}::integer[]) order by k.ordinal, k.id`),
  );
  const stage = await stageScores(db, projectIds);
  return sheets.map(({ s, name }) => ({
    projectId: s.projectId,
    id: s.id,
    stage: s.stage as ScoreStage,
    reviewer: { id: s.reviewerId, name },
    scores: scores
      .filter((x) => Number(x.sheet_id) === s.id)
      .map((x) => ({ criterionId: Number(x.criterion_id), score: Number(x.score) })),
    total: stage.get(s.projectId)?.[s.stage as ScoreStage].totals.get(s.id) ?? 0,
    comment: s.comment,
    updatedAt: s.updatedAt.toISOString(),
  }));
}

/** GET /api/projects/:id/scores: the sheets, for reviewers and managers of the organizer; [] for other readers. */
export async function listScoreSheets(db: Db, actor: Actor, id: number): Promise<ScoreSheet[]> {
  const p = await projectInScope(db, actor, id);
  const may = actor.permissions.has('projects.review') || actor.permissions.has('projects.manage');
  if (!may || !organizesCampaign(actor, p.campaign)) return [];
  return (await sheetsOf(db, [id])).map(({ projectId: _, ...s }) => s);
}
