import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Milestone, ProjectDetail, ProjectTarget } from '../../../contracts/project-work.ts';
import {
  type CampaignKind,
  type CampaignPhase,
  type ProblemKind,
  type ProjectStatus,
  SCORE_STAGES,
  type ScoreStage,
} from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { accounts } from '../../db/schema/accounts.ts';
import { partyOrgCommittee, partyOrgs } from '../../db/schema/party-orgs.ts';
import { people } from '../../db/schema/people.ts';
import {
  projectCriteria,
  projectMembers,
  projectMilestones,
  projects,
  projectTargetReadings,
  projectTargets,
} from '../../db/schema/projects.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor } from '../../platform/actor.ts';
import { type CampaignInScope, organizesCampaign, type ProjectInScope, projectInScope } from './access.ts';
import { projectCan } from './can.ts';
import { sheetsOf } from './score-sheets.ts';
import { emptyScores, stageScores } from './stage-scores.ts';

/** What reads need besides the caller: today in the enterprise time zone. */
export interface ReadWhen {
  today: string;
}

const leaders = alias(people, 'leaders');
const guides = alias(people, 'guides');
const organizers = alias(partyOrgs, 'organizers');
const orgs = alias(partyOrgs, 'proposing_orgs');

/** Review before evaluation, then by ordinal (criteria) or id (sheets). */
const byStage = (
  a: { stage: string; ordinal?: number; id: number },
  b: { stage: string; ordinal?: number; id: number },
) =>
  SCORE_STAGES.indexOf(a.stage as ScoreStage) - SCORE_STAGES.indexOf(b.stage as ScoreStage) ||
  (a.ordinal ?? 0) - (b.ordinal ?? 0) ||
  a.id - b.id;

const ref = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

/** Not done and due before today. */
export const isOverdue = (m: { dueOn: string; doneOn: string | null }, today: string) =>
  m.doneOn === null && m.dueOn < today;

/** A project's milestones in order, with the overdue flag. */
export async function milestonesOf(db: Db, projectId: number, today: string): Promise<Milestone[]> {
  const rows = await db
    .select()
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, projectId))
    .orderBy(asc(projectMilestones.dueOn), asc(projectMilestones.ordinal), asc(projectMilestones.id));
  return rows.map((m) => ({
    id: m.id,
    ordinal: m.ordinal,
    title: m.title,
    dueOn: m.dueOn,
    doneOn: m.doneOn,
    doneNote: m.doneNote,
    overdue: isOverdue(m, today),
    version: m.version,
  }));
}

async function targetsOf(db: Db, projectId: number): Promise<ProjectTarget[]> {
  const targets = await db
    .select()
    .from(projectTargets)
    .where(eq(projectTargets.projectId, projectId))
    .orderBy(asc(projectTargets.ordinal), asc(projectTargets.id));
  if (targets.length === 0) return [];
  const readings = await db
    .select({
      id: projectTargetReadings.id,
      targetId: projectTargetReadings.targetId,
      measuredOn: projectTargetReadings.measuredOn,
      value: projectTargetReadings.value,
      note: projectTargetReadings.note,
      byId: accounts.id,
      byName: accounts.displayName,
    })
    .from(projectTargetReadings)
    .innerJoin(accounts, eq(accounts.id, projectTargetReadings.recordedBy))
    .where(
      inArray(
        projectTargetReadings.targetId,
        targets.map((t) => t.id),
      ),
    )
    .orderBy(asc(projectTargetReadings.measuredOn), asc(projectTargetReadings.id));
  return targets.map((t) => {
    const own = readings.filter((r) => r.targetId === t.id);
    const latest = own.at(-1);
    return {
      id: t.id,
      ordinal: t.ordinal,
      name: t.name,
      unit: t.unit,
      baseline: t.baseline === null ? null : Number(t.baseline),
      targetValue: Number(t.targetValue),
      current: latest ? Number(latest.value) : null,
      measuredOn: latest?.measuredOn ?? null,
      readings: own.map((r) => ({
        id: r.id,
        measuredOn: r.measuredOn,
        value: Number(r.value),
        note: r.note,
        recordedBy: { id: r.byId, name: r.byName },
      })),
    };
  });
}

/** Score sheets are shown to those who review or manage the campaign (its organizer's unit in scope). */
export const seesSheets = (actor: Actor, campaign: Pick<CampaignInScope, 'unitPath'>): boolean =>
  organizesCampaign(actor, campaign) &&
  (actor.permissions.has('projects.review') || actor.permissions.has('projects.manage'));

/** The detail of a project already found in scope. */
export async function detailOf(db: Db, actor: Actor, p: ProjectInScope, when: ReadWhen): Promise<ProjectDetail> {
  const [row] = await db
    .select({
      title: projects.title,
      theme: projects.theme,
      problemKind: projects.problemKind,
      problem: projects.problem,
      goals: projects.goals,
      plan: projects.plan,
      resources: projects.resources,
      decisionReason: projects.decisionReason,
      submittedAt: projects.submittedAt,
      decidedAt: projects.decidedAt,
      exemplaryNote: projects.exemplaryNote,
      unitName: units.name,
      orgId: orgs.id,
      orgName: orgs.name,
      leaderId: leaders.id,
      leaderName: leaders.name,
      guideId: guides.id,
      guideName: guides.name,
      organizerId: organizers.id,
      organizerName: organizers.name,
    })
    .from(projects)
    .innerJoin(units, eq(units.id, projects.unitId))
    .leftJoin(orgs, eq(orgs.id, projects.partyOrgId))
    .innerJoin(leaders, eq(leaders.id, projects.leaderPersonId))
    .leftJoin(guides, eq(guides.id, projects.guidePersonId))
    .innerJoin(organizers, eq(organizers.id, p.campaign.organizerOrgId))
    .where(eq(projects.id, p.id));
  if (!row) throw new Error(`project ${p.id} vanished`);

  const secretary =
    p.partyOrgId === null
      ? []
      : await db
          .select({ id: people.id, name: people.name })
          .from(partyOrgCommittee)
          .innerJoin(people, eq(people.id, partyOrgCommittee.personId))
          .where(
            and(
              eq(partyOrgCommittee.partyOrgId, p.partyOrgId),
              eq(partyOrgCommittee.role, 'secretary'),
              isNull(partyOrgCommittee.endedOn),
            ),
          )
          .orderBy(asc(partyOrgCommittee.startedOn))
          .limit(1);
  const members = await db
    .select({ id: people.id, name: people.name })
    .from(projectMembers)
    .innerJoin(people, eq(people.id, projectMembers.personId))
    .where(eq(projectMembers.projectId, p.id))
    .orderBy(asc(people.name), asc(people.id));
  const criteria = await db
    .select()
    .from(projectCriteria)
    .where(eq(projectCriteria.campaignId, p.campaign.id))
    .orderBy(asc(projectCriteria.stage), asc(projectCriteria.ordinal), asc(projectCriteria.id));
  const scores = (await stageScores(db, [p.id])).get(p.id) ?? emptyScores();
  const organizes = organizesCampaign(actor, p.campaign);
  const _totals = new Map([...scores.review.totals, ...scores.evaluation.totals]);

  return {
    id: p.id,
    campaign: {
      id: p.campaign.id,
      name: p.campaign.name,
      kind: p.campaign.kind as CampaignKind,
      year: p.campaign.year,
      phase: p.campaign.phase as CampaignPhase,
      organizer: { id: row.organizerId, name: row.organizerName },
    },
    proposer: {
      partyOrg: ref(row.orgId, row.orgName),
      unit: { id: p.unitId, name: row.unitName },
      secretary: secretary[0] ?? null,
    },
    title: row.title,
    theme: row.theme,
    problemKind: row.problemKind as ProblemKind,
    problem: row.problem,
    goals: row.goals,
    plan: row.plan,
    resources: row.resources,
    leader: { id: row.leaderId, name: row.leaderName },
    members,
    guide: ref(row.guideId, row.guideName),
    status: p.status as ProjectStatus,
    decisionReason: row.decisionReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    exemplary: p.exemplary,
    exemplaryNote: row.exemplaryNote,
    targets: await targetsOf(db, p.id),
    milestones: await milestonesOf(db, p.id, when.today),
    criteria: criteria
      .map((k) => ({
        id: k.id,
        stage: k.stage as 'review' | 'evaluation',
        ordinal: k.ordinal,
        name: k.name,
        weightPct: k.weightPct,
      }))
      .sort(byStage),
    reviewScore: scores.review.mean,
    evaluationScore: scores.evaluation.mean,
    sheets: seesSheets(actor, p.campaign)
      ? (await sheetsOf(db, [p.id])).map(({ projectId: _, ...sheet }) => sheet).sort(byStage)
      : [],
    can: projectCan({
      permissions: actor.permissions,
      organizes,
      campaign: p.campaign,
      status: p.status,
      today: when.today,
    }),
    version: p.version,
  };
}

/** GET /api/projects/:id: a project in the caller's scope, or 404. */
export async function readProject(db: Db, actor: Actor, id: number, when: ReadWhen): Promise<ProjectDetail> {
  return detailOf(db, actor, await projectInScope(db, actor, id), when);
}
