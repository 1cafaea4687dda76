import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday } from '../../../../tests/helpers/projects.ts';
import { one, outsidePeople, personOf, plainMembersOf } from '../../../../tests/helpers/talks.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Flag, TalkDetail } from '../../../contracts/talks.ts';

/** Recording and editing talks (the rules of the input), and flags (visibility, clearing). */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let secretary: Client;
let leader: Client;
let members: number[];
let me: number;
let today: string;

const fieldOf = (b: ApiError) => (b.details as { fields?: { field: string }[] } | undefined)?.fields?.[0]?.field;

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  leader = await env.as('leader');
  members = await plainMembersOf(env, 'DZB-JN010101');
  me = (await personOf(env, 'secretary'))!;
  today = (await secretary.get<{ today: string }>('/api/talks/due')).body.today;
});

describe('recording a talk', () => {
  const base = () => ({
    initiatorPersonId: me,
    counterpartPersonId: members[0],
    occurredOn: today,
    kind: 'routine',
    summary: '谈心',
  });

  it('refuses another initiator, the initiator as counterpart, a counterpart out of scope and a future date', async () => {
    const other = await secretary.post<ApiError>('/api/talks', { ...base(), initiatorPersonId: members[1] });
    expect([other.status, fieldOf(other.body)]).toEqual([400, 'initiatorPersonId']);
    const self = await secretary.post<ApiError>('/api/talks', { ...base(), counterpartPersonId: me });
    expect([self.status, fieldOf(self.body)]).toEqual([400, 'counterpartPersonId']);
    const [outside] = await outsidePeople(env);
    const far = await secretary.post<ApiError>('/api/talks', { ...base(), counterpartPersonId: outside });
    expect([far.status, fieldOf(far.body)]).toEqual([400, 'counterpartPersonId']);
    const future = await secretary.post<ApiError>('/api/talks', { ...base(), occurredOn: '2099-01-01' });
    expect([future.status, fieldOf(future.body)]).toEqual([400, 'occurredOn']);
    expect((await leader.post('/api/talks', base())).status).toBe(403);
    const n = await one<{ n: number | string }>(env, sql`select count(*) as n from talks`);
    expect(Number(n.n)).toBe(0);
  });

  it('takes the counterpart unit and org, lets an admin record for another initiator, and edits with a version check', async () => {
    const own = await secretary.post<{ id: number }>('/api/talks', base());
    expect(own.status).toBe(201);
    const row = await one<{ unit_id: number; party_org_id: number; code: string }>(
      env,
      sql`select t.unit_id, t.party_org_id, o.code from talks t join party_orgs o on o.id = t.party_org_id
        where t.id = ${own.body.id}`,
    );
    expect([row.unit_id, row.code]).toEqual([env.fixture.unit('JN010101'), 'DZB-JN010101']);
    const onBehalf = await admin.post<{ id: number }>('/api/talks', { ...base(), counterpartPersonId: members[1] });
    expect(onBehalf.status).toBe(201);
    expect((await counselor.post('/api/talks', { ...base(), counterpartPersonId: members[1] })).status).toBe(400);

    const url = `/api/talks/${own.body.id}`;
    const edited = await secretary.put<TalkDetail>(url, {
      occurredOn: dayFromToday(-3),
      kind: 'hardship',
      place: '网点会议室',
      summary: '补充记录',
      followUp: '持续关注',
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ kind: 'hardship', summary: '补充记录', followUp: '持续关注', version: 2 });
    const stale = await secretary.put(url, { occurredOn: today, kind: 'routine', summary: 'x', version: 1 });
    expect(stale.status).toBe(409);
    const audits = await one<{ n: number | string }>(
      env,
      sql`select count(*) as n from audit_log where action in ('talk.create', 'talk.update')`,
    );
    expect(Number(audits.n)).toBe(3);
  });
});

describe('flags', () => {
  it('shows a flag to its raiser, the branch secretary and the admin; only the raiser or the admin clears it', async () => {
    const m = members[2]!;
    const raised = await counselor.post<{ id: number }>('/api/talks/flags', {
      personId: m,
      kind: 'disciplinary',
      note: '受到党内警告处分',
      raisedOn: today,
    });
    expect(raised.status).toBe(201);
    const list = async (c: Client) => (await c.get<Flag[]>(`/api/talks/flags?personId=${m}`)).body.map((f) => f.id);
    expect(await list(counselor)).toEqual([raised.body.id]);
    expect(await list(secretary)).toEqual([raised.body.id]);
    expect(await list(admin)).toEqual([raised.body.id]);
    expect(await list(leader)).toEqual([]);

    const url = `/api/talks/flags/${raised.body.id}/clear`;
    expect((await secretary.post(url, { clearedOn: today, version: 1 })).status).toBe(403);
    expect((await leader.post(url, { clearedOn: today, version: 1 })).status).toBe(403);
    const early = await counselor.post<ApiError>(url, { clearedOn: '2000-01-01', version: 1 });
    expect([early.status, fieldOf(early.body)]).toEqual([400, 'clearedOn']);
    const cleared = await admin.post<Flag>(url, { clearedOn: today, version: 1 });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ clearedOn: today, version: 2, kind: 'disciplinary' });
    expect((await counselor.post(url, { clearedOn: today, version: 2 })).status).toBe(409);
    const [outside] = await outsidePeople(env);
    const far = await admin.post<ApiError>('/api/talks/flags', {
      personId: outside,
      kind: 'warning',
      note: '外省',
      raisedOn: today,
    });
    expect([far.status, fieldOf(far.body)]).toEqual([400, 'personId']);
  });
});
