import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday, secretaryOf } from '../../../../tests/helpers/projects.ts';
import { insertTalk, one, outsidePeople, personOf, plainMembersOf, rows } from '../../../../tests/helpers/talks.ts';
import type { TalkDetail, TalkListItem } from '../../../contracts/talks.ts';

/**
 * Who can and cannot see a talk: its two participants, the counterpart's branch's
 * current secretary, and confidential readers (party_admin) whose scope covers it —
 * every detail view audited. Everyone else: 404, absent from lists; lists never carry content.
 */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let secretary: Client;
let leader: Client;
let supervisor: Client;
let members: number[];
let counselorTalk: number;
let secretaryTalk: number;
const SUMMARY = '谈到家中老人住院，工作压力较大，表示会调整状态';

const views = (talkId: number) =>
  rows<{ actor_username: string }>(
    env,
    sql`select actor_username from audit_log where action = 'talk.view' and target_type = 'talk'
      and target_id = ${String(talkId)} order by id`,
  );
const listed = async (c: Client) => {
  const res = await c.get<TalkListItem[]>('/api/talks');
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  leader = await env.as('leader');
  members = await plainMembersOf(env, 'DZB-JN010101');
  // The supervisor account stands for the counterpart of the counselor's talk.
  await env.database.db.execute(sql`update accounts set person_id = ${members[0]!} where username = 'supervisor'`);
  supervisor = await env.as('supervisor');
  const c = await counselor.post<{ id: number }>('/api/talks', {
    initiatorPersonId: await personOf(env, 'counselor'),
    counterpartPersonId: members[0],
    occurredOn: dayFromToday(-2),
    kind: 'routine',
    place: '支部活动室',
    summary: SUMMARY,
    followUp: '一个月后回访',
  });
  expect(c.status).toBe(201);
  counselorTalk = c.body.id;
  const s = await secretary.post<{ id: number }>('/api/talks', {
    initiatorPersonId: await personOf(env, 'secretary'),
    counterpartPersonId: members[1],
    occurredOn: dayFromToday(-1),
    kind: 'routine',
    summary: '支部书记与党员谈心',
  });
  expect(s.status).toBe(201);
  secretaryTalk = s.body.id;
});

describe('who sees a talk', () => {
  it('shows it to the initiator, the counterpart, the branch secretary and an admin in scope, auditing each view', async () => {
    expect(await secretaryOf(env, 'DZB-JN010101')).toBe(await personOf(env, 'secretary'));
    const url = `/api/talks/${counselorTalk}`;
    for (const [name, c] of [
      ['counselor', counselor],
      ['supervisor', supervisor],
      ['secretary', secretary],
      ['admin', admin],
    ] as const) {
      const res = await c.get<TalkDetail>(url);
      expect([name, res.status]).toEqual([name, 200]);
      expect(res.body.summary).toBe(SUMMARY);
      expect(res.body.followUp).toBe('一个月后回访');
      expect(res.body.counterpart.id).toBe(members[0]);
    }
    expect((await views(counselorTalk)).map((v) => v.actor_username)).toEqual([
      'counselor',
      'supervisor',
      'secretary',
      'admin',
    ]);
    // Only the recorder and the confidential reader may edit.
    expect((await counselor.get<TalkDetail>(url)).body.can.edit).toBe(true);
    expect((await secretary.get<TalkDetail>(url)).body.can.edit).toBe(false);
    expect((await admin.get<TalkDetail>(url)).body.can.edit).toBe(true);
  });

  it('answers 404 to non-participants and leaves the talk out of their lists, which never carry content', async () => {
    const leaderRes = await leader.get(`/api/talks/${counselorTalk}`);
    expect(leaderRes.status).toBe(404);
    expect((await counselor.get(`/api/talks/${secretaryTalk}`)).status).toBe(404);
    expect((await supervisor.get(`/api/talks/${secretaryTalk}`)).status).toBe(404);
    const denied = await one<{ n: number | string }>(
      env,
      sql`select count(*) as n from audit_log where result = 'denied' and target_type = 'talk'
        and target_id = ${String(secretaryTalk)}`,
    );
    expect(Number(denied.n)).toBe(2);
    expect((await views(secretaryTalk)).length).toBe(0);

    expect((await listed(leader)).map((t) => t.id)).not.toContain(counselorTalk);
    expect((await listed(leader)).map((t) => t.id)).not.toContain(secretaryTalk);
    expect((await listed(counselor)).map((t) => t.id)).toEqual([counselorTalk]);
    expect((await listed(supervisor)).map((t) => t.id)).toEqual([counselorTalk]);
    const secretaryList = (await listed(secretary)).map((t) => t.id);
    expect(secretaryList).toContain(counselorTalk);
    expect(secretaryList).toContain(secretaryTalk);
    for (const item of await listed(admin)) {
      expect(Object.keys(item)).not.toContain('summary');
      expect(Object.keys(item)).not.toContain('followUp');
    }
    // Someone else's talk may not be edited by a non-recorder who merely sees it.
    const edit = await secretary.put(`/api/talks/${counselorTalk}`, {
      occurredOn: dayFromToday(-2),
      kind: 'routine',
      summary: '改写',
      version: 1,
    });
    expect(edit.status).toBe(403);
  });

  it('hides a talk from the admin when it lies outside the admin scope', async () => {
    const [a, b] = await outsidePeople(env);
    const outside = await insertTalk(env, { initiator: a, counterpart: b });
    expect((await admin.get(`/api/talks/${outside}`)).status).toBe(404);
    expect((await listed(admin)).map((t) => t.id)).not.toContain(outside);
    expect((await admin.get(`/api/talks/${outside + 1000}`)).status).toBe(404);
  });

  it('stops showing it to a secretary who leaves the seat', async () => {
    const org = await one<{ id: number }>(env, sql`select id from party_orgs where code = 'DZB-JN010101'`);
    await env.database.db.execute(sql`update party_org_committee set ended_on = ${dayFromToday(-1)}
      where party_org_id = ${org.id} and role = 'secretary' and ended_on is null`);
    try {
      expect((await secretary.get(`/api/talks/${counselorTalk}`)).status).toBe(404);
      // Still the initiator of their own talk.
      expect((await secretary.get(`/api/talks/${secretaryTalk}`)).status).toBe(200);
    } finally {
      await env.database.db.execute(sql`update party_org_committee set ended_on = null
        where party_org_id = ${org.id} and role = 'secretary' and ended_on = ${dayFromToday(-1)}`);
    }
  });

  it('stores the summary and follow-up encrypted', async () => {
    const row = await one<{ summary_enc: string; follow_up_enc: string }>(
      env,
      sql`select summary_enc, follow_up_enc from talks where id = ${counselorTalk}`,
    );
    expect(row.summary_enc).not.toBe(SUMMARY);
    expect(row.summary_enc).not.toContain('老人住院');
    expect(row.follow_up_enc).not.toContain('回访');
    expect(env.app.cipher.decrypt(row.summary_enc)).toBe(SUMMARY);
  });
});
