import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { dayFromToday, secretaryOf, seedCampaign, seedProject } from '../helpers/projects.ts';
import type { Case, Ctx, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for campaigns, proposals, decisions and score sheets
 * (issue 7). In scope: campaigns organized by the county org of JN0101 whose only
 * eligible proposer is the outlet branch DZB-JN010101 (in every reader's scope): one in
 * the proposal phase, one in review. Out of scope: a campaign and a project of XB01.
 * Mutations that change state get a fresh object per request.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const PROPOSERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const REVIEWERS: readonly Role[] = ['party_admin', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];

const o = {
  organizer: 0,
  branch: 0,
  branchSecretary: 0,
  open: 0,
  review: 0,
  reviewCriteria: [] as number[],
  draft: 0,
  approved: 0,
  campaignOut: 0,
  projectOut: 0,
};
let n = 0;
const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;
const versionOf = async (env: TestEnv, table: 'projects' | 'project_campaigns', id: number) =>
  Number((await one<{ version: number }>(env, sql`select version from ${sql.raw(table)} where id = ${id}`)).version);

export async function setUpProjectObjects(env: TestEnv): Promise<void> {
  const county = await one<{ code: string }>(
    env,
    sql`select code from party_orgs where unit_id = ${env.fixture.unit('JN0101')} and dissolved_on is null order by id limit 1`,
  );
  o.organizer = (await one<{ id: number }>(env, sql`select id from party_orgs where code = ${county.code}`)).id;
  o.branch = (await one<{ id: number }>(env, sql`select id from party_orgs where code = 'DZB-JN010101'`)).id;
  o.branchSecretary = await secretaryOf(env, 'DZB-JN010101');
  const campaign = (name: string, phase: 'proposal' | 'review') =>
    seedCampaign(env, {
      organizerOrgCode: county.code,
      kind: 'branch_led',
      name,
      eligibleUnitCode: 'JN010101',
      proposerKinds: ['branch'],
      phase,
    });
  o.open = (await campaign('矩阵支部破题', 'proposal')).campaignId;
  const review = await campaign('矩阵评审', 'review');
  o.review = review.campaignId;
  o.reviewCriteria = review.review;
  await env.database.db.execute(sql`update project_campaigns set themes = '{}' where id in (${o.open}, ${o.review})`);
  o.draft = await seedProject(env, { campaignId: o.open, orgCode: 'DZB-JN010101', status: 'draft' });
  o.approved = await seedProject(env, { campaignId: o.review, orgCode: 'DZB-JN010101', status: 'approved' });
  await env.database.db.execute(
    sql`insert into party_orgs (code, name, kind, unit_id) values ('DZB-XB01-M', '河西矩阵支部', 'branch', ${env.fixture.outsideUnitId})`,
  );
  o.campaignOut = (
    await seedCampaign(env, { organizerOrgCode: 'DZB-XB01-M', kind: 'branch_led', name: '矩阵外省' })
  ).campaignId;
  const xbOrg = (await one<{ id: number }>(env, sql`select id from party_orgs where code = 'DZB-XB01-M'`)).id;
  o.projectOut = (
    await one<{ id: number }>(
      env,
      sql`insert into projects (campaign_id, unit_id, party_org_id, title, problem_kind, problem, goals, plan,
          leader_person_id, status, created_by)
        values (${o.campaignOut}, ${env.fixture.outsideUnitId}, ${xbOrg}, '矩阵外省项目', 'business', '问题', '目标', '方案',
          ${o.branchSecretary}, 'submitted', ${env.fixture.account('admin')}) returning id`,
    )
  ).id;
}

const campaign = (s: Scope) => (s === 'in' ? o.open : o.campaignOut);
const fresh = async (c: Ctx, s: Scope, status: 'draft' | 'submitted', campaignId = o.open) =>
  s === 'in'
    ? seedProject(c.env, { campaignId, orgCode: 'DZB-JN010101', status, title: `矩阵项目${n++}` })
    : o.projectOut;

const proposalContent = () => ({
  title: `矩阵申报${n++}`,
  theme: null,
  problemKind: 'business',
  problem: '问题',
  goals: '目标',
  plan: '方案',
  leaderPersonId: o.branchSecretary,
  memberPersonIds: [],
  targets: [{ name: '指标', unit: '个', targetValue: 1 }],
});

const campaignContent = (c: Ctx) => ({
  name: `矩阵活动${n++}`,
  eligibleUnitId: c.env.fixture.unit('JN010101'),
  proposerKinds: ['branch'],
  quotaPerProposer: 1,
  quotaTotal: null,
  themes: [],
  proposalOpens: dayFromToday(-10),
  proposalDue: dayFromToday(10),
  reviewDue: dayFromToday(20),
  implementationDue: dayFromToday(60),
  evaluationDue: dayFromToday(90),
  reviewCriteria: [{ name: '评审', weightPct: 100 }],
  evaluationCriteria: [{ name: '评比', weightPct: 100 }],
});

const read = (path: string): Case => ({
  allow: READERS,
  ok: 200,
  scoped: true,
  request: (_c, s) => ({ method: 'GET', url: `/api/project-campaigns/${campaign(s)}${path}` }),
});

export const PROJECT_CASES: Record<string, Case> = {
  'GET /api/project-campaigns': {
    allow: READERS,
    ok: 200,
    request: () => ({ method: 'GET', url: '/api/project-campaigns' }),
  },
  'POST /api/project-campaigns': {
    allow: MANAGERS,
    ok: 201,
    request: (c) => ({
      method: 'POST',
      url: '/api/project-campaigns',
      body: {
        kind: 'branch_led',
        year: Number(dayFromToday(0).slice(0, 4)),
        organizerOrgId: o.organizer,
        ...campaignContent(c),
      },
    }),
  },
  'GET /api/project-campaigns/:id': read(''),
  'PUT /api/project-campaigns/:id': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = campaign(s);
      const version = await versionOf(c.env, 'project_campaigns', id);
      const body = { ...campaignContent(c), name: '矩阵支部破题' };
      return { method: 'PUT', url: `/api/project-campaigns/${id}`, body: { ...body, version } };
    },
  },
  'POST /api/project-campaigns/:id/advance': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id =
        s === 'in'
          ? (await seedCampaign(c.env, { organizerOrgCode: 'DW-JN01', name: `矩阵推进${n++}` })).campaignId
          : o.campaignOut;
      return { method: 'POST', url: `/api/project-campaigns/${id}/advance`, body: { to: 'review', version: 1 } };
    },
  },
  'GET /api/project-campaigns/:id/board': read('/board'),
  'GET /api/project-campaigns/:id/proposers': read('/proposers'),
  'GET /api/project-campaigns/:id/projects': read('/projects'),
  'GET /api/project-campaigns/:id/projects/export': read('/projects/export'),
  'POST /api/project-campaigns/:id/projects': {
    allow: PROPOSERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/project-campaigns/${campaign(s)}/projects`,
      body: { partyOrgId: o.branch, ...proposalContent(), submit: false },
    }),
  },
  'PUT /api/projects/:id': {
    allow: PROPOSERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = s === 'in' ? o.draft : o.projectOut;
      const version = await versionOf(c.env, 'projects', id);
      return { method: 'PUT', url: `/api/projects/${id}`, body: { ...proposalContent(), version } };
    },
  },
  'POST /api/projects/:id/submit': {
    allow: PROPOSERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/projects/${await fresh(c, s, 'draft')}/submit`,
      body: { version: 1 },
    }),
  },
  'POST /api/projects/:id/withdraw': {
    allow: PROPOSERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/projects/${await fresh(c, s, 'draft')}/withdraw`,
      body: { version: 1, reason: '矩阵' },
    }),
  },
  'POST /api/projects/:id/decision': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/projects/${await fresh(c, s, 'submitted', o.review)}/decision`,
      body: { decision: 'return', reason: '矩阵退回', version: 1 },
    }),
  },
  'PUT /api/projects/:id/guide': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const id = s === 'in' ? o.approved : o.projectOut;
      const version = await versionOf(c.env, 'projects', id);
      return { method: 'PUT', url: `/api/projects/${id}/guide`, body: { guidePersonId: o.branchSecretary, version } };
    },
  },
  'PUT /api/projects/:id/scores/:stage': {
    allow: REVIEWERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'PUT',
      url: `/api/projects/${s === 'in' ? o.approved : o.projectOut}/scores/review`,
      body: { scores: o.reviewCriteria.map((criterionId) => ({ criterionId, score: 90 })) },
    }),
  },
  'GET /api/projects/:id/scores': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/projects/${s === 'in' ? o.approved : o.projectOut}/scores` }),
  },
};
