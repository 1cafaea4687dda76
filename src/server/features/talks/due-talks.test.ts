import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { insertDueTalk, one, personOf, plainMembersOf } from '../../../../tests/helpers/talks.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { DueTalk } from '../../../contracts/talks.ts';
import { addDays } from '../training/dates.ts';

/** The due list: open with days left, overdue with days past, done once a talk fulfils it. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let secretary: Client;
let leader: Client;
let members: number[];
let me: number;

type DueList = { today: string; items: DueTalk[] };
const due = async (c: Client, query = '') => {
  const res = await c.get<DueList>(`/api/talks/due${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  leader = await env.as('leader');
  members = await plainMembersOf(env, 'DZB-JN010101');
  me = (await personOf(env, 'secretary'))!;
});

describe('due talks', () => {
  it('lists a flag-raised talk as open for the secretary, and recording the talk marks it done and takes it off the list', async () => {
    const { today } = await due(secretary);
    const m = members[0]!;
    const flag = await secretary.post('/api/talks/flags', {
      personId: m,
      kind: 'hardship',
      note: '困难',
      raisedOn: today,
    });
    expect(flag.status).toBe(201);
    const days = (await admin.get<{ dueDays: { hardship: number } }>('/api/talks/settings')).body.dueDays.hardship;
    const mine = await due(secretary);
    const item = mine.items.find((d) => d.person.id === m)!;
    expect(item).toMatchObject({
      reason: 'hardship',
      state: 'open',
      days,
      dueOn: addDays(today, days),
      talkId: null,
      responsible: { id: me },
    });
    // Not the counselor's, nor the leader's (whose 'all' falls back to 'mine'); every one for the admin.
    expect((await due(counselor)).items.map((d) => d.id)).not.toContain(item.id);
    expect((await due(leader, '?view=all')).items.map((d) => d.id)).not.toContain(item.id);
    expect((await due(admin, '?view=all')).items.map((d) => d.id)).toContain(item.id);

    const body = {
      initiatorPersonId: me,
      counterpartPersonId: m,
      occurredOn: today,
      kind: 'hardship',
      summary: '了解困难，协调帮扶',
      dueTalkId: item.id,
    };
    // A due talk of another person: refused.
    const wrong = await secretary.post<ApiError>('/api/talks', { ...body, counterpartPersonId: members[1] });
    expect(wrong.status).toBe(409);
    const talk = await secretary.post<{ id: number }>('/api/talks', body);
    expect(talk.status).toBe(201);
    expect((await due(secretary)).items.map((d) => d.id)).not.toContain(item.id);
    const done = (await due(secretary, '?state=done')).items.find((d) => d.id === item.id)!;
    expect(done).toMatchObject({ state: 'done', days: null, talkId: talk.body.id });
    const again = await secretary.post<ApiError>('/api/talks', body);
    expect(again.status).toBe(409);
    const row = await one<{ due_talk_id: number | string }>(
      env,
      sql`select due_talk_id from talks where id = ${talk.body.id}`,
    );
    expect(Number(row.due_talk_id)).toBe(item.id);
  });

  it('shows a due talk past its date as overdue with the days past', async () => {
    const { today } = await due(secretary);
    const overdueId = await insertDueTalk(env, { personId: members[1]!, dueOn: addDays(today, -5), responsible: me });
    const item = (await due(secretary)).items.find((d) => d.id === overdueId)!;
    expect(item).toMatchObject({ state: 'overdue', days: 5, dueOn: addDays(today, -5) });
    expect((await due(secretary, '?state=overdue')).items.map((d) => d.id)).toEqual([overdueId]);
    expect((await due(secretary, '?state=open')).items.map((d) => d.id)).not.toContain(overdueId);
    // The org's current secretary sees it even when another person was named responsible.
    const other = await insertDueTalk(env, { personId: members[2]!, dueOn: today, responsible: null });
    expect((await due(secretary)).items.find((d) => d.id === other)).toMatchObject({ state: 'open', days: 0 });
  });
});
