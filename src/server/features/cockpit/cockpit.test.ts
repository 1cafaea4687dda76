import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { raise } from '../../../../tests/helpers/concerns.ts';
import type { Cockpit, CockpitChildren, CockpitTrend } from '../../../contracts/cockpit.ts';
import type { ConcernFigures } from '../../../contracts/concern-figures.ts';
import type { Gaps } from '../../../contracts/training.ts';
import { localDate } from '../compliance/periods.ts';

/** The cockpit's figures are the modules' own; the store never disagrees with a fresh computation. */
const env = fileTestEnv();
let admin: Client;
const today = localDate(new Date(), 'Asia/Shanghai');
const year = Number(today.slice(0, 4));
const quarter = `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
const fig = (c: Cockpit, key: string) => c.figures.find((f) => f.key === key)!;
const strip = (c: Cockpit) => ({ ...c, computedAt: '', cached: false });

async function addRecord(unitCode: string, present: number) {
  await env.database.db.execute(sql`insert into records (kind, occurred_at, unit_id, mode, title, present_count, author_account_id)
    values ('monthly_meeting', now() - interval '1 minute', ${env.fixture.unit(unitCode)}, 'on_site', '测试纪实', ${present},
      (select id from accounts where username = 'admin'))`);
}

/** The records list's total and the sum of its person-times over every page. */
async function recordsOf(q: string) {
  let personTimes = 0;
  let total = 0;
  for (let page = 1; ; page++) {
    const r = await admin.get<{ total: number; items: { personTimes: number }[] }>(
      `/api/records?${q}&page=${page}&pageSize=200`,
    );
    total = r.body.total;
    personTimes += r.body.items.reduce((s, x) => s + x.personTimes, 0);
    if (page * 200 >= total) return { total, personTimes };
  }
}

beforeAll(async () => {
  admin = await env.as('admin');
  await addRecord('JN010101', 5);
  await addRecord('JN0201', 3);
  await raise(env, await env.as('counselor'));
});

describe('GET /api/cockpit', () => {
  it('each figure equals the module endpoint for JN and JN01', async () => {
    for (const code of ['JN', 'JN01']) {
      const unitId = env.fixture.unit(code);
      const c = (await admin.get<Cockpit>(`/api/cockpit?unitId=${unitId}&period=${quarter}`)).body;
      expect(c.unit.id).toBe(unitId);
      const [from, to] = [c.period.start, fig(c, 'records:count').link!.split('to=')[1]!];
      const recs = await recordsOf(`unitId=${unitId}&from=${from}&to=${to}`);
      expect(fig(c, 'records:count').count).toBe(recs.total);
      expect(fig(c, 'records:count').count).toBeGreaterThan(0);
      expect(fig(c, 'records:personTimes').count).toBe(recs.personTimes);
      const cf = (await admin.get<ConcernFigures>(`/api/concerns/figures?unitId=${unitId}&from=${from}&to=${to}`)).body;
      expect(fig(c, 'concerns:raised').count).toBe(cf.total.raised);
      expect(cf.total.raised).toBeGreaterThan(0);
      expect(fig(c, 'concerns:resolved').rate).toMatchObject({
        numerator: cf.total.resolved,
        denominator: cf.total.raised,
      });
      expect(fig(c, 'concerns:overdue').count).toBe(cf.total.overdue);
      const g = (await admin.get<Gaps>(`/api/training/gaps?unitId=${unitId}&year=${year}`)).body;
      expect(fig(c, 'training:hoursMet').rate).toMatchObject(g.rates.hoursMet);
      expect(fig(c, 'training:secretariesTrained').rate).toMatchObject(g.rates.secretariesTrained);
      const tc = (
        await admin.get<{ total: { numerator: number; denominator: number }; dueOverdue: number }>(
          `/api/talks/coverage?unitId=${unitId}&year=${year}`,
        )
      ).body;
      expect(fig(c, 'talks:coverage').rate).toMatchObject(tc.total);
      expect(fig(c, 'talks:overdue').count).toBe(tc.dueOverdue);
      const rr = (await admin.get<{ blankOutlets: { numerator: number } }>(`/api/registry/rates?unitId=${unitId}`))
        .body;
      expect(fig(c, 'registry:blankOutlets').count).toBe(rr.blankOutlets.numerator);
      const sum = (
        await admin.get<{ rules: { subjects: number; met: number; participation: { numerator: number } }[] }>(
          `/api/compliance/summary?unitId=${unitId}&period=${quarter}`,
        )
      ).body;
      const subjects = sum.rules.reduce((s, r) => s + r.subjects, 0);
      expect(fig(c, 'branches:completion').rate).toMatchObject({
        numerator: sum.rules.reduce((s, r) => s + r.met, 0),
        denominator: subjects,
      });
      expect(fig(c, 'branches:participation').rate).toMatchObject({
        numerator: sum.rules.reduce((s, r) => s + r.participation.numerator, 0),
        denominator: subjects,
      });
    }
  });

  it('children rows equal the figure per child; trend counts what was written', async () => {
    const jn = env.fixture.unit('JN');
    const ch = await admin.get<CockpitChildren>(
      `/api/cockpit/children?unitId=${jn}&period=${quarter}&key=records:count`,
    );
    expect(ch.status).toBe(200);
    for (const row of ch.body.rows) {
      const c = (await admin.get<Cockpit>(`/api/cockpit?unitId=${row.unit.id}&period=${quarter}`)).body;
      expect(row.count).toBe(fig(c, 'records:count').count);
      expect(row.link).toMatch(/^\/(cockpit|records)\?unitId=/);
    }
    expect((await admin.get(`/api/cockpit/children?unitId=${jn}&period=${quarter}&key=nope`)).status).toBe(400);
    const t = (await admin.get<CockpitTrend>(`/api/cockpit/trend?unitId=${env.fixture.unit('JN01')}&year=${year}`))
      .body;
    const m = t.months.find((x) => x.month === today.slice(0, 7))!;
    const month = today.slice(0, 7);
    const recs = await recordsOf(`unitId=${env.fixture.unit('JN01')}&from=${month}-01&to=${today}`);
    expect(m.records).toBe(recs.total);
    expect(m.records).toBeGreaterThan(0);
    expect(m.personTimes).toBe(recs.personTimes);
    expect(m.concernsRaised).toBeGreaterThanOrEqual(1);
  });

  it('the store: cached when unchanged, fresh after a change, equal to a fresh computation', async () => {
    const unitId = env.fixture.unit('JN01');
    const url = `/api/cockpit?unitId=${unitId}&period=${year}`;
    const a = (await admin.get<Cockpit>(url)).body;
    expect(a.cached).toBe(false);
    const b = (await admin.get<Cockpit>(url)).body;
    expect(b.cached).toBe(true);
    expect(b.figures).toEqual(a.figures);
    await raise(env, await env.as('counselor'));
    const c = (await admin.get<Cockpit>(url)).body;
    expect(c.cached).toBe(false);
    expect(fig(c, 'concerns:raised').count).toBe(fig(a, 'concerns:raised').count! + 1);
    await raise(env, await env.as('counselor'));
    await admin.get(url);
    await raise(env, await env.as('counselor'));
    // The refresh job recomputes the stale row; then the store answers and equals fresh.
    await env.app.jobs.send('cockpit.refresh', {});
    await env.app.jobs.idle();
    const d = (await admin.get<Cockpit>(url)).body;
    expect(d.cached).toBe(true);
    const fresh = (await admin.get<Cockpit>(url)).body;
    expect(strip(fresh)).toEqual(strip(d));
  });

  it('scope and roles', async () => {
    expect((await admin.get(`/api/cockpit?unitId=${env.fixture.outsideUnitId}&period=${year}`)).status).toBe(404);
    expect((await (await env.as('leader')).get(`/api/cockpit?period=${year}`)).status).toBe(200);
    expect((await (await env.as('supervisor')).get(`/api/cockpit?period=${year}`)).status).toBe(200);
    expect((await (await env.as('counselor')).get(`/api/cockpit?period=${year}`)).status).toBe(403);
  });
});
