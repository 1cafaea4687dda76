import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ProjectRanking, ProjectRankingRow } from '../../../contracts/project-work.ts';
import type { Db } from '../../db/client.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import { projectCriteria, projectMilestones, projects } from '../../db/schema/projects.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { inScope } from '../../platform/scope.ts';
import { campaignInScope } from './access.ts';
import { rankScores } from './score.ts';
import { emptyScores, stageScores } from './stage-scores.ts';

/**
 * The campaign's evaluation ranking (decision 0016): its approved projects the
 * caller reaches, ranked by evaluation score (competition ranking 1, 1, 3; a
 * project without an evaluation sheet unranked and listed last), with the review
 * score, each evaluation criterion's mean and the milestones done.
 */
const leaders = alias(people, 'leaders');
const secretaries = alias(people, 'secretaries');

export async function readRanking(db: Db, actor: Actor, campaignId: number): Promise<ProjectRanking> {
  const c = await campaignInScope(db, actor, campaignId);
  const criteria = (
    await db
      .select()
      .from(projectCriteria)
      .where(and(eq(projectCriteria.campaignId, c.id), eq(projectCriteria.stage, 'evaluation')))
      .orderBy(asc(projectCriteria.ordinal), asc(projectCriteria.id))
  ).map((k) => ({ id: k.id, stage: 'evaluation' as const, ordinal: k.ordinal, name: k.name, weightPct: k.weightPct }));

  const rows = await db
    .select({
      id: projects.id,
      title: projects.title,
      exemplary: projects.exemplary,
      unitId: units.id,
      unitName: units.name,
      orgId: partyOrgs.id,
      orgName: partyOrgs.name,
      leaderId: leaders.id,
      leaderName: leaders.name,
      secretaryId: sql<number | null>`(
        select ${partyOrgCommittee.personId} from ${partyOrgCommittee}
        where ${partyOrgCommittee.partyOrgId} = ${projects.partyOrgId} and ${partyOrgCommittee.role} = 'secretary'
          and ${partyOrgCommittee.endedOn} is null
        order by ${partyOrgCommittee.startedOn} limit 1)`,
      milestones: sql<number>`(select count(*) from ${projectMilestones} where ${projectMilestones.projectId} = ${projects.id})`,
      milestonesDone: sql<number>`(select count(*) from ${projectMilestones}
        where ${projectMilestones.projectId} = ${projects.id} and ${projectMilestones.doneOn} is not null)`,
    })
    .from(projects)
    .innerJoin(units, eq(units.id, projects.unitId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, projects.partyOrgId))
    .innerJoin(leaders, eq(leaders.id, projects.leaderPersonId))
    .where(and(eq(projects.campaignId, c.id), eq(projects.status, 'approved'), inScope(units.path, actor)))
    .orderBy(asc(projects.id));

  const secretaryIds = [...new Set(rows.map((r) => r.secretaryId).filter((x): x is number => x !== null))];
  const names = new Map(
    secretaryIds.length === 0
      ? []
      : (
          await db
            .select({ id: secretaries.id, name: secretaries.name })
            .from(secretaries)
            .where(sql`${secretaries.id} = any(${sql.param(secretaryIds.map(Number))}::int[])`)
        ).map((x) => [x.id, x.name]),
  );
  const scores = await stageScores(
    db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r): Omit<ProjectRankingRow, 'rank'> => {
    const s = scores.get(r.id) ?? emptyScores();
    const sec = r.secretaryId === null ? null : Number(r.secretaryId);
    return {
      project: { id: r.id, title: r.title },
      proposer: {
        partyOrg: r.orgId === null ? null : { id: r.orgId, name: r.orgName ?? '' },
        unit: { id: r.unitId, name: r.unitName },
        secretary: sec === null ? null : { id: sec, name: names.get(sec) ?? '' },
      },
      leader: { id: r.leaderId, name: r.leaderName },
      reviewScore: s.review.mean,
      evaluationScore: s.evaluation.mean,
      evaluationSheets: s.evaluation.sheets,
      criteria: criteria.map((k) => ({ criterionId: k.id, mean: s.evaluation.criterionMeans.get(k.id) ?? null })),
      milestones: Number(r.milestones),
      milestonesDone: Number(r.milestonesDone),
      exemplary: r.exemplary,
    };
  });
  const ranks = rankScores(items.map((x) => x.evaluationScore));
  const ranked = items.map((x, i) => ({ ...x, rank: ranks[i] ?? null }));
  ranked.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.proposer.unit.name.localeCompare(b.proposer.unit.name, 'zh-CN') ||
      a.project.id - b.project.id,
  );
  return { campaign: { id: c.id, name: c.name, year: c.year, phase: c.phase }, criteria, rows: ranked };
}
