import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  createSession,
  enrolmentsOf,
  outsidePerson,
  outsideSession,
  peopleOf,
  query,
  sessionBody,
  thisYear,
} from '../../../../tests/helpers/training.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Program, SessionDetail, SessionListItem } from '../../../contracts/training.ts';

/** Programs and sessions: create, edit, delete rules, scope, and invitations by audience and by name. */
const env = fileTestEnv();
let admin: Client;
let counselor: Client;
let handler: Client;

const fieldOf = (b: ApiError) => (b.details as { fields?: { field: string }[] } | undefined)?.fields?.[0]?.field;
const reasonOf = (b: ApiError) => (b.details as { fields?: { reason: string }[] } | undefined)?.fields?.[0]?.reason;

beforeAll(async () => {
  admin = await env.as('admin');
  counselor = await env.as('counselor');
  handler = await env.as('handler');
});

describe('programs', () => {
  it('creates, refuses a duplicate title, edits with a version, and deletes only while empty', async () => {
    const year = thisYear();
    const body = {
      unitId: env.fixture.unit('JN01'),
      year,
      title: '基层党组织书记轮训',
      organizer: '市分行党委组织部',
      kind: 'rotation',
    };
    const made = await admin.post<{ id: number }>('/api/training/programs', body);
    expect(made.status).toBe(201);
    const dup = await admin.post<ApiError>('/api/training/programs', body);
    expect([dup.status, dup.body.code]).toEqual([409, 'DUPLICATE']);
    const out = await admin.post<ApiError>('/api/training/programs', { ...body, unitId: env.fixture.outsideUnitId });
    expect([out.status, fieldOf(out.body), reasonOf(out.body)]).toEqual([400, 'unitId', 'out_of_reach']);

    const url = `/api/training/programs/${made.body.id}`;
    const edited = await admin.put<Program>(url, {
      title: '书记轮训',
      organizer: '市委党校',
      kind: 'rotation',
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '书记轮训',
      organizer: '市委党校',
      sessions: 0,
      attended: 0,
      version: 2,
    });
    const stale = await admin.put<ApiError>(url, { title: 'x', organizer: 'y', kind: 'other', version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);

    // A session of another year may not join the program; one of its year may.
    const otherYear = await admin.post<ApiError>(
      '/api/training/sessions',
      sessionBody(env, { programId: made.body.id, startsOn: `${year - 1}-12-01`, endsOn: `${year - 1}-12-02` }),
    );
    expect([otherYear.status, fieldOf(otherYear.body)]).toEqual([400, 'programId']);
    const sessionId = await createSession(env, admin, { programId: made.body.id });
    const list = await counselor.get<Program[]>(`/api/training/programs?year=${year}`);
    expect(list.body.find((p) => p.id === made.body.id)).toMatchObject({ sessions: 1, attended: 0 });

    const busy = await admin.request<ApiError>('DELETE', `${url}?version=2`);
    expect([busy.status, busy.body.code]).toEqual([409, 'CONFLICT']);
    expect((await admin.request('DELETE', `/api/training/sessions/${sessionId}?version=1`)).status).toBe(200);
    expect((await admin.request('DELETE', `${url}?version=2`)).status).toBe(200);
    expect((await counselor.get<Program[]>(`/api/training/programs?year=${year}`)).body.map((p) => p.id)).not.toContain(
      made.body.id,
    );
  });
});

describe('sessions', () => {
  it('checks dates and the audience unit, lists by year and method, and shows the detail with counts', async () => {
    const backwards = await admin.post<ApiError>(
      '/api/training/sessions',
      sessionBody(env, { startsOn: dayFromToday(3), endsOn: dayFromToday(2) }),
    );
    expect([backwards.status, fieldOf(backwards.body)]).toEqual([400, 'endsOn']);
    const sideways = await admin.post<ApiError>(
      '/api/training/sessions',
      sessionBody(env, { unitId: env.fixture.unit('JN0101'), audienceUnitId: env.fixture.unit('JN02') }),
    );
    expect([sideways.status, fieldOf(sideways.body)]).toEqual([400, 'audienceUnitId']);

    const id = await createSession(env, admin, {
      unitId: env.fixture.unit('JN01'),
      audienceUnitId: env.fixture.unit('JN0101'),
      method: 'experiential',
      placeKind: 'red_base',
    });
    const detail = await counselor.get<SessionDetail>(`/api/training/sessions/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      audienceUnit: { id: env.fixture.unit('JN0101') },
      unit: { id: env.fixture.unit('JN01') },
      counts: { invited: 0, attended: 0, absent: 0, hours: 0 },
      can: { manage: false },
      materials: [],
      version: 1,
    });
    expect((await admin.get<SessionDetail>(`/api/training/sessions/${id}`)).body.can.manage).toBe(true);
    const byMethod = await counselor.get<SessionListItem[]>(
      `/api/training/sessions?year=${thisYear()}&method=experiential`,
    );
    expect(byMethod.body.map((s) => s.id)).toEqual([id]);
    const lastYear = await counselor.get<SessionListItem[]>(`/api/training/sessions?year=${thisYear() - 1}`);
    expect(lastYear.body.map((s) => s.id)).not.toContain(id);

    const body = { ...sessionBody(env), version: 1 } as Record<string, unknown>;
    delete body.unitId;
    const edited = await admin.put<SessionDetail>(`/api/training/sessions/${id}`, {
      ...body,
      title: '红色教育基地体验式培训',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: '红色教育基地体验式培训',
      version: 2,
      audienceUnit: { id: env.fixture.unit('JN01') },
    });
  });

  it('answers 404 for a session out of scope, 403 without the permission, and refuses a person out of scope', async () => {
    const outside = await outsideSession(env);
    for (const path of [`/api/training/sessions/${outside}`, `/api/training/sessions/${outside}/enrolments`]) {
      expect((await admin.get(path)).status).toBe(404);
    }
    const inv = await admin.post<ApiError>(`/api/training/sessions/${outside}/invite`, {
      audience: false,
      personIds: [],
    });
    expect(inv.status).toBe(404);
    expect((await admin.get<SessionListItem[]>('/api/training/sessions')).body.map((s) => s.id)).not.toContain(outside);

    const id = await createSession(env, admin);
    expect((await handler.get(`/api/training/sessions/${id}`)).status).toBe(403);
    expect(
      (await counselor.post(`/api/training/sessions/${id}/invite`, { audience: false, personIds: [] })).status,
    ).toBe(403);
    const stranger = await outsidePerson(env);
    const [local] = await peopleOf(env, 'JN010101', 1);
    const refused = await admin.post<ApiError>(`/api/training/sessions/${id}/invite`, {
      audience: false,
      personIds: [local!.id, stranger.id],
    });
    expect([refused.status, fieldOf(refused.body), reasonOf(refused.body)]).toEqual([400, 'personIds', 'out_of_reach']);
    expect(await enrolmentsOf(admin, id)).toEqual([]);
  });

  it('invites all secretaries of a subtree as the committee table names them, keeps existing enrolments, and adds named people', async () => {
    const jn01 = env.fixture.unit('JN01');
    const id = await createSession(env, admin, { unitId: jn01, audience: 'all_secretaries' });
    const expected = (
      await query<{ person_id: number | string }>(
        env,
        sql`select distinct c.person_id from party_org_committee c
          join party_orgs o on o.id = c.party_org_id and o.dissolved_on is null
          join units u on u.id = o.unit_id
          join units root on root.id = ${jn01}
          where c.role = 'secretary' and c.ended_on is null and u.path like root.path || '%'`,
      )
    )
      .map((r) => Number(r.person_id))
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(3);
    const first = await admin.post<{ added: number; already: number }>(`/api/training/sessions/${id}/invite`, {
      audience: true,
      personIds: [],
    });
    expect(first.body).toEqual({ added: expected.length, already: 0 });
    const list = await enrolmentsOf(admin, id);
    expect(list.map((e) => e.personId).sort((a, b) => a - b)).toEqual(expected);
    expect(new Set(list.map((e) => `${e.status}/${e.source}`))).toEqual(new Set(['invited/audience']));

    const extra = (await peopleOf(env, 'JN0101', 50)).find((p) => !expected.includes(p.id))!;
    const again = await admin.post<{ added: number; already: number }>(`/api/training/sessions/${id}/invite`, {
      audience: true,
      personIds: [extra.id, expected[0]!],
    });
    expect(again.body).toEqual({ added: 1, already: expected.length });
    const after = await enrolmentsOf(admin, id);
    expect(after.find((e) => e.personId === extra.id)?.source).toBe('manual');
    expect(after.find((e) => e.personId === expected[0])?.source).toBe('audience');
    const detail = await admin.get<SessionDetail>(`/api/training/sessions/${id}`);
    expect(detail.body.counts.invited).toBe(expected.length + 1);

    // Taking back an invitation works while the person is only invited.
    expect((await admin.request('DELETE', `/api/training/sessions/${id}/enrolments/${extra.id}`)).status).toBe(200);
    expect((await admin.request('DELETE', `/api/training/sessions/${id}/enrolments/${extra.id}`)).status).toBe(404);
  });
});
