import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday, orgByCode, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { CampaignBoard, CampaignDetail, CampaignListItem, Proposer } from '../../../contracts/projects.ts';
import { rowsOf } from '../../db/sql.ts';

/** Campaigns: create with its checks, cascade, scope, edit, advance one phase at a time, board and proposers. */
const env = fileTestEnv();
const year = Number(dayFromToday(0).slice(0, 4));
const clients: Record<string, Client> = {};
let dwjn = 0;
let xbOrg = 0;

const body = (over: Record<string, unknown> = {}) => ({
  kind: 'secretary_led',
  year,
  organizerOrgId: dwjn,
  name: '书记领题2026',
  description: '两破解、两推动',
  eligibleUnitId: env.fixture.unit('JN'),
  proposerKinds: ['committee'],
  quotaPerProposer: 1,
  quotaTotal: null,
  themes: ['破解基层党建难题'],
  proposalOpens: dayFromToday(-5),
  proposalDue: dayFromToday(5),
  reviewDue: dayFromToday(15),
  implementationDue: dayFromToday(60),
  evaluationDue: dayFromToday(90),
  reviewCriteria: [
    { name: '选题价值', weightPct: 60 },
    { name: '方案可行', weightPct: 40 },
  ],
  evaluationCriteria: [
    { name: '目标达成', weightPct: 50 },
    { name: '推广价值', weightPct: 50 },
  ],
  ...over,
});
const fieldOf = (e: ApiError) => (e.details as { fields: { field: string; reason: string }[] }).fields[0];

beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'secretary', 'leader']) clients[r] = await env.as(r);
  dwjn = (await orgByCode(env, 'DW-JN')).id;
  const [row] = rowsOf<Record<string, unknown>>(
    await env.database.db.execute(
      sql`insert into party_orgs (code, name, kind, unit_id) values ('DW-XB01', '河西市分行党委', 'committee', ${env.fixture.outsideUnitId}) returning id`,
    ),
  ) as { id: number }[];
  xbOrg = Number(row!.id);
});

describe('creating a campaign', () => {
  it('checks organizer, kinds, dates, weights and names; starts in the proposal phase', async () => {
    const admin = clients.admin!;
    const bad = async (over: Record<string, unknown>, field: string) => {
      const res = await admin.post<ApiError>('/api/project-campaigns', body(over));
      expect([res.status, fieldOf(res.body)?.field]).toEqual([400, field]);
    };
    await bad({ organizerOrgId: xbOrg }, 'organizerOrgId');
    await bad({ eligibleUnitId: env.fixture.outsideUnitId }, 'eligibleUnitId');
    await bad({ proposerKinds: ['section'] }, 'proposerKinds');
    await bad({ kind: 'section_brand', proposerKinds: ['committee'] }, 'proposerKinds');
    await bad({ proposalDue: dayFromToday(-6) }, 'proposalDue');
    await bad({ reviewDue: dayFromToday(100) }, 'implementationDue');
    await bad(
      {
        reviewCriteria: [
          { name: '选题价值', weightPct: 60 },
          { name: '方案可行', weightPct: 30 },
        ],
      },
      'reviewCriteria',
    );
    await bad({ evaluationCriteria: [{ name: '目标达成', weightPct: 99 }] }, 'evaluationCriteria');
    expect((await clients.counselor!.post('/api/project-campaigns', body())).status).toBe(403);
    expect(await countOf(env, sql`select count(*) as n from project_campaigns`)).toBe(0);

    const created = await admin.post<{ id: number }>('/api/project-campaigns', body());
    expect(created.status).toBe(201);
    const dup = await admin.post<ApiError>('/api/project-campaigns', body());
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);

    const committees = await countOf(
      env,
      sql`select count(*) as n from party_orgs o join units u on u.id = o.unit_id
        where o.kind = 'committee' and o.dissolved_on is null and o.code <> 'DW-JN'
          and u.path like (select path from units where code = 'JN') || '%'`,
    );
    const detail = await admin.get<CampaignDetail>(`/api/project-campaigns/${created.body.id}`);
    expect(detail.body).toMatchObject({
      phase: 'proposal',
      phaseDue: dayFromToday(5),
      canManage: true,
      canPropose: true,
      canReview: true,
      version: 1,
      counts: { eligible: committees, proposers: 0, proposed: 0, approved: 0 },
    });
    expect(detail.body.criteria.map((k) => [k.stage, k.name, k.weightPct])).toEqual([
      ['evaluation', '目标达成', 50],
      ['evaluation', '推广价值', 50],
      ['review', '选题价值', 60],
      ['review', '方案可行', 40],
    ]);
    const leaderView = await clients.leader!.get<CampaignDetail>(`/api/project-campaigns/${created.body.id}`);
    expect([leaderView.body.canManage, leaderView.body.canPropose, leaderView.body.canReview]).toEqual([
      false,
      false,
      true,
    ]);

    // Cascade: the city committee's campaign under the province's, same year.
    const jn01 = (await orgByCode(env, 'DW-JN01')).id;
    const child = body({
      organizerOrgId: jn01,
      name: '青州支部破题',
      kind: 'branch_led',
      proposerKinds: ['branch', 'general_branch'],
      eligibleUnitId: env.fixture.unit('JN01'),
      parentId: created.body.id,
    });
    const wrongYear = await admin.post<ApiError>('/api/project-campaigns', { ...child, year: year + 1 });
    expect([wrongYear.status, fieldOf(wrongYear.body)?.field]).toEqual([400, 'parentId']);
    const kid = await admin.post<{ id: number }>('/api/project-campaigns', child);
    expect(kid.status).toBe(201);
    const parent = await admin.get<CampaignDetail>(`/api/project-campaigns/${created.body.id}`);
    expect(parent.body.children.map((k) => [k.id, k.name, k.kind])).toEqual([
      [kid.body.id, '青州支部破题', 'branch_led'],
    ]);
  });

  it('a campaign of XB is invisible', async () => {
    const xb = await seedCampaign(env, { organizerOrgCode: 'DW-XB01', name: '西北书记领题' });
    expect((await clients.admin!.get(`/api/project-campaigns/${xb.campaignId}`)).status).toBe(404);
    expect((await clients.admin!.get(`/api/project-campaigns/${xb.campaignId}/board`)).status).toBe(404);
    const list = await clients.admin!.get<CampaignListItem[]>(`/api/project-campaigns?year=${year}`);
    expect(list.body.map((c) => c.name)).not.toContain('西北书记领题');
  });
});

describe('editing and advancing', () => {
  it('criteria with score sheets are fixed; phases move one step; undecided proposals hold the review', async () => {
    const admin = clients.admin!;
    const c = await seedCampaign(env, { name: '推进测试' });
    const url = `/api/project-campaigns/${c.campaignId}`;
    const edit = body({ name: '推进测试', version: 1, reviewCriteria: [{ name: '选题价值', weightPct: 100 }] });
    const { kind: _k, year: _y, organizerOrgId: _o, ...content } = edit;
    const edited = await admin.put<CampaignDetail>(url, content);
    expect([
      edited.status,
      edited.body.version,
      edited.body.criteria.filter((k) => k.stage === 'review').length,
    ]).toEqual([200, 2, 1]);
    const stale = await admin.put<ApiError>(url, content);
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);

    const skip = await admin.post<ApiError>(`${url}/advance`, { to: 'implementation', version: 2 });
    expect([skip.status, skip.body.code]).toEqual([409, 'CONFLICT']);
    const review = await admin.post<CampaignDetail>(`${url}/advance`, { to: 'review', version: 2 });
    expect([review.status, review.body.phase, review.body.version]).toEqual([200, 'review', 3]);

    const p = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01', status: 'submitted' });
    const held = await admin.post<ApiError>(`${url}/advance`, { to: 'implementation', version: 3 });
    expect([held.status, held.body.message]).toEqual([409, expect.stringContaining('1个已提交')]);

    // A review sheet fixes the review criteria (not the evaluation ones).
    const [k] = (await admin.get<CampaignDetail>(url)).body.criteria.filter((x) => x.stage === 'review');
    expect(
      (await admin.put(`/api/projects/${p}/scores/review`, { scores: [{ criterionId: k!.id, score: 80 }] })).status,
    ).toBe(200);
    const locked = await admin.put<ApiError>(url, { ...content, reviewCriteria: body().reviewCriteria, version: 3 });
    expect([locked.status, locked.body.message]).toEqual([409, expect.stringContaining('立项评审')]);
    const evalOnly = await admin.put<CampaignDetail>(url, {
      ...content,
      reviewCriteria: [{ name: '选题价值', weightPct: 100 }],
      evaluationCriteria: [{ name: '成效', weightPct: 100 }],
      version: 3,
    });
    expect([evalOnly.status, evalOnly.body.criteria.find((x) => x.stage === 'evaluation')?.name]).toEqual([
      200,
      '成效',
    ]);

    await env.database.db.execute(sql`update projects set status = 'rejected' where id = ${p}`);
    for (const [to, v] of [
      ['implementation', 4],
      ['evaluation', 5],
      ['closed', 6],
    ] as const) {
      expect((await admin.post<CampaignDetail>(`${url}/advance`, { to, version: v })).body.phase).toBe(to);
    }
    const closed = await admin.put<ApiError>(url, { ...content, version: 7 });
    expect([closed.status, closed.body.code]).toEqual([409, 'CONFLICT']);
    expect((await admin.post(`${url}/advance`, { to: 'closed', version: 7 })).status).toBe(409);
  });
});

describe('board and proposers', () => {
  it('the organizer sees every eligible branch; the branch secretary his own', async () => {
    const c = await seedCampaign(env, {
      organizerOrgCode: 'DW-JN01',
      kind: 'branch_led',
      name: '支部破题看板',
      proposerKinds: ['branch'],
    });
    const url = `/api/project-campaigns/${c.campaignId}`;
    const branches = await countOf(
      env,
      sql`select count(*) as n from party_orgs o join units u on u.id = o.unit_id
        where o.kind = 'branch' and o.dissolved_on is null and u.path like (select path from units where code = 'JN01') || '%'`,
    );
    const own = await orgByCode(env, 'DZB-JN010101');
    const ownBranches = await countOf(
      env,
      sql`select count(*) as n from party_orgs o join units u on u.id = o.unit_id
        where o.kind = 'branch' and o.dissolved_on is null and u.path like (select path from units where code = 'JN010101') || '%'`,
    );
    await seedProject(env, { campaignId: c.campaignId, orgCode: 'DZB-JN010101', status: 'submitted' });
    const all = await clients.admin!.get<CampaignBoard>(`${url}/board`);
    expect([
      all.body.rows.length,
      all.body.counts.eligible,
      all.body.counts.proposed,
      all.body.counts.proposers,
    ]).toEqual([branches, branches, 1, 1]);
    const mine = await clients.secretary!.get<CampaignBoard>(`${url}/board`);
    expect(mine.body.rows.length).toBe(ownBranches);
    expect(mine.body.rows.map((r) => r.proposer.partyOrg?.id)).toContain(own.id);
    expect(mine.body.rows.find((r) => r.proposer.partyOrg?.id === own.id)?.proposed).toBe(1);
    const proposers = await clients.secretary!.get<Proposer[]>(`${url}/proposers`);
    const row = proposers.body.find((p) => p.partyOrg?.id === own.id);
    expect(row?.secretary).not.toBeNull();
    expect(proposers.body.length).toBe(ownBranches);
  });

  it('lists the campaigns the caller organizes or can take part in; others stay readable by link', async () => {
    const branchLed = await seedCampaign(env, {
      organizerOrgCode: 'DW-JN01',
      kind: 'branch_led',
      name: '支部破题列表',
      proposerKinds: ['branch'],
    });
    // The province's committee-level campaign: its subtree holds the outlet, but no proposer of the secretary's.
    const committees = await seedCampaign(env, { name: '书记领题列表' });
    const names = async (role: string) =>
      (await clients[role]!.get<CampaignListItem[]>('/api/project-campaigns')).body.map((c) => c.name);
    expect(await names('secretary')).toContain('支部破题列表');
    expect(await names('secretary')).not.toContain('书记领题列表');
    expect(await names('admin')).toEqual(expect.arrayContaining(['支部破题列表', '书记领题列表']));
    expect((await clients.secretary!.get(`/api/project-campaigns/${committees.campaignId}`)).status).toBe(200);
    expect((await clients.secretary!.get(`/api/project-campaigns/${branchLed.campaignId}`)).status).toBe(200);
  });
});
