import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday, secretaryOf } from '../../../../tests/helpers/projects.ts';
import { fieldsOf } from '../../../../tests/helpers/records.ts';
import { one, plainMembersOf, rows } from '../../../../tests/helpers/talks.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import { todayInChina } from '../../../contracts/person-rules.ts';
import type { TalkSettings } from '../../../contracts/talks.ts';
import { addDays } from '../training/dates.ts';

/** Due talks raised by their causes: a unit transfer, a position change, a flag; due days from the settings. */
const env = fileTestEnv();
let admin: Client;
let secretary: Client;
let members: number[];
let branchSecretary: number;

interface DueRow {
  reason: string;
  source_type: string;
  source_id: number;
  unit_id: number;
  responsible_person_id: number | null;
  raised_on: string;
  due_on: string;
}
const dueOf = (personId: number) =>
  rows<DueRow>(
    env,
    sql`select reason, source_type, source_id, unit_id, responsible_person_id, raised_on::text as raised_on,
      due_on::text as due_on from due_talks where person_id = ${personId} order by id`,
  );
const versionOf = async (id: number) =>
  (await one<{ version: number }>(env, sql`select version from people where id = ${id}`)).version;

beforeAll(async () => {
  admin = await env.as('admin');
  secretary = await env.as('secretary');
  members = await plainMembersOf(env, 'DZB-JN010101');
  branchSecretary = await secretaryOf(env, 'DZB-JN010101');
  expect(members.length).toBeGreaterThanOrEqual(3);
});

async function settings(): Promise<TalkSettings & { version: number }> {
  return (await admin.get<TalkSettings & { version: number }>('/api/talks/settings')).body;
}

describe('trigger-created due talks', () => {
  it('raises exactly one transfer talk when a member moves to another unit, due effectiveOn + the configured days, for the branch secretary', async () => {
    const m = members[0]!;
    const other = await one<{ id: number }>(
      env,
      sql`select id from units where parent_id = (select parent_id from units where code = 'JN010101')
        and code <> 'JN010101' order by code limit 1`,
    );
    const effectiveOn = dayFromToday(-3);
    const res = await admin.post(`/api/people/${m}/transfer`, {
      kind: 'unit',
      toId: other.id,
      effectiveOn,
      version: await versionOf(m),
    });
    expect(res.status).toBe(200);
    const days = (await settings()).dueDays.transfer;
    const transfer = await one<{ id: number }>(
      env,
      sql`select id from person_transfers where person_id = ${m} order by id desc limit 1`,
    );
    expect(await dueOf(m)).toEqual([
      {
        reason: 'transfer',
        source_type: 'person_transfer',
        source_id: transfer.id,
        unit_id: other.id,
        responsible_person_id: branchSecretary,
        raised_on: effectiveOn,
        due_on: addDays(effectiveOn, days),
      },
    ]);
    // A party-org transfer is not a unit transfer: no talk.
    const before = (await dueOf(m)).length;
    const org = await one<{ id: number }>(
      env,
      sql`select o.id from party_orgs o join units u on u.id = o.unit_id
        where u.code like 'JN01%' and o.code <> 'DZB-JN010101' and o.dissolved_on is null order by o.code limit 1`,
    );
    const moved = await admin.post(`/api/people/${m}/transfer`, {
      kind: 'party_org',
      toId: org.id,
      effectiveOn,
      version: await versionOf(m),
    });
    expect(moved.status).toBe(200);
    expect((await dueOf(m)).length).toBe(before);
  });

  it('raises a job_change talk when the position changes through the person update, and none for other edits', async () => {
    const m = members[1]!;
    const p = (await admin.get<Record<string, unknown>>(`/api/people/${m}`)).body;
    const body = (position: string | null, version: number) => ({
      name: p.name,
      gender: p.gender,
      position,
      cadreGrade: p.cadreGrade,
      employmentStatus: p.employmentStatus,
      hiredOn: p.hiredOn ?? null,
      partyStatus: p.partyStatus,
      joinedPartyOn: p.joinedPartyOn ?? null,
      fullMemberOn: p.fullMemberOn ?? null,
      partyRelation: p.partyRelation ?? null,
      version,
    });
    const newPosition = `${String(p.position ?? '')}客户经理（新）`;
    const res = await admin.put(`/api/people/${m}`, body(newPosition, await versionOf(m)));
    expect(res.status).toBe(200);
    const today = todayInChina();
    const days = (await settings()).dueDays.job_change;
    expect(await dueOf(m)).toEqual([
      {
        reason: 'job_change',
        source_type: 'person_update',
        source_id: m,
        unit_id: env.fixture.unit('JN010101'),
        responsible_person_id: branchSecretary,
        raised_on: today,
        due_on: addDays(today, days),
      },
    ]);
    // The same position again: no new due talk.
    expect((await admin.put(`/api/people/${m}`, body(newPosition, await versionOf(m)))).status).toBe(200);
    expect((await dueOf(m)).length).toBe(1);
  });

  it('raises a due talk of the flag kind when a secretary enters a flag', async () => {
    const m = members[2]!;
    const raisedOn = dayFromToday(-1);
    const res = await secretary.post<{ id: number }>('/api/talks/flags', {
      personId: m,
      kind: 'hardship',
      note: '家属重病住院',
      raisedOn,
    });
    expect(res.status).toBe(201);
    const days = (await settings()).dueDays.hardship;
    expect(await dueOf(m)).toEqual([
      {
        reason: 'hardship',
        source_type: 'person_flag',
        source_id: res.body.id,
        unit_id: env.fixture.unit('JN010101'),
        responsible_person_id: branchSecretary,
        raised_on: raisedOn,
        due_on: addDays(raisedOn, days),
      },
    ]);
  });

  it('uses changed settings for later due talks only', async () => {
    const m = members[2]!;
    const s = await settings();
    const first = await secretary.post('/api/talks/flags', {
      personId: m,
      kind: 'warning',
      note: '群众反映',
      raisedOn: dayFromToday(-2),
    });
    expect(first.status).toBe(201);
    const put = await admin.put<TalkSettings & { version: number }>('/api/talks/settings', {
      dueDays: { ...s.dueDays, warning: s.dueDays.warning + 5 },
      version: s.version,
    });
    expect(put.status).toBe(200);
    expect(put.body.dueDays.warning).toBe(s.dueDays.warning + 5);
    const stale = await admin.put('/api/talks/settings', { dueDays: s.dueDays, version: s.version });
    expect(stale.status).toBe(409);
    expect((await secretary.put('/api/talks/settings', { dueDays: s.dueDays, version: put.body.version })).status).toBe(
      403,
    );
    const second = await secretary.post('/api/talks/flags', {
      personId: m,
      kind: 'warning',
      note: '再次反映',
      raisedOn: dayFromToday(-1),
    });
    expect(second.status).toBe(201);
    const due = (await dueOf(m)).filter((d) => d.reason === 'warning');
    expect(due.map((d) => d.due_on)).toEqual([
      addDays(dayFromToday(-2), s.dueDays.warning),
      addDays(dayFromToday(-1), s.dueDays.warning + 5),
    ]);
  });
  it('lets the branch secretary record the talk due for a member moved to an outlet outside their scope, and only through that due talk', async () => {
    // members[1] only had its position changed above: still in the outlet and the branch.
    const m = members[1]!;
    const other = await one<{ id: number }>(
      env,
      sql`select id from units where parent_id = (select parent_id from units where code = 'JN010101')
        and code <> 'JN010101' order by code limit 1`,
    );
    const moved = await admin.post(`/api/people/${m}/transfer`, {
      kind: 'unit',
      toId: other.id,
      effectiveOn: dayFromToday(-1),
      version: await versionOf(m),
    });
    expect(moved.status).toBe(200);
    const mine = await secretary.get<{ items: { id: number; reason: string; person: { id: number } }[] }>(
      '/api/talks/due',
    );
    const item = mine.body.items.find((d) => d.person.id === m && d.reason === 'transfer')!;
    expect(item).toBeDefined();
    const talk = {
      initiatorPersonId: branchSecretary,
      counterpartPersonId: m,
      occurredOn: dayFromToday(0),
      kind: 'job_change',
      summary: '调动后谈心',
    };
    // The member is no longer in the secretary's scope (their outlet): a free talk is out of reach…
    const free = await secretary.post<ApiError>('/api/talks', talk);
    expect([free.status, fieldsOf(free.body).map((f) => [f.field, f.reason])]).toEqual([
      400,
      [['counterpartPersonId', 'out_of_reach']],
    ]);
    // …the talk that answers the due talk is not, and it lands on the member's new unit and old branch.
    const done = await secretary.post<{ id: number }>('/api/talks', { ...talk, dueTalkId: item.id });
    expect(done.status).toBe(201);
    expect(
      await one<{ unit_id: number; talk_id: number | string }>(
        env,
        sql`select t.unit_id, d.talk_id from talks t join due_talks d on d.id = ${item.id} where t.id = ${done.body.id}`,
      ),
    ).toEqual({ unit_id: other.id, talk_id: expect.anything() });
    expect((await secretary.get<{ id: number }>(`/api/talks/${done.body.id}`)).status).toBe(200);
  });
});
