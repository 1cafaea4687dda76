import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { act, concernIn, DEPARTMENT, raise, setRoute } from '../../../../tests/helpers/concerns.ts';
import { countRows, fieldsOf } from '../../../../tests/helpers/records.ts';
import type { CommitteeMeeting } from '../../../contracts/concern-followup.ts';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * The rest of a concern's life through the real API: simultaneous steps, the
 * committee's decision, anonymity, evidence files, and what the raiser sees.
 */
const env = fileTestEnv();
const clients: Record<string, Client> = {};
beforeAll(async () => {
  for (const r of ['admin', 'counselor', 'handler', 'secretary', 'leader']) clients[r] = await env.as(r);
  clients.raiser = await env.as('supervisor');
  await setRoute(env, clients.admin!, 'JN01', 'facilities', DEPARTMENT);
});

describe('two people acting at once', () => {
  it('exactly one succeeds; the other is told to reload, and only one step is recorded', async () => {
    const c = await concernIn(env, clients, 'routed');
    const [a, b] = await Promise.all([
      clients.handler!.post<ApiError>(`/api/concerns/${c.id}/transitions`, {
        action: 'accept',
        version: c.version,
      }),
      // Escalating keeps the department, so the handler can still read the concern whichever
      // step lands first (a return would put it out of his reach: 404 rather than "reload").
      clients.admin!.post<ApiError>(`/api/concerns/${c.id}/transitions`, {
        action: 'escalate',
        version: c.version,
        reason: '需党委研究',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('STALE_VERSION');
    const now = await clients.admin!.get<ConcernDetail>(`/api/concerns/${c.id}`);
    expect(now.body.version).toBe(c.version + 1);
    expect(now.body.events).toHaveLength(c.events.length + 1);
  });

  it('a step on a version someone else already moved is refused before anything else', async () => {
    const c = await concernIn(env, clients, 'accepted');
    expect((await act(clients.handler!, c.id, 'progress', { note: '已联系厂商' })).status).toBe(200);
    const stale = await clients.admin!.post<ApiError>(`/api/concerns/${c.id}/transitions`, {
      action: 'resolve',
      version: c.version,
      note: '已解决',
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
  });
});

describe('tier 3: the committee decides', () => {
  it('records the meeting; each decision routes its concern to the owner department', async () => {
    const c = await concernIn(env, clients, 'on_agenda');
    const res = await clients.admin!.post<CommitteeMeeting>('/api/committee-meetings', {
      unitId: env.fixture.unit('JN'),
      heldOn: '2026-11-20',
      title: '省分行党委会（第12次）',
      attendees: '王建国、周海燕',
      items: [{ concernId: c.id, decision: '运营管理部牵头统一更换', ownerDepartmentId: env.fixture.unit(DEPARTMENT) }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.items[0]).toMatchObject({ concernId: c.id, concernState: 'routed' });
    const after = await clients.handler!.get<ConcernDetail>(`/api/concerns/${c.id}`);
    expect([after.body.state, after.body.tier, after.body.department?.id]).toEqual([
      'routed',
      3,
      env.fixture.unit(DEPARTMENT),
    ]);
    expect(after.body.decisions.map((d) => d.decision)).toEqual(['运营管理部牵头统一更换']);
    expect(after.body.allowedActions).toContain('accept');
    expect(after.body.events.at(-1)).toMatchObject({ kind: 'decide', fromState: 'on_agenda', toState: 'routed' });
  });

  it('refuses a concern not on the agenda by its item field, and records nothing', async () => {
    const c = await concernIn(env, clients, 'accepted');
    const before = await countRows(env, 'committee_meetings');
    const res = await clients.admin!.post<ApiError>('/api/committee-meetings', {
      unitId: env.fixture.unit('JN'),
      heldOn: '2026-11-20',
      title: '党委会',
      items: [{ concernId: c.id, decision: '研究', ownerDepartmentId: env.fixture.unit(DEPARTMENT) }],
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)[0]!.field).toBe('items.0.concernId');
    expect(await countRows(env, 'committee_meetings')).toBe(before);
  });
});

describe('anonymity', () => {
  it('hides the raiser from handlers and everyone else, not from the raiser or the audit log', async () => {
    const c = await raise(env, clients.raiser!, { anonymous: true, title: '匿名反映加班问题' });
    expect(c.raiser?.name).toBeTruthy();
    await act(clients.admin!, c.id, 'escalate', { reason: '转部门' });
    for (const who of ['handler', 'admin', 'counselor']) {
      const seen = await clients[who]!.get<ConcernDetail>(`/api/concerns/${c.id}`);
      expect(seen.body.raiser, who).toBeNull();
      expect(seen.body.events[0]!.actorName, who).toBeNull();
      const list = await clients[who]!.get<{ items: ConcernDetail[] }>(
        `/api/concerns?q=${encodeURIComponent('匿名反映')}`,
      );
      expect(list.body.items.find((i) => i.id === c.id)?.raiser, who).toBeNull();
    }
    const [audit] = rowsOf<{ actor_username: string }>(
      await env.database.db.execute(
        sql`select actor_username from audit_log where action = 'concern.raise' and target_id = ${String(c.id)}`,
      ),
    );
    expect(audit!.actor_username).toBe('supervisor');
  });
});

describe('what the raiser and the outlet see', () => {
  it('the raiser follows progress to the result and closes it with a satisfaction score', async () => {
    const c = await concernIn(env, clients, 'in_progress');
    await act(clients.handler!, c.id, 'resolve', { note: '已更换叫号机' });
    const seen = await clients.raiser!.get<ConcernDetail>(`/api/concerns/${c.id}`);
    expect(seen.body.resolution).toBe('已更换叫号机');
    expect(seen.body.events.map((e) => e.kind)).toEqual(['raise', 'escalate', 'accept', 'progress', 'resolve']);
    const noScore = await act(clients.raiser!, c.id, 'confirm', {});
    expect(noScore.status).toBe(400);
    expect(fieldsOf(noScore.body as unknown as ApiError)[0]!.field).toBe('satisfaction');
    const closed = await act(clients.raiser!, c.id, 'confirm', { satisfaction: 5, comment: '很满意' });
    expect([closed.body.state, closed.body.satisfaction, closed.body.satisfactionComment]).toEqual([
      'closed',
      5,
      '很满意',
    ]);
  });

  it('evidence files: the raiser attaches a photo; a wrong type is refused by field', async () => {
    const c = await raise(env, clients.raiser!);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
    const up = await clients.raiser!.request<{ id: number; fileName: string }>(
      'POST',
      `/api/concerns/${c.id}/attachments`,
      {
        body: png,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('叫号机.png') },
      },
    );
    expect(up.status).toBe(201);
    const bad = await clients.raiser!.request<ApiError>('POST', `/api/concerns/${c.id}/attachments`, {
      body: Buffer.from('#!/bin/sh\necho hi\n'),
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'x.sh' },
    });
    expect([bad.status, fieldsOf(bad.body)[0]!.field]).toEqual([400, 'file']);
    const detail = await clients.counselor!.get<ConcernDetail>(`/api/concerns/${c.id}`);
    expect(detail.body.attachments.map((a) => a.fileName)).toEqual(['叫号机.png']);
    const file = await clients.counselor!.request('GET', `/api/concerns/${c.id}/attachments/${up.body.id}`);
    expect(file.status).toBe(200);
  });

  it('a concern collected at a visit links to its record, and the record lists it', async () => {
    const [rec] = rowsOf<{ id: number }>(
      await env.database.db.execute(sql`insert into records (kind, occurred_at, unit_id, mode, title, author_account_id)
        values ('field_stay', now() - interval '2 hours', ${env.fixture.unit('JN010101')}, 'on_site', '蹲点', ${env.fixture.account('counselor')})
        returning id`),
    );
    const recordId = Number(rec!.id); // bigint: a string from PostgreSQL's driver
    const c = await raise(env, clients.counselor!, { recordId });
    expect(c.record?.id).toBe(recordId);
    const list = await clients.counselor!.get<{ items: { id: number }[] }>(`/api/concerns?recordId=${recordId}`);
    expect(list.body.items.map((i) => i.id)).toEqual([c.id]);
  });

  it('refuses a raise with a missing title or an unknown category by field, and writes nothing', async () => {
    const before = await countRows(env, 'concerns');
    const res = await clients.counselor!.post<ApiError>('/api/concerns', {
      kind: 'problem',
      category: 'nonexistent',
      title: '',
      description: '内容',
      unitId: env.fixture.unit('JN010101'),
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).map((f) => f.field)).toContain('title');
    const cat = await clients.counselor!.post<ApiError>('/api/concerns', {
      kind: 'problem',
      category: 'nonexistent',
      title: '标题',
      description: '内容',
      unitId: env.fixture.unit('JN010101'),
    });
    expect([cat.status, fieldsOf(cat.body)[0]!.field]).toEqual([400, 'category']);
    expect(cat.body.message).toContain('问题类别');
    expect(await countRows(env, 'concerns')).toBe(before);
  });
});
