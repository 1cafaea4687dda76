import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { targetOf } from '../../../../tests/helpers/project-work.ts';
import { dayFromToday, seedCampaign, seedProject } from '../../../../tests/helpers/projects.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Dossier } from '../../../contracts/project-work.ts';

/** 一事一册: events, progress with files, readings, milestones done and comments as one timeline, oldest first. */
const env = fileTestEnv();
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
let admin: Client;
let counselor: Client;
let leader: Client;
let secretary: Client;
let project: number;

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  leader = await env.as('leader');
  secretary = await env.as('secretary');
  const c = await seedCampaign(env, { phase: 'implementation' });
  project = await seedProject(env, { campaignId: c.campaignId, orgCode: 'DW-JN01' });
  const by = env.fixture.account('admin');
  await env.database.db.execute(
    sql`insert into project_events (project_id, kind, note, actor_id, at) values
      (${project}, 'submitted', null, ${by}, now() - interval '20 days'),
      (${project}, 'approved', '同意立项', ${by}, now() - interval '10 days')`,
  );
});

describe('the dossier', () => {
  it('lists what was recorded in date order with the right kinds, and serves the files in scope', async () => {
    const base = `/api/projects/${project}`;
    const m = await counselor.post<{ id: number }>(`${base}/milestones`, {
      title: '建立联系点',
      dueOn: dayFromToday(5),
    });
    const progress = await counselor.post<{ id: number }>(`${base}/progress`, {
      occurredOn: dayFromToday(-5),
      content: '召开项目推进会',
      milestoneId: m.body.id,
    });
    const file = await counselor.request<{ id: number; fileName: string } & ApiError>(
      'POST',
      `/api/project-progress/${progress.body.id}/attachments`,
      {
        body: PNG,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('会议.png') },
      },
    );
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    const target = await targetOf(env, project);
    expect(
      (await counselor.post(`/api/project-targets/${target}/readings`, { measuredOn: dayFromToday(-3), value: 40 }))
        .status,
    ).toBe(201);
    const done = await counselor.put(`/api/project-milestones/${m.body.id}`, {
      title: '建立联系点',
      dueOn: dayFromToday(5),
      doneOn: dayFromToday(-2),
      doneNote: '已建立',
      version: 1,
    });
    expect(done.status).toBe(200);
    expect((await leader.post(`${base}/comments`, { content: '进展顺利，注意总结经验' })).status).toBe(201);
    expect((await counselor.post(`${base}/comments`, { content: 'x' })).status).toBe(403);

    const res = await counselor.get<Dossier>(`${base}/dossier`);
    expect(res.status).toBe(200);
    expect(res.body.project.id).toBe(project);
    expect(res.body.entries.map((e) => [e.kind, e.event, e.title])).toEqual([
      ['event', 'submitted', null],
      ['event', 'approved', null],
      ['progress', null, '建立联系点'],
      ['reading', null, '空白网点数（个）'],
      ['milestone_done', null, '建立联系点'],
      ['comment', null, null],
    ]);
    const [, approved, prog, reading, milestone, comment] = res.body.entries;
    expect(approved!.text).toBe('同意立项');
    expect([prog!.on, prog!.text, prog!.attachments.map((a) => a.fileName)]).toEqual([
      dayFromToday(-5),
      '召开项目推进会',
      ['会议.png'],
    ]);
    expect([reading!.on, reading!.value]).toEqual([dayFromToday(-3), 40]);
    expect([milestone!.on, milestone!.text]).toEqual([dayFromToday(-2), '已建立']);
    expect([comment!.text, comment!.actor?.id]).toEqual(['进展顺利，注意总结经验', env.fixture.account('leader')]);

    const down = await admin.get<Buffer>(`/api/project-progress-attachments/${file.body.id}`);
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body, PNG)).toBe(0);
    expect((await secretary.get(`/api/project-progress-attachments/${file.body.id}`)).status).toBe(404);
    expect((await secretary.get(`${base}/dossier`)).status).toBe(404);
  });

  it('refuses comments once the campaign is closed', async () => {
    await env.database.db.execute(
      sql`update project_campaigns set phase = 'closed' where id = (select campaign_id from projects where id = ${project})`,
    );
    const res = await leader.post<ApiError>(`/api/projects/${project}/comments`, { content: '再点评' });
    expect([res.status, res.body.code]).toEqual([409, 'CONFLICT']);
    const dossier = await counselor.get<Dossier>(`/api/projects/${project}/dossier`);
    const progressId = dossier.body.entries.find((e) => e.kind === 'progress')!.refId;
    const up = await counselor.request<ApiError>('POST', `/api/project-progress/${progressId}/attachments`, {
      body: PNG,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'a.png' },
    });
    expect([up.status, up.body.code]).toEqual([409, 'CONFLICT']);
  });
});
