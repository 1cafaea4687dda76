import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { insertSheet, outsideProject } from '../../../../tests/helpers/project-work.ts';
import { countOf, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { ProjectDetail, ProjectRanking } from '../../../contracts/project-work.ts';

/**
 * The evaluation ranking: evaluation criteria 50/30/20, sheets written by hand.
 * A: (90,80,70) → 45+24+14 = 83 and (70,90,100) → 35+27+20 = 82, mean 82.5;
 * B: (81,84,84) → 40.5+25.2+16.8 = 82.5; C: (60,70,80) → 30+21+16 = 67; D unscored.
 * Ranks: A 1, B 1, C 3, D null (last). A's review sheet (60/40): (80,90) → 48+36 = 84.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let c: Awaited<ReturnType<typeof seedCampaign>>;
const ids = { a: 0, b: 0, c: 0, d: 0 };

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  c = await seedCampaign(env, { phase: 'evaluation' });
  ids.a = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', title: '甲项目' });
  ids.b = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN02', title: '乙项目' });
  ids.c = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN03', title: '丙项目' });
  ids.d = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DZB-JN010101', title: '丁项目' });
  await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN03', title: '被退回', status: 'returned' });
  const e = c.evaluation;
  await insertSheet(env, {
    projectId: ids.a,
    stage: 'evaluation',
    reviewer: 'admin',
    criteria: e,
    scores: [90, 80, 70],
  });
  await insertSheet(env, {
    projectId: ids.a,
    stage: 'evaluation',
    reviewer: 'leader',
    criteria: e,
    scores: [70, 90, 100],
  });
  await insertSheet(env, {
    projectId: ids.b,
    stage: 'evaluation',
    reviewer: 'admin',
    criteria: e,
    scores: [81, 84, 84],
  });
  await insertSheet(env, {
    projectId: ids.c,
    stage: 'evaluation',
    reviewer: 'admin',
    criteria: e,
    scores: [60, 70, 80],
  });
  await insertSheet(env, {
    projectId: ids.a,
    stage: 'review',
    reviewer: 'admin',
    criteria: c.review,
    scores: [80, 90],
  });
  await env.database.db.execute(
    sql`insert into project_milestones (project_id, ordinal, title, due_on, done_on)
      values (${ids.a}, 1, '一', '2020-01-01', '2020-01-01'), (${ids.a}, 2, '二', '2099-01-01', null)`,
  );
});

describe('evaluation ranking', () => {
  it('ranks approved projects by the mean of their sheets: ties share rank 1, then 3, unscored last', async () => {
    const res = await admin.get<ProjectRanking>(`/api/project-campaigns/${c.campaignId}/ranking`);
    expect(res.status).toBe(200);
    expect(res.body.criteria.map((k) => k.weightPct)).toEqual([50, 30, 20]);
    const rows = res.body.rows.map((r) => [r.project.title, r.evaluationScore, r.evaluationSheets, r.rank]);
    expect(rows.slice(0, 2).sort()).toEqual([
      ['乙项目', 82.5, 1, 1],
      ['甲项目', 82.5, 2, 1],
    ]);
    expect(rows.slice(2)).toEqual([
      ['丙项目', 67, 1, 3],
      ['丁项目', null, 0, null],
    ]);
    const a = res.body.rows.find((r) => r.project.id === ids.a)!;
    expect(a.criteria.map((k) => k.mean)).toEqual([80, 85, 85]);
    expect([a.reviewScore, a.milestones, a.milestonesDone]).toEqual([84, 2, 1]);
    expect(a.proposer.partyOrg?.name).toBeTruthy();
    const cRow = res.body.rows.find((r) => r.project.id === ids.c)!;
    expect(cRow.criteria.map((k) => k.mean)).toEqual([60, 70, 80]);
    expect(res.body.rows.find((r) => r.project.id === ids.d)!.criteria.map((k) => k.mean)).toEqual([null, null, null]);
  });

  it('shows the same scores in the detail; sheets only to those who organize the campaign', async () => {
    const mine = await admin.get<ProjectDetail>(`/api/projects/${ids.a}`);
    expect([mine.body.evaluationScore, mine.body.reviewScore]).toEqual([82.5, 84]);
    expect(mine.body.sheets.map((s) => [s.stage, s.total])).toEqual([
      ['review', 84],
      ['evaluation', 83],
      ['evaluation', 82],
    ]);
    const city = await counselor.get<ProjectDetail>(`/api/projects/${ids.a}`);
    expect([city.body.evaluationScore, city.body.sheets]).toEqual([82.5, []]);
  });

  it("cuts rows to the caller's scope and exports the ranking as xlsx", async () => {
    const res = await counselor.get<ProjectRanking>(`/api/project-campaigns/${c.campaignId}/ranking`);
    expect(res.body.rows.map((r) => [r.project.title, r.rank])).toEqual([
      ['甲项目', 1],
      ['丁项目', null],
    ]);
    const file = await admin.get<Buffer>(`/api/project-campaigns/${c.campaignId}/ranking/export`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    expect(await countOf(env, sql`select count(*) as n from audit_log where action = 'project.ranking_export'`)).toBe(
      1,
    );
  });
});

describe('exemplary marks', () => {
  it('are refused in implementation, allowed in evaluation with an event, and 404 out of scope', async () => {
    const running = await seedCampaign(env, { phase: 'implementation' });
    const early = await seedProject(env, { campaignId: running.campaignId, orgCode: 'DW-JN01' });
    const refused = await admin.put<ApiError>(`/api/projects/${early}/exemplary`, { exemplary: true, version: 1 });
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    expect(refused.body.message).toContain('评估阶段');

    const set = await admin.put<ProjectDetail>(`/api/projects/${ids.a}/exemplary`, {
      exemplary: true,
      note: '全省推广',
      version: 1,
    });
    expect(set.status).toBe(200);
    expect([set.body.exemplary, set.body.exemplaryNote, set.body.version]).toEqual([true, '全省推广', 2]);
    const stale = await admin.put<ApiError>(`/api/projects/${ids.a}/exemplary`, { exemplary: false, version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    expect(
      await countOf(
        env,
        sql`select count(*) as n from project_events where project_id = ${ids.a} and kind = 'exemplary'`,
      ),
    ).toBe(1);
    const ranking = await admin.get<ProjectRanking>(`/api/project-campaigns/${c.campaignId}/ranking`);
    expect(ranking.body.rows.find((r) => r.project.id === ids.a)?.exemplary).toBe(true);

    const out = await outsideProject(env, 'evaluation');
    expect((await admin.put(`/api/projects/${out.projectId}/exemplary`, { exemplary: true, version: 1 })).status).toBe(
      404,
    );
    expect((await counselor.put(`/api/projects/${ids.b}/exemplary`, { exemplary: true, version: 1 })).status).toBe(403);
  });
});
