import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { outsideProject } from '../../../../tests/helpers/project-work.ts';
import { dayFromToday, secretaryOf, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ProjectDetail } from '../../../contracts/project-work.ts';
import type { CampaignPhase, ProjectStatus } from '../../../contracts/projects.ts';

/** GET /api/projects/:id: the detail, who reaches it, and what each caller may do in each phase. */
const env = fileTestEnv();
const clients: Record<string, Client> = {};

beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'secretary', 'supervisor', 'leader', 'auditor']) clients[r] = await env.as(r);
});

async function projectIn(phase: CampaignPhase, status: ProjectStatus, orgCode = 'DW-JN01', past = false) {
  const dates = past
    ? { proposalOpens: dayFromToday(-40), proposalDue: dayFromToday(-30), reviewDue: dayFromToday(-20) }
    : undefined;
  const c = await seedCampaign(env, { phase, ...(dates ? { dates } : {}) });
  return seedProject(env, { campaignId: c.campaignId, orgCode, status });
}
const can = async (role: string, id: number) =>
  (await clients[role]!.get<ProjectDetail>(`/api/projects/${id}`)).body.can;
const on = (flags: ProjectDetail['can']) =>
  Object.entries(flags)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('project detail', () => {
  it('answers the proposal with its proposer, leader, members, targets and criteria; 404 out of scope', async () => {
    const id = await projectIn('implementation', 'approved');
    const member = await secretaryOf(env, 'DZB-JN010101');
    await env.database.db.execute(sql`insert into project_members (project_id, person_id) values (${id}, ${member})`);
    const res = await clients.counselor!.get<ProjectDetail>(`/api/projects/${id}`);
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.campaign).toMatchObject({ kind: 'secretary_led', phase: 'implementation' });
    expect(d.campaign.organizer.name).toBeTruthy();
    expect(d.proposer.unit.id).toBe(env.fixture.unit('JN01'));
    expect(d.proposer.secretary?.id).toBe(await secretaryOf(env, 'DW-JN01'));
    expect(d.leader.id).toBe(d.proposer.secretary?.id);
    expect(d.members.map((m) => m.id)).toEqual([member]);
    expect([d.status, d.title, d.problemKind, d.exemplary, d.version]).toEqual([
      'approved',
      'DW-JN01领题项目',
      'party_building',
      false,
      1,
    ]);
    expect(d.targets.map((t) => [t.name, t.unit, t.baseline, t.targetValue, t.current])).toEqual([
      ['空白网点数', '个', 54, 0, null],
    ]);
    expect(d.criteria.map((k) => [k.stage, k.weightPct])).toEqual([
      ['review', 60],
      ['review', 40],
      ['evaluation', 50],
      ['evaluation', 30],
      ['evaluation', 20],
    ]);
    expect([d.reviewScore, d.evaluationScore, d.sheets]).toEqual([null, null, []]);

    expect((await clients.secretary!.get(`/api/projects/${id}`)).status).toBe(404);
    expect((await clients.auditor!.get(`/api/projects/${id}`)).status).toBe(403);
    const out = await outsideProject(env);
    expect((await clients.admin!.get(`/api/projects/${out.projectId}`)).status).toBe(404);
    expect((await clients.admin!.get('/api/projects/999999')).status).toBe(404);
  });

  it('says what each caller may do, by role, organizer scope, phase and status', async () => {
    const draft = await projectIn('proposal', 'draft');
    expect(on(await can('counselor', draft))).toEqual(['edit', 'submit', 'withdraw']);
    expect(on(await can('leader', draft))).toEqual([]);

    // Seeded dates keep the proposal deadline 10 days on, so a submitted proposal may still be withdrawn.
    const submitted = await projectIn('review', 'submitted');
    expect(on(await can('admin', submitted))).toEqual(['decide', 'review', 'withdraw']);
    expect(on(await can('leader', submitted))).toEqual(['review']);
    // The supervisor (JN01) reaches the project but not the organizer's unit (JN): no review, only the proposer's withdraw.
    expect(on(await can('supervisor', submitted))).toEqual(['withdraw']);

    const running = await projectIn('implementation', 'approved');
    expect(on(await can('admin', running))).toEqual(['comment', 'work']);
    expect(on(await can('counselor', running))).toEqual(['work']);
    expect(on(await can('leader', running))).toEqual(['comment']);
    expect(on(await can('supervisor', running))).toEqual(['comment', 'work']);

    const evaluated = await projectIn('evaluation', 'approved');
    expect(on(await can('admin', evaluated))).toEqual(['comment', 'evaluate', 'markExemplary', 'work']);

    const closed = await projectIn('closed', 'approved');
    expect(on(await can('admin', closed))).toEqual(['markExemplary']);

    // Past the proposal and review deadlines, a returned proposal can no longer be edited, resubmitted or withdrawn.
    const returned = await projectIn('implementation', 'returned', 'DW-JN01', true);
    expect(on(await can('admin', returned))).toEqual([]);
  });
});
