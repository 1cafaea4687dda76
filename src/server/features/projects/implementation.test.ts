import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { outsideProject, targetOf } from '../../../../tests/helpers/project-work.ts';
import { countOf, dayFromToday, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Milestone, ProjectDetail } from '../../../contracts/project-work.ts';

/** Implementation of an approved project: milestones (overdue, done, delete), progress and target readings. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let secretary: Client;
let leader: Client;
let project: number;
let evaluationDue: string;

const fieldOf = (b: ApiError) => (b.details as { fields?: { field: string }[] } | undefined)?.fields?.[0]?.field;

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  leader = await env.as('leader');
  evaluationDue = dayFromToday(90);
  const c = await seedCampaign(env, { phase: 'implementation', dates: { evaluationDue } });
  project = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01' });
});

describe('milestones', () => {
  it('flags a milestone overdue while not done after its due date, refuses a future done date, and deletes only open ones', async () => {
    const base = `/api/projects/${project}`;
    const late = await counselor.post<{ id: number }>(`${base}/milestones`, {
      title: '建立联系点',
      dueOn: dayFromToday(-1),
    });
    expect(late.status).toBe(201);
    const later = await admin.post<{ id: number }>(`${base}/milestones`, {
      title: '总结推广',
      dueOn: dayFromToday(30),
    });
    expect(later.status).toBe(201);
    const tooLate = await admin.post<ApiError>(`${base}/milestones`, { title: '超期', dueOn: dayFromToday(91) });
    expect([tooLate.status, fieldOf(tooLate.body)]).toEqual([400, 'dueOn']);

    let detail = (await counselor.get<ProjectDetail>(base)).body;
    expect(detail.milestones.map((m) => [m.title, m.overdue, m.ordinal])).toEqual([
      ['建立联系点', true, 1],
      ['总结推广', false, 2],
    ]);
    expect(detail.can.work).toBe(true);

    const url = `/api/project-milestones/${late.body.id}`;
    const future = await counselor.put<ApiError>(url, {
      title: '建立联系点',
      dueOn: dayFromToday(-1),
      doneOn: dayFromToday(2),
      version: 1,
    });
    expect([future.status, fieldOf(future.body)]).toEqual([400, 'doneOn']);

    const done = await counselor.put<Milestone>(url, {
      title: '建立联系点',
      dueOn: dayFromToday(-1),
      doneOn: dayFromToday(-1),
      doneNote: '已建 5 个',
      version: 1,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ overdue: false, doneOn: dayFromToday(-1), doneNote: '已建 5 个', version: 2 });
    const stale = await counselor.put<ApiError>(url, { title: 'x', dueOn: dayFromToday(-1), doneOn: null, version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
    detail = (await counselor.get<ProjectDetail>(base)).body;
    expect(detail.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['建立联系点', false],
      ['总结推广', false],
    ]);

    const refused = await admin.request<ApiError>('DELETE', `${url}?version=2`);
    expect([refused.status, refused.body.code]).toEqual([409, 'CONFLICT']);
    const removed = await admin.request('DELETE', `/api/project-milestones/${later.body.id}?version=1`);
    expect(removed.status).toBe(200);
    expect(await countOf(env, sql`select count(*) as n from project_milestones where project_id = ${project}`)).toBe(1);
    expect(await countOf(env, sql`select count(*) as n from audit_log where action like 'project.milestone.%'`)).toBe(
      4,
    );

    // The secretary of an outlet does not reach a city committee's project; the leader may not do the work.
    expect((await secretary.post(`${base}/milestones`, { title: 'x', dueOn: dayFromToday(1) })).status).toBe(404);
    expect((await leader.post(`${base}/milestones`, { title: 'x', dueOn: dayFromToday(1) })).status).toBe(403);
  });
});

describe('progress and readings', () => {
  it('records progress against its own milestones only, not in the future', async () => {
    const base = `/api/projects/${project}`;
    const m = (await counselor.get<ProjectDetail>(base)).body.milestones[0]!;
    const ok = await counselor.post<{ id: number }>(`${base}/progress`, {
      occurredOn: dayFromToday(-3),
      content: '召开推进会',
      milestoneId: m.id,
    });
    expect(ok.status).toBe(201);
    const future = await counselor.post<ApiError>(`${base}/progress`, { occurredOn: dayFromToday(2), content: 'x' });
    expect([future.status, fieldOf(future.body)]).toEqual([400, 'occurredOn']);
    const other = await seedProject(env, {
      campaignId: (await seedCampaign(env, { phase: 'implementation' })).campaignId,
      orgCode: 'DW-JN02',
    });
    const foreign = await admin.post<{ id: number }>(`/api/projects/${other}/milestones`, {
      title: '别的项目',
      dueOn: dayFromToday(5),
    });
    const wrong = await counselor.post<ApiError>(`${base}/progress`, {
      occurredOn: dayFromToday(-1),
      content: 'x',
      milestoneId: foreign.body.id,
    });
    expect([wrong.status, fieldOf(wrong.body)]).toEqual([400, 'milestoneId']);
  });

  it('refuses progress in the review phase and on a returned project (409), and out of scope (404)', async () => {
    const review = await seedCampaign(env, { phase: 'review' });
    const inReview = await seedProject(env, { campaignId: review.campaignId, orgCode: 'DW-JN01' });
    const body = { occurredOn: dayFromToday(-1), content: '进展' };
    const r1 = await admin.post<ApiError>(`/api/projects/${inReview}/progress`, body);
    expect([r1.status, r1.body.code]).toEqual([409, 'CONFLICT']);
    expect(r1.body.message).toContain('实施或评估阶段');

    const running = await seedCampaign(env, { phase: 'implementation' });
    const returned = await seedProject(env, { campaignId: running.campaignId, orgCode: 'DW-JN01', status: 'returned' });
    const r2 = await admin.post<ApiError>(`/api/projects/${returned}/progress`, body);
    expect([r2.status, r2.body.code]).toEqual([409, 'CONFLICT']);
    expect(r2.body.message).toContain('未批准');
    const detail = (await admin.get<ProjectDetail>(`/api/projects/${returned}`)).body;
    expect(detail.can.work).toBe(false);

    const out = await outsideProject(env, 'implementation');
    expect((await admin.post(`/api/projects/${out.projectId}/progress`, body)).status).toBe(404);
    expect(await countOf(env, sql`select count(*) as n from project_progress where project_id <> ${project}`)).toBe(0);
  });

  it("keeps readings; the target's current value is the latest by measured date", async () => {
    const target = await targetOf(env, project);
    const url = `/api/project-targets/${target}/readings`;
    expect((await counselor.post(url, { measuredOn: dayFromToday(-2), value: 30, note: '季度统计' })).status).toBe(201);
    expect((await counselor.post(url, { measuredOn: dayFromToday(-10), value: 45 })).status).toBe(201);
    const future = await counselor.post<ApiError>(url, { measuredOn: dayFromToday(2), value: 1 });
    expect([future.status, fieldOf(future.body)]).toEqual([400, 'measuredOn']);
    const t = (await counselor.get<ProjectDetail>(`/api/projects/${project}`)).body.targets[0]!;
    expect([t.baseline, t.targetValue, t.current, t.measuredOn]).toEqual([54, 0, 30, dayFromToday(-2)]);
    expect(t.readings.map((r) => r.value)).toEqual([45, 30]);
    expect((await secretary.post(url, { measuredOn: dayFromToday(-1), value: 1 })).status).toBe(404);
  });
});
