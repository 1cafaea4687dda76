import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, secretaryOf, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { CampaignBoard, CampaignListItem, ProjectListItem } from '../../../contracts/projects.ts';
import { rowsOf } from '../../db/sql.ts';

/** The organizer's decisions: quotas per proposer and overall, the review window, return and resubmit, the guide. */
const env = fileTestEnv();
const clients: Record<string, Client> = {};
const decide = (id: number, body: Record<string, unknown>) =>
  clients.admin!.post<ApiError & { version: number }>(`/api/projects/${id}/decision`, body);
const row = async (id: number) =>
  rowsOf<Record<string, unknown>>(
    await env.database.db.execute(
      sql`select status, version, decision_reason, guide_person_id from projects where id = ${id}`,
    ),
  )[0] as { status: string; version: number; decision_reason: string | null; guide_person_id: number | null };

beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'leader']) clients[r] = await env.as(r);
});

describe('quota', () => {
  it('one per proposer and two in all; refusals change nothing; the board counts what was decided', async () => {
    const c = await seedCampaign(env, { name: '名额', phase: 'review', quotaPerProposer: 1, quotaTotal: 2 });
    const a1 = await seedProject(env, {
      campaignId: c.campaignId,
      orgCode: 'DW-JN01',
      title: '甲一',
      status: 'submitted',
    });
    const a2 = await seedProject(env, {
      campaignId: c.campaignId,
      orgCode: 'DW-JN01',
      title: '甲二',
      status: 'submitted',
    });
    const b = await seedProject(env, {
      campaignId: c.campaignId,
      orgCode: 'DW-JN02',
      title: '乙',
      status: 'submitted',
    });
    const d = await seedProject(env, {
      campaignId: c.campaignId,
      orgCode: 'DW-JN03',
      title: '丙',
      status: 'submitted',
    });

    expect((await decide(a1, { decision: 'approve', version: 1 })).status).toBe(200);
    const perProposer = await decide(a2, { decision: 'approve', version: 1 });
    expect([perProposer.status, perProposer.body.code]).toEqual([409, 'CONFLICT']);
    expect(perProposer.body.message).toContain('每个申报主体1个');
    expect(await row(a2)).toMatchObject({ status: 'submitted', version: 1 });
    expect((await decide(b, { decision: 'approve', version: 1 })).status).toBe(200);
    const total = await decide(d, { decision: 'approve', version: 1 });
    expect([total.status, total.body.message]).toEqual([409, expect.stringContaining('总名额2个')]);
    expect(await row(d)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await countOf(env, sql`select count(*) as n from project_events where project_id in (${a2}, ${d})`)).toBe(0);

    // Reject the fourth (a reason is required), return the second.
    const noReason = await decide(d, { decision: 'reject', version: 1 });
    expect([noReason.status, (noReason.body.details as { fields: { field: string }[] }).fields[0]?.field]).toEqual([
      400,
      'reason',
    ]);
    expect((await decide(d, { decision: 'reject', reason: '名额已满', version: 1 })).status).toBe(200);
    expect((await decide(a2, { decision: 'return', reason: '请完善目标', version: 1 })).status).toBe(200);

    // 4 proposed by 3 proposers: 2 approved, 1 returned, 1 rejected.
    const expected = { proposed: 4, proposers: 3, approved: 2, returned: 1, rejected: 1 };
    const board = await clients.admin!.get<CampaignBoard>(`/api/project-campaigns/${c.campaignId}/board`);
    expect(board.body.counts).toMatchObject(expected);
    expect(
      board.body.rows
        .filter((r) => r.proposed > 0)
        .map((r) => [r.proposer.partyOrg?.name.slice(0, 0), r.proposed, r.approved, r.returned, r.rejected]),
    ).toEqual([
      ['', 2, 1, 1, 0],
      ['', 1, 1, 0, 0],
      ['', 1, 0, 0, 1],
    ]);
    const list = await clients.admin!.get<CampaignListItem[]>('/api/project-campaigns');
    expect(list.body.find((x) => x.id === c.campaignId)?.counts).toMatchObject(expected);
    const projects = await clients.admin!.get<ProjectListItem[]>(
      `/api/project-campaigns/${c.campaignId}/projects?status=approved`,
    );
    expect(projects.body.map((p) => p.title)).toEqual(['甲一', '乙']);
  });
});

describe('review window and return', () => {
  it('decisions only in the review phase; a returned proposal is edited, resubmitted and approved', async () => {
    const early = await seedCampaign(env, { name: '未到评审' });
    const e = await seedProject(env, { campaignId: early.campaignId, orgCode: 'DW-JN01', status: 'submitted' });
    const outside = await decide(e, { decision: 'approve', version: 1 });
    expect([outside.status, outside.body.code]).toEqual([409, 'CONFLICT']);
    expect(
      (await clients.leader!.post(`/api/projects/${e}/decision`, { decision: 'approve', version: 1 })).status,
    ).toBe(403);

    const c = await seedCampaign(env, { name: '退回重报', phase: 'review' });
    const p = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', status: 'submitted' });
    expect((await decide(p, { decision: 'return', reason: '目标不够量化', version: 1 })).status).toBe(200);
    expect(await row(p)).toMatchObject({ status: 'returned', decision_reason: '目标不够量化', version: 2 });
    const seen = await clients.counselor!.get<ProjectListItem[]>(`/api/project-campaigns/${c.campaignId}/projects`);
    expect(seen.body.map((x) => x.status)).toEqual(['returned']);

    const leader = await secretaryOf(env, 'DW-JN01');
    const edit = await clients.counselor!.put(`/api/projects/${p}`, {
      title: '量化后的项目',
      theme: '破解基层党建难题',
      problemKind: 'party_building',
      problem: '无党员网点',
      goals: '空白点清零',
      plan: '党代表包挂',
      leaderPersonId: leader,
      memberPersonIds: [],
      targets: [{ name: '空白网点数', unit: '个', baseline: 54, targetValue: 0 }],
      version: 2,
    });
    expect(edit.status).toBe(200);
    expect((await clients.counselor!.post(`/api/projects/${p}/submit`, { version: 3 })).status).toBe(200);
    expect(await row(p)).toMatchObject({ status: 'submitted', version: 4 });

    const guide = await secretaryOf(env, 'DW-JN');
    expect((await decide(p, { decision: 'approve', guidePersonId: guide, version: 4 })).status).toBe(200);
    expect(await row(p)).toMatchObject({ status: 'approved', guide_person_id: guide, decision_reason: null });
    const kinds = rowsOf<Record<string, unknown>>(
      await env.database.db.execute(sql`select kind, note from project_events where project_id = ${p} order by id`),
    );
    expect(kinds).toEqual([
      { kind: 'returned', note: '目标不够量化' },
      { kind: 'submitted', note: null },
      { kind: 'approved', note: null },
      { kind: 'guide_assigned', note: null },
    ]);
    const again = await clients.admin!.put(`/api/projects/${p}/guide`, { guidePersonId: leader, version: 5 });
    expect(again.status).toBe(200);
    expect(await row(p)).toMatchObject({ guide_person_id: leader, version: 6 });
  });

  it('a guide outside the organizer subtree is refused', async () => {
    const c = await seedCampaign(env, {
      organizerOrgCode: 'DW-JN01',
      kind: 'branch_led',
      proposerKinds: ['branch'],
      phase: 'review',
    });
    const p = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DZB-JN010101', status: 'approved' });
    const far = await secretaryOf(env, 'DW-JN02');
    const res = await clients.admin!.put<ApiError>(`/api/projects/${p}/guide`, { guidePersonId: far, version: 1 });
    expect([res.status, (res.body.details as { fields: { field: string }[] }).fields[0]?.field]).toEqual([
      400,
      'guidePersonId',
    ]);
  });
});
