import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { ProjectListItem, ScoreSheet } from '../../../contracts/projects.ts';

/** Score sheets: every criterion once, totals by weight, the mean over reviewers, rescoring replaces, stage rules. */
const env = fileTestEnv();
const clients: Record<string, Client> = {};

beforeAll(async () => {
  for (const r of ['admin', 'leader', 'counselor', 'supervisor']) clients[r] = await env.as(r);
});

describe('review sheets', () => {
  it('two reviewers: 80/90 → 84 and 70/100 → 82, mean 83; rescoring replaces', async () => {
    // Review criteria 60 / 40 (seedCampaign's default).
    const c = await seedCampaign(env, { name: '评审打分', phase: 'review' });
    const [value, feasible] = c.review as [number, number];
    const p = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', status: 'submitted' });
    const url = `/api/projects/${p}/scores/review`;
    const sheet = (a: number, b: number) => ({
      scores: [
        { criterionId: value, score: a },
        { criterionId: feasible, score: b },
      ],
      comment: '意见',
    });

    const first = await clients.admin!.put<ScoreSheet>(url, sheet(80, 90));
    expect([first.status, first.body.total, first.body.stage]).toEqual([200, 84, 'review']); // 80×0.6 + 90×0.4
    expect((await clients.leader!.put<ScoreSheet>(url, sheet(70, 100))).body.total).toBe(82); // 70×0.6 + 100×0.4
    const listed = async () =>
      (await clients.admin!.get<ProjectListItem[]>(`/api/project-campaigns/${c.campaignId}/projects`)).body[0]!;
    expect([(await listed()).reviewScore, (await listed()).reviewSheets]).toEqual([83, 2]); // (84 + 82) / 2

    const again = await clients.leader!.put<ScoreSheet>(url, sheet(95, 80));
    expect(again.body.total).toBe(89); // 95×0.6 + 80×0.4
    expect([(await listed()).reviewScore, (await listed()).reviewSheets]).toEqual([86.5, 2]); // (84 + 89) / 2

    const sheets = await clients.admin!.get<ScoreSheet[]>(`/api/projects/${p}/scores`);
    expect(sheets.body.map((s) => [s.reviewer.id, s.total])).toEqual([
      [env.fixture.account('admin'), 84],
      [env.fixture.account('leader'), 89],
    ]);
    expect((await clients.counselor!.get<ScoreSheet[]>(`/api/projects/${p}/scores`)).body).toEqual([]);

    const missing = await clients.admin!.put<ApiError>(url, { scores: [{ criterionId: value, score: 80 }] });
    expect([missing.status, (missing.body.details as { fields: { field: string }[] }).fields[0]?.field]).toEqual([
      400,
      'scores',
    ]);
    const foreign = await clients.admin!.put<ApiError>(url, {
      scores: [
        { criterionId: value, score: 80 },
        { criterionId: c.evaluation[0]!, score: 80 },
      ],
    });
    expect(foreign.status).toBe(400);
    const twice = await clients.admin!.put<ApiError>(url, {
      scores: [
        { criterionId: value, score: 80 },
        { criterionId: value, score: 80 },
      ],
    });
    expect(twice.status).toBe(400);
    expect((await clients.admin!.get<ScoreSheet[]>(`/api/projects/${p}/scores`)).body.map((s) => s.total)).toEqual([
      84, 89,
    ]);
  });

  it('stage rules: evaluation needs its phase; the organizer must be in the reviewer scope; readers may not score', async () => {
    const c = await seedCampaign(env, { name: '评比规则', phase: 'review' });
    const p = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', status: 'approved' });
    const evalSheet = { scores: c.evaluation.map((criterionId) => ({ criterionId, score: 90 })) };
    const early = await clients.admin!.put<ApiError>(`/api/projects/${p}/scores/evaluation`, evalSheet);
    expect([early.status, early.body.code]).toEqual([409, 'CONFLICT']);
    // The supervisor (scope JN01) reviews but does not reach the province's organizer unit.
    expect((await clients.supervisor!.put(`/api/projects/${p}/scores/evaluation`, evalSheet)).status).toBe(404);
    expect((await clients.counselor!.put(`/api/projects/${p}/scores/evaluation`, evalSheet)).status).toBe(403);

    const later = await seedCampaign(env, { name: '评比阶段', phase: 'evaluation' });
    const q = await seedProject(env, { campaignId: later.campaignId, orgCode: 'DW-JN02', status: 'approved' });
    const scores = [
      { criterionId: later.evaluation[0]!, score: 80 },
      { criterionId: later.evaluation[1]!, score: 90 },
      { criterionId: later.evaluation[2]!, score: 100 },
    ];
    const ok = await clients.leader!.put<ScoreSheet>(`/api/projects/${q}/scores/evaluation`, { scores });
    expect(ok.body.total).toBe(87); // 80×0.5 + 90×0.3 + 100×0.2
    const reviewNow = await clients.leader!.put(`/api/projects/${q}/scores/review`, {
      scores: later.review.map((criterionId) => ({ criterionId, score: 50 })),
    });
    expect(reviewNow.status).toBe(409);
    const listed = await clients.leader!.get<ProjectListItem[]>(`/api/project-campaigns/${later.campaignId}/projects`);
    expect(listed.body.map((x) => [x.evaluationScore, x.evaluationSheets, x.reviewScore])).toEqual([[87, 1, null]]);
  });
});
