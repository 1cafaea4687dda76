import { sql } from 'drizzle-orm';
import type { CampaignPhase } from '../../src/contracts/projects.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from './app.ts';
import { dayFromToday } from './projects.ts';

/** Test data for led projects' implementation and evaluation, written straight into the tables. */
const one = async <T>(env: TestEnv, q: ReturnType<typeof sql>) => rowsOf<T>(await env.database.db.execute(q))[0]!;

/**
 * An approved project outside every test account's scope: a committee on XB01 (the
 * province outside JN) runs a campaign in `phase` and its own project (made once per env).
 */
export async function outsideProject(env: TestEnv, phase: CampaignPhase = 'evaluation') {
  const unitId = env.fixture.outsideUnitId;
  const admin = env.fixture.account('admin');
  const org = await one<{ id: number }>(
    env,
    sql`insert into party_orgs (code, name, kind, unit_id) values ('DW-XB01', '河西市分行党委', 'committee', ${unitId})
      on conflict (code) do update set name = excluded.name returning id`,
  );
  const person = await one<{ id: number }>(env, sql`select id from people order by id limit 1`);
  const campaign = await one<{ id: number }>(
    env,
    sql`insert into project_campaigns (kind, year, name, organizer_org_id, unit_id, eligible_unit_id, proposer_kinds,
        themes, phase, proposal_opens, proposal_due, review_due, implementation_due, evaluation_due, created_by)
      values ('secretary_led', ${Number(dayFromToday(0).slice(0, 4))}, ${`外省活动${Math.random().toString(36).slice(2, 8)}`},
        ${org.id}, ${unitId}, ${unitId}, array['committee'], array['主题'], ${phase}, ${dayFromToday(-40)}, ${dayFromToday(-30)},
        ${dayFromToday(-20)}, ${dayFromToday(30)}, ${dayFromToday(60)}, ${admin}) returning id`,
  );
  const project = await one<{ id: number }>(
    env,
    sql`insert into projects (campaign_id, unit_id, party_org_id, title, problem_kind, problem, goals, plan,
        leader_person_id, status, created_by)
      values (${campaign.id}, ${unitId}, ${org.id}, '外省项目', 'business', '难题', '目标', '方案', ${person.id}, 'approved', ${admin})
      returning id`,
  );
  const target = await one<{ id: number }>(
    env,
    sql`insert into project_targets (project_id, ordinal, name, unit, target_value) values (${project.id}, 1, '指标', '个', 10)
      returning id`,
  );
  return { campaignId: Number(campaign.id), projectId: Number(project.id), targetId: Number(target.id) };
}

/** A score sheet with one score per criterion, in the criteria's order. */
export async function insertSheet(
  env: TestEnv,
  v: { projectId: number; stage: 'review' | 'evaluation'; reviewer: string; criteria: number[]; scores: number[] },
): Promise<number> {
  const sheet = await one<{ id: number }>(
    env,
    sql`insert into project_score_sheets (project_id, stage, reviewer_id)
      values (${v.projectId}, ${v.stage}, ${env.fixture.account(v.reviewer)}) returning id`,
  );
  for (const [i, criterionId] of v.criteria.entries()) {
    await env.database.db.execute(
      sql`insert into project_criterion_scores (sheet_id, criterion_id, score) values (${sheet.id}, ${criterionId}, ${v.scores[i]!})`,
    );
  }
  return Number(sheet.id);
}

/** The first target id of a project. */
export async function targetOf(env: TestEnv, projectId: number): Promise<number> {
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`select id from project_targets where project_id = ${projectId} order by ordinal limit 1`,
      )
    ).id,
  );
}
