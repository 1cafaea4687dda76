import { sql } from 'drizzle-orm';
import type { Role } from '../../src/contracts/roles.ts';
import { rowsOf } from '../../src/server/db/sql.ts';
import type { TestEnv } from '../helpers/app.ts';
import { outsideProject } from '../helpers/project-work.ts';
import { dayFromToday } from '../helpers/projects.ts';
import type { Case, Scope } from './matrix-types.ts';

/**
 * The authorization matrix's rows for a project's detail, implementation, comments,
 * dossier, ranking and exemplary marks (issue 7). In scope: a campaign organized by the
 * outlet branch DZB-JN010101 (every reader's scope holds JN010101) in its evaluation phase,
 * with an approved project of that branch; out of scope: a committee's campaign and
 * project on XB01. Mutating rows make fresh objects per request.
 */
const READERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor', 'leader'];
const PROPOSERS: readonly Role[] = ['party_admin', 'counselor', 'secretary', 'supervisor'];
const REVIEWERS: readonly Role[] = ['party_admin', 'supervisor', 'leader'];
const MANAGERS: readonly Role[] = ['party_admin'];
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

const o = {
  campaignIn: 0,
  campaignOut: 0,
  projectIn: 0,
  projectOut: 0,
  targetIn: 0,
  targetOut: 0,
  attachmentIn: 0,
  attachmentOut: 0,
};
const one = async <T>(env: TestEnv, query: ReturnType<typeof sql>) =>
  rowsOf<T>(await env.database.db.execute(query))[0]!;

async function insertMilestone(env: TestEnv, projectId: number): Promise<number> {
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`insert into project_milestones (project_id, ordinal, title, due_on)
          values (${projectId}, 1, '矩阵里程碑', ${dayFromToday(10)}) returning id`,
      )
    ).id,
  );
}
async function insertProgress(env: TestEnv, projectId: number): Promise<number> {
  // A bigint id: PostgreSQL's driver answers it as a string.
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`insert into project_progress (project_id, occurred_on, content, recorded_by)
          values (${projectId}, ${dayFromToday(-1)}, '矩阵进展', ${env.fixture.account('admin')}) returning id`,
      )
    ).id,
  );
}
async function insertAttachment(env: TestEnv, progressId: number): Promise<number> {
  const key = await env.app.storage.put(PNG);
  return Number(
    (
      await one<{ id: number }>(
        env,
        sql`insert into project_progress_attachments (progress_id, storage_key, file_name, mime_type, size_bytes, created_by)
          values (${progressId}, ${key}, '照片.png', 'image/png', ${PNG.length}, ${env.fixture.account('admin')}) returning id`,
      )
    ).id,
  );
}

export async function setUpProjectWorkObjects(env: TestEnv): Promise<void> {
  const org = await one<{ id: number; unit_id: number }>(
    env,
    sql`select id, unit_id from party_orgs where code = 'DZB-JN010101'`,
  );
  const leader = await one<{ person_id: number }>(
    env,
    sql`select person_id from party_org_committee where party_org_id = ${org.id} and role = 'secretary' and ended_on is null`,
  );
  const admin = env.fixture.account('admin');
  const campaign = await one<{ id: number }>(
    env,
    sql`insert into project_campaigns (kind, year, name, organizer_org_id, unit_id, eligible_unit_id, proposer_kinds,
        themes, phase, proposal_opens, proposal_due, review_due, implementation_due, evaluation_due, created_by)
      values ('branch_led', ${Number(dayFromToday(0).slice(0, 4))}, '矩阵支部破题', ${org.id}, ${org.unit_id}, ${org.unit_id},
        array['group'], array['矩阵主题'], 'evaluation', ${dayFromToday(-60)}, ${dayFromToday(-50)}, ${dayFromToday(-40)},
        ${dayFromToday(-10)}, ${dayFromToday(60)}, ${admin}) returning id`,
  );
  await env.database.db.execute(
    sql`insert into project_criteria (campaign_id, stage, ordinal, name, weight_pct)
      values (${campaign.id}, 'review', 1, '选题', 100), (${campaign.id}, 'evaluation', 1, '成效', 100)`,
  );
  const project = await one<{ id: number }>(
    env,
    sql`insert into projects (campaign_id, unit_id, party_org_id, title, problem_kind, problem, goals, plan,
        leader_person_id, status, created_by)
      values (${campaign.id}, ${org.unit_id}, ${org.id}, '矩阵项目', 'business', '难题', '目标', '方案', ${leader.person_id},
        'approved', ${admin}) returning id`,
  );
  const target = await one<{ id: number }>(
    env,
    sql`insert into project_targets (project_id, ordinal, name, unit, target_value)
      values (${project.id}, 1, '指标', '个', 10) returning id`,
  );
  const out = await outsideProject(env, 'evaluation');
  o.campaignIn = Number(campaign.id);
  o.projectIn = Number(project.id);
  o.targetIn = Number(target.id);
  o.campaignOut = out.campaignId;
  o.projectOut = out.projectId;
  o.targetOut = out.targetId;
  o.attachmentIn = await insertAttachment(env, await insertProgress(env, o.projectIn));
  o.attachmentOut = await insertAttachment(env, await insertProgress(env, o.projectOut));
}

const prj = (s: Scope) => (s === 'in' ? o.projectIn : o.projectOut);
const cmp = (s: Scope) => (s === 'in' ? o.campaignIn : o.campaignOut);

export const PROJECT_WORK_CASES: Record<string, Case> = {
  'GET /api/projects/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/projects/${prj(s)}` }),
  },
  'POST /api/projects/:id/milestones': {
    allow: PROPOSERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/projects/${prj(s)}/milestones`,
      body: { title: '矩阵里程碑', dueOn: dayFromToday(5) },
    }),
  },
  'PUT /api/project-milestones/:id': {
    allow: PROPOSERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'PUT',
      url: `/api/project-milestones/${await insertMilestone(c.env, prj(s))}`,
      body: { title: '矩阵里程碑', dueOn: dayFromToday(5), doneOn: dayFromToday(-1), doneNote: '完成', version: 1 },
    }),
  },
  'DELETE /api/project-milestones/:id': {
    allow: PROPOSERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => ({
      method: 'DELETE',
      url: `/api/project-milestones/${await insertMilestone(c.env, prj(s))}?version=1`,
    }),
  },
  'POST /api/projects/:id/progress': {
    allow: PROPOSERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/projects/${prj(s)}/progress`,
      body: { occurredOn: dayFromToday(-1), content: '矩阵进展' },
    }),
  },
  'POST /api/project-progress/:id/attachments': {
    allow: PROPOSERS,
    ok: 201,
    scoped: true,
    request: async (c, s) => ({
      method: 'POST',
      url: `/api/project-progress/${await insertProgress(c.env, prj(s))}/attachments`,
      body: PNG,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('照片.png') },
    }),
  },
  'GET /api/project-progress-attachments/:id': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({
      method: 'GET',
      url: `/api/project-progress-attachments/${s === 'in' ? o.attachmentIn : o.attachmentOut}`,
    }),
  },
  'POST /api/project-targets/:id/readings': {
    allow: PROPOSERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({
      method: 'POST',
      url: `/api/project-targets/${s === 'in' ? o.targetIn : o.targetOut}/readings`,
      body: { measuredOn: dayFromToday(-1), value: 3 },
    }),
  },
  'POST /api/projects/:id/comments': {
    allow: REVIEWERS,
    ok: 201,
    scoped: true,
    request: (_c, s) => ({ method: 'POST', url: `/api/projects/${prj(s)}/comments`, body: { content: '矩阵点评' } }),
  },
  'GET /api/projects/:id/dossier': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/projects/${prj(s)}/dossier` }),
  },
  'GET /api/project-campaigns/:id/ranking': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/project-campaigns/${cmp(s)}/ranking` }),
  },
  'GET /api/project-campaigns/:id/ranking/export': {
    allow: READERS,
    ok: 200,
    scoped: true,
    request: (_c, s) => ({ method: 'GET', url: `/api/project-campaigns/${cmp(s)}/ranking/export` }),
  },
  'PUT /api/projects/:id/exemplary': {
    allow: MANAGERS,
    ok: 200,
    scoped: true,
    request: async (c, s) => {
      const { version } = await one<{ version: number }>(c.env, sql`select version from projects where id = ${prj(s)}`);
      return {
        method: 'PUT',
        url: `/api/projects/${prj(s)}/exemplary`,
        body: { exemplary: true, note: '矩阵典型', version: Number(version) },
      };
    },
  },
};
