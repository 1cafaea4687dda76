import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { dayFromToday } from '../../../../tests/helpers/projects.ts';
import {
  addOnline,
  addPerson,
  addSeat,
  addSession,
  attended,
  enrol,
  freshBranch,
} from '../../../../tests/helpers/training-records.ts';
import { DEFAULT_REQUIREMENTS, type Gaps, type PersonRecord } from '../../../contracts/training.ts';
import { rowsOf } from '../../db/sql.ts';

/**
 * A person's hours in a year (sessions attended that start in the year + online hours
 * completed in it) against their role's requirement, through the record and the gaps
 * alike. Figures below are sums of what each test wrote.
 */
const env = fileTestEnv();
let counselor: Client;
let secretary: Client;
const Y = Number(dayFromToday(0).slice(0, 4));
const { memberHours, leaderHours } = DEFAULT_REQUIREMENTS;
let b: Awaited<ReturnType<typeof freshBranch>>;
const record = async (c: Client, id: number, year = Y) =>
  c.get<PersonRecord>(`/api/training/people/${id}/record?year=${year}`);

beforeAll(async () => {
  counselor = await env.as('counselor');
  secretary = await env.as('secretary');
  b = await freshBranch(env);
});

describe("a person's hours", () => {
  const people: { id: number; total: number; required: number }[] = [];

  it('20 h of sessions and 13.5 h online meet 32; hours of last year and absent or invited enrolments do not count', async () => {
    const p = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    const sessionHours = 20;
    const onlineHours = 13.5;
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: `${Y}-03-02`, hours: 12 });
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: `${Y}-05-20`, hours: sessionHours - 12 });
    await addOnline(env, { personId: p.id, completedOn: `${Y}-01-01`, hours: 10 });
    await addOnline(env, { personId: p.id, completedOn: `${Y}-12-31`, hours: onlineHours - 10 });
    // Not this year's, or not attended.
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: `${Y - 1}-12-31`, hours: 16 });
    await addOnline(env, { personId: p.id, completedOn: `${Y - 1}-12-31`, hours: 9 });
    await enrol(env, {
      sessionId: await addSession(env, { unitId: b.unitId, startsOn: `${Y}-06-01`, creditHours: 8 }),
      personId: p.id,
      status: 'absent',
    });
    await enrol(env, {
      sessionId: await addSession(env, { unitId: b.unitId, startsOn: `${Y}-07-01`, creditHours: 6 }),
      personId: p.id,
      status: 'invited',
    });
    const res = await record(counselor, p.id);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r).toMatchObject({
      role: 'member',
      requiredHours: memberHours,
      sessionHours,
      onlineHours,
      totalHours: sessionHours + onlineHours,
      centralized: 0,
    });
    expect(r.totalHours >= r.requiredHours).toBe(true);
    expect(r.sessions.map((s) => s.status)).toEqual(['attended', 'attended', 'absent', 'invited']);
    expect(r.sessions.find((s) => s.status === 'absent')).toMatchObject({ absenceReason: '请假', hours: null });
    expect(r.online).toHaveLength(2);
    const last = (await record(counselor, p.id, Y - 1)).body;
    expect(last).toMatchObject({ sessionHours: 16, onlineHours: 9, totalHours: 25 });
    people.push({ id: p.id, total: sessionHours + onlineHours, required: memberHours });
  });

  it('31.5 h do not meet 32', async () => {
    const p = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    await attended(env, { unitId: b.unitId, personId: p.id, startsOn: `${Y}-02-10`, hours: 18 });
    await addOnline(env, { personId: p.id, completedOn: `${Y}-02-11`, hours: 13.5 });
    const r = (await record(counselor, p.id)).body;
    expect(r.totalHours).toBe(18 + 13.5);
    expect(r.totalHours < r.requiredHours).toBe(true);
    people.push({ id: p.id, total: 18 + 13.5, required: memberHours });
  });

  it('a committee member needs the leaders’ hours; a seat that ended before the year does not', async () => {
    const c = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    await addSeat(env, { orgId: b.orgId, personId: c.id, role: 'member', startedOn: `${Y - 1}-06-01` });
    await attended(env, { unitId: b.unitId, personId: c.id, startsOn: `${Y}-04-01`, hours: 40 });
    const r = (await record(counselor, c.id)).body;
    expect(r).toMatchObject({ role: 'leader', requiredHours: leaderHours, totalHours: 40 });
    expect(r.secretarySeats).toEqual([]);
    people.push({ id: c.id, total: 40, required: leaderHours });

    const former = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    await addSeat(env, {
      orgId: b.orgId,
      personId: former.id,
      role: 'deputy_secretary',
      startedOn: `${Y - 3}-01-01`,
      endedOn: `${Y - 1}-12-31`,
    });
    expect((await record(counselor, former.id)).body).toMatchObject({ role: 'member', requiredHours: memberHours });
    expect((await record(counselor, former.id, Y - 1)).body.role).toBe('leader');
    people.push({ id: former.id, total: 0, required: memberHours });

    const s = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    await addSeat(env, { orgId: b.orgId, personId: s.id, role: 'secretary', startedOn: `${Y - 2}-09-15` });
    await attended(env, { unitId: b.unitId, personId: s.id, startsOn: `${Y}-03-01`, hours: 56, centralized: true });
    const sr = (await record(counselor, s.id)).body;
    expect(sr).toMatchObject({ role: 'leader', requiredHours: leaderHours, totalHours: 56, centralized: 1 });
    expect(sr.secretarySeats).toEqual([
      { partyOrg: { id: b.orgId, name: expect.any(String) }, startedOn: `${Y - 2}-09-15` },
    ]);
    people.push({ id: s.id, total: 56, required: leaderHours });
  });

  it('the gaps of the subtree count the same hours', async () => {
    const g = (await counselor.get<Gaps>(`/api/training/gaps?year=${Y}&unitId=${b.unitId}`)).body;
    const met = people.filter((p) => p.total >= p.required);
    expect(g.rates.hoursMet).toEqual({ numerator: met.length, denominator: people.length });
    const below = people.filter((p) => p.total < p.required);
    expect(g.counts.belowHours).toBe(below.length);
    expect(
      g.belowHours.map((x) => ({ id: x.personId, total: x.hours, required: x.required })).sort((a, z) => a.id - z.id),
    ).toEqual(below.sort((a, z) => a.id - z.id));
  });
});

describe('scope', () => {
  it('answers 404 for a person outside the caller’s scope, and 403 without training.read', async () => {
    const p = await addPerson(env, { unitId: b.unitId, orgId: b.orgId });
    // The outlet is under JN0101: outside the secretary's JN010101.
    expect((await record(secretary, p.id)).status).toBe(404);
    const [out] = rowsOf<{ id: number }>(
      await env.database.db.execute(sql`select id from people where unit_id = ${env.fixture.outsideUnitId} limit 1`),
    );
    const outside = out ? Number(out.id) : (await addPerson(env, { unitId: env.fixture.outsideUnitId })).id;
    expect((await record(counselor, outside)).status).toBe(404);
    expect((await record(counselor, 99_999_999)).status).toBe(404);
    expect((await record(await env.as('handler'), p.id)).status).toBe(403);
  });
});
