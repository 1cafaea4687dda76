import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTestEnv } from '../../../../tests/helpers/app.ts';
import { seedChecklist } from '../../../../tests/helpers/checklists.ts';
import type { Client } from '../../../../tests/helpers/client.ts';
import { raise } from '../../../../tests/helpers/concerns.ts';
import { addUnits } from '../../../../tests/helpers/pairings.ts';
import { orgByCode } from '../../../../tests/helpers/projects.ts';
import { one, personOf, plainMembersOf } from '../../../../tests/helpers/talks.ts';
import type { TodoItem } from '../../../contracts/compliance.ts';
import type { Concern } from '../../../contracts/concerns.ts';
import type { Home } from '../../../contracts/home.ts';
import type { Rule } from '../../../contracts/rules.ts';
import type { DueTalk } from '../../../contracts/talks.ts';
import { addDays } from '../training/dates.ts';

/** 首页 of a branch secretary: meetings due, due talks, checklist items due, the outlet's open concerns. */
const env = fileTestEnv();
let admin: Client;
let secretary: Client;
let me: number;
let today: string;

const home = async (c: Client) => {
  const res = await c.get<Home>('/api/home');
  expect(res.status).toBe(200);
  return res.body;
};
const ALL_ITEMS = {
  study: { done: true, note: '学习' },
  business_review: { done: true, note: '复盘' },
  risk_check: { done: true, note: '体检' },
  concerns: { done: true, note: '收集意见' },
};
const lastDay = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);

beforeAll(async () => {
  admin = await env.as('admin');
  secretary = await env.as('secretary');
  me = (await personOf(env, 'secretary'))!;
  today = (await home(secretary)).today;
});

describe('the secretary’s home', () => {
  it('lists the monthly and quarterly meetings due of a branch, from its kind’s rules and the records written', async () => {
    const db = env.database.db;
    const monthStart = `${today.slice(0, 7)}-01`;
    const units = await addUnits(db, [{ code: 'HM-S', name: '首页测试网点', kind: 'outlet', parentCode: 'JN0101' }]);
    const unitId = units.get('HM-S')!;
    // A branch founded this month with the secretary on its seat: earlier periods are not judged.
    const org = await one<{ id: number }>(
      env,
      sql`insert into party_orgs (code, name, kind, unit_id, founded_on)
        values ('DZB-HM-S', '首页测试网点党支部', 'branch', ${unitId}, ${monthStart}) returning id`,
    );
    await db.execute(sql`insert into party_org_committee (party_org_id, person_id, role, started_on)
      values (${org.id}, ${me}, 'deputy_secretary', ${monthStart})`);
    const rules = (await admin.get<Rule[]>(`/api/rules?on=${today}`)).body.filter(
      (r) =>
        r.partyOrgKind === 'branch' &&
        (r.subject === 'party_org' || r.subject === 'secretary') &&
        (r.period === 'month' || r.period === 'quarter'),
    );
    expect(rules.some((r) => r.period === 'month')).toBe(true);
    // The records: enough of the first monthly rule's kind to meet it, presented by the secretary.
    const first = rules.find((r) => r.period === 'month')!;
    const at = new Date(Date.now() - 60_000).toISOString();
    for (let n = 0; n < first.minCount; n++) {
      const res = await admin.post('/api/records', {
        kind: first.actionKind,
        occurredAt: at,
        partyOrgId: org.id,
        mode: 'on_site',
        presenterId: me,
        title: `${first.name} ${n + 1}`,
        ...(first.requireStandardItems ? { standardItems: ALL_ITEMS } : {}),
        attendees: [],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const done = (r: Rule) => (r.actionKind === first.actionKind ? first.minCount : 0);
    const expected = rules
      .filter((r) => done(r) < r.minCount)
      .map((r) => [r.id, 'due', done(r), r.minCount])
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const [mine, todo] = await Promise.all([home(secretary), secretary.get<{ items: TodoItem[] }>('/api/todo')]);
    const branch = mine.secretary!.orgs.find((o) => o.partyOrg.id === org.id)!;
    expect(branch).toMatchObject({ unit: { id: unitId }, role: 'deputy_secretary' });
    expect(branch.meetings.map((i) => [i.rule.id, i.status, i.done, i.required]).sort()).toEqual(expected);
    // The same items as 我的待办 lists for the org.
    expect(branch.meetings).toEqual(
      todo.body.items.filter(
        (i) =>
          i.recordFor.partyOrgId === org.id &&
          i.recordFor.pairingId === null &&
          (i.rule.period === 'month' || i.rule.period === 'quarter') &&
          (i.status === 'due' || i.status === 'overdue'),
      ),
    );
    // The demo branch is there too, as the secretary's own seat.
    const own = await orgByCode(env, 'DZB-JN010101');
    expect(mine.secretary!.orgs.find((o) => o.partyOrg.id === own.id)?.role).toBe('secretary');
  });

  it('lists the talks due after a member’s transfer, as GET /api/talks/due?view=mine', async () => {
    const m = (await plainMembersOf(env, 'DZB-JN010101'))[0]!;
    const other = await one<{ id: number }>(
      env,
      sql`select id from units where parent_id = (select parent_id from units where code = 'JN010101')
        and code <> 'JN010101' and code <> 'HM-S' order by code limit 1`,
    );
    const version = (await one<{ version: number }>(env, sql`select version from people where id = ${m}`)).version;
    const moved = await admin.post(`/api/people/${m}/transfer`, {
      kind: 'unit',
      toId: other.id,
      effectiveOn: addDays(today, -1),
      version,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const [mine, due] = await Promise.all([
      home(secretary),
      secretary.get<{ items: DueTalk[] }>('/api/talks/due?view=mine'),
    ]);
    expect(mine.secretary!.talks!.items).toEqual(due.body.items);
    expect(mine.secretary!.talks!.items.find((d) => d.person.id === m)).toMatchObject({
      reason: 'transfer',
      state: 'open',
      responsible: { id: me },
    });
  });

  it('lists the checklist items due for the branch’s unit and the month’s report not yet submitted', async () => {
    const year = Number(today.slice(0, 4));
    const month = today.slice(0, 7);
    const seeded = await seedChecklist(env, {
      unitCode: 'JN01',
      year,
      items: [
        { title: '每月学习（未登记）', weight: 10, cadence: 'monthly' },
        { title: '每月学习（已登记）', weight: 10, cadence: 'monthly' },
        { title: '逾期事项', weight: 10, deadline: addDays(today, -1) },
        { title: '临近截止', weight: 10, deadline: addDays(today, 10) },
        { title: '远期事项', weight: 10, deadline: addDays(today, 60) },
      ],
      assignTo: ['JN010101'],
    });
    const [unregistered, registered, overdue, soon, far] = seeded.itemIds as [number, number, number, number, number];
    const assignmentId = seeded.assignmentIds.get('JN010101')!;
    const account = env.fixture.account('secretary');
    await env.database.db.execute(sql`insert into checklist_entries (assignment_id, item_id, completed_on, evidence, registered_by)
      values (${assignmentId}, ${registered}, ${today}, '已登记', ${account})`);
    const mine = await home(secretary);
    const own = await orgByCode(env, 'DZB-JN010101');
    const list = mine.secretary!.orgs.find((o) => o.partyOrg.id === own.id)!.checklist!;
    const dueInYear = (d: string) => (d.slice(0, 4) === String(year) ? d : null);
    const expected = [
      // Overdue first, then by the last day.
      ...(dueInYear(addDays(today, -1)) ? [[overdue, addDays(today, -1), true]] : []),
      [unregistered, lastDay(month), false],
      ...(dueInYear(addDays(today, 10)) ? [[soon, addDays(today, 10), false]] : []),
      [null, lastDay(month), false],
    ];
    const shown = list.filter((x) => x.assignmentId === assignmentId);
    expect(shown.map((x) => [x.itemId, x.dueOn, x.overdue]).sort()).toEqual(expected.sort());
    expect(shown.map((x) => x.itemId)).not.toContain(registered);
    expect(shown.map((x) => x.itemId)).not.toContain(far);
    expect(shown.find((x) => x.kind === 'monthly_report')?.title).toBe(month);
    // Once the month's report is in, it leaves the list.
    await env.database.db.execute(sql`insert into checklist_monthly_reports (assignment_id, month, party_work, submitted_by)
      values (${assignmentId}, ${month}, '本月工作', ${account})`);
    const after = (await home(secretary)).secretary!.orgs.find((o) => o.partyOrg.id === own.id)!.checklist!;
    expect(after.filter((x) => x.assignmentId === assignmentId && x.kind === 'monthly_report')).toEqual([]);
  });

  it('lists the open concerns of the branch’s outlet as the concerns list filtered to it', async () => {
    const raised = await raise(env, secretary, { title: '网点意见（首页）' });
    const own = await orgByCode(env, 'DZB-JN010101');
    const mine = await home(secretary);
    const branch = mine.secretary!.orgs.find((o) => o.partyOrg.id === own.id)!;
    const list = await secretary.get<{ items: Concern[]; total: number }>(
      `/api/concerns?status=open&outletId=${own.unitId}&pageSize=20`,
    );
    expect(branch.concerns!.items.map((c) => c.id)).toEqual(list.body.items.map((c) => c.id));
    expect(branch.concerns!.total).toBe(list.body.total);
    expect(branch.concerns!.items.map((c) => c.id)).toContain(raised.id);
  });
});
