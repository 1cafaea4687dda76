import { sql } from 'drizzle-orm';
import type { ProblemKind, ProjectListItem, ProjectStatus } from '../../../contracts/projects.ts';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/sql.ts';
import type { Actor } from '../../platform/actor.ts';
import { inScope } from '../../platform/scope.ts';
import { type CampaignInScope, campaignInScope } from './access.ts';
import { emptyScores, type ProjectStageScores, stageScores } from './stage-scores.ts';

/**
 * A campaign's proposals and projects the caller reaches: those whose proposing unit
 * lies in the caller's scope. Drafts are listed only to callers who may propose
 * (projects.propose) — the proposers' own working copies; the organizer's reviewers
 * never see them, and they are never counted as proposed.
 */
interface Row {
  id: number;
  title: string;
  status: ProjectStatus;
  theme: string | null;
  problem_kind: ProblemKind;
  party_org_id: number | null;
  party_org_name: string | null;
  unit_id: number;
  unit_name: string;
  secretary_id: number | null;
  secretary_name: string | null;
  leader_id: number;
  leader_name: string;
  guide_id: number | null;
  guide_name: string | null;
  submitted_at: string | Date | null;
  exemplary: boolean;
  version: number;
  ms: string | number;
  ms_done: string | number;
  ms_overdue: string | number;
}

export async function listProjects(
  db: Db,
  actor: Actor,
  campaignId: number,
  q: { status?: ProjectStatus | undefined },
  today: string,
): Promise<{ campaign: CampaignInScope; items: ProjectListItem[] }> {
  const campaign = await campaignInScope(db, actor, campaignId);
  const drafts = actor.permissions.has('projects.propose') ? sql`true` : sql`p.status <> 'draft'`;
  const status = q.status ? sql`p.status = ${q.status}` : sql`true`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select p.id, p.title, p.status, p.theme, p.problem_kind, p.party_org_id, o.name as party_org_name,
        p.unit_id, u.name as unit_name, s.person_id as secretary_id, s.name as secretary_name,
        p.leader_person_id as leader_id, l.name as leader_name, p.guide_person_id as guide_id, g.name as guide_name,
        p.submitted_at, p.exemplary, p.version,
        (select count(*) from project_milestones m where m.project_id = p.id) as ms,
        (select count(m.done_on) from project_milestones m where m.project_id = p.id) as ms_done,
        (select count(*) from project_milestones m where m.project_id = p.id and m.done_on is null
           and m.due_on < ${today}::date) as ms_overdue
      from projects p
      join units u on u.id = p.unit_id
      left join party_orgs o on o.id = p.party_org_id
      left join lateral (
        select m.person_id, pe.name from party_org_committee m join people pe on pe.id = m.person_id
        where m.party_org_id = p.party_org_id and m.role = 'secretary' and m.ended_on is null
        order by m.started_on desc, m.id desc limit 1
      ) s on true
      join people l on l.id = p.leader_person_id
      left join people g on g.id = p.guide_person_id
      where p.campaign_id = ${campaignId} and ${inScope(sql`u.path`, actor)} and ${drafts} and ${status}
      order by u.path, p.id
      limit 2000`),
  );
  const scores = await stageScores(
    db,
    rows.map((r) => Number(r.id)),
  );
  const items = rows.map((r): ProjectListItem => {
    const id = Number(r.id);
    const approved = r.status === 'approved';
    return {
      id,
      title: r.title,
      proposer: {
        partyOrg: r.party_org_id === null ? null : { id: Number(r.party_org_id), name: r.party_org_name ?? '' },
        unit: { id: Number(r.unit_id), name: r.unit_name },
        secretary: r.secretary_id === null ? null : { id: Number(r.secretary_id), name: r.secretary_name ?? '' },
      },
      status: r.status,
      theme: r.theme,
      problemKind: r.problem_kind,
      leader: { id: Number(r.leader_id), name: r.leader_name },
      guide: r.guide_id === null ? null : { id: Number(r.guide_id), name: r.guide_name ?? '' },
      submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at).toISOString(),
      ...stageFigures(scores.get(id) ?? emptyScores()),
      // Milestones count over approved projects only (as in the campaign counts).
      milestones: approved ? Number(r.ms) : 0,
      milestonesDone: approved ? Number(r.ms_done) : 0,
      milestonesOverdue: approved ? Number(r.ms_overdue) : 0,
      exemplary: r.exemplary,
      version: Number(r.version),
    };
  });
  return { campaign, items };
}

/** A list row's review and evaluation figures: the stage means and how many sheets. */
function stageFigures(s: ProjectStageScores) {
  return {
    reviewScore: s.review.mean,
    reviewSheets: s.review.sheets,
    evaluationScore: s.evaluation.mean,
    evaluationSheets: s.evaluation.sheets,
  };
}
