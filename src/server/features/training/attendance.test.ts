import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { countOf, dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  createSession,
  enrolmentsOf,
  outsidePerson,
  type PersonRow,
  peopleOf,
  thisYear,
} from '../../../../tests/helpers/training.ts';
import type { ApiError } from '../../../contracts/errors.ts';
import type { Enrolment, Program, SessionDetail, SessionListItem } from '../../../contracts/training.ts';

/** Attendance rules: reasons for absences, default and partial hours, the credit-hour cap, nothing before the start. */
const env = fileTestEnv();
let admin: Client;
let people: PersonRow[];

const fieldOf = (b: ApiError) => (b.details as { fields?: { field: string }[] } | undefined)?.fields?.[0]?.field;
const attendance = (id: number, entries: unknown[]) =>
  admin.put<Enrolment[] & ApiError>(`/api/training/sessions/${id}/attendance`, { entries });
const audits = (id: number) =>
  countOf(
    env,
    sql`select count(*) as n from audit_log where action = 'training.attendance' and target_id = ${String(id)}`,
  );

beforeAll(async () => {
  admin = await env.as('admin');
  people = await peopleOf(env, 'JN010101', 4);
});

describe('attendance', () => {
  it('credits the session hours by default, partial hours when given, and enrols people not yet invited', async () => {
    const id = await createSession(env, admin, { creditHours: 8 });
    await admin.post(`/api/training/sessions/${id}/invite`, { audience: false, personIds: [people[0]!.id] });
    const [a, b, c, d] = people as [PersonRow, PersonRow, PersonRow, PersonRow];
    const res = await attendance(id, [
      { personId: a.id, status: 'attended' },
      { personId: b.id, status: 'attended', hours: 4.5 },
      { personId: c.id, status: 'absent', absenceReason: '病假' },
      { personId: d.id, status: 'invited' },
    ]);
    expect(res.status).toBe(200);
    const by = new Map(res.body.map((e) => [e.personId, e]));
    expect(by.get(a.id)).toMatchObject({ status: 'attended', hours: 8, absenceReason: null, source: 'manual' });
    expect(by.get(b.id)).toMatchObject({ status: 'attended', hours: 4.5, source: 'manual' });
    expect(by.get(c.id)).toMatchObject({ status: 'absent', hours: null, absenceReason: '病假' });
    expect(by.get(d.id)).toMatchObject({ status: 'invited', hours: null });
    expect(await audits(id)).toBe(1);
    const detail = await admin.get<SessionDetail>(`/api/training/sessions/${id}`);
    expect(detail.body.counts).toEqual({ invited: 1, attended: 2, absent: 1, hours: 12.5 });

    // Back to invited clears hours; a session with attendees cannot be deleted, nor can a marked person be removed.
    const back = await attendance(id, [{ personId: a.id, status: 'absent', absenceReason: '出差' }]);
    expect(back.body.find((e) => e.personId === a.id)).toMatchObject({
      status: 'absent',
      hours: null,
      absenceReason: '出差',
    });
    const del = await admin.request<ApiError>('DELETE', `/api/training/sessions/${id}?version=1`);
    expect([del.status, del.body.code]).toEqual([409, 'CONFLICT']);
    const rm = await admin.request<ApiError>('DELETE', `/api/training/sessions/${id}/enrolments/${b.id}`);
    expect([rm.status, rm.body.code]).toEqual([409, 'CONFLICT']);
  });

  it('refuses an absence without a reason, hours above the credit hours, and people out of scope, writing nothing', async () => {
    const id = await createSession(env, admin, { creditHours: 4 });
    const [a, b] = people as [PersonRow, PersonRow];
    const before = await enrolmentsOf(admin, id);
    const noReason = await attendance(id, [
      { personId: a.id, status: 'attended' },
      { personId: b.id, status: 'absent' },
    ]);
    expect([noReason.status, fieldOf(noReason.body)]).toEqual([400, 'absenceReason']);
    const blank = await attendance(id, [{ personId: b.id, status: 'absent', absenceReason: '   ' }]);
    expect([blank.status, fieldOf(blank.body)]).toEqual([400, 'absenceReason']);
    const tooMany = await attendance(id, [{ personId: a.id, status: 'attended', hours: 4.5 }]);
    expect([tooMany.status, fieldOf(tooMany.body)]).toEqual([400, 'hours']);
    const stranger = await outsidePerson(env);
    const out = await attendance(id, [
      { personId: a.id, status: 'attended' },
      { personId: stranger.id, status: 'attended' },
    ]);
    expect([out.status, fieldOf(out.body)]).toEqual([400, 'personIds']);
    expect(await enrolmentsOf(admin, id)).toEqual(before);
    expect(await audits(id)).toBe(0);
  });

  it('refuses marking attendance before the session starts (409), while invitations are fine', async () => {
    const id = await createSession(env, admin, { startsOn: dayFromToday(5), endsOn: dayFromToday(6) });
    const [a] = people as [PersonRow];
    const early = await attendance(id, [{ personId: a.id, status: 'attended' }]);
    expect([early.status, early.body.code]).toEqual([409, 'CONFLICT']);
    const absentEarly = await attendance(id, [{ personId: a.id, status: 'absent', absenceReason: '请假' }]);
    expect(absentEarly.status).toBe(409);
    expect(await enrolmentsOf(admin, id)).toEqual([]);
    const invited = await attendance(id, [{ personId: a.id, status: 'invited' }]);
    expect(invited.status).toBe(200);
    expect(invited.body.map((e) => e.status)).toEqual(['invited']);
  });
  it("counts a program's person-times attended and each session's invited / attended / absent / hours from the enrolments", async () => {
    const year = thisYear();
    const made = await admin.post<{ id: number }>('/api/training/programs', {
      unitId: env.fixture.unit('JN010101'),
      year,
      title: `人次统计${Math.random().toString(36).slice(2, 7)}`,
      organizer: '市分行党委组织部',
      kind: 'rotation',
    });
    expect(made.status).toBe(201);
    const [a, b, c] = people as [PersonRow, PersonRow, PersonRow];
    const first = await createSession(env, admin, { programId: made.body.id, creditHours: 6 });
    const second = await createSession(env, admin, { programId: made.body.id, creditHours: 3.5 });
    await attendance(first, [
      { personId: a.id, status: 'attended' },
      { personId: b.id, status: 'attended', hours: 2 },
      { personId: c.id, status: 'absent', absenceReason: '工作冲突' },
    ]);
    await attendance(second, [
      { personId: a.id, status: 'attended' },
      { personId: b.id, status: 'invited' },
    ]);
    // Person-times (人次): a attended twice, b once; absences and invitations are not attendance.
    const programs = await admin.get<Program[]>(`/api/training/programs?year=${year}`);
    expect(programs.body.find((p) => p.id === made.body.id)).toMatchObject({ sessions: 2, attended: 3 });
    const sessions = await admin.get<SessionListItem[]>(`/api/training/sessions?programId=${made.body.id}`);
    const counts = new Map(sessions.body.map((x) => [x.id, x.counts]));
    expect(counts.get(first)).toEqual({ invited: 0, attended: 2, absent: 1, hours: 6 + 2 });
    expect(counts.get(second)).toEqual({ invited: 1, attended: 1, absent: 0, hours: 3.5 });
  });
});
